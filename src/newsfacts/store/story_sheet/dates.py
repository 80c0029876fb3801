"""The main event's date and place as each article gives them, compared across outlets.

Dates are compared once resolved against each article's own publication date: one outlet's
"Monday" and another's "Tuesday" disagree when they resolve to different days. Places are
compared by their words: "Baltimore" and "East Baltimore" agree, "Dallas" and "Houston" do not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from newsfacts.store.story_sheet.article import StoryArticle, earliest
from newsfacts.store.story_sheet.models import DateValue, StoryDate

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SAME_PLACE = 80
MOST_ARTICLES = "most articles, earliest report"


def _values(articles: Sequence[StoryArticle], part: str) -> list[tuple[StoryArticle, DateValue]]:
    found = []
    for article in articles:
        event_part = getattr(article.sheet.event, part)
        if event_part is None or event_part.start is None or event_part.end is None:
            continue
        value = event_part.value if part == "when" else event_part.text
        if not value or (part == "when" and not FULL_DATE.match(value)):
            continue
        report = article.report(event_part.field, event_part.start, event_part.end)
        found.append((article, DateValue.model_validate({**report, "value": value})))
    return found


def _same_place(a: str, b: str) -> bool:
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return bool(words_a & words_b) or fuzz.token_set_ratio(a, b) >= SAME_PLACE


def _compare(what: str, found: list[tuple[StoryArticle, DateValue]], *, place: bool) -> StoryDate:
    values = [value for _, value in found]
    counts = Counter(v.value for v in values)
    first_seen = {v.value: i for i, v in reversed(list(enumerate(values)))}
    reconciled = max(counts, key=lambda v: (counts[v], -first_seen[v])) if counts else None
    distinct = list(counts)
    if place:
        disagree = any(
            not _same_place(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1 :]
        )
    else:
        disagree = len(distinct) > 1
    first = earliest([article for article, _ in found]).first() if found else None
    return StoryDate(
        what=what,
        values=values,
        reconciled=reconciled,
        rule=MOST_ARTICLES,
        disagree=disagree,
        first=first,
    )


def event_dates(articles: Sequence[StoryArticle]) -> list[StoryDate]:
    found = _values(articles, "when")
    return [_compare("event date", found, place=False)] if found else []


def event_places(articles: Sequence[StoryArticle]) -> list[StoryDate]:
    found = _values(articles, "where")
    return [_compare("event place", found, place=True)] if found else []
