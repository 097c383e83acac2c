{#- A text cut at every match of `pattern` (whose group 1 is the whole match, as dictionary_pattern
    builds it), keeping the matches: [text before match 1, match 1, text between matches 1 and 2, ...,
    match k, text after match k] (2k + 1 pieces). One scan: regexp_replace wraps each match in chr(1)
    (the placeholder int_sentences_split never leaves in a sentence), string_split cuts there; for a
    text that does hold chr(1), the pieces come from regexp_split_to_array and regexp_extract_all
    (two scans). -#}
{% macro dictionary_match_pieces(text, pattern) -%}
    case
        when contains({{ text }}, chr(1)) then flatten(list_transform(
            list_zip(regexp_split_to_array({{ text }}, {{ pattern }}), regexp_extract_all({{ text }}, {{ pattern }}, 1)),
            lambda pair: case when pair[2] is null then [pair[1]] else [pair[1], pair[2]] end
        ))
        else string_split(regexp_replace({{ text }}, {{ pattern }}, chr(1) || '\1' || chr(1), 'g'), chr(1))
    end
{%- endmacro %}

{#- The matches in the pieces dictionary_match_pieces returns, as a list of structs: match_index
    (1, 2, ...), match_phrase (the text matched) and position_in_sentence (1-based: 1 + the length
    of every piece before the match, since RE2 reports matched strings, not offsets); null when
    there is no match (most sentences: nothing is built for them). Unnest it with
    `unnest(..., recursive := true)`. -#}
{% macro matches_from_pieces(pieces) -%}
    case when len({{ pieces }}) > 1 then
        list_transform(range(1, (len({{ pieces }}) + 1) // 2), lambda match_index: {
            'match_index': match_index,
            'match_phrase': {{ pieces }}[2 * match_index],
            'position_in_sentence': cast(
                1 + list_sum(list_transform({{ pieces }}[1:2 * match_index - 1], lambda piece: length(piece)))
            as integer)
        })
    end
{%- endmacro %}

{#- Every match of a dictionary pattern in the sentences of `sentences` (a CTE or relation with
    article_id, sentence_id, match_sentence): one row per match with match_index, match_phrase and
    position_in_sentence, and the sentence itself. The pieces are built once per sentence (in the
    inner select) and unnested in the select list, which DuckDB runs much faster than a lateral
    join. -#}
{% macro dictionary_matches(sentences, pattern) -%}
    select
        article_id,
        sentence_id,
        match_sentence,
        unnest({{ matches_from_pieces('pieces') }}, recursive := true)
    from (
        select
            article_id,
            sentence_id,
            match_sentence,
            {{ dictionary_match_pieces('match_sentence', pattern) }} as pieces
        from {{ sentences }}
    ) as match_pieces
{%- endmacro %}
