{#- GDELT-style daily event table: one row per day x event code x actor pair, with
    NumMentions / NumArticles / NumSources equivalents and a sample URL as evidence. -#}
with

events as (
    select * from {{ ref('article_events') }}
),

articles as (
    select * from {{ ref('articles') }}
),

per_day as (
    select
        events.news_date as date,
        events.event_root_code,
        events.event_code,
        events.actor1_iso3,
        events.actor2_iso3,
        any_value(events.event_root_label) as event_root_label,
        any_value(events.quad_class) as quad_class,
        any_value(events.goldstein) as goldstein,
        count(*) as mentions,
        count(distinct events.article_id) as articles,
        count(distinct articles.source_domain) as sources,
        min(coalesce(events.url, articles.origin)) as sample_url
    from events
    inner join articles on events.article_id = articles.article_id
    group by events.news_date, events.event_root_code, events.event_code, events.actor1_iso3, events.actor2_iso3
)

select
    date,
    event_root_code,
    event_code,
    event_root_label,
    quad_class,
    goldstein,
    actor1_iso3,
    actor2_iso3,
    cast(mentions as integer) as mentions,
    cast(articles as integer) as articles,
    cast(sources as integer) as sources,
    sample_url
from per_day
