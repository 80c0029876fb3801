"""The article's own headline: the page's titles without the site's name or a kicker.

A page states its title several times (<title>, og:title, JSON-LD `headline`, the visible
<h1>), and most of them carry extras: the site's name after a separator ("… | The Tide",
"… - Tide.com", "…：Tide Digital"), a byline ("… | by Ann Lee") or a section label before
it ("Sport | …"). The site's part goes wherever it stands; a part the other titles do not
have goes when another title is exactly what is left.
"""

from __future__ import annotations

import re

from newsfacts.ingest.sitename import SiteNames

# Separators sites put between title parts: spaced bars, dashes, bullets, colons; the
# full-width bar and colon need no spaces.
SEPARATOR = re.compile(r"(\s+[|\-–—*·•»:]{1,2}\s+|:\s+|\s*[｜：]\s*)")
# Where a kicker ends: not at a colon, which also joins a headline's two halves ("Ferry: fares
# rise") that the <h1> may set on two lines.
KICKER_SEPARATOR = re.compile(r"(\s+[|\-–—*·•»]{1,2}\s+|\s*[｜]\s*)")
BYLINE_PART = re.compile(r"^(?:by|von|par|por)\s", re.IGNORECASE)


def strip_site(title: str, site: SiteNames) -> str:
    """The title without parts that are the site's name or a byline, at either end."""
    pieces = SEPARATOR.split(title)
    parts, seps = pieces[::2], pieces[1::2]
    while len(parts) > 1 and (site.is_site(parts[-1]) or BYLINE_PART.match(parts[-1])):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and site.is_site(parts[0]):
        parts.pop(0)
        seps.pop(0)
    return _join(parts, seps)


def _join(parts: list[str], seps: list[str]) -> str:
    out = [parts[0]]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += [sep, part]
    return "".join(out).strip()


def confirmed_part(title: str, others: list[str]) -> str:
    """The run of the title's parts that another stated title is exactly, if there is one.

    "Sport | Ferry runs again" with an <h1> "Ferry runs again" is the <h1>: the part before
    the separator is a label the page shows elsewhere.
    """
    pieces = KICKER_SEPARATOR.split(title)
    parts, seps = pieces[::2], pieces[1::2]
    if len(parts) < 2:
        return title
    wanted = {_plain(o) for o in others if o}
    for size in range(len(parts) - 1, 0, -1):
        for start in range(len(parts) - size + 1):
            run = _join(parts[start : start + size], seps[start : start + size - 1])
            if _plain(run) in wanted:
                return run
    return title


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()
