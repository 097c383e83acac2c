{#- Every leader mention. Full names (and their variants) count anywhere; a surname alone or
    after a title ("Mr Kim", "President Putin") counts only once the same article has named that
    leader in full, in that sentence or an earlier one. -#}
{%- set pattern = dictionary_pattern(ref('stg_reference__leader_aliases'), 'match_alias') %}

with

sentences as (
    select * from {{ ref('int_sentences_split') }}
),

aliases as (
    select * from {{ ref('stg_reference__leader_aliases') }}
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
        found.match_phrase,
        found.match_index,
        {{ match_position('match_lists.all_matches', 'match_lists.between_matches', 'found.match_index') }} as position_in_sentence
    from match_lists,
        unnest(match_lists.all_matches) with ordinality as found(match_phrase, match_index)
),

candidates as (
    select
        matches.article_id,
        matches.sentence_id,
        matches.match_index,
        matches.match_phrase,
        aliases.leader_id,
        aliases.alias_type,
        matches.position_in_sentence
    from matches
    inner join aliases on matches.match_phrase = aliases.match_alias
),

first_full_mentions as (
    select article_id, leader_id, min(sentence_id) as first_full_sentence_id
    from candidates
    where alias_type = 'full'
    group by article_id, leader_id
),

kept as (
    select candidates.*
    from candidates
    left join first_full_mentions
        on candidates.article_id = first_full_mentions.article_id
        and candidates.leader_id = first_full_mentions.leader_id
    where candidates.alias_type = 'full'
        or candidates.sentence_id >= first_full_mentions.first_full_sentence_id
)

select
    article_id,
    sentence_id,
    match_index,
    match_phrase as matched_text,
    alias_type,
    leader_id,
    position_in_sentence
from kept
