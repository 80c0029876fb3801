"""The `pages` peer: trafilatura's metadata and body, called as METRICS.md ("pages") says."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from trafilatura.settings import Document

TRAFILATURA = "trafilatura"
# trafilatura joins several authors with ";" in its `author` field.
AUTHOR_SEPARATOR = ";"
DATE_CHARS = 10


@dataclass(frozen=True, slots=True)
class PageReading:
    """What a system read off one page; captions are (text, credit) pairs."""

    text: str = ""
    title: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""  # the first 10 characters: YYYY-MM-DD
    captions: tuple[tuple[str, str | None], ...] = ()


NOTHING = PageReading()


def trafilatura_page(html: str, url: str | None) -> PageReading:
    """trafilatura 2.x `bare_extraction` with metadata; a failure reads as nothing."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = cast(  # without `as_dict` the reading is a Document
                "Document | None",
                trafilatura.bare_extraction(
                    html, url=url, with_metadata=True, include_comments=False
                ),
            )
        # METRICS.md scores a failed page as an empty reading, for every system.
        except Exception:
            return NOTHING
    if found is None:
        return NOTHING
    authors = (part.strip() for part in (found.author or "").split(AUTHOR_SEPARATOR))
    return PageReading(
        text=found.text or "",
        title=found.title or "",
        authors=tuple(a for a in authors if a),
        published=(found.date or "")[:DATE_CHARS],
    )
