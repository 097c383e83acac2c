with

articles as (
    select * from {{ ref('stg_mediawatch__articles') }}
),

first_collection as (
    -- an article collected on two days (an undated page seen twice) is kept once, on its first day
    select *
    from articles
    qualify row_number() over (partition by article_id order by news_date) = 1
)

select
    ---------- ids
    article_id,
    url,
    origin,
    source,
    source_domain,

    ---------- strings
    title,
    author,
    language,

    ---------- numerics
    word_count,

    ---------- dates
    published_date,
    news_date,

    ---------- text
    text

from first_collection
