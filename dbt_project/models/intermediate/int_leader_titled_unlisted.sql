{#- Political leaders the dictionary does not list, found by their title: a titled name of 2-4
    tokens ("Gov. Matt Bevin", "congresswoman Alexandria Ocasio-Cortez") that no kept dictionary
    mention overlaps. The id is stable across articles and days: 'unlisted:' || slug of the name
    as written; the role is the title's (first titled mention in the article); the country is
    left null (a title says little about it). Like a dictionary short alias, the surname alone
    counts from the first titled mention on ("Holcomb said"). -#}
{#- a capitalised word, as in person_name_pattern (quote doubled for the SQL literal) -#}
{%- set name_token = "[A-Z][a-zA-Z]*(?:-[A-Za-z]+|[''’][A-Z][a-zA-Z]*)*" -%}

with

sentences as (
    select * from {{ ref('int_sentences_split') }}
),

titled_names as (
    select * from {{ ref('int_titled_names_matched') }}
),

dictionary_mentions as (
    select * from {{ ref('int_leader_mentions_matched') }}
),

full_titled_names as (
    select *
    from titled_names
    where name_tokens >= 2
),

not_in_dictionary as (
    select full_titled_names.*
    from full_titled_names
    where not exists (
        select 1
        from dictionary_mentions
        where dictionary_mentions.article_id = full_titled_names.article_id
            and dictionary_mentions.sentence_id = full_titled_names.sentence_id
            and dictionary_mentions.position_in_sentence < full_titled_names.name_position + full_titled_names.name_length
            and dictionary_mentions.position_in_sentence + length(dictionary_mentions.matched_text) > full_titled_names.name_position
    )
),

people as (
    select
        article_id,
        'unlisted:' || trim(regexp_replace(lower(strip_accents(person_name)), '[^a-z0-9]+', '_', 'g'), '_') as leader_id,
        arg_min(person_name, sentence_id * 100000 + name_position) as leader_name,
        arg_min(title_role, sentence_id * 100000 + name_position) as role,
        arg_min(surname, sentence_id * 100000 + name_position) as surname,
        min(sentence_id * 100000 + name_position) as first_mention_key
    from not_in_dictionary
    group by 1, 2
),

surname_sentences as (
    -- the sentences that can hold a counted surname: from an unlisted leader's first titled
    -- mention on, and containing the surname somewhere
    select sentences.article_id, sentences.sentence_id, sentences.match_sentence
    from sentences
    where exists (
        select 1
        from people
        where people.article_id = sentences.article_id
            and sentences.sentence_id >= people.first_mention_key // 100000
            and contains(sentences.match_sentence, people.surname)
    )
),

-- capitalised words of those sentences, to count the surname: one scan for tokens and positions
token_pieces as (
    select
        article_id,
        sentence_id,
        {{ dictionary_match_pieces('match_sentence', "'(\\b" ~ name_token ~ ")'") }} as pieces
    from surname_sentences
),

tokens as (
    select
        article_id,
        sentence_id,
        -- match_index, match_phrase, position_in_sentence
        unnest({{ matches_from_pieces('pieces') }}, recursive := true)
    from token_pieces
),

surname_mentions as (
    select
        tokens.article_id,
        tokens.sentence_id,
        cast(tokens.match_index as bigint) as match_index,
        tokens.match_phrase as matched_text,
        case
            when tokens.sentence_id * 100000 + tokens.position_in_sentence + length(tokens.match_phrase)
                <= people.first_mention_key + length(people.leader_name) then 'titled'
            else 'short'
        end as alias_type,
        people.leader_id,
        people.leader_name,
        people.role,
        tokens.position_in_sentence
    from tokens
    inner join people
        on tokens.article_id = people.article_id
        and tokens.match_phrase = people.surname
    where tokens.sentence_id * 100000 + tokens.position_in_sentence >= people.first_mention_key
)

select * from surname_mentions
