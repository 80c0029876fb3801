"""Plain text -> RawArticle: scraped text as it is (the clean stage finds headline and captions).

The bytes are decoded once (decode.py); nothing else is done here, so the clean stage sees the
text exactly as the scraper left it.
"""

from __future__ import annotations

from datetime import date
from importlib.resources import files

from newsfacts.article import RawArticle, Removed, Source
from newsfacts.errors import EmptyInputError
from newsfacts.ingest.decode import decode_bytes, strip_controls

SAMPLE_NAME = "sample.txt"


def read_text(
    data: bytes, *, name: str, source: Source, published: date | None = None
) -> RawArticle:
    """One article of scraped text; raises EmptyInputError / InputError naming `name`."""
    text, warnings = decode_bytes(data, name=name)
    return raw_article(text, source=source, published=published, warnings=warnings, name=name)


def read_sample(*, published: date | None = None) -> RawArticle:
    """The bundled sample article, written by the project in the scraped-text style."""
    data = files("newsfacts.data").joinpath(SAMPLE_NAME).read_bytes()
    return read_text(
        data, name="sample", source=Source(kind="sample", path=SAMPLE_NAME), published=published
    )


def raw_article(
    text: str,
    *,
    source: Source,
    published: date | None = None,
    headline: str | None = None,
    warnings: list[str] | tuple[str, ...] = (),
    name: str | None = None,
) -> RawArticle:
    """An article of `text`, stray control characters taken out and recorded as removed.

    Raises EmptyInputError (naming `name`, else the source) when nothing else is left."""
    text, controls, what = strip_controls(text)
    if not text.strip():
        where = name or source.path or source.url or source.kind
        raise EmptyInputError(f"{where}: input is empty (expected the text of a news article)")
    return RawArticle(
        text=text,
        source=source,
        headline=headline,
        published=published,
        published_from="input" if published else None,
        warnings=tuple(warnings),
        removed=(Removed(controls, "other", what),) if controls else (),
    )
