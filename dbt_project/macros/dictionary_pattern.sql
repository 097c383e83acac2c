{#-
  One RE2 alternation of every phrase in a dictionary relation, built at run time from the data
  (a seed-backed model), longest phrase first so the longest match wins at each position
  ("North Korea" before "Korea"). Word boundaries are added only where the phrase starts/ends
  with a word character, so "U.S." still matches before a space.
  Returns a SQL string literal; a constant pattern lets DuckDB compile the regex once.
-#}
{% macro dictionary_pattern(relation, column, case_insensitive=false) %}
    {%- if not execute -%}
        {{ return("'^$'") }}
    {%- endif -%}
    {%- set query -%}
        select
            case when regexp_matches({{ column }}, '^\w') then '\b' else '' end
            || regexp_escape({{ column }})
            || case when regexp_matches({{ column }}, '\w$') then '\b' else '' end as alternative
        from (select distinct {{ column }} from {{ relation }} where {{ column }} is not null and {{ column }} <> '')
        order by length({{ column }}) desc, {{ column }}
    {%- endset -%}
    {%- set alternatives = run_query(query).columns[0].values() -%}
    {%- if alternatives | length == 0 -%}
        {{ exceptions.raise_compiler_error("dictionary_pattern: " ~ relation ~ " has no rows in column " ~ column) }}
    {%- endif -%}
    {%- set pattern = ("(?i)" if case_insensitive else "") ~ "(" ~ (alternatives | join("|")) ~ ")" -%}
    {{ return("'" ~ pattern | replace("'", "''") ~ "'") }}
{% endmacro %}
