{#- Every political title followed by a capitalised name, one row per match: "Sen. Elizabeth
    Warren", "Delhi Chief Minister Arvind Kejriwal", "Senate Leader, Ahmad Lawan", "President
    Trump". The longest title wins ("Vice President" before "President"); a lowercase title counts
    only where the seed lists it ("congresswoman"), the name must be capitalised. The name is
    1-4 tokens; weekday/month words after it are trimmed, and a "name" holding an institution or
    title word ("President Markus", "Minister President ...") is not a person and is dropped.
    Titles marked needs_context are also the titles of companies, unions and clubs ("Emirates
    President Tim Clark", "Teachers Association President ..."): they count when no capitalised
    word comes right before them, or that word is a qualifier ("Former", "Republican"), or the
    one to three words before them are a country alias ("South Korean President", "U.S. Vice
    President", "Russia's President").
    These rows are evidence only: int_leader_mentions_matched resolves them to dictionary leaders,
    int_leader_titled_unlisted keeps the rest. -#}
{%- set titles = dictionary_pattern(ref('stg_reference__political_titles'), 'match_title') -%}
{%- set pattern = titled_name_pattern(titles) -%}
{%- set trailing_words = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|September|October|November|December|On|In|At|And|But|Or|Of|The" -%}
{%- set qualifier_words = "'Former', 'Then', 'Acting', 'Interim', 'Outgoing', 'Incoming', 'Late', 'Ex', 'Deputy', 'The', 'And', 'But', 'As', 'When', 'While', 'If', 'Said', 'Says', 'Democratic', 'Republican', 'Democrat'" -%}
{%- set cap_word = "[A-Z][A-Za-z.''’-]*" -%}
{%- set not_name_words = "President|Minister|Ministry|Secretary|Governor|General|Senator|Senate|Leader|Party|Government|House|Department|Office|Council|Committee|Court|Republic|Union|United|States|State|University|Bank|Assembly|Parliament|Congress|Administration|Cabinet|Commission|Agency|Army|Police|Republican|Republicans|Democrat|Democrats|Democratic|Labour|Conservative|GOP|Mr|Mrs|Ms|Dr" -%}

with

sentences as (
    select * from {{ ref('int_sentences_split') }}
),

titles as (
    select * from {{ ref('stg_reference__political_titles') }}
),

country_aliases as (
    select * from {{ ref('stg_reference__country_aliases') }}
),

match_pieces as (
    -- one scan of each sentence: the text between the matches and each match's title, separator, name
    select
        article_id,
        sentence_id,
        match_sentence,
        {{ titled_name_pieces('match_sentence', pattern) }} as pieces
    from sentences
),

matches as (
    select
        article_id,
        sentence_id,
        match_sentence,
        -- match_index, match_title, raw_name, position_in_sentence, name_position; no rows for a
        -- sentence without a titled name
        unnest({{ titled_names_from_pieces('pieces') }}, recursive := true)
    from match_pieces
),

trimmed as (
    select
        matches.*,
        titles.role as title_role,
        titles.needs_context,
        regexp_replace(matches.raw_name, '(\s+({{ trailing_words }}))+$', '') as person_name
    from matches
    inner join titles on matches.match_title = titles.match_title
),

named as (
    select *
    from trimmed
    where person_name <> ''
        and not regexp_matches(person_name, '\b({{ not_name_words }})\b')
),

in_context as (
    -- the last one, two and three capitalised words before the title (possessive 's dropped), only
    -- looked at for titles that need context (CASE evaluates lazily)
    select
        *,
        case when needs_context is not false then
            regexp_extract(left(match_sentence, position_in_sentence - 1), '({{ cap_word }}?)(?:[''’]s)?\s+$', 1)
        end as word_before,
        case when needs_context is not false then
            regexp_extract(left(match_sentence, position_in_sentence - 1), '({{ cap_word }}\s+{{ cap_word }}?)(?:[''’]s)?\s+$', 1)
        end as two_words_before,
        case when needs_context is not false then
            regexp_extract(left(match_sentence, position_in_sentence - 1), '({{ cap_word }}\s+{{ cap_word }}\s+{{ cap_word }}?)(?:[''’]s)?\s+$', 1)
        end as three_words_before
    from named
),

located as (
    select
        article_id,
        sentence_id,
        match_index,
        match_title,
        title_role,
        person_name,
        -- trimming only removes words at the end of the name, so it starts where the raw name did
        name_position,
        cast(length(person_name) as integer) as name_length,
        cast(len(string_split_regex(person_name, '\s+')) as integer) as name_tokens,
        regexp_extract(person_name, '([A-Za-z][A-Za-z''’-]*)$', 1) as surname
    from in_context
    where not needs_context
        or word_before = ''
        or word_before in ({{ qualifier_words }})
        or word_before in (select match_alias from country_aliases)
        or two_words_before in (select match_alias from country_aliases)
        or three_words_before in (select match_alias from country_aliases)
)

select * from located
