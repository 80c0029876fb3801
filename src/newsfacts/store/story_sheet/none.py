"""A figure only other incidents count: the story's own reports count none.

A page about one shooting often carries counts of others: a weekend roundup ("at least eight
people were killed and 12 wounded in shootings across the city"), a year's tally, a teaser for
another story. When every count of the dead (or of the hurt) in a story's articles is such a
count, and the story's own reports do count the other figure ("Boy, 11, killed", "seven
wounded at a nightclub"), the reports say who was hurt or killed in this incident and name no
one else: the figure is zero. Each article that counts the other figure votes zero for it (a
derived count, with the words of its own count), so the roundup's number no longer decides.
A sentence marked as about other incidents that counts the other figure as the story's own
reports do ("last summer's shootout killed two teens and wounded four others") tells this
incident after all: its count stands, and nothing is zero. A report whose count of the hurt
leaves out a victim told apart ("a man was shot, four others injured") votes one dead, not
zero: the one told apart is the dead none of its hurt holds.
Pure functions over the statements and derived counts the story sheet has gathered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.derive import Derived, Source
from newsfacts.store.story_sheet.figures import Statement

NONE_OF_ITS_OWN = "none among the story's own counts"
# The figure that, counted in a report of its own incident, makes the other one zero.
OTHER = {"killed": ("injured", "shot"), "injured": ("killed",)}


def _own(
    what: str,
    by_what: Mapping[str, Sequence[tuple[StoryArticle, Statement]]],
    derived: Mapping[str, Sequence[Derived]],
) -> dict[str, tuple[StoryArticle, Source]]:
    """Per article, its first count of `what` about the story's own incident."""
    found: dict[str, tuple[StoryArticle, Source]] = {}
    for article, statement in by_what.get(what, ()):
        if not statement.elsewhere:
            found.setdefault(article.id, (article, statement))
    for item in derived.get(what, ()):
        if item.statements:
            found.setdefault(item.article.id, (item.article, item.statements[0]))
    return found


def _value(words: Source) -> float | None:
    """The count a source of words gives (a statement's number, a derived count's none)."""
    return getattr(words, "value", None)


def _tells_this_incident(
    article: StoryArticle,
    statement: Statement,
    others: Sequence[tuple[StoryArticle, Statement]],
    own_values: set[float],
) -> bool:
    """Whether the sentence of `statement` counts the other figure as the story's reports do."""
    start, end = article.sentence(statement.field, statement.start)
    return any(
        a.id == article.id
        and s.field == statement.field
        and start <= s.start < end
        and s.value in own_values
        for a, s in others
    )


def none_of_its_own(
    what: str,
    by_what: Mapping[str, Sequence[tuple[StoryArticle, Statement]]],
    derived: Mapping[str, Sequence[Derived]],
) -> list[Derived]:
    """Zero votes for `what` when only other incidents count it (see the module's doc)."""
    stated = by_what.get(what, ())
    if not stated or derived.get(what) or not all(s.elsewhere for _, s in stated):
        return []
    own: dict[str, tuple[StoryArticle, Source]] = {}
    for other in OTHER.get(what, ()):
        counts = _own(other, by_what, derived)
        values = {v for _, words in counts.values() if (v := _value(words)) is not None}
        others = by_what.get(other, ())
        if any(_tells_this_incident(a, s, others, values) for a, s in stated):
            return []
        for article_id, found in counts.items():
            own.setdefault(article_id, found)
    return [
        Derived(article, 1.0, ONE_APART, (words,))
        if what == "killed" and _others(article, words)
        else Derived(article, 0.0, NONE_OF_ITS_OWN, (words,))
        for article, words in own.values()
    ]


ONE_APART = "one dead told apart from the others"
OTHERS = re.compile(r"\bothers?\b", re.IGNORECASE)


def _others(article: StoryArticle, words: Source) -> bool:
    """Whether a count of the hurt leaves out a victim told apart ("four others injured")."""
    return bool(OTHERS.search(article.field(words.field)[words.start : words.end]))
