{#- 1-based position of match number `match_index` in a text, from the lists that
    regexp_extract_all (the matches) and regexp_split_to_array (the pieces between them) return
    for the same pattern. RE2 reports matched strings, not offsets, so the offset is rebuilt:
    1 + length of pieces 1..k + length of matches 1..k-1. -#}
{% macro match_position(all_matches, between_matches, match_index) -%}
    cast(
        1
        + list_sum(list_transform({{ between_matches }}[1:{{ match_index }}], lambda piece: length(piece)))
        + coalesce(list_sum(list_transform({{ all_matches }}[1:{{ match_index }} - 1], lambda found: length(found))), 0)
    as integer)
{%- endmacro %}
