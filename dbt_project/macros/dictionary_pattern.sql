{#-
  One RE2 pattern that finds every phrase of a dictionary relation, built at run time from the data
  (a seed-backed model); group 1 is the phrase found. At each position the longest phrase wins
  ("North Korea" before "Korea"), exactly as in a plain alternation sorted longest first. Word
  boundaries are added only where the phrase starts/ends with a word character, so "U.S." still
  matches before a space. Returns a SQL string literal; a constant pattern lets DuckDB compile the
  regex once.

  The phrases are written as a trie, shared prefixes once: `(\bKorea(?:n\b|\b)|...)` rather than
  `(\bKorean\b|\bKorea\b|...)`. A plain alternation of ~1,500 phrases (~25k characters) outgrows RE2's
  DFA memory budget and runs ~4x slower than the trie of the same phrases (benchmarks/README.md). The
  matches are the same: at every branching node the branches start with different characters and
  the phrase that ends there is tried last, so a longer phrase always wins. Under case_insensitive
  the phrases are lowercased first. The trie is built in SQL (one query, ~0.05 s): in Jinja it took
  0.1-0.3 s per dictionary.

  How the query writes the trie: phrases in lexicographic order with "end of phrase" after every
  character (so extensions come first); each phrase writes its characters after the prefix it shares
  with the phrase before, preceded by `|`; a branching node (a prefix two neighbours share) opens
  `(?:` before the character its first phrase writes at that depth and closes after its last phrase.
-#}
{% macro dictionary_pattern(relation, column, case_insensitive=false) %}
    {%- if not execute -%}
        {{ return("'^$'") }}
    {%- endif -%}
    {%- set phrase = ("lower(" ~ column ~ ")") if case_insensitive else column -%}
    {%- set query -%}
        with phrases as (
            select distinct {{ phrase }} as phrase
            from {{ relation }}
            where {{ column }} is not null and {{ column }} <> ''
        ),

        ranked as (
            -- lexicographic, with "end of phrase" after every character: extensions come first
            select
                phrase,
                regexp_matches(phrase, '^\w') as word_start,
                row_number() over (partition by regexp_matches(phrase, '^\w') order by phrase || chr(1114111)) as phrase_rank
            from phrases
        ),

        neighbours as (
            select
                *,
                lead(phrase) over (partition by word_start order by phrase_rank) as next_phrase
            from ranked
        ),

        leaving_next as (
            -- characters shared with the next phrase: where the next phrase's branch leaves this one
            select
                *,
                case
                    when next_phrase is null then 0
                    else coalesce(
                        list_position(list_transform(
                            range(1, least(length(phrase), length(next_phrase)) + 1),
                            lambda k: substr(phrase, k, 1) <> substr(next_phrase, k, 1)
                        ), true) - 1,
                        least(length(phrase), length(next_phrase))
                    )
                end as shared_with_next
            from neighbours
        ),

        leaving_previous as (
            select
                *,
                coalesce(lag(shared_with_next) over (partition by word_start order by phrase_rank), 0) as shared_with_previous
            from leaving_next
        ),

        branching_nodes as (
            -- a trie node where phrases part: its group opens before its first phrase's character at
            -- that depth and closes after its last phrase
            select
                nodes.word_start,
                nodes.depth,
                min(prefixes.phrase_rank) as first_rank,
                max(prefixes.phrase_rank) as last_rank
            from (
                select distinct word_start, left(phrase, shared_with_next) as prefix, shared_with_next as depth
                from leaving_next
                where shared_with_next > 0
            ) as nodes
            inner join (
                select word_start, phrase_rank, left(phrase, unnest(range(1, length(phrase) + 1))) as prefix
                from ranked
            ) as prefixes
                on prefixes.word_start = nodes.word_start
                and prefixes.prefix = nodes.prefix
            group by nodes.word_start, nodes.prefix, nodes.depth
        ),

        characters as (
            -- the characters each phrase writes: those after the prefix it shares with the phrase before
            select
                word_start,
                phrase_rank,
                unnest(range(shared_with_previous, length(phrase))) as depth,
                phrase
            from leaving_previous
        ),

        character_tokens as (
            select
                characters.word_start,
                characters.phrase_rank,
                string_agg(
                    case when branching_nodes.depth is not null then '(?:' else '' end
                    || regexp_escape(substr(characters.phrase, characters.depth + 1, 1)),
                    '' order by characters.depth
                ) as written
            from characters
            left join branching_nodes
                on branching_nodes.word_start = characters.word_start
                and branching_nodes.first_rank = characters.phrase_rank
                and branching_nodes.depth = characters.depth
            group by characters.word_start, characters.phrase_rank
        ),

        closings as (
            select word_start, last_rank as phrase_rank, count(*) as groups_closed
            from branching_nodes
            group by word_start, last_rank
        ),

        phrase_tokens as (
            select
                leaving_previous.word_start,
                leaving_previous.phrase_rank,
                case when leaving_previous.phrase_rank > 1 then '|' else '' end
                || coalesce(character_tokens.written, '')
                || case when regexp_matches(leaving_previous.phrase, '\w$') then '\b' else '' end
                || repeat(')', coalesce(closings.groups_closed, 0)::integer) as token
            from leaving_previous
            left join character_tokens using (word_start, phrase_rank)
            left join closings using (word_start, phrase_rank)
        ),

        tries as (
            select word_start, string_agg(token, '' order by phrase_rank) as trie
            from phrase_tokens
            group by word_start
        )

        select
            {{ "'(?i)' || " if case_insensitive else "" }}'('
            || concat_ws('|',
                (select '\b(?:' || trie || ')' from tries where word_start),
                (select trie from tries where not word_start)
            )
            || ')' as pattern
        from tries
        having count(*) > 0  -- no phrases: no pattern
    {%- endset -%}
    {%- set patterns = run_query(query).columns[0].values() -%}
    {%- set pattern = patterns[0] if patterns | length > 0 else none -%}
    {%- if pattern is none -%}
        {{ exceptions.raise_compiler_error("dictionary_pattern: " ~ relation ~ " has no rows in column " ~ column) }}
    {%- endif -%}
    {{ return("'" ~ pattern | replace("'", "''") ~ "'") }}
{% endmacro %}
