with

source as (
    select * from {{ source('mediawatch', 'failures') }}
),

renamed as (
    select
        news_date,
        source,
        stage,
        item,
        reason,
        loaded_at
    from source
)

select * from renamed
