with

mentions as (
    select * from {{ ref('int_country_mentions_matched') }}
),

articles as (
    select * from {{ ref('articles') }}
),

countries as (
    select * from {{ ref('stg_reference__countries') }}
),

per_article as (
    select
        article_id,
        country_iso3,
        count(*) as mentions,
        min(sentence_id) as first_sentence_id,
        list(distinct sentence_id order by sentence_id) as sentence_ids,
        list(distinct matched_text order by matched_text) as matched_texts
    from mentions
    group by article_id, country_iso3
)

select
    ---------- ids
    per_article.article_id,
    per_article.country_iso3,

    ---------- strings
    countries.country_name,

    ---------- numerics
    cast(per_article.mentions as integer) as mentions,

    ---------- dates
    articles.published_date,
    articles.news_date,

    ---------- evidence
    per_article.first_sentence_id,
    per_article.sentence_ids,
    per_article.matched_texts

from per_article
inner join articles on per_article.article_id = articles.article_id
inner join countries on per_article.country_iso3 = countries.country_iso3
