{#- The role each mentioned leader held on the article's date: the term that covers the date,
    else "former <role>" from the latest term that ended before it, else the first term's role
    (a future office holder already in the news). -#}
with

mentions as (
    select * from {{ ref('int_leader_mentions_matched') }}
),

articles as (
    select * from {{ ref('stg_mediawatch__articles') }}
),

terms as (
    select * from {{ ref('stg_reference__leaders') }}
),

article_leaders as (
    select distinct mentions.article_id, articles.published_date, mentions.leader_id
    from mentions
    inner join articles on mentions.article_id = articles.article_id
),

ranked_terms as (
    select
        article_leaders.article_id,
        article_leaders.leader_id,
        terms.leader_name,
        terms.country_iso3,
        case
            when article_leaders.published_date >= terms.term_start
                and (terms.term_end is null or article_leaders.published_date <= terms.term_end)
                then terms.role
            when terms.term_end < article_leaders.published_date then 'former ' || terms.role
            else terms.role
        end as role,
        row_number() over (
            partition by article_leaders.article_id, article_leaders.leader_id
            order by
                -- 1: a term that covers the date, 2: a past term (latest first), 3: a future term
                case
                    when article_leaders.published_date >= terms.term_start
                        and (terms.term_end is null or article_leaders.published_date <= terms.term_end) then 1
                    when terms.term_end < article_leaders.published_date then 2
                    else 3
                end,
                -- a future office holder: the first term to come; otherwise the latest term
                case when article_leaders.published_date < terms.term_start then terms.term_start end asc,
                terms.term_start desc
        ) as preference
    from article_leaders
    inner join terms on article_leaders.leader_id = terms.leader_id
)

select article_id, leader_id, leader_name, country_iso3, role
from ranked_terms
where preference = 1
