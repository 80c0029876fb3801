"""What a page states about its article for machines: JSON-LD (schema.org) and OpenGraph.

trafilatura reads the page's metadata already; what these add is the publisher's own record
when trafilatura's heuristics fall short. Its byline guesser picks up job titles and dates
("Tom Krisher; Ap Auto Writer"), while a JSON-LD `author` of type Person is a name; a page
whose date htmldate cannot place often states `datePublished` or `article:published_time`.
References: schema.org/NewsArticle, ogp.me (article:published_time, og:title, og:url).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_tz
from typing import TYPE_CHECKING, Any

from newsfacts.ingest.limits import MAX_JSONLD_BYTES, MAX_JSONLD_DEPTH, MAX_JSONLD_NODES

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# schema.org types that are one article (CreativeWork > Article and its news subtypes).
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "SatiricalArticle",
        "Report",
        "BlogPosting",
        "LiveBlogPosting",
    }
)
# Types of the node that names the site itself.
SITE_TYPES = frozenset({"WebSite", "NewsMediaOrganization"})
# Keys under which one JSON-LD node nests the nodes that may be the article.
NESTING_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")
# <meta> names that carry the author (Dublin Core, Parse.ly, Sailthru and plain HTML).
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
SITE_NAME_META = ("og:site_name", "application-name", "twitter:site", "publisher")
# <meta> names under which a page hands its article's title to analytics and recommendation
# services (Parse.ly, Sailthru, Cxense): the CMS's headline field, not a rewrite for sharing.
ANALYTICS_TITLE_META = ("parsely-title", "sailthru.title", "cxenseparse:title")
# Years a publication date can have; JSON-LD placeholders say 0001-01-01.
FIRST_YEAR = 1900


@dataclass(frozen=True, slots=True)
class PageMetadata:
    headline: str | None = None
    # <meta name=title>: the headline field of the site's own CMS, set apart from og:title
    # (the headline for sharing, which sites often rewrite).
    document_title: str | None = None
    # The CMS's headline restated where only machines read it: the JSON-LD
    # alternativeHeadline and the analytics titles (ANALYTICS_TITLE_META).
    restated_titles: tuple[str, ...] = ()
    published: date | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None  # <html lang>, else og:locale
    author_organisations: tuple[str, ...] = ()  # JSON-LD authors that are not people
    site_names: tuple[str, ...] = ()  # og:site_name, the JSON-LD publisher, application-name
    meta_authors: tuple[str, ...] = ()  # <meta name=author> and its kin, as written
    article_body: str | None = None  # JSON-LD articleBody: the publisher's text, no layout
    image_captions: tuple[tuple[str, str | None], ...] = ()  # JSON-LD image (caption, credit)


def page_metadata(tree: HtmlElement) -> PageMetadata:
    """JSON-LD first (the publisher's structured record), OpenGraph to fill the gaps."""
    nodes = list(_jsonld_nodes(tree))
    article = next((n for n in nodes if ARTICLE_TYPES.intersection(_types(n))), {})
    websites = [n for n in nodes if SITE_TYPES.intersection(_types(n))]
    meta = _meta_properties(tree)
    return PageMetadata(
        headline=_text(article.get("headline")) or _text(meta.get("og:title")),
        document_title=_text(meta.get("title")),
        restated_titles=_restated_titles(article, meta),
        published=parse_date(article.get("datePublished"))
        or parse_date(meta.get("article:published_time")),
        authors=_persons(article.get("author")),
        author_organisations=_persons(article.get("author"), people=False),
        url=_text(article.get("url")) or _text(meta.get("og:url")),
        language=_text(tree.getroottree().getroot().get("lang")) or _text(meta.get("og:locale")),
        site_names=_site_names(article, websites, meta),
        article_body=_body(article.get("articleBody")),
        image_captions=_image_captions(article.get("image")),
        meta_authors=tuple(
            name
            for key in AUTHOR_META
            if (name := _text(meta.get(key))) and "://" not in name and "@" not in name
        ),
    )


def _restated_titles(article: dict[str, Any], meta: dict[str, str]) -> tuple[str, ...]:
    titles = [_text(article.get("alternativeHeadline"))]
    titles += [_text(meta.get(key)) for key in ANALYTICS_TITLE_META]
    return tuple(dict.fromkeys(t for t in titles if t))


def _image_captions(value: Any) -> tuple[tuple[str, str | None], ...]:
    """The article's ImageObjects with a caption: (caption, creditText / copyrightHolder)."""
    items = value if isinstance(value, list) else [value]
    found = []
    for item in items[:MAX_JSONLD_NODES]:
        if not isinstance(item, dict) or not (caption := _text(item.get("caption"))):
            continue
        credit = None
        for key in ("creditText", "copyrightHolder", "author"):
            holder = item.get(key)
            holder = holder.get("name") if isinstance(holder, dict) else holder
            if credit := _text(holder):
                break
        found.append((caption, credit))
    return tuple(dict.fromkeys(found))


def _body(value: Any) -> str | None:
    """articleBody as stated, entities decoded, line breaks kept (they part paragraphs)."""
    if not isinstance(value, str) or not value.strip():
        return None
    return html.unescape(value)


def _site_names(
    article: dict[str, Any], websites: list[dict[str, Any]], meta: dict[str, str]
) -> tuple[str, ...]:
    """The names the site goes by: a title part or a byline that is only one is not the
    article's (the publisher, the WebSite node, og:site_name, application-name)."""
    publisher = article.get("publisher")
    publishers = publisher if isinstance(publisher, list) else [publisher]
    nodes = [*publishers, *websites][:MAX_JSONLD_NODES]
    names = [_text(p.get("name")) for p in nodes if isinstance(p, dict)]
    names += [_text(meta.get(key)) for key in SITE_NAME_META]
    return tuple(dict.fromkeys(n.lstrip("@") for n in names if n))


def parse_date(value: Any) -> date | None:
    """An ISO 8601 date or date-time ("2024-03-14T08:30:00Z"), else an RFC 2822 one."""
    if not isinstance(value, str) or not (value := value.strip()):
        return None
    try:
        found = date.fromisoformat(value[:10])
    except ValueError:
        parts = parsedate_tz(value)
        if parts is None:
            return None
        try:
            found = date(*parts[:3])
        except ValueError:
            return None
    return found if FIRST_YEAR <= found.year <= date.today().year + 1 else None


def _jsonld_nodes(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        source = script.text or ""
        if not source.strip() or len(source) > MAX_JSONLD_BYTES:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):  # hand-written often enough to be broken; optional
            continue
        budget = [MAX_JSONLD_NODES]
        yield from _nodes(data, depth=0, budget=budget)


def _nodes(data: Any, *, depth: int, budget: list[int]) -> Iterator[dict[str, Any]]:
    """Every dict reachable through lists and the nesting keys, breadth and depth bounded."""
    if depth > MAX_JSONLD_DEPTH or budget[0] <= 0:
        return
    budget[0] -= 1
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item, depth=depth + 1, budget=budget)
    elif isinstance(data, dict):
        yield data
        for key in NESTING_KEYS:
            if key in data:
                yield from _nodes(data[key], depth=depth + 1, budget=budget)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    # "schema:NewsArticle" and "http://schema.org/NewsArticle" name the same type.
    return {k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds if isinstance(k, str)}


def _persons(value: Any, *, people: bool = True) -> tuple[str, ...]:
    """Names of the authors who are people (strings too), else of those that are not.

    An organisation named as the author is often the site itself, sometimes a news agency
    ("dpa"): bylines.py keeps the agencies by dropping the site's own names.
    """
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:MAX_JSONLD_NODES]:
        if isinstance(item, dict):
            if bool({t.lower() for t in _types(item)} - {"person"}) == people:
                continue  # Organization, NewsMediaOrganization, ...: not a person
            item = item.get("name")
        elif not people:
            continue
        name = _text(item)
        if name and "://" not in name:
            names.append(name)
    return tuple(dict.fromkeys(names))


def _meta_properties(tree: HtmlElement) -> dict[str, str]:
    """<meta property|name=... content=...>, the first of each name."""
    found: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = meta.get("property") or meta.get("name")
        content = meta.get("content")
        if key and content and key.lower() not in found:
            found[key.lower()] = content
    return found


def _text(value: Any) -> str | None:
    """A string value with whitespace collapsed; JSON-LD often carries HTML entities (&#8216;)."""
    if not isinstance(value, str):
        return None
    return " ".join(html.unescape(value).split()) or None
