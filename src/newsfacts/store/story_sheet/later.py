"""The wounded who died later: "the man shot on Friday has died".

A report written before a wounded victim died counts him among the injured; the settled
record counts him among the dead. When a later report of the story says a victim died since,
an earlier report that counts injured and no dead at all counted the story's dead among its
injured: it votes for its injured count less the dead the story settles on (a derived count,
with the words of its own count: the death is told in another article); that count becomes a
part.
Pure functions over stored sheets' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.derive import Derived, leads
from newsfacts.store.story_sheet.figures import Statement
from newsfacts.store.story_sheet.shooter import Words

_HIS = r"(?:his|her|their)"
DIED_LATER = re.compile(
    "|".join(
        (
            r"\b(?:has|have|had)\s+(?:since\s+)?died\b",
            r"\blater\s+died\b",
            r"\bdied\s+(?:later|days later|a day later|the next day|overnight)\b",
            rf"\bdied\s+(?:of|from)\s+{_HIS}\s+(?:injuries|wounds)\b",
            r"\bsuccumbed\s+to\b",
        )
    ),
    re.IGNORECASE,
)
WOUNDED_MINUS_LATER_DEAD = "injured minus the dead reported later"


def died_later(article: StoryArticle) -> Words | None:
    """Where an article says a victim died after the first reports (None: it does not)."""
    for field in ("headline", "text"):
        match = DIED_LATER.search(article.field(field))
        if match:
            return Words(field, match.start(), match.end())
    return None


def wounded_then_dead(
    articles: Sequence[StoryArticle],
    by_what: dict[str, list[tuple[StoryArticle, Statement]]],
    killed: float | None,
) -> tuple[list[tuple[StoryArticle, Statement]], list[Derived]]:
    """(the injured statements, the earlier reports' counts with the story's dead taken out)."""
    injured = by_what.get("injured", [])
    deaths = [a for a in articles if died_later(a) is not None]
    if not killed or not deaths:
        return injured, []
    last = max(a.published or "" for a in deaths)
    with_dead = {a.id for a, _ in by_what.get("killed", [])} | {a.id for a in deaths}
    derived, counted = [], {}
    for article_id, index in leads(injured).items():
        article, statement = injured[index]
        value = statement.value or 0.0
        if article_id in with_dead or (article.published or "") >= last or value < killed:
            continue
        counted[article_id] = value
        derived.append(Derived(article, value - killed, WOUNDED_MINUS_LATER_DEAD, (statement,)))
    marked = [(a, replace(s, part=True) if counted.get(a.id) == s.value else s) for a, s in injured]
    return marked, derived
