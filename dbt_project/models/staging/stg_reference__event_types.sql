with

source as (
    select * from {{ ref('event_types') }}
),

renamed as (
    select
        event_root_code,
        event_root_label,
        cast(quad_class as integer) as quad_class,
        cast(goldstein as double) as goldstein
    from source
)

select * from renamed
