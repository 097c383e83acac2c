"""Article data of the sample site: one Markdown file with YAML front matter per article."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

SITE_NAME = "The Meridian Times"
ARTICLES_DIR = Path(__file__).parent / "articles"
PRIVATE_DIR = Path(__file__).parent / "private"

# The five publication days the bundled site covers (Monday..Friday).
SAMPLE_DAYS: tuple[dt.date, ...] = tuple(dt.date(2026, 11, day) for day in range(16, 21))

# "---\n<yaml>\n---\n<body>"; the body is paragraphs separated by blank lines.
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
_REQUIRED = ("title", "slug", "date", "time", "author", "section", "summary")


@dataclass(frozen=True)
class Article:
    """One article as stored in the package; ``url_path`` is relative to the site root."""

    slug: str
    date: dt.date
    time: dt.time  # UTC
    title: str
    author: str
    section: str
    summary: str
    paragraphs: tuple[str, ...]
    url_path: str

    @property
    def published(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.time, tzinfo=dt.timezone.utc)

    @property
    def section_slug(self) -> str:
        return section_slug(self.section)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


# The brief for this package calls the render result "ArticleMeta"; it is the same record.
ArticleMeta = Article


def section_slug(section: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", section.lower()).strip("-")


def parse_article(path: Path, *, private: bool = False) -> Article:
    """Parse one article file; fail loudly on malformed data so broken edits are caught early."""
    match = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    if not match:
        raise ValueError(f"{path.name}: missing YAML front matter")
    meta = yaml.safe_load(match.group(1)) or {}
    missing = [key for key in _REQUIRED if key not in meta]
    if missing:
        raise ValueError(f"{path.name}: front matter lacks {missing}")
    day = meta["date"]
    if not isinstance(day, dt.date):
        raise ValueError(f"{path.name}: date must be YYYY-MM-DD")
    # Quoted "HH:MM" in YAML: unquoted, YAML 1.1 would read 07:45 as a base-60 integer.
    published_time = dt.time.fromisoformat(str(meta["time"]))
    slug = str(meta["slug"])
    if not private and path.stem != f"{day.isoformat()}-{slug}":
        raise ValueError(f"{path.name}: file name must be <date>-<slug>.md")
    paragraphs = tuple(
        " ".join(block.split()) for block in re.split(r"\n\s*\n", match.group(2)) if block.strip()
    )
    url_path = (
        f"/private/{slug}.html" if private else f"/news/{day:%Y/%m/%d}/{slug}.html"
    )
    return Article(
        slug=slug,
        date=day,
        time=published_time,
        title=str(meta["title"]),
        author=str(meta["author"]),
        section=str(meta["section"]),
        summary=str(meta["summary"]),
        paragraphs=paragraphs,
        url_path=url_path,
    )


def load_articles() -> list[Article]:
    """All public articles, oldest first."""
    articles = [parse_article(path) for path in ARTICLES_DIR.glob("*.md")]
    return sorted(articles, key=lambda a: (a.published, a.slug))


def load_private_articles() -> list[Article]:
    """Pages under /private/: linked from the feed but disallowed by robots.txt."""
    return [parse_article(path, private=True) for path in sorted(PRIVATE_DIR.glob("*.md"))]
