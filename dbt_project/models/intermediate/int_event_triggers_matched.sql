{#- Trigger phrases of the event taxonomy found in sentences (case-insensitive, longest first:
    "no longer pursue reconciliation" before "reconciliation"). -#}
with

sentences as (
    select * from {{ ref('int_sentences_split') }}
),

triggers as (
    select * from {{ ref('stg_reference__event_triggers') }}
),

matches as (
    select
        sentences.article_id,
        sentences.sentence_id,
        lower(sentences.match_sentence) as lower_sentence,
        lower(found.match_phrase) as match_phrase,
        found.match_index
    from sentences,
        unnest(regexp_extract_all(
            sentences.match_sentence,
            {{ dictionary_pattern(ref('stg_reference__event_triggers'), 'match_trigger', case_insensitive=true) }},
            1
        )) with ordinality as found(match_phrase, match_index)
)

select
    matches.article_id,
    matches.sentence_id,
    matches.match_index as trigger_index,
    triggers.trigger,
    triggers.event_code,
    triggers.event_root_code,
    strpos(matches.lower_sentence, matches.match_phrase) as position_in_sentence
from matches
inner join triggers on matches.match_phrase = triggers.match_trigger
