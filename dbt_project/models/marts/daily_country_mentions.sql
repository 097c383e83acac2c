with

mentions as (
    select * from {{ ref('article_country_mentions') }}
),

articles as (
    select * from {{ ref('articles') }}
),

articles_per_day as (
    select news_date, count(*) as day_articles
    from articles
    group by news_date
),

per_day as (
    select
        mentions.news_date,
        mentions.country_iso3,
        mentions.country_name,
        sum(mentions.mentions) as mentions,
        count(distinct mentions.article_id) as articles,
        count(distinct articles.source_domain) as sources
    from mentions
    inner join articles on mentions.article_id = articles.article_id
    group by mentions.news_date, mentions.country_iso3, mentions.country_name
)

select
    per_day.news_date as date,
    per_day.country_iso3,
    per_day.country_name,
    cast(per_day.mentions as integer) as mentions,
    cast(per_day.articles as integer) as articles,
    cast(per_day.sources as integer) as sources,
    round(per_day.articles / articles_per_day.day_articles, 4) as share_of_articles
from per_day
inner join articles_per_day on per_day.news_date = articles_per_day.news_date
