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
    the name ("Sen. Elizabeth Warren", "Senate Leader, Ahmad Lawan", "President Trump").
    `titles_pattern` is a dictionary_pattern() literal; one constant pattern for the whole column. -#}
{% macro titled_name_pattern(titles_pattern, max_tokens=4) -%}
    {%- set name = person_name_pattern(max_tokens) | trim -%}
    {{- titles_pattern[:-1] ~ "\\s*,?\\s+(" ~ (name | replace("'", "''")) ~ ")'" -}}
{%- endmacro %}
