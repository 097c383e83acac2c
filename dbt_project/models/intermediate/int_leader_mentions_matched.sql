{#- Every mention of a dictionary leader. Full names (and their variants) count anywhere. A short
    alias (surname) counts
      - after a political title whose role is one the leader has held ("President Trump",
        "Sen. Warren", "Chancellor Reeves", also with first names between: "Sen. Liz Warren"),
        even when the article never gives the full name: news names well-known office holders
        that way, and the title + matching role is the evidence the full name would give. A title
        that fits several leaders with that surname ("Senator Scott") is not enough on its own;
      - as "the <surname> regime/administration/government" for a head of state or government
        ("the Assad regime"), when only one such leader has that surname;
      - otherwise only once the article has anchored that leader (full name, or one of the two
        forms above) in that sentence or an earlier one ("Mr Kim", "Putin said").
    A bare title ("the President said") is never a mention: there is no name to resolve. -#}
{%- set pattern = dictionary_pattern(ref('stg_reference__leader_aliases'), 'match_alias') %}
{%- set head_roles = "'President', 'Prime Minister', 'Chancellor', 'King', 'Queen', 'Emir', 'Sultan', 'Supreme Leader', 'Premier', 'Crown Prince and Prime Minister'" -%}

with

sentences as (
    select * from {{ ref('int_sentences_split') }}
),

aliases as (
    select * from {{ ref('stg_reference__leader_aliases') }}
),

terms as (
    select * from {{ ref('stg_reference__leaders') }}
),

titled_names as (
    select * from {{ ref('int_titled_names_matched') }}
),

matches as (
    -- one row per dictionary match: match_index, match_phrase, position_in_sentence
    {{ dictionary_matches('sentences', pattern) }}
),

candidates as (
    select
        matches.article_id,
        matches.sentence_id,
        matches.match_index,
        matches.match_phrase,
        matches.match_sentence,
        aliases.leader_id,
        aliases.alias_type,
        matches.position_in_sentence
    from matches
    inner join aliases on matches.match_phrase = aliases.match_alias
),

leader_roles as (
    select distinct leader_id, role from terms
),

-- short alias = the last word(s) of a titled name, and the title's role is one the leader held
title_confirmed as (
    select distinct
        candidates.article_id,
        candidates.sentence_id,
        candidates.match_index,
        candidates.leader_id
    from candidates
    inner join titled_names
        on candidates.article_id = titled_names.article_id
        and candidates.sentence_id = titled_names.sentence_id
        and candidates.position_in_sentence >= titled_names.name_position
        and candidates.position_in_sentence + length(candidates.match_phrase)
            = titled_names.name_position + titled_names.name_length
    inner join leader_roles
        on candidates.leader_id = leader_roles.leader_id
        and (
            leader_roles.role = titled_names.title_role
            or leader_roles.role like titled_names.title_role || ' %'
            or leader_roles.role like '% ' || titled_names.title_role
        )
    where candidates.alias_type = 'short'
),

institution_named as (
    select distinct
        candidates.article_id,
        candidates.sentence_id,
        candidates.match_index,
        candidates.leader_id
    from candidates
    where candidates.alias_type = 'short'
        and regexp_matches(
            substr(candidates.match_sentence, candidates.position_in_sentence + length(candidates.match_phrase)),
            '^(?:[''’]s)?\s+(?:regime|administration|government)\b'
        )
        and candidates.leader_id in (select leader_id from terms where role in ({{ head_roles }}))
),

-- a title or an institution fits one leader only, else the surname stays ambiguous
unambiguous_evidence as (
    select article_id, sentence_id, match_index, any_value(leader_id) as leader_id
    from (select * from title_confirmed union all select * from institution_named)
    group by article_id, sentence_id, match_index
    having count(distinct leader_id) = 1
),

anchored as (
    select
        candidates.*,
        candidates.alias_type = 'full' or unambiguous_evidence.leader_id is not null as is_anchor
    from candidates
    left join unambiguous_evidence
        on candidates.article_id = unambiguous_evidence.article_id
        and candidates.sentence_id = unambiguous_evidence.sentence_id
        and candidates.match_index = unambiguous_evidence.match_index
        and candidates.leader_id = unambiguous_evidence.leader_id
),

first_anchors as (
    select article_id, leader_id, min(sentence_id) as first_anchor_sentence_id
    from anchored
    where is_anchor
    group by article_id, leader_id
),

kept as (
    select anchored.*
    from anchored
    left join first_anchors
        on anchored.article_id = first_anchors.article_id
        and anchored.leader_id = first_anchors.leader_id
    where anchored.is_anchor
        or anchored.sentence_id >= first_anchors.first_anchor_sentence_id
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
