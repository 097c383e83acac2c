with

dictionary_mentions as (
    select * from {{ ref('int_leader_mentions_matched') }}
),

roles as (
    select * from {{ ref('int_leader_roles_dated') }}
),

unlisted_mentions as (
    select * from {{ ref('int_leader_titled_unlisted') }}
),

articles as (
    select * from {{ ref('articles') }}
),

dictionary_per_article as (
    select
        dictionary_mentions.article_id,
        dictionary_mentions.leader_id,
        roles.country_iso3,
        roles.leader_name,
        roles.role,
        count(*) as mentions,
        min(dictionary_mentions.sentence_id) as first_sentence_id,
        list(distinct dictionary_mentions.sentence_id order by dictionary_mentions.sentence_id) as sentence_ids
    from dictionary_mentions
    inner join roles
        on dictionary_mentions.article_id = roles.article_id
        and dictionary_mentions.leader_id = roles.leader_id
    group by all
),

-- leaders the dictionary does not list, known by their title (role = the title's, no country)
unlisted_per_article as (
    select
        article_id,
        leader_id,
        cast(null as varchar) as country_iso3,
        any_value(leader_name) as leader_name,
        any_value(role) as role,
        count(*) as mentions,
        min(sentence_id) as first_sentence_id,
        list(distinct sentence_id order by sentence_id) as sentence_ids
    from unlisted_mentions
    group by article_id, leader_id
),

per_article as (
    select * from dictionary_per_article
    union all by name
    select * from unlisted_per_article
)

select
    ---------- ids
    per_article.article_id,
    per_article.leader_id,
    per_article.country_iso3,

    ---------- strings
    per_article.leader_name,
    per_article.role,

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
