"""`newsfacts serve`: the JSON API and the web reader over one corpus (issue #10).

    app.py        create_app(db): the FastAPI app, its lifespan (model loaded once), error shape,
                  security headers, the request-size cap and the static files
    api.py        /api: extract, articles, search, quotes, entities, timeline, stories
    pages.py      the web reader: home, search, article, quotes, entities, timeline, stories,
                  extract, and the API reference rendered from OpenAPI
    extraction.py request bodies -> RawArticle -> FactSheet, off the event loop, bounded
    highlight.py  an article's text cut into runs for the article page (entities, quotes, ...)
    corpora.py    the store dependency (tests override it); limits.py every cap, named

fastapi, uvicorn and jinja2 come with the `[serve]` extra and are imported only from here, and
only when `newsfacts serve` runs: the core never imports this package.
"""

from __future__ import annotations

from newsfacts.serve.app import create_app

__all__ = ["create_app"]
