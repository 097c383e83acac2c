{#- Is a dictionary match at `position` (1-based, `length` characters) in `text` part of a
    person's name? True when the word right before it is capitalised (and not a function word at
    a sentence start: "In Chad ..."), or the word right after it is capitalised (and not a title
    or institution: "Jordan's King", "Chad President"). "Michael Jordan", "Chad Wolf" -> true. -#}
{% macro is_part_of_name(text, position, length) -%}
(
    (
        regexp_matches(left({{ text }}, {{ position }} - 1), '(^|\s)[A-Z][a-z]+\s+$')
        and lower(regexp_extract(left({{ text }}, {{ position }} - 1), '([A-Za-z]+)\s+$', 1)) not in (
            'in', 'the', 'from', 'to', 'and', 'of', 'for', 'with', 'at', 'by', 'on', 'as', 'but', 'while',
            'after', 'before', 'since', 'neighbouring', 'neighboring', 'both', 'like', 'unlike', 'across',
            'visit', 'visits', 'visited', 'visiting', 'says', 'said', 'when', 'where', 'if', 'although',
            'southern', 'northern', 'eastern', 'western', 'central', 'rural', 'landlocked', 'war-torn'
        )
    )
    or (
        regexp_matches(substr({{ text }}, {{ position }} + {{ length }}), '^\s+[A-Z][a-z]+')
        and regexp_extract(substr({{ text }}, {{ position }} + {{ length }}), '^\s+([A-Za-z]+)', 1) not in (
            'President', 'King', 'Queen', 'Prime', 'Foreign', 'Defence', 'Defense', 'Finance', 'Interior',
            'Government', 'Parliament', 'Army', 'Navy', 'Air', 'Minister', 'Ministry', 'Embassy', 'Ambassador',
            'Crown', 'Prince', 'Princess', 'Emir', 'Sultan', 'Said', 'On', 'In', 'And', 'But', 'The'
        )
    )
)
{%- endmacro %}

{#- Is the match the first word of an organisation or title named after a country ("Bangladesh
    Airlines", "Korean Air", "Bangkok Post", "American Idol")? Such names are not country mentions
    (design.md). Whole names the rule misses go in the non_country_phrases seed. -#}
{% macro is_part_of_organisation_name(text, position, length) -%}
    regexp_extract(substr({{ text }}, {{ position }} + {{ length }}), '^\s+([A-Za-z]+)', 1) in (
        'Airlines', 'Airways', 'Air', 'Airline', 'Railways', 'Railway', 'Telecom', 'Telecommunications',
        'Post', 'Times', 'Today', 'Daily', 'Herald', 'Tribune', 'Telegraph', 'Gazette', 'Express',
        'Motors', 'Petroleum', 'Steel', 'Idol', 'Inc', 'Corp', 'Corporation', 'Ltd', 'Limited', 'Plc'
    )
{%- endmacro %}

{#- Is a demonym used as the name of a language ("in English.", "French-language", "Russian
    speakers")? Then it names no country. "in French politics" (a lowercase word follows) is still
    a mention. -#}
{% macro is_language_use(text, position, length) -%}
(
    regexp_matches(substr({{ text }}, {{ position }} + {{ length }}),
        '^[ -](language|languages|translation|translations|subtitles|speakers|speaking|dub|dubbed)\b')
    or (
        lower(regexp_extract(left({{ text }}, {{ position }} - 1), '([A-Za-z]+)\s+$', 1)) in (
            'in', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'fluent', 'translated', 'learn', 'learning'
        )
        and not regexp_matches(substr({{ text }}, {{ position }} + {{ length }}), '^\s+[a-z]')
    )
)
{%- endmacro %}
