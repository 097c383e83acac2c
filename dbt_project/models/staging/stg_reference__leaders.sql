with

source as (
    select * from {{ ref('leaders') }}
),

renamed as (
    -- one row per term in office
    select
        leader_id,
        leader_name,
        country_iso3,
        role,
        cast(term_start as date) as term_start,
        cast(term_end as date) as term_end
    from source
)

select * from renamed
