"""Bylines and publication-date lines at the top of an article."""

from __future__ import annotations

import re
from datetime import date

from newsfacts.clean.patterns import (
    BYLINE_BY,
    BYLINE_PIPE,
    BYLINE_ROLE,
    BYLINE_ROLE_TAIL,
    BYLINE_SPLIT,
    DATE_LINE,
    HAS_DATE,
    ROLE_WORDS,
)

# Words that never belong to a person's name in a byline field.
NOT_NAME_WORDS = frozenset(
    {w.lower() for w in ROLE_WORDS}
    | {
        "writer",
        "staff",
        "wire",
        "services",
        "published",
        "updated",
        "news",
        "press",
        "agency",
        "desk",
        "team",
        "editorial",
        "board",
        "associated",
        "reuters",
        "afp",
        "ap",
        "insider",
        "times",
        "post",
        "daily",
        "herald",
        "journal",
        "tribune",
        "guardian",
        "bbc",
        "cnn",
    }
)
NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "la", "le", "del", "bin", "al"})
# A byline names people; longer lines are body text that happens to start with "By".
MAX_BYLINE_CHARS = 120
MAX_NAME_WORDS = 5


def parse_byline(line: str) -> list[str] | None:
    """The author names in a byline line, or None when the line is not a byline."""
    if len(line) > MAX_BYLINE_CHARS or line.rstrip().endswith((".", "?", "!")):
        return None
    if match := BYLINE_BY.match(line):
        names = BYLINE_ROLE_TAIL.sub("", match.group("names"))
        names = re.sub(r"\s*\|.*$", "", names)  # "By X | Outlet"
        return _names(names)
    if match := BYLINE_PIPE.match(line):
        return _names(match.group("name"))
    if match := BYLINE_ROLE.match(line):
        return _names(match.group("name"))
    return None


def _names(text: str) -> list[str] | None:
    names = [n.strip(" .,;") for n in BYLINE_SPLIT.split(text) if n.strip(" .,;")]
    if not names or any(len(n.split()) > MAX_NAME_WORDS or not n[0].isupper() for n in names):
        return None
    return names


def clean_byline(names: tuple[str, ...]) -> tuple[str, ...]:
    """Author names from metadata, without roles, outlets and agencies ("Staff writer", "AP").

    HTML metadata mixes people with job titles and wire services; only name-shaped entries
    of two to five capitalised words, none of them a role word, are kept.
    """
    kept = []
    for name in names:
        name = BYLINE_ROLE_TAIL.sub("", re.sub(r"^\s*By\s+", "", name, flags=re.IGNORECASE))
        words = name.split()
        if not 2 <= len(words) <= MAX_NAME_WORDS or name.isupper():
            continue
        if any(w.lower().strip(".,") in NOT_NAME_WORDS for w in words):
            continue
        if all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words):
            kept.append(name.strip(" ,;"))
    return tuple(dict.fromkeys(kept))


def parse_date_line(line: str) -> date | None:
    """The date of a "Published: 12 May 2022"-style line, None if the line is not one.

    A line qualifies when it is mostly a date: a label (Published/Updated/…) or nothing but a
    date and a time. dateparser reads the date; a plain sentence mentioning a date is body text.
    """
    match = DATE_LINE.match(line)
    if match is None or not HAS_DATE.search(line) or line.rstrip().endswith("."):
        return None
    rest = HAS_DATE.sub("", match.group("date"))
    rest = re.sub(
        r"\b\d{1,2}[:.]\d{2}\b|\b(?:am|pm|[A-Z]{2,4}|at|on|\w+day)\b|[,|•·:()\-–—]",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    if len(rest.strip()) > 3 and not match.group("label"):
        return None
    return _parse_date(HAS_DATE.search(line).group(0))


def _parse_date(text: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY"}
    )
    return parsed.date() if parsed else None
