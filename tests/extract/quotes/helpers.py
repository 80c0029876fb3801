"""What the quote tests on invented sentences ask of the extractor, kept once."""

from __future__ import annotations

from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.sheet import Quote


def with_cue(nlp, text: str, cue: str) -> list[Quote]:
    """The quotes of `text` whose cue is `cue`."""
    return [quote for quote in extract_quotes(nlp(text)) if quote.cue == cue]


def one(nlp, text: str, cue: str) -> Quote:
    """The one quote of `text` with cue `cue` (fails with every quote found otherwise)."""
    quotes = with_cue(nlp, text, cue)
    assert len(quotes) == 1, extract_quotes(nlp(text))
    return quotes[0]


def speaker(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None
