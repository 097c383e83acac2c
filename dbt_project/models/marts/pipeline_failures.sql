{#- Every item the pipeline could not use, and why: operators and analysts see what is missing. -#}
with

failures as (
    select * from {{ ref('stg_mediawatch__failures') }}
)

select
    news_date as date,
    source,
    stage,
    item,
    reason,
    loaded_at
from failures
