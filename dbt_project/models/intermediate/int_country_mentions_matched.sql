{#- Every country mention, one row per match, with the sentence it sits in.
    Rules, in order: longest dictionary phrase wins (one alternation); phrases that name
    something else are dropped, and so are aliases that start an organisation's name
    ("Korean Air"); aliases marked needs_context (Chad, Jordan, Georgia, ...) are
    dropped where they are part of a person's name; demonyms used as language names ("in
    English.", "French-language") are dropped; and "Georgia" is dropped in articles about
    the US state (US-state context words and no Georgian context). -#}
{%- set us_state_context = "Atlanta|Savannah|Augusta|Macon|Athens, Ga|Fulton County|Peach State|Ga\\.|Kemp|Raffensperger|Warnock|Ossoff|Stacey Abrams|Georgia Republicans?|Georgia Democrats?|Georgia voters" -%}
{%- set georgian_context = "Tbilisi|Georgian|Kobakhidze|Kavelashvili|Ivanishvili|Zourabichvili|Caucasus" -%}

{%- set pattern = dictionary_pattern(ref('int_country_phrases_unioned'), 'match_phrase') %}

with

sentences as not materialized (
    -- read twice (matching, Georgia context): scanning the table again is cheaper than a copy
    select * from {{ ref('int_sentences_split') }}
),

phrases as (
    select * from {{ ref('int_country_phrases_unioned') }}
),

matches as (
    -- one row per dictionary match: match_index, match_phrase, position_in_sentence
    {{ dictionary_matches('sentences', pattern) }}
),

located as materialized (
    select
        matches.article_id,
        matches.sentence_id,
        matches.match_index,
        matches.match_phrase,
        matches.match_sentence,
        phrases.country_iso3,
        phrases.alias_type,
        phrases.needs_context,
        matches.position_in_sentence,
        {{ is_part_of_organisation_name('matches.match_sentence', 'matches.position_in_sentence', 'length(matches.match_phrase)') }} as is_part_of_organisation_name
    from matches
    inner join phrases on matches.match_phrase = phrases.match_phrase
),

us_state_articles as (
    -- only articles where "Georgia" matched can need the rule
    select article_id
    from sentences
    where article_id in (select article_id from located where match_phrase = 'Georgia')
    group by article_id
    having bool_or(regexp_matches(match_sentence, '\b({{ us_state_context }})\b'))
        and not bool_or(regexp_matches(match_sentence, '\b({{ georgian_context }})\b'))
),

kept as (
    select located.*
    from located
    where located.country_iso3 is not null
        and not located.is_part_of_organisation_name
        and not (
            located.needs_context
            -- the name context is only looked at for aliases that need it (CASE evaluates lazily)
            and case when located.needs_context is not false then
                {{ is_part_of_name('located.match_sentence', 'located.position_in_sentence', 'length(located.match_phrase)') }}
            end
        )
        and not (
            located.alias_type = 'demonym'
            and case when located.alias_type = 'demonym' then
                {{ is_language_use('located.match_sentence', 'located.position_in_sentence', 'length(located.match_phrase)') }}
            end
        )
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
