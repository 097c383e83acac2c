"""The bundled offline sample news site ("The Meridian Times"): the pipeline's default source.

30 articles on world politics, six a day from 2026-11-16 to 2026-11-20, stored as Markdown files
in ``articles/`` and rendered to a static site with feed, sitemaps and robots.txt.
"""

from mediawatch.sample_site.articles import (
    SAMPLE_DAYS,
    SITE_NAME,
    Article,
    ArticleMeta,
    load_articles,
)
from mediawatch.sample_site.render import render_site
from mediawatch.sample_site.server import serve_sample_site

__all__ = [
    "SAMPLE_DAYS",
    "SITE_NAME",
    "Article",
    "ArticleMeta",
    "load_articles",
    "render_site",
    "serve_sample_site",
]
