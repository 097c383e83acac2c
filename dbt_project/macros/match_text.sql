{#- The form of a text that dictionaries are matched against: accents stripped so RE2's ASCII
    word boundaries work on "Erdoğan" or "Élysée"; the length is unchanged, so positions hold. -#}
{% macro match_text(expression) -%}
    strip_accents({{ expression }})
{%- endmacro %}
