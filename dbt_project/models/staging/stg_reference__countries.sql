with

source as (
    select * from {{ ref('countries') }}
),

renamed as (
    select
        country_iso3,
        country_iso2,
        country_name,
        official_name,
        capital,
        is_dependent_territory
    from source
)

select * from renamed
