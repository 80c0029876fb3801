"""Counts of a year before the story began: "the 2009 rampage that left 13 dead".

A report often recalls earlier shootings by their year ("in 2009", "the Nov. 5, 2009 attack",
"since 2012"). A year named in the sentence of a count that is earlier than the year of the
story's first report cannot be the year of the story's own incident, which the first report
followed: the count is about another incident, as a roundup's is. The story's own incident
recalled a year later ("the 2014 shooting that left four dead", written in 2015) names a year
no earlier than its first report's and stays the story's own. A text's years are those its
stored times resolve to (so "the Nov. 5 attack" of an earlier year counts, and "20-year-old"
or "2,009 rounds" never do); a headline, whose times are not stored, by its printed years.
Pure functions over stored sheets and the statements read from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.figures import Statement

# A year as a word of its own (not "20-year-old", not "$2,009", not "1,999 rounds")
YEAR = re.compile(r"(?<![\w$,.-])(?P<year>19[5-9]\d|20\d\d)(?![\w,-]|\.\d)")


def first_year(articles: Sequence[StoryArticle]) -> int | None:
    """The year of the story's first dated report (None: no article is dated)."""
    years = [a.sheet.published.year for a in articles if a.sheet.published is not None]
    return min(years, default=None)


# A resolved time's year: "2009", "2009-11-05", "2009-SU" (not "XXXX-11-05": no year known)
RESOLVED_YEAR = re.compile(r"^(?P<year>\d{4})(?![\d])")


def _years(article: StoryArticle, field: str, start: int, end: int) -> list[int]:
    """The years the times in `field`[start:end] resolve to: the sheet's resolved times in its
    text ("the Nov. 5, 2009 attack", "in 2012"); a headline has none stored, so its years are
    the four-digit numbers it prints."""
    if field == "headline":
        return [int(m.group("year")) for m in YEAR.finditer(article.field(field)[start:end])]
    return [
        int(match.group("year"))
        for time in article.sheet.times
        if start <= time.start < end and time.value
        if (match := RESOLVED_YEAR.match(time.value))
    ]


def _names_earlier_year(article: StoryArticle, statement: Statement, year: int) -> bool:
    start, end = article.sentence(statement.field, statement.start)
    return any(named < year for named in _years(article, statement.field, start, end))


def mark_past(
    article: StoryArticle, found: Sequence[Statement], year: int | None
) -> list[Statement]:
    """`found` with the counts whose sentence names a year before `year` marked as about
    other incidents."""
    if year is None:
        return list(found)
    return [
        replace(s, elsewhere=True)
        if not s.elsewhere and _names_earlier_year(article, s, year)
        else s
        for s in found
    ]
