"""An article's identity: where it came from and what it says (issue #14).

A hash of the body alone gave every headline-only article one id and made a syndicated copy
(same body, another outlet's headline and URL) look "already stored", so the corpus dropped
it. An article is now known by two things:

- its origin: the URL when it has one (a page is the same article whichever input carried
  it), else the input's path with the record's place in it (a feed line's `id`, else its line
  number; a WARC record's byte offset). Standard input has no lasting place: no origin.
- its content: the headline and the clean text.

The sheet id hashes both, so reading the same input again gives the same ids (a re-ingest is
idempotent) while two different articles never share one. The store keeps the origin apart
(`articles.origin`) to tell an article that changed at its origin ("updated") from a new one.
`extract`, `ingest` and `newsfacts spark` all build sheets through `pipeline.build_sheet`, so
they give one article the same id.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsfacts.article import CleanArticle, Source

if TYPE_CHECKING:
    from newsfacts import sheet

ID_PREFIX = "sha256:"
ID_HEX_DIGITS = 16


def origin(source: Source | sheet.Source) -> str | None:
    """Where the article came from, as a stable key; None when the input has no lasting name."""
    if source.url:
        return f"url {source.url}"
    if not source.path:
        return None
    if source.record_id is not None:
        return f"{source.path} id {source.record_id}"
    if source.line is not None:
        return f"{source.path} line {source.line}"
    if source.offset is not None:
        return f"{source.path} offset {source.offset}"
    return source.path


def article_id(article: CleanArticle) -> str:
    """The sheet id: a hash of the article's origin, headline and clean text."""
    parts = [origin(article.source) or article.source.kind, article.headline, article.text]
    # JSON keeps the parts apart: no two different lists serialise alike.
    digest = hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()
    return ID_PREFIX + digest[:ID_HEX_DIGITS]


def url_host(url: str | None) -> str:
    """The host of a URL, lower-cased; "" for none, or for a URL too broken to split
    ("https://[host/", an unclosed IPv6 bracket, as a damaged record may carry). Every host
    read from an input's URL (site names, the corpus's outlet) goes through here."""
    if not url:
        return ""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""
