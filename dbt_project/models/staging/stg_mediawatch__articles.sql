with

source as (
    select * from {{ source('mediawatch', 'articles') }}
),

renamed as (
    select
        ---------- ids
        article_id,
        source,
        url,
        origin,
        -- the site an article came from, for GDELT-style "sources" counts
        coalesce(nullif(regexp_extract(url, '^https?://(?:www\.)?([^/:]+)', 1), ''), source) as source_domain,

        ---------- strings
        trim(title) as title,
        nullif(trim(author), '') as author,
        sitename,
        language,
        text,

        ---------- numerics
        word_count,

        ---------- dates
        news_date,
        -- pages without a readable date belong to the day they were collected for
        coalesce(published_date, news_date) as published_date,
        loaded_at

    from source
)

select * from renamed
