"""The source list: RSS/Atom feeds, sitemaps and local folders of saved pages, validated on load."""

from __future__ import annotations

import os
import re
from enum import Enum
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class SourceKind(str, Enum):
    feed = "feed"
    sitemap = "sitemap"
    folder = "folder"


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$", description="short id, used in paths and tables")
    kind: SourceKind
    url: str | None = None
    path: Path | None = None
    # Allows URLs on loopback/private addresses; only for sources the operator runs themselves.
    local: bool = False
    # Keep only pages whose publication date is the run's day (folders: every page belongs to the run).
    filter_by_date: bool | None = None
    min_delay_seconds: float = Field(default=1.0, ge=0)
    max_pages: int = Field(default=500, gt=0)

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str | None) -> str | None:
        if url is not None and not re.match(r"^https?://[^/\s]+", url):
            raise ValueError(f"url must start with http:// or https://, got {url!r}")
        return url

    @model_validator(mode="after")
    def _location_matches_kind(self) -> "Source":
        if self.kind is SourceKind.folder:
            if self.path is None or self.url is not None:
                raise ValueError("a folder source needs 'path' (and no 'url')")
        elif self.url is None or self.path is not None:
            raise ValueError(f"a {self.kind.value} source needs 'url' (and no 'path')")
        return self

    @property
    def keeps_only_its_day(self) -> bool:
        if self.filter_by_date is not None:
            return self.filter_by_date
        return self.kind is not SourceKind.folder


class SourceList(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> "SourceList":
        names = [s.name for s in self.sources]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"source names must be unique; repeated: {', '.join(duplicates)}")
        return self


class SourcesError(ValueError):
    """The source list cannot be used; the message names the file and the problem."""


_ENV_REFERENCE = re.compile(r"\$\{(\w+)(?::-([^}]*))?\}")


def _expand_env(text: str) -> str:
    # ${VAR:-default}: lets one file serve localhost runs and the compose stack.
    return _ENV_REFERENCE.sub(lambda m: os.environ.get(m.group(1)) or (m.group(2) or ""), text)


def load_sources(path: str | os.PathLike) -> list[Source]:
    path = Path(path)
    try:
        raw = yaml.safe_load(_expand_env(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise SourcesError(f"cannot read source list {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise SourcesError(f"source list {path} is not valid YAML: {exc}") from exc
    try:
        sources = SourceList.model_validate(raw).sources
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'file'}: {e['msg']}" for e in exc.errors())
        raise SourcesError(f"source list {path} is invalid: {problems}") from exc
    # Relative folder paths are relative to the file that names them.
    return [s.model_copy(update={"path": (path.parent / s.path).resolve()}) if s.path else s for s in sources]


def folder_source(directory: str | os.PathLike) -> Source:
    """The source `mediawatch run --pages DIR` reads: every saved page belongs to the run's day."""
    return Source(name="pages", kind=SourceKind.folder, path=Path(directory).resolve(), local=True, max_pages=1_000_000)
