{#- Two countries named in one sentence, per day: who is in the news together. -#}
with

mentions as (
    select * from {{ ref('int_country_mentions_matched') }}
),

articles as (
    select * from {{ ref('articles') }}
),

sentence_countries as (
    select distinct article_id, sentence_id, country_iso3
    from mentions
),

pairs as (
    select
        a.article_id,
        a.sentence_id,
        a.country_iso3 as country1_iso3,
        b.country_iso3 as country2_iso3
    from sentence_countries as a
    inner join sentence_countries as b
        on a.article_id = b.article_id
        and a.sentence_id = b.sentence_id
        and a.country_iso3 < b.country_iso3
)

select
    articles.news_date as date,
    pairs.country1_iso3,
    pairs.country2_iso3,
    cast(count(*) as integer) as sentences,
    cast(count(distinct pairs.article_id) as integer) as articles,
    cast(count(distinct articles.source_domain) as integer) as sources
from pairs
inner join articles on pairs.article_id = articles.article_id
group by articles.news_date, pairs.country1_iso3, pairs.country2_iso3
