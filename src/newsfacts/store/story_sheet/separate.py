"""Victims counted over separate incidents, one each: "two boys were hurt in separate shootings".

A count of victims told over as many separate incidents ("two people were wounded in two
separate shootings"; "separate shootings" with no number is two or more, so a count of two)
gives each incident one: the story's own incident counts one. The stated count stays a count
about other incidents too (it decides only when nothing else does); the article votes for one
(a derived count, with the words of the count), as it would had it told its own victim apart.
Pure functions over one article's statements and its sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.derive import Derived
from newsfacts.store.story_sheet.figures import Statement, number_value

SEPARATE = re.compile(
    r"\bin\s+(?:(?P<n>\w+)\s+)?separate\s+(?:\w+\s+)?(?:shootings|incidents|attacks)\b",
    re.IGNORECASE,
)
ONE_EACH = "one each of separate incidents"
FIGURES = ("killed", "injured")


def _incidents(words: str | None) -> float | None:
    """How many incidents the words before "separate" count (None: no number, so two)."""
    if words is None:
        return 2.0
    try:
        value, low, high = number_value(words)
    except KeyError:
        return None
    return value if value is not None and low == high else None


def one_each(article: StoryArticle, found: Sequence[Statement]) -> dict[str, Derived]:
    """Per figure, one victim for the article's first count told over as many separate
    incidents as it counts."""
    result: dict[str, Derived] = {}
    for statement in found:
        if statement.what not in FIGURES or statement.what in result or statement.value is None:
            continue
        if statement.low != statement.high or statement.value < 2:
            continue
        start, end = article.sentence(statement.field, statement.start)
        separate = SEPARATE.search(article.field(statement.field)[start:end])
        if separate and _incidents(separate.group("n")) == statement.value:
            result[statement.what] = Derived(article, 1.0, ONE_EACH, (statement,))
    return result
