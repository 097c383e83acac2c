with

source as (
    select * from {{ ref('non_country_phrases') }}
),

renamed as (
    select
        phrase,
        {{ match_text('phrase') }} as match_phrase,
        reason
    from source
)

select * from renamed
