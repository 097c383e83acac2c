{#- Trigger phrases of the event taxonomy found in sentences (case-insensitive, longest first:
    "no longer pursue reconciliation" before "reconciliation"). -#}
{%- set pattern = dictionary_pattern(ref('stg_reference__event_triggers'), 'match_trigger', case_insensitive=true) %}

with

sentences as (
    select * from {{ ref('int_sentences_split') }}
),

triggers as (
    select * from {{ ref('stg_reference__event_triggers') }}
),

match_lists as (
    select
        article_id,
        sentence_id,
        regexp_extract_all(match_sentence, {{ pattern }}, 1) as all_matches,
        regexp_split_to_array(match_sentence, {{ pattern }}) as between_matches
    from sentences
),

matches as (
    select
        match_lists.article_id,
        match_lists.sentence_id,
        lower(found.match_phrase) as match_phrase,
        found.match_index,
        {{ match_position('match_lists.all_matches', 'match_lists.between_matches', 'found.match_index') }} as position_in_sentence
    from match_lists,
        unnest(match_lists.all_matches) with ordinality as found(match_phrase, match_index)
)

select
    matches.article_id,
    matches.sentence_id,
    matches.match_index as trigger_index,
    triggers.trigger,
    triggers.event_code,
    triggers.event_root_code,
    matches.position_in_sentence
from matches
inner join triggers on matches.match_phrase = triggers.match_trigger
