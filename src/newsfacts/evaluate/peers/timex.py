"""The `timex` peer: dateparser's date search, called as METRICS.md "timex" describes.

`search_dates` returns (substring, datetime) pairs without offsets, so each substring is located
in the text after the previous one. dateparser finds calendar dates only: every prediction is
typed DATE and valued with its day (`YYYY-MM-DD`).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from datetime import datetime

from newsfacts.evaluate.gold.timex import TimexSpan

DATEPARSER = "dateparser"
LANGUAGES = ["en"]
# dateparser only yields dates: the TimeML type of all its predictions.
DATE_TYPE = "DATE"


def dateparser_timexes(text: str, *, dct: datetime) -> list[TimexSpan]:
    """dateparser's dates in `text`, relative ones resolved against the creation time `dct`."""
    from dateparser.search import search_dates

    # dateparser's dependencies may warn on import or use; pytest turns warnings into errors.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=LANGUAGES, settings={"RELATIVE_BASE": dct})
    pairs = found or []
    spans = locate(text, [piece for piece, _ in pairs])
    return [
        TimexSpan(start, end, text[start:end], DATE_TYPE, when.date().isoformat())
        for (start, end), (_, when) in zip(spans, pairs, strict=True)
    ]


def locate(text: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of each piece, searched from the end of the previous one (from 0 if not after it).

    METRICS.md's rule: pieces come in text order, so searching onwards finds the right
    occurrence of a repeated date; a piece not found after its predecessor is searched again
    from the start. A piece not in the text at all gets an empty span at 0 (never matches).
    """
    spans = []
    position = 0
    for piece in pieces:
        start = text.find(piece, position)
        if start < 0:
            start = max(text.find(piece), 0)
        end = start + len(piece) if text.startswith(piece, start) else start
        spans.append((start, end))
        position = end
    return spans
