with

events as (
    select * from {{ ref('int_events_coded') }}
),

sentences as (
    select * from {{ ref('int_sentences_split') }}
),

articles as (
    select * from {{ ref('articles') }}
),

event_types as (
    select * from {{ ref('stg_reference__event_types') }}
)

select
    ---------- ids
    events.article_id,
    events.sentence_id,
    events.event_code,
    events.event_root_code,
    events.actor1_iso3,
    events.actor2_iso3,

    ---------- strings
    event_types.event_root_label,
    events.trigger,
    sentences.sentence,
    articles.url,

    ---------- numerics
    event_types.quad_class,
    event_types.goldstein,

    ---------- dates
    articles.published_date,
    articles.news_date

from events
inner join articles on events.article_id = articles.article_id
inner join sentences on events.article_id = sentences.article_id and events.sentence_id = sentences.sentence_id
inner join event_types on events.event_root_code = event_types.event_root_code
