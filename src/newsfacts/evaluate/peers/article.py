"""The `article` peers: trafilatura, readability-lxml and the whole-page text as a floor.

Each is called exactly as the ScrapingHub benchmark's own extractor scripts call it
(../shared/eval/METRICS.md, "article"), so its figure here is comparable with theirs.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

TRAFILATURA = "trafilatura"
READABILITY = "readability"
HTML_TEXT = "html-text"


def trafilatura_body(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, include_comments=False)


def readability_body(html: str) -> str | None:
    import html_text
    from readability import Document

    return html_text.extract_text(Document(html).summary(html_partial=True))


def html_text_body(html: str) -> str | None:
    """Every visible word of the page: what extraction has to beat."""
    import html_text

    return html_text.extract_text(html)


PEERS: dict[str, Callable[[str], str | None]] = {
    TRAFILATURA: trafilatura_body,
    READABILITY: readability_body,
    HTML_TEXT: html_text_body,
}


def peer_body(name: str, html: str) -> str:
    """The peer's body text; "" when it finds none or fails, as the benchmark counts it."""
    extractor = PEERS[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml/readability parser chatter is not ours to fix
        try:
            return extractor(html) or ""
        # The benchmark scores a failed page as an empty prediction; so does METRICS.md.
        except Exception:
            return ""
