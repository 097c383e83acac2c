{#- The grain test: no two rows share these columns. (dbt_utils has one; packages cannot be
    installed offline, and this is six lines.) -#}
{% test unique_combination_of_columns(model, combination) %}
    select {{ combination | join(', ') }}, count(*) as rows_with_this_key
    from {{ model }}
    group by {{ combination | join(', ') }}
    having count(*) > 1
{% endtest %}
