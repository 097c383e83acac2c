"""Build the country seeds from pycountry plus a hand-written supplement.

Writes (deterministically, sorted; re-running reproduces them byte for byte):
    dbt_project/seeds/countries.csv        country_iso3, country_iso2, country_name, official_name, capital,
                                           is_dependent_territory
    dbt_project/seeds/country_aliases.csv  alias, country_iso3, alias_type, needs_context

Sources:
    pycountry (ISO 3166-1): alpha codes, name, official_name, common_name
    scripts/country_supplement.yml: news-style names, capitals, demonyms, short forms, seats of
        government, constituent countries, needs_context flags, drops and extra countries (Kosovo)

Usage:
    .venv/bin/python scripts/build_country_seeds.py                # write into dbt_project/seeds
    .venv/bin/python scripts/build_country_seeds.py --out-dir DIR  # write elsewhere
    .venv/bin/python scripts/build_country_seeds.py --check        # exit 1 if the CSVs are stale
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pycountry
import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT_PATH = Path(__file__).resolve().parent / "country_supplement.yml"
SEEDS_DIR = REPO_ROOT / "dbt_project" / "seeds"

COUNTRY_COLUMNS = ["country_iso3", "country_iso2", "country_name", "official_name", "capital", "is_dependent_territory"]
ALIAS_COLUMNS = ["alias", "country_iso3", "alias_type", "needs_context"]

# When one string is listed under several types for the same country, the first type wins.
ALIAS_TYPES = ("name", "short", "constituent", "demonym", "capital", "seat")
SUPPLEMENT_KEYS = {
    "name": "names",
    "short": "short",
    "constituent": "constituents",
    "demonym": "demonyms",
    "capital": "capitals",
    "seat": "seats",
}
ALLOWED_ENTRY_KEYS = {
    "name", "official", "capital", "capitals", "names", "short", "demonyms", "seats",
    "constituents", "context", "drop", "iso2",
}
# Regex metacharacters that must never appear in an alias ('.' is allowed: "U.S.").
FORBIDDEN_CHARS = set("\\^$*+?()[]{}|")

# Letters that NFKD does not decompose into base letter + combining mark.
_EXTRA_FOLD = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ß": "ss", "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
})


def fold_diacritics(text: str) -> str:
    """'Bogotá' -> 'Bogota', 'Côte d'Ivoire' -> 'Cote d'Ivoire' (apostrophes are kept)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def clean_pycountry_name(raw: str) -> str:
    """Turn pycountry's catalogue forms into the forms used in running text.

    'Korea, Republic of' -> 'Republic of Korea'; 'Virgin Islands, British' -> 'British Virgin Islands';
    'Congo, The Democratic Republic of the' -> 'Democratic Republic of the Congo';
    'Holy See (Vatican City State)' -> 'Holy See'; 'the State of Eritrea' -> 'State of Eritrea'.
    Names with any other comma ('Bonaire, Sint Eustatius and Saba') are kept as they are.
    """
    name = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    if ", " in name:
        head, tail = name.split(", ", 1)
        if tail.endswith(" of") or tail.endswith(" of the") or " " not in tail:
            name = f"{tail} {head}"
    name = re.sub(r"^[Tt]he ", "", name)
    return re.sub(r"\s+", " ", name).strip()


def spelling_variants(alias: str) -> list[str]:
    """The alias plus its generated variants: 'Saint ' -> 'St '/'St. ', no diacritics, other apostrophe."""
    forms = {alias}
    if alias.startswith("Saint "):
        rest = alias[len("Saint "):]
        forms |= {f"St {rest}", f"St. {rest}"}
    forms |= {fold_diacritics(f) for f in list(forms)}
    for form in list(forms):
        if "'" in form:
            forms.add(form.replace("'", "\u2019"))
        if "\u2019" in form:
            forms.add(form.replace("\u2019", "'"))
    return sorted(forms)


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    official_name: str
    capital: str
    is_dependent_territory: bool


@dataclass(frozen=True)
class Alias:
    alias: str
    iso3: str
    alias_type: str
    needs_context: bool


def load_supplement(path: Path = SUPPLEMENT_PATH) -> dict:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    for section in ("countries", "extra_countries"):
        for iso3, entry in (data.get(section) or {}).items():
            unknown = set(entry or {}) - ALLOWED_ENTRY_KEYS
            if unknown:
                raise ValueError(f"{path}: {section}.{iso3} has unknown keys {sorted(unknown)}; "
                                 f"allowed: {sorted(ALLOWED_ENTRY_KEYS)}")
    return data


def build(supplement: dict) -> tuple[list[Country], list[Alias]]:
    entries: dict[str, dict] = {k: (v or {}) for k, v in (supplement.get("countries") or {}).items()}
    extras: dict[str, dict] = {k: (v or {}) for k, v in (supplement.get("extra_countries") or {}).items()}

    iso_codes = {c.alpha_3 for c in pycountry.countries}
    missing = sorted(iso_codes - set(entries))
    unknown = sorted(set(entries) - iso_codes)
    if missing or unknown:
        raise ValueError(f"{SUPPLEMENT_PATH.name}: every pycountry country needs an entry under "
                         f"'countries' (missing: {missing}; not in pycountry: {unknown})")

    # Raw material per country: (iso2, pycountry-derived names, entry).
    raw: dict[str, tuple[str, list[str], str, dict]] = {}
    for c in pycountry.countries:
        derived = [clean_pycountry_name(c.name)]
        official = getattr(c, "official_name", None)
        common = getattr(c, "common_name", None)
        if common:
            derived.append(clean_pycountry_name(common))
        if official:
            derived.append(clean_pycountry_name(official))
        default_name = clean_pycountry_name(common or c.name)
        default_official = clean_pycountry_name(official or c.name)
        entry = entries[c.alpha_3]
        drop = set(entry.get("drop", []))
        derived = [d for d in derived if d not in drop]
        raw[c.alpha_3] = (c.alpha_2, derived, entry.get("official", default_official),
                          {**entry, "name": entry.get("name", default_name)})
    for iso3, entry in extras.items():
        if iso3 in raw:
            raise ValueError(f"extra_countries.{iso3} is already an ISO 3166-1 country")
        for key in ("iso2", "name", "official"):
            if key not in entry:
                raise ValueError(f"extra_countries.{iso3} needs '{key}'")
        raw[iso3] = (entry["iso2"], [], entry["official"], entry)

    territories = set(supplement.get("dependent_territories") or [])
    unknown_territories = sorted(territories - set(raw))
    if unknown_territories:
        raise ValueError(f"dependent_territories lists unknown codes {unknown_territories}")

    countries: list[Country] = []
    aliases: list[Alias] = []
    owner: dict[str, str] = {}
    for iso3 in sorted(raw):
        iso2, derived, official, entry = raw[iso3]
        countries.append(Country(iso3, iso2, entry["name"], official, entry.get("capital", ""), iso3 in territories))

        candidates: dict[str, list[str]] = {t: [] for t in ALIAS_TYPES}
        candidates["name"] = [entry["name"], *derived, *entry.get("names", [])]
        for alias_type, key in SUPPLEMENT_KEYS.items():
            if alias_type == "name":
                continue
            if alias_type == "capital":
                default = [entry["capital"]] if entry.get("capital") else []
                candidates["capital"] = list(entry.get("capitals", default))
            else:
                candidates[alias_type] = list(entry.get(key, []))

        context = set(entry.get("context", []))
        drop = set(entry.get("drop", []))
        listed = {v for values in candidates.values() for a in values for v in spelling_variants(a)}
        unused_context = sorted(context - listed)
        if unused_context:
            raise ValueError(f"{iso3}: context lists {unused_context}, which are not aliases of "
                             f"{iso3}; add them to a list or remove them from 'context'")

        seen: set[str] = set()
        for alias_type in ALIAS_TYPES:
            for source in candidates[alias_type]:
                for alias in spelling_variants(source):
                    if alias in seen or alias in drop:
                        continue
                    bad = FORBIDDEN_CHARS & set(alias)
                    if bad or alias != alias.strip() or "  " in alias or not alias:
                        raise ValueError(f"{iso3}: alias {alias!r} has regex metacharacters "
                                         f"{sorted(bad)} or stray spaces")
                    if alias in owner:
                        raise ValueError(f"alias {alias!r} is claimed by {owner[alias]} and {iso3}; "
                                         f"an alias must name exactly one country")
                    owner[alias] = iso3
                    seen.add(alias)
                    flagged = source in context or alias in context
                    aliases.append(Alias(alias, iso3, alias_type, flagged))

    aliases.sort(key=lambda a: (a.iso3, ALIAS_TYPES.index(a.alias_type), a.alias))
    return countries, aliases


def render_csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def render(countries: list[Country], aliases: list[Alias]) -> dict[str, str]:
    return {
        "countries.csv": render_csv(
            COUNTRY_COLUMNS,
            [[c.iso3, c.iso2, c.name, c.official_name, c.capital, "true" if c.is_dependent_territory else "false"]
             for c in countries],
        ),
        "country_aliases.csv": render_csv(
            ALIAS_COLUMNS,
            [[a.alias, a.iso3, a.alias_type, "true" if a.needs_context else "false"] for a in aliases],
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=SEEDS_DIR,
                        help=f"directory to write the CSVs into (default: {SEEDS_DIR})")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the CSVs in --out-dir differ from a fresh build")
    args = parser.parse_args(argv)

    outputs = render(*build(load_supplement()))
    stale = []
    for filename, content in outputs.items():
        target = args.out_dir / filename
        current = target.read_bytes() if target.exists() else None
        if current == content.encode("utf-8"):
            continue
        if args.check:
            stale.append(str(target))
        else:
            args.out_dir.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode("utf-8"))
    if stale:
        print("stale seed files (re-run scripts/build_country_seeds.py): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
