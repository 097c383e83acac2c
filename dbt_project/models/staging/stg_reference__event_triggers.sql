with

source as (
    select * from {{ ref('event_triggers') }}
),

renamed as (
    select
        lower(trim(trigger)) as trigger,
        {{ match_text('lower(trim(trigger))') }} as match_trigger,
        event_code,
        event_root_code
    from source
)

select * from renamed
