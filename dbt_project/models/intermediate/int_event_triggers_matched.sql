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

matches as (
    -- one row per dictionary match: match_index, match_phrase, position_in_sentence
    {{ dictionary_matches('sentences', pattern) }}
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
inner join triggers on lower(matches.match_phrase) = triggers.match_trigger
