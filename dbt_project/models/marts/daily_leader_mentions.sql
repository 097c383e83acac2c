with

mentions as (
    select * from {{ ref('article_leader_mentions') }}
),

articles as (
    select * from {{ ref('articles') }}
),

per_day as (
    select
        mentions.news_date as date,
        mentions.leader_id,
        -- the role on the day; a leader named in one day's articles has one role that day
        any_value(mentions.leader_name) as leader_name,
        any_value(mentions.country_iso3) as country_iso3,
        any_value(mentions.role) as role,
        sum(mentions.mentions) as mentions,
        count(distinct mentions.article_id) as articles,
        count(distinct articles.source_domain) as sources
    from mentions
    inner join articles on mentions.article_id = articles.article_id
    group by mentions.news_date, mentions.leader_id
)

select
    date,
    leader_id,
    leader_name,
    country_iso3,
    role,
    cast(mentions as integer) as mentions,
    cast(articles as integer) as articles,
    cast(sources as integer) as sources
from per_day
