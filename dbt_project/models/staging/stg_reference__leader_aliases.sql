with

source as (
    select * from {{ ref('leader_aliases') }}
),

renamed as (
    select
        leader_id,
        alias,
        {{ match_text('alias') }} as match_alias,
        alias_type
    from source
)

select * from renamed
