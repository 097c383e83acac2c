{#- Sentence-level events in the manner of GDELT: a trigger phrase plus the actors (countries
    and leaders' countries) of the same sentence. actor1 is the nearest actor before the trigger
    (who acted), else the first after it; actor2 the nearest other country after the trigger,
    else before it. One event per sentence and event code. -#}
with

triggers as (
    select * from {{ ref('int_event_triggers_matched') }}
),

country_actors as (
    select article_id, sentence_id, country_iso3, position_in_sentence
    from {{ ref('int_country_mentions_matched') }}
),

leader_actors as (
    select
        mentions.article_id,
        mentions.sentence_id,
        roles.country_iso3,
        mentions.position_in_sentence
    from {{ ref('int_leader_mentions_matched') }} as mentions
    inner join {{ ref('int_leader_roles_dated') }} as roles
        on mentions.article_id = roles.article_id and mentions.leader_id = roles.leader_id
    -- leaders of international organisations act for no country
    where roles.country_iso3 is not null
),

actors as (
    select * from country_actors
    union all
    select * from leader_actors
),

trigger_actors as (
    select
        triggers.article_id,
        triggers.sentence_id,
        triggers.trigger_index,
        actors.country_iso3,
        actors.position_in_sentence < triggers.position_in_sentence as is_before,
        abs(actors.position_in_sentence - triggers.position_in_sentence) as distance
    from triggers
    inner join actors
        on triggers.article_id = actors.article_id and triggers.sentence_id = actors.sentence_id
),

first_actors as (
    select article_id, sentence_id, trigger_index, country_iso3 as actor1_iso3
    from trigger_actors
    qualify row_number() over (
        partition by article_id, sentence_id, trigger_index order by is_before desc, distance
    ) = 1
),

second_actors as (
    select trigger_actors.article_id, trigger_actors.sentence_id, trigger_actors.trigger_index,
        trigger_actors.country_iso3 as actor2_iso3
    from trigger_actors
    inner join first_actors
        on trigger_actors.article_id = first_actors.article_id
        and trigger_actors.sentence_id = first_actors.sentence_id
        and trigger_actors.trigger_index = first_actors.trigger_index
    where trigger_actors.country_iso3 <> first_actors.actor1_iso3
    qualify row_number() over (
        partition by trigger_actors.article_id, trigger_actors.sentence_id, trigger_actors.trigger_index
        order by trigger_actors.is_before, trigger_actors.distance
    ) = 1
),

coded as (
    select
        triggers.article_id,
        triggers.sentence_id,
        triggers.trigger_index,
        triggers.trigger,
        triggers.event_code,
        triggers.event_root_code,
        first_actors.actor1_iso3,
        second_actors.actor2_iso3
    from triggers
    inner join first_actors
        on triggers.article_id = first_actors.article_id
        and triggers.sentence_id = first_actors.sentence_id
        and triggers.trigger_index = first_actors.trigger_index
    left join second_actors
        on triggers.article_id = second_actors.article_id
        and triggers.sentence_id = second_actors.sentence_id
        and triggers.trigger_index = second_actors.trigger_index
),

one_per_sentence_and_code as (
    select *
    from coded
    qualify row_number() over (partition by article_id, sentence_id, event_code order by trigger_index) = 1
)

select * from one_per_sentence_and_code
