"""Victims counted by their place: "a fifth person was later found with a gunshot wound".

A report often counts the victims found first ("four people were wounded") and then one
more by its place in the count ("a fifth victim walked into a hospital"). The place is a
count of everyone shot: at least that many were hurt or killed. An article whose highest such
place exceeds the victims it counts (its hurt and dead) votes for that many hurt, less its
dead (as it counts them, else as the story settles them): a derived count with the words of
the place; its smaller counts of the hurt become parts. A place of someone who died ("the
third victim died") or who was not hurt ("a third child was not hurt"), of a suspect, or in a
sentence about other incidents ("the seventh child shot this year") counts nothing here.
Pure functions over stored sheets and the statements read from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfacts.store.story_sheet import words
from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.derive import Derived, leads, others_counted
from newsfacts.store.story_sheet.figures import ELSEWHERE, Statement
from newsfacts.store.story_sheet.shooter import Words
from newsfacts.words.number_words import ORDINALS

# "a second victim" and on: "the first victim" says nothing of how many there were
PLACES = {word: place for word, place in ORDINALS.items() if place >= 2}
# one victim, not a suspect: the singular people words and a few of the victims' own
_VICTIMS = sorted(
    (words.SINGULAR & frozenset(words.PEOPLE)) | {"person", "officer", "patient"},
    key=len,
    reverse=True,
)
# a word or two around the place: "a possible fifth victim", "a fifth gunshot victim"
_BETWEEN = r"(?:\d{1,3}-year-old|[a-z]+)"
_PLACES = "|".join(sorted(PLACES, key=len, reverse=True))
PLACE = re.compile(
    rf"\b(?:a|an|the)\s+(?:{_BETWEEN}\s+)?(?P<place>{_PLACES})\s+"
    rf"(?:{_BETWEEN}\s+){{0,2}}(?P<noun>{'|'.join(_VICTIMS)})\b",
    re.IGNORECASE,
)
# what the rest of the clause says of that victim: hurt (not "shot the boy": shot by)
HURT = re.compile(
    r"\b(?:wounded|injured|hurt|struck|hit|grazed|gunshot wounds?|hospital|"
    r"(?:was|were|been|being|got|also)\s+shot)\b",
    re.IGNORECASE,
)
DIED = re.compile(r"\b(?:died|dies|dead|killed|slain|fatally|not|n't|unharmed)\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;!?\n]")
A_VICTIM_BY_PLACE = "a victim counted by its place"


def _hurt_places(article: StoryArticle) -> list[tuple[int, Words]]:
    """(place, its words) of every victim an article counts by place and says was hurt."""
    found = []
    for field in ("headline", "text"):
        text = article.field(field)
        for match in PLACE.finditer(text):
            stop = CLAUSE_END.search(text, match.end())
            clause = text[match.end() : stop.start() if stop else len(text)]
            start, end = article.sentence(field, match.start())
            if not HURT.search(clause) or DIED.search(clause) or ELSEWHERE.search(text[start:end]):
                continue
            place = PLACES[match.group("place").lower()]
            found.append((place, Words(field, match.start(), match.end())))
    return found


def _lead(found: Sequence[tuple[StoryArticle, Statement]], article_id: str) -> Statement | None:
    """The count an article leads with among `found` (None: it gives none)."""
    index = leads(found).get(article_id)
    return found[index][1] if index is not None else None


def _value(statement: Statement | None) -> float | None:
    return statement.value if statement is not None else None


def counted_by_place(
    articles: Sequence[StoryArticle],
    by_what: dict[str, list[tuple[StoryArticle, Statement]]],
    killed: float | None,
) -> tuple[list[tuple[StoryArticle, Statement]], list[Derived]]:
    """(the injured statements, the hurt each article's highest place implies): see the
    module's doc."""
    injured = by_what.get("injured", [])
    derived: list[Derived] = []
    beaten: dict[str, float] = {}
    for article in articles:
        places = _hurt_places(article)
        if not places:
            continue
        place, where = max(places, key=lambda item: item[0])
        dead = _value(_lead(by_what.get("killed", []), article.id))
        dead = dead if dead is not None else (killed or 0.0)
        hurt = _lead(injured, article.id)
        if not dead and hurt is not None and others_counted(article, hurt):
            dead = 1.0  # "two others wounded": besides one victim told apart, the dead one
        shot = _value(_lead(by_what.get("shot", []), article.id))
        counted = max((_value(hurt) or 0.0) + dead, shot or 0.0)
        if place <= counted or place - dead <= 0:
            continue
        beaten[article.id] = place - dead
        derived.append(Derived(article, place - dead, A_VICTIM_BY_PLACE, (where,)))
    marked = [
        (a, replace(s, part=True) if s.value is not None and s.value < beaten.get(a.id, 0) else s)
        for a, s in injured
    ]
    return marked, derived
