"""Counts of a year before the story began: "the 2009 rampage that left 13 dead".

A report often recalls earlier shootings by their year ("in 2009", "the Nov. 5, 2009 attack",
"since 2012"). A year named in the sentence of a count that is earlier than the year of the
story's first report cannot be the year of the story's own incident, which the first report
followed: the count is about another incident, as a roundup's is. The story's own incident
recalled a year later ("the 2014 shooting that left four dead", written in 2015) names a year
no earlier than its first report's and stays the story's own.
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


def _names_earlier_year(article: StoryArticle, statement: Statement, year: int) -> bool:
    start, end = article.sentence(statement.field, statement.start)
    sentence = article.field(statement.field)[start:end]
    return any(int(m.group("year")) < year for m in YEAR.finditer(sentence))


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
