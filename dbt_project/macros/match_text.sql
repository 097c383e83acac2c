{#- The form of a text that dictionaries are matched against: accents stripped so RE2's ASCII
    word boundaries work on "Erdoğan" or "Élysée", and Unicode spaces (no-break, thin, ...) made
    plain spaces so "North Korea" matches however it was typeset. One character becomes one
    character, so positions hold. -#}
{% macro match_text(expression) -%}
    regexp_replace(strip_accents({{ expression }}), '[\x{00A0}\x{1680}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}]', ' ', 'g')
{%- endmacro %}
