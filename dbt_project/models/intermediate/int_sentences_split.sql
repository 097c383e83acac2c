{#- Articles -> paragraphs -> sentences, with a stable sentence_id per article so every mention
    and event points at the sentence it came from. RE2 has no look-behind, so abbreviations and
    initials are first protected with a placeholder, then sentence ends are marked and split. -#}
{%- set abbreviations = "Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St|Jr|Sr|Lt|Col|Capt|Sgt|Maj|Adm|Mt|No|Vol|vs|Inc|Corp|Ltd|Co|Jan|Feb|Aug|Sept|Oct|Nov|Dec" -%}

with

articles as (
    select * from {{ ref('stg_mediawatch__articles') }}
),

paragraphs as (
    select
        articles.article_id,
        paragraph.paragraph_index,
        paragraph.paragraph_text
    from articles,
        unnest(string_split(articles.text, chr(10))) with ordinality as paragraph(paragraph_text, paragraph_index)
    where trim(paragraph.paragraph_text) <> ''
),

abbreviations_protected as (
    select
        article_id,
        paragraph_index,
        regexp_replace(
            regexp_replace(paragraph_text, '\b({{ abbreviations }})\.', '\1' || chr(1), 'g'),
            '\b([A-Z])\.', '\1' || chr(1), 'g'
        ) as paragraph_text
    from paragraphs
),

sentence_ends_marked as (
    select
        article_id,
        paragraph_index,
        regexp_replace(
            paragraph_text, '([.!?]["”’)\]]*)\s+(["“‘(\[]?[A-Z0-9])', '\1' || chr(30) || '\2', 'g'
        ) as paragraph_text
    from abbreviations_protected
),

sentences as (
    select
        sentence_ends_marked.article_id,
        sentence_ends_marked.paragraph_index,
        part.sentence_index,
        trim(replace(part.sentence, chr(1), '.')) as sentence
    from sentence_ends_marked,
        unnest(string_split(sentence_ends_marked.paragraph_text, chr(30))) with ordinality as part(sentence, sentence_index)
),

numbered as (
    select
        article_id,
        cast(row_number() over (partition by article_id order by paragraph_index, sentence_index) as integer) as sentence_id,
        cast(paragraph_index as integer) as paragraph_id,
        sentence,
        {{ match_text('sentence') }} as match_sentence
    from sentences
    where sentence <> ''
)

select * from numbered
