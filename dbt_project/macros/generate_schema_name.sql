{#- Use the configured schema name as is (staging, intermediate, marts, reference), so analysts
    find the tables under the names the output contract promises. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ custom_schema_name | trim if custom_schema_name is not none else target.schema }}
{%- endmacro %}
