with

source as (
    select * from {{ ref('political_titles') }}
),

renamed as (
    select
        title,
        {{ match_text('title') }} as match_title,
        role,
        cast(is_abbreviation as boolean) as is_abbreviation,
        cast(needs_context as boolean) as needs_context
    from source
)

select * from renamed
