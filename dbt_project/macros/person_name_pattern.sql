{#- RE2 pattern (no capture groups) of a capitalised personal name of 1 to `max_tokens` tokens
    as news writes it after a title: words starting with a capital ("Ocasio-Cortez", "Jae-in", "O'Rourke",
    "McConnell", "II"), initials ("B."), and lowercase particles inside the name ("Bashar al-Assad",
    "Ursula von der Leyen"). Runs on match_text() output, so accents are already stripped. -#}
{% macro person_name_pattern(max_tokens=4) -%}
    {%- set token = "(?:[A-Z]\\.|[A-Z][a-zA-Z]*(?:-[A-Za-z]+|['’][A-Z][a-zA-Z]*)*)" -%}
    {%- set particle = "(?:(?:al|el|bin|ibn|de|da|di|del|der|van|von|le|la|du|dos)(?:-|\\s+))" -%}
    {{- token ~ "(?:\\s+" ~ particle ~ "*" ~ token ~ "){0," ~ (max_tokens - 1) ~ "}" -}}
{%- endmacro %}

{#- SQL string literal of "political title, optional comma, name": group 1 is the title, group 2
    what separates it from the name (spaces, maybe a comma), group 3 the name ("Sen. Elizabeth
    Warren", "Senate Leader, Ahmad Lawan", "President Trump"); the three groups make up the whole
    match, so titled_name_pieces can cut a text at them in one scan. `titles_pattern` is a
    dictionary_pattern() literal; one constant pattern for the whole column. -#}
{% macro titled_name_pattern(titles_pattern, max_tokens=4) -%}
    {%- set name = person_name_pattern(max_tokens) | trim -%}
    {{- titles_pattern[:-1] ~ "(\\s*,?\\s+)(" ~ (name | replace("'", "''")) ~ ")'" -}}
{%- endmacro %}

{#- A text cut at every match of a titled_name_pattern, keeping the three groups of each match:
    [text before match 1, title 1, separator 1, name 1, text between matches 1 and 2, ..., name k,
    text after match k] (4k + 1 pieces; a title, separator or name is never empty). One scan:
    regexp_replace puts chr(1) around every group (int_sentences_split never leaves chr(1) in a
    sentence), string_split cuts there; a text that does hold chr(1) gets its pieces from
    regexp_split_to_array and regexp_extract_all (four scans). -#}
{% macro titled_name_pieces(text, pattern) -%}
    case
        when contains({{ text }}, chr(1)) then flatten(list_transform(
            list_zip(
                regexp_split_to_array({{ text }}, {{ pattern }}),
                regexp_extract_all({{ text }}, {{ pattern }}, 1),
                regexp_extract_all({{ text }}, {{ pattern }}, 2),
                regexp_extract_all({{ text }}, {{ pattern }}, 3)
            ),
            lambda parts: case when parts[2] is null then [parts[1]] else [parts[1], parts[2], parts[3], parts[4]] end
        ))
        else string_split(regexp_replace({{ text }}, {{ pattern }}, chr(1) || '\1' || chr(1) || '\2' || chr(1) || '\3' || chr(1), 'g'), chr(1))
    end
{%- endmacro %}

{#- The titled names in the pieces titled_name_pieces returns, as a list of structs: match_index
    (1, 2, ...), match_title, raw_name, name_position (1-based character position of the name in
    the text) and position_in_sentence (of the title); null when there is no match. Unnest it with
    `unnest(..., recursive := true)`. -#}
{% macro titled_names_from_pieces(pieces) -%}
    case when len({{ pieces }}) > 1 then
        list_transform(range(1, (len({{ pieces }}) + 3) // 4), lambda match_index: {
            'match_index': match_index,
            'match_title': {{ pieces }}[4 * match_index - 2],
            'raw_name': {{ pieces }}[4 * match_index],
            'position_in_sentence': cast(
                1 + list_sum(list_transform({{ pieces }}[1:4 * match_index - 3], lambda piece: length(piece)))
            as integer),
            'name_position': cast(
                1 + list_sum(list_transform({{ pieces }}[1:4 * match_index - 1], lambda piece: length(piece)))
            as integer)
        })
    end
{%- endmacro %}
