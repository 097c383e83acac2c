with

mentions as (
    select * from {{ ref('int_leader_mentions_matched') }}
),

roles as (
    select * from {{ ref('int_leader_roles_dated') }}
),

articles as (
    select * from {{ ref('articles') }}
),

per_article as (
    select
        article_id,
        leader_id,
        count(*) as mentions,
        min(sentence_id) as first_sentence_id,
        list(distinct sentence_id order by sentence_id) as sentence_ids
    from mentions
    group by article_id, leader_id
)

select
    ---------- ids
    per_article.article_id,
    per_article.leader_id,
    roles.country_iso3,

    ---------- strings
    roles.leader_name,
    roles.role,

    ---------- numerics
    cast(per_article.mentions as integer) as mentions,

    ---------- dates
    articles.published_date,
    articles.news_date,

    ---------- evidence
    per_article.first_sentence_id,
    per_article.sentence_ids

from per_article
inner join articles on per_article.article_id = articles.article_id
inner join roles on per_article.article_id = roles.article_id and per_article.leader_id = roles.leader_id
