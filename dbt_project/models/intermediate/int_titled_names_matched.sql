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

match_lists as (
    select
        article_id,
        sentence_id,
        match_sentence,
        regexp_extract_all(match_sentence, {{ pattern }}, 0) as all_matches,
        regexp_split_to_array(match_sentence, {{ pattern }}) as between_matches
    from sentences
    where regexp_matches(match_sentence, {{ pattern }})
),

matches as (
    select
        match_lists.article_id,
        match_lists.sentence_id,
        found.match_index,
        found.titled_name,
        match_lists.match_sentence,
        {{ match_position('match_lists.all_matches', 'match_lists.between_matches', 'found.match_index') }} as position_in_sentence
    from match_lists,
        unnest(match_lists.all_matches) with ordinality as found(titled_name, match_index)
),

split_up as (
    select
        article_id,
        sentence_id,
        match_index,
        titled_name,
        position_in_sentence,
        regexp_extract(titled_name, {{ pattern }}, 1) as match_title,
        regexp_extract(titled_name, {{ pattern }}, 2) as raw_name,
        -- the last one, two and three capitalised words before the title (possessive 's dropped)
        regexp_extract(left(match_sentence, position_in_sentence - 1), '({{ cap_word }}?)(?:[''’]s)?\s+$', 1) as word_before,
        regexp_extract(left(match_sentence, position_in_sentence - 1), '({{ cap_word }}\s+{{ cap_word }}?)(?:[''’]s)?\s+$', 1) as two_words_before,
        regexp_extract(left(match_sentence, position_in_sentence - 1), '({{ cap_word }}\s+{{ cap_word }}\s+{{ cap_word }}?)(?:[''’]s)?\s+$', 1) as three_words_before
    from matches
),

trimmed as (
    select
        *,
        regexp_replace(raw_name, '(\s+({{ trailing_words }}))+$', '') as person_name
    from split_up
),

located as (
    select
        trimmed.article_id,
        trimmed.sentence_id,
        trimmed.match_index,
        trimmed.match_title,
        titles.role as title_role,
        trimmed.person_name,
        -- the name starts where the raw name started: trimming only removes words at its end
        cast(trimmed.position_in_sentence + length(trimmed.titled_name) - length(trimmed.raw_name) as integer) as name_position,
        cast(length(trimmed.person_name) as integer) as name_length,
        cast(len(string_split_regex(trimmed.person_name, '\s+')) as integer) as name_tokens,
        regexp_extract(trimmed.person_name, '([A-Za-z][A-Za-z''’-]*)$', 1) as surname
    from trimmed
    inner join titles on trimmed.match_title = titles.match_title
    where trimmed.person_name <> ''
        and not regexp_matches(trimmed.person_name, '\b({{ not_name_words }})\b')
        and (
            not titles.needs_context
            or trimmed.word_before = ''
            or trimmed.word_before in ({{ qualifier_words }})
            or trimmed.word_before in (select match_alias from country_aliases)
            or trimmed.two_words_before in (select match_alias from country_aliases)
            or trimmed.three_words_before in (select match_alias from country_aliases)
        )
)

select * from located
