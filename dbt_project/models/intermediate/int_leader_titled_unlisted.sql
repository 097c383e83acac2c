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

-- capitalised words of the sentences of articles with an unlisted leader, to count the surname
token_lists as (
    select
        sentences.article_id,
        sentences.sentence_id,
        regexp_extract_all(sentences.match_sentence, '\b{{ name_token }}', 0) as all_tokens,
        regexp_split_to_array(sentences.match_sentence, '\b{{ name_token }}') as between_tokens
    from sentences
    where sentences.article_id in (select article_id from people)
),

tokens as (
    select
        token_lists.article_id,
        token_lists.sentence_id,
        found.token,
        found.token_index,
        {{ match_position('token_lists.all_tokens', 'token_lists.between_tokens', 'found.token_index') }} as position_in_sentence
    from token_lists,
        unnest(token_lists.all_tokens) with ordinality as found(token, token_index)
),

surname_mentions as (
    select
        tokens.article_id,
        tokens.sentence_id,
        cast(tokens.token_index as bigint) as match_index,
        tokens.token as matched_text,
        case
            when tokens.sentence_id * 100000 + tokens.position_in_sentence + length(tokens.token)
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
        and tokens.token = people.surname
    where tokens.sentence_id * 100000 + tokens.position_in_sentence >= people.first_mention_key
)

select * from surname_mentions
