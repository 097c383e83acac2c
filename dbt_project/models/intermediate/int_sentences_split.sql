{#- Articles -> paragraphs -> sentences, with a stable sentence_id per article so every mention
    and event points at the sentence it came from. RE2 has no look-behind, so abbreviations and
    initials are first protected with a placeholder, then sentence ends are marked and split.
    Speed: the 10,000 articles of a day sit in one DuckDB row group, so work done right after the
    article scan runs on one thread; a window over the paragraphs (paragraphs_in_article) hands the
    regex work to all threads. Abbreviations and initials are protected in one pass (one
    alternation, same matches as two), and a running count of sentences per article numbers them
    (no sort of all sentences). -#}
{%- set abbreviations = "Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St|Jr|Sr|Lt|Col|Capt|Sgt|Maj|Adm|Mt|No|Vol|vs|Inc|Corp|Ltd|Co|Jan|Feb|Aug|Sept|Oct|Nov|Dec" -%}

with

articles as (
    select * from {{ ref('stg_mediawatch__articles') }}
),

paragraphs as (
    -- the lines of the text, numbered with the empty ones (which yield no sentence)
    select
        article_id,
        generate_subscripts(string_split(text, chr(10)), 1) as paragraph_index,
        unnest(string_split(text, chr(10))) as paragraph_text
    from articles
),

paragraphs_spread as (
    -- a pipeline breaker: what follows runs on all threads (the filter below keeps the window from
    -- being optimised away)
    select
        *,
        count(*) over (partition by article_id) as paragraphs_in_article
    from paragraphs
),

sentences_listed as (
    -- "Mr." and initials ("U.S.", "J. Smith") keep their dot as chr(1) while sentence ends are
    -- marked with chr(30); one list of non-empty sentences per paragraph
    select
        article_id,
        paragraph_index,
        list_filter(
            list_transform(
                string_split(
                    regexp_replace(
                        regexp_replace(paragraph_text, '\b({{ abbreviations }}|[A-Z])\.', '\1' || chr(1), 'g'),
                        '([.!?]["”’)\]]*)\s+(["“‘(\[]?[A-Z0-9])', '\1' || chr(30) || '\2', 'g'
                    ),
                    chr(30)
                ),
                lambda part: trim(replace(part, chr(1), '.'))
            ),
            lambda sentence: sentence <> ''
        ) as sentences
    from paragraphs_spread
    where paragraph_index <= paragraphs_in_article  -- always true; keeps the window in the plan
),

sentences_counted as (
    select
        *,
        coalesce(sum(len(sentences)) over (
            partition by article_id order by paragraph_index rows between unbounded preceding and 1 preceding
        ), 0) as sentences_before
    from sentences_listed
),

sentences as (
    select
        article_id,
        paragraph_index,
        sentences_before + generate_subscripts(sentences, 1) as sentence_index,
        unnest(sentences) as sentence
    from sentences_counted
),

numbered as (
    select
        article_id,
        cast(sentence_index as integer) as sentence_id,
        cast(paragraph_index as integer) as paragraph_id,
        sentence,
        {{ match_text('sentence') }} as match_sentence
    from sentences
)

select * from numbered
