with

source as (
    select * from {{ ref('country_aliases') }}
),

renamed as (
    select
        alias,
        {{ match_text('alias') }} as match_alias,
        country_iso3,
        alias_type,
        coalesce(needs_context, false) as needs_context
    from source
)

select * from renamed
