"""trafilatura on served article pages: article text in, site boilerplate out, metadata found."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import trafilatura

from mediawatch.sample_site import Article, load_articles
from mediawatch.sample_site.render import COMMENTS, COOKIE_TEXT, FOOTER_TEXT, NEWSLETTER_TEXT

from .conftest import Response

ARTICLES = load_articles()
BOILERPLATE = (
    COOKIE_TEXT, NEWSLETTER_TEXT, FOOTER_TEXT, "Accept all", "Manage preferences",
    "Related stories", "Reader comments", "Registered office", "Subscribe",
)


def _page(site_url: str, http_get: Callable[[str], Response], article: Article) -> str:
    response = http_get(site_url + article.url_path)
    assert response.status == 200
    return response.text


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.slug)
def test_extract_returns_article_text_without_boilerplate(
    site_url: str, http_get: Callable[[str], Response], article: Article
) -> None:
    # The pipeline's setting: trafilatura's default (include_comments=True) appends reader comments.
    text = trafilatura.extract(_page(site_url, http_get, article), include_comments=False)
    assert text
    for paragraph in article.paragraphs:
        assert paragraph in text, paragraph[:60]
    for phrase in BOILERPLATE:
        assert phrase not in text, phrase
    for _, comment in COMMENTS:
        assert comment not in text, comment
    related = [a.title for a in ARTICLES if a.section == article.section and a is not article]
    assert not [title for title in related if title in text]


def test_default_extract_appends_comments_after_the_article(site_url: str, http_get: Callable[[str], Response]) -> None:
    article = ARTICLES[0]
    text = trafilatura.extract(_page(site_url, http_get, article)) or ""
    found = [text.index(c) for _, c in COMMENTS if c in text]
    assert found and min(found) > text.index(article.paragraphs[-1])
    assert COOKIE_TEXT not in text and FOOTER_TEXT not in text


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.slug)
def test_bare_extraction_finds_title_author_and_date(
    site_url: str, http_get: Callable[[str], Response], article: Article
) -> None:
    doc = trafilatura.bare_extraction(_page(site_url, http_get, article), with_metadata=True)
    assert doc is not None
    assert doc.title == article.title
    assert doc.author == article.author
    assert doc.date == article.date.isoformat()
    assert doc.sitename == "The Meridian Times"
