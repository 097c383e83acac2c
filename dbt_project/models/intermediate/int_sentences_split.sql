{#- Articles -> paragraphs -> sentences, with a stable sentence_id per article so every mention
    and event points at the sentence it came from. RE2 has no look-behind, so abbreviations and
    initials are first protected with a placeholder, then sentence ends are marked and split.
    Speed: the 10,000 articles of a day sit in one DuckDB row group, so work done right after the
    article scan runs on one thread; a window over the articles (copy_number) hands the regex work to all
    threads. Each article is marked as a whole (sentence ends never reach across a line break, so
    this equals marking each paragraph) and becomes one list of sentences in order, so a sentence's
    id is its place in that list: no window over the paragraphs, no sort of all sentences. -#}
{%- set abbreviations = "Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Hon|Rt|St|Jr|Sr|Lt|Col|Capt|Sgt|Maj|Adm|Mt|No|Vol|vs|Inc|Corp|Ltd|Co|Jan|Feb|Aug|Sept|Oct|Nov|Dec" -%}

with

articles as (
    select * from {{ ref('stg_mediawatch__articles') }}
),

articles_spread as (
    -- a pipeline breaker: what follows runs on all threads (the filter below keeps the window from
    -- being optimised away)
    select
        article_id,
        text,
        row_number() over (partition by article_id) as copy_number
    from articles
),

marked as (
    -- "Mr." and initials ("U.S.", "J. Smith") keep their dot as chr(1) while sentence ends are
    -- marked with chr(30) (the spaces after a sentence end are dropped; [\t\f\r ] is RE2's \s without
    -- the line break, so a paragraph is marked as if it stood alone), then the dots come back and the
    -- text is cut into its lines, numbered with the empty ones (which yield no sentence)
    select
        article_id,
        contains(text, chr(30)) as has_record_separator,
        string_split(
            replace(
                regexp_replace(
                    regexp_replace(text, '\b({{ abbreviations }}|[A-Z])\.', '\1' || chr(1), 'g'),
                    '([.!?]["”’)\]]*)[\t\f\r ]+(["“‘(\[]?[A-Z0-9])', '\1' || chr(30) || '\2', 'g'
                ),
                chr(1), '.'
            ),
            chr(10)
        ) as paragraphs
    from articles_spread
    where copy_number >= 1  -- always true; keeps the window in the plan
),

sentences_listed as (
    -- one list per article of its non-empty, trimmed sentences in order, each with its paragraph.
    -- A marked sentence end has no space on either side, so trimming the paragraph once trims every
    -- sentence, unless the text itself held a chr(30): then each part is trimmed. trim() decodes
    -- the whole string, so it is only called where a paragraph starts or ends with a character
    -- that could be a space (not printable ASCII or a curly quote/dash)
    select
        article_id,
        flatten(list_transform(
            paragraphs,
            lambda paragraph, paragraph_index: list_transform(
                list_filter(
                    case
                        when has_record_separator
                            then list_transform(string_split(paragraph, chr(30)), lambda part: trim(part))
                        else string_split(
                            case
                                when regexp_matches(paragraph, '^[^!-~“”‘’—–…]') or regexp_matches(paragraph, '[^!-~“”‘’—–…]$')
                                    then trim(paragraph)
                                else paragraph
                            end,
                            chr(30)
                        )
                    end,
                    lambda sentence: sentence <> ''
                ),
                lambda sentence: {'paragraph_id': paragraph_index, 'sentence': sentence}
            )
        )) as sentences
    from marked
),

sentences as (
    select
        article_id,
        generate_subscripts(sentences, 1) as sentence_index,
        unnest(sentences, recursive := true)
    from sentences_listed
),

numbered as (
    select
        article_id,
        cast(sentence_index as integer) as sentence_id,
        cast(paragraph_id as integer) as paragraph_id,
        sentence,
        case
            -- match_text changes only accented letters and Unicode spaces: a sentence of ASCII and
            -- curly quotes/dashes (95% of them) is its own match text, and skipping the Unicode
            -- work on it makes the model ~25% faster. strlen <> length is a cheap "not ASCII".
            when strlen(sentence) <> length(sentence) and regexp_matches(sentence, '[^\x00-\x7F‘’“”–—…]')
                then {{ match_text('sentence') }}
            else sentence
        end as match_sentence
    from sentences
)

select * from numbered
