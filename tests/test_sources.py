from __future__ import annotations

import pytest

from mediawatch.config import DEFAULT_SOURCES_FILE
from mediawatch.sources import SourceKind, SourcesError, folder_source, load_sources


def write(tmp_path, text: str):
    path = tmp_path / "sources.yml"
    path.write_text(text)
    return path


def test_default_source_list_is_valid_and_points_at_the_sample_site(monkeypatch):
    monkeypatch.delenv("MEDIAWATCH_SAMPLE_SITE_URL", raising=False)
    sources = load_sources(DEFAULT_SOURCES_FILE)
    assert {s.kind for s in sources} == {SourceKind.feed, SourceKind.sitemap}
    assert all(s.local and s.url.startswith("http://127.0.0.1:8765/") for s in sources)


def test_environment_references_are_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("SITE", "http://news.example")
    sources = load_sources(write(tmp_path, "sources:\n  - {name: a, kind: feed, url: '${SITE}/rss.xml'}\n"))
    assert sources[0].url == "http://news.example/rss.xml"
    assert sources[0].keeps_only_its_day and not sources[0].local


def test_folder_paths_are_relative_to_the_file(tmp_path):
    (tmp_path / "pages").mkdir()
    sources = load_sources(write(tmp_path, "sources:\n  - {name: saved, kind: folder, path: pages}\n"))
    assert sources[0].path == tmp_path / "pages"
    assert not sources[0].keeps_only_its_day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources:\n  - {name: a, kind: gopher, url: 'http://x'}\n", r"sources\.0\.kind"),
        ("sources:\n  - {name: a, kind: feed}\n", "needs 'url'"),
        ("sources:\n  - {name: a, kind: feed, url: 'ftp://x/rss'}\n", "must start with http"),
        ("sources:\n  - {name: a, kind: folder, url: 'http://x'}\n", "needs 'path'"),
        ("sources:\n  - {name: 'Bad Name', kind: feed, url: 'http://x'}\n", r"sources\.0\.name"),
        ("sources:\n  - {name: a, kind: feed, url: 'http://x'}\n  - {name: a, kind: feed, url: 'http://y'}\n", "repeated: a"),
        ("sources:\n  - {name: a, kind: feed, url: 'http://x', colour: red}\n", "colour"),
        ("sources: []\n", "at least 1"),
        ("sources: [\n", "not valid YAML"),
    ],
)
def test_invalid_source_lists_name_the_file_and_the_problem(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(SourcesError, match=message) as error:
        load_sources(path)
    assert str(path) in str(error.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(SourcesError, match="cannot read source list"):
        load_sources(tmp_path / "nope.yml")


def test_folder_source_for_pages_option(tmp_path):
    source = folder_source(tmp_path)
    assert source.kind is SourceKind.folder and source.local and not source.keeps_only_its_day
