"""Render the sample news site into a directory of static files.

The pages imitate a real news site (navigation, cookie banner, related stories, newsletter box,
reader comments, footer) so that the extraction step is tested against realistic boilerplate.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from html import escape
from pathlib import Path

from mediawatch.sample_site.articles import (
    SITE_NAME,
    Article,
    load_articles,
    load_private_articles,
    section_slug,
)

DEFAULT_BASE_URL = "http://127.0.0.1:8765"
FRONT_PAGE_STORIES = 12
SECTIONS = ("World", "Europe", "Asia", "Americas", "Middle East", "Africa")

ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"

# Boilerplate texts, public so tests can prove the extractor leaves them out.
COOKIE_TEXT = (
    "We use cookies and similar technologies to personalise content, measure our audience "
    "and keep this site secure. You can accept all cookies or manage your preferences."
)
NEWSLETTER_TEXT = (
    "Sign up for The Meridian Briefing and get the day's essential world news "
    "in your inbox before breakfast."
)
FOOTER_TEXT = "© 2026 The Meridian Times Media Group. All rights reserved."
# (commenter, text): generic on purpose, so they name no country a matcher could pick up.
COMMENTS: tuple[tuple[str, str], ...] = (
    ("rkhan_77", "Clear and balanced reporting, thank you. More of this please."),
    ("Margaret T.", "I would have liked more background on how we got here."),
    ("oldsailor", "Same story every year, different faces at the podium."),
    ("Lena W.", "The quotes from ordinary people are what make this piece worth reading."),
    ("D. Fairbanks", "Hard to believe anyone still takes these promises at face value."),
    ("quietobserver", "Good summary. The analysts quoted seem more realistic than the politicians."),
    ("Tom from Leeds", "Read this on the train this morning and it answered most of my questions."),
    ("amaraj", "Would love a follow-up piece in a few months to see what actually changed."),
    ("P. Okonkwo", "The headline undersells how significant this could turn out to be."),
)


def render_site(out_dir: Path, base_url: str = DEFAULT_BASE_URL) -> list[Article]:
    """Write the whole site under ``out_dir`` with absolute links on ``base_url``; return the articles."""
    base = base_url.rstrip("/")
    articles = load_articles()
    private = load_private_articles()
    days = sorted({a.date for a in articles})

    files: dict[str, str] = {
        "/index.html": _front_page(articles, days),
        "/robots.txt": _robots(base),
        "/rss.xml": _rss(articles + private, base),
        "/sitemap.xml": _sitemap_index(days, base),
        "/static/site.css": _CSS,
    }
    for article in articles + private:
        files[article.url_path] = _article_page(article, articles, base)
    by_section: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_section[article.section].append(article)
    for section in SECTIONS:
        files[f"/section/{section_slug(section)}.html"] = _listing_page(
            section, section, by_section.get(section, [])
        )
    for day in days:
        on_day = [a for a in articles if a.date == day]
        files[f"/news/{day:%Y/%m/%d}/index.html"] = _listing_page(
            f"{day:%A %d %B %Y}", "Archive", on_day
        )
        files[f"/sitemaps/news-{day.isoformat()}.xml"] = _sitemap_day(on_day, base)

    for url_path, content in files.items():
        target = out_dir / url_path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    return articles


# --- HTML ---------------------------------------------------------------------------------------


def _page(title: str, body: str, head: str = "") -> str:
    """Shared page chrome: cookie banner, header with section navigation, footer."""
    nav = "".join(
        f'<li><a href="/section/{section_slug(s)}.html">{escape(s)}</a></li>' for s in SECTIONS
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="stylesheet" href="/static/site.css">
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME}" href="/rss.xml">
{head}</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>{escape(COOKIE_TEXT)}</p>
<button type="button" class="accept">Accept all</button>
<button type="button" class="manage">Manage preferences</button>
</div>
<header class="site-header">
<a class="logo" href="/">{SITE_NAME}</a>
<nav class="main-nav" aria-label="Sections"><ul><li><a href="/">Home</a></li>{nav}</ul></nav>
</header>
{body}
<footer class="site-footer">
<nav aria-label="Footer"><ul><li><a href="/">Front page</a></li><li><a href="/rss.xml">RSS feed</a></li><li><a href="/sitemap.xml">Sitemap</a></li></ul></nav>
<p>{escape(FOOTER_TEXT)}</p>
<p>Registered office: 1 Meridian Square. Contact the newsroom, read our privacy policy or manage cookie settings.</p>
</footer>
</body>
</html>
"""


def _article_page(article: Article, all_articles: list[Article], base: str) -> str:
    url = base + article.url_path
    published = article.published.isoformat()
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.summary,
        "datePublished": published,
        "dateModified": published,
        "author": {"@type": "Person", "name": article.author},
        "publisher": {"@type": "Organization", "name": SITE_NAME, "url": base + "/"},
        "mainEntityOfPage": url,
        "articleSection": article.section,
        "inLanguage": "en",
        "wordCount": article.word_count,
    }
    # "</" inside a <script> would end it early; the JSON stays equivalent with "<\/".
    json_text = json.dumps(json_ld, ensure_ascii=False, indent=1).replace("</", "<\\/")
    head = f"""<meta name="description" content="{escape(article.summary)}">
<meta name="author" content="{escape(article.author)}">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(article.title)}">
<meta property="og:description" content="{escape(article.summary)}">
<meta property="og:url" content="{escape(url)}">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="{escape(article.section)}">
<link rel="canonical" href="{escape(url)}">
<script type="application/ld+json">
{json_text}
</script>
"""
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    related = [a for a in reversed(all_articles) if a.section == article.section and a != article][:3]
    related_items = "".join(
        f'<li><a href="{a.url_path}">{escape(a.title)}</a></li>' for a in related
    )
    comments = "".join(
        f'<li class="comment"><p class="comment-author">{escape(who)}</p>'
        f'<p class="comment-text">{escape(text)}</p></li>'
        for who, text in _comments_for(article.slug)
    )
    body = f"""<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li>
<li><a href="/section/{article.section_slug}.html">{escape(article.section)}</a></li>
<li aria-current="page">{escape(article.title)}</li>
</ol></nav>
<main id="main">
<article class="story">
<header class="story-header">
<h1>{escape(article.title)}</h1>
<p class="standfirst">{escape(article.summary)}</p>
<p class="byline">By <span class="author">{escape(article.author)}</span>,
<time datetime="{published}">{article.published:%d %B %Y, %H:%M} UTC</time></p>
</header>
<div class="story-body">
{paragraphs}
</div>
</article>
<aside class="related-stories" aria-label="Related stories">
<h2>Related stories</h2>
<ul>{related_items}</ul>
</aside>
<aside class="newsletter-signup">
<h2>The Meridian Briefing</h2>
<p>{escape(NEWSLETTER_TEXT)}</p>
<form action="#" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Subscribe</button></form>
</aside>
<section id="comments" class="comments">
<h2>Reader comments</h2>
<ol class="comment-list">{comments}</ol>
</section>
</main>"""
    return _page(f"{article.title} | {SITE_NAME}", body, head)


def _comments_for(slug: str) -> list[tuple[str, str]]:
    """Two or three comments per article, chosen deterministically from the slug."""
    seed = int(hashlib.sha256(slug.encode()).hexdigest(), 16)
    count = 2 + seed % 2
    start = seed % len(COMMENTS)
    return [COMMENTS[(start + i * 4) % len(COMMENTS)] for i in range(count)]


def _teaser(article: Article) -> str:
    return (
        f'<li class="teaser"><a href="{article.url_path}">{escape(article.title)}</a>'
        f'<p>{escape(article.summary)}</p>'
        f'<time datetime="{article.published.isoformat()}">{article.published:%d %B %Y}</time></li>'
    )


def _front_page(articles: list[Article], days: list[dt.date]) -> str:
    latest = sorted(articles, key=lambda a: a.published, reverse=True)[:FRONT_PAGE_STORIES]
    archive = "".join(
        f'<li><a href="/news/{day:%Y/%m/%d}/">{day:%A %d %B %Y}</a></li>' for day in reversed(days)
    )
    body = f"""<main id="main">
<h1>Latest world news</h1>
<ul class="top-stories">{"".join(_teaser(a) for a in latest)}</ul>
<section class="archive"><h2>Archive</h2><ul>{archive}</ul></section>
</main>"""
    return _page(f"{SITE_NAME} | World news and analysis", body)


def _listing_page(heading: str, crumb: str, articles: list[Article]) -> str:
    items = "".join(_teaser(a) for a in sorted(articles, key=lambda a: a.published, reverse=True))
    body = f"""<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>{escape(crumb)}</li></ol></nav>
<main id="main"><h1>{escape(heading)}</h1><ul class="story-list">{items}</ul></main>"""
    return _page(f"{heading} | {SITE_NAME}", body)


# --- feeds, sitemaps, robots -------------------------------------------------------------------


def _xml(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrib)
    element.text = text
    return element


def _rss(articles: list[Article], base: str) -> str:
    """RSS 2.0 with every article, newest first (the private page included: robots must exclude it)."""
    ET.register_namespace("atom", ATOM_NS)
    ET.register_namespace("dc", DC_NS)
    newest_first = sorted(articles, key=lambda a: a.published, reverse=True)
    rss = ET.Element("rss", version="2.0")
    channel = _sub(rss, "channel")
    _sub(channel, "title", SITE_NAME)
    _sub(channel, "link", base + "/")
    _sub(channel, "description", "World politics and diplomacy from The Meridian Times.")
    _sub(channel, "language", "en")
    _sub(channel, "lastBuildDate", email.utils.format_datetime(newest_first[0].published))
    _sub(channel, f"{{{ATOM_NS}}}link", href=base + "/rss.xml", rel="self", type="application/rss+xml")
    for article in newest_first:
        item = _sub(channel, "item")
        _sub(item, "title", article.title)
        _sub(item, "link", base + article.url_path)
        _sub(item, "guid", base + article.url_path, isPermaLink="true")
        _sub(item, "pubDate", email.utils.format_datetime(article.published))
        _sub(item, "description", article.summary)
        _sub(item, "category", article.section)
        _sub(item, f"{{{DC_NS}}}creator", article.author)
    return _xml(rss)


def _sitemap_index(days: list[dt.date], base: str) -> str:
    """One child sitemap per publication day, as large news sites do."""
    index = ET.Element("sitemapindex", xmlns=SITEMAP_NS)
    for day in days:
        sitemap = _sub(index, "sitemap")
        _sub(sitemap, "loc", f"{base}/sitemaps/news-{day.isoformat()}.xml")
        _sub(sitemap, "lastmod", day.isoformat())
    return _xml(index)


def _sitemap_day(articles: list[Article], base: str) -> str:
    urlset = ET.Element("urlset", xmlns=SITEMAP_NS)
    for article in articles:
        url = _sub(urlset, "url")
        _sub(url, "loc", base + article.url_path)
        _sub(url, "lastmod", article.published.isoformat())
    return _xml(urlset)


def _robots(base: str) -> str:
    return f"User-agent: *\nDisallow: /private/\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"


_CSS = """body{font-family:Georgia,serif;max-width:46rem;margin:0 auto;padding:0 1rem;color:#222}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:1rem}
.main-nav ul,.breadcrumb ol,.site-footer ul{list-style:none;display:flex;gap:1rem;padding:0}
.standfirst{font-size:1.2rem;color:#555}.byline{font-size:.9rem;color:#666}
.related-stories,.newsletter-signup,.comments{border-top:1px solid #ccc;margin-top:2rem}
.site-footer{border-top:2px solid #222;margin-top:3rem;font-size:.8rem}
"""
