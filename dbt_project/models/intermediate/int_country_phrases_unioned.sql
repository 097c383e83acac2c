{#- The country dictionary the matcher runs: every alias of a country, plus the phrases that contain an alias
    but name something else ("Air France", "New Jersey"). Both sit in one alternation so the
    longest phrase wins; rows with a null country are dropped after matching. -#}
with

aliases as (
    select * from {{ ref('stg_reference__country_aliases') }}
),

countries as (
    select * from {{ ref('stg_reference__countries') }}
),

aliases_of_countries as (
    -- dependent territories are not countries: their names are left out of the dictionary
    select aliases.*
    from aliases
    inner join countries on aliases.country_iso3 = countries.country_iso3
    where not countries.is_dependent_territory
),

non_country_phrases as (
    select * from {{ ref('stg_reference__non_country_phrases') }}
),

unioned as (
    select match_alias as match_phrase, country_iso3, alias_type, needs_context, 1 as priority
    from aliases_of_countries
    union all
    select match_phrase, null as country_iso3, 'non_country' as alias_type, false as needs_context, 0 as priority
    from non_country_phrases
),

one_meaning_per_phrase as (
    -- a phrase listed as non-country wins over the same string listed as an alias
    select match_phrase, country_iso3, alias_type, needs_context
    from unioned
    qualify row_number() over (partition by match_phrase order by priority, country_iso3) = 1
)

select * from one_meaning_per_phrase
