{#- Every country mention, one row per match, with the sentence it sits in.
    Rules, in order: longest dictionary phrase wins (one alternation); phrases that name
    something else are dropped, and so are aliases that start an organisation's name
    ("Korean Air"); aliases marked needs_context (Chad, Jordan, Georgia, ...) are
    dropped where they are part of a person's name, and "Georgia" is dropped in articles about
    the US state (US-state context words and no Georgian context). -#}
{%- set us_state_context = "Atlanta|Savannah|Augusta|Macon|Athens, Ga|Fulton County|Peach State|Ga\\.|Kemp|Raffensperger|Warnock|Ossoff|Stacey Abrams|Georgia Republicans?|Georgia Democrats?|Georgia voters" -%}
{%- set georgian_context = "Tbilisi|Georgian|Kobakhidze|Kavelashvili|Ivanishvili|Zourabichvili|Caucasus" -%}

{%- set pattern = dictionary_pattern(ref('int_country_phrases_unioned'), 'match_phrase') %}

with

sentences as (
    select * from {{ ref('int_sentences_split') }}
),

phrases as (
    select * from {{ ref('int_country_phrases_unioned') }}
),

match_lists as (
    select
        article_id,
        sentence_id,
        match_sentence,
        regexp_extract_all(match_sentence, {{ pattern }}, 1) as all_matches,
        regexp_split_to_array(match_sentence, {{ pattern }}) as between_matches
    from sentences
),

matches as (
    select
        match_lists.article_id,
        match_lists.sentence_id,
        match_lists.match_sentence,
        found.match_phrase,
        found.match_index,
        {{ match_position('match_lists.all_matches', 'match_lists.between_matches', 'found.match_index') }} as position_in_sentence
    from match_lists,
        unnest(match_lists.all_matches) with ordinality as found(match_phrase, match_index)
),

located as (
    select
        matches.article_id,
        matches.sentence_id,
        matches.match_index,
        matches.match_phrase,
        phrases.country_iso3,
        phrases.alias_type,
        phrases.needs_context,
        matches.position_in_sentence,
        {{ is_part_of_name('matches.match_sentence', 'matches.position_in_sentence', 'length(matches.match_phrase)') }} as is_part_of_name,
        {{ is_part_of_organisation_name('matches.match_sentence', 'matches.position_in_sentence', 'length(matches.match_phrase)') }} as is_part_of_organisation_name
    from matches
    inner join phrases on matches.match_phrase = phrases.match_phrase
),

us_state_articles as (
    select article_id
    from sentences
    group by article_id
    having bool_or(regexp_matches(match_sentence, '\b({{ us_state_context }})\b'))
        and not bool_or(regexp_matches(match_sentence, '\b({{ georgian_context }})\b'))
),

kept as (
    select located.*
    from located
    where located.country_iso3 is not null
        and not (located.needs_context and located.is_part_of_name)
        and not located.is_part_of_organisation_name
        and not (
            located.match_phrase = 'Georgia'
            and located.article_id in (select article_id from us_state_articles)
        )
)

select
    article_id,
    sentence_id,
    match_index,
    match_phrase as matched_text,
    alias_type,
    country_iso3,
    position_in_sentence
from kept
