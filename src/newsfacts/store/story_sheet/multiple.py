"""A killing or a shooting named by how many it took: "a triple homicide" is three dead.

"Double", "triple", "quadruple" and "quintuple" before a word for killing people ("homicide",
"murder", "killing", "slaying") count the dead without a number: an article that says "the
quadruple homicide at the depot" says four died. Such an article votes for that many dead (a
derived count, with the words that name it); it votes only when it leads with no stated count
of the dead (build.py gives stated counts the lead). "A double murder-suicide" is left alone
(the dead are the two and the killer, or the two alone, as the report counts them), and so is a
sentence about other incidents ("the city's third double homicide this year"). "A triple
shooting" counts the people shot, as "three people were shot" does (the dead among them or
not): it joins the article's statements after those it states in words, so that a stated count
of the shot leads.
Pure functions over one stored sheet's headline and text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.derive import Derived
from newsfacts.store.story_sheet.figures import ELSEWHERE, Statement
from newsfacts.store.story_sheet.shooter import Words

TIMES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
MULTIPLE_KILLING = re.compile(
    rf"\b(?P<times>{'|'.join(TIMES)})[ -](?:homicide|murder|killing|slaying)s?\b(?!-)",
    re.IGNORECASE,
)
NAMED_BY_TIMES = "a killing named by how many it took"


def killing_named(article: StoryArticle) -> Derived | None:
    """The dead of the first "double/triple/... homicide" the article names of its own
    incident, headline first."""
    for field in ("headline", "text"):
        text = article.field(field)
        for match in MULTIPLE_KILLING.finditer(text):
            start, end = article.sentence(field, match.start())
            if ELSEWHERE.search(text[start:end]):
                continue
            value = float(TIMES[match.group("times").lower()])
            words = Words(field, match.start(), match.end())
            return Derived(article, value, NAMED_BY_TIMES, (words,))
    return None


def fewer_are_parts(found: list[Statement], named: Derived) -> list[Statement]:
    """An article's statements, its counts of fewer dead than its named killing took ("two
    died at the scene" of "a quadruple homicide") marked as parts: the named count votes."""
    return [
        replace(s, part=True)
        if s.what == "killed" and s.value is not None and s.value < named.value
        else s
        for s in found
    ]


MULTIPLE_SHOOTING = re.compile(
    rf"\b(?P<times>{'|'.join(TIMES)})[ -]shooting\b(?!-)",
    re.IGNORECASE,
)


def shooting_named(article: StoryArticle) -> Statement | None:
    """The people shot of the first "double/triple/... shooting" the article names of its
    own incident, headline first: a count of people shot, as "three people were shot" is."""
    for field in ("headline", "text"):
        text = article.field(field)
        for match in MULTIPLE_SHOOTING.finditer(text):
            start, end = article.sentence(field, match.start())
            if ELSEWHERE.search(text[start:end]):
                continue
            value = float(TIMES[match.group("times").lower()])
            return Statement(
                what="shot",
                predicate="shot",
                counted=None,
                value=value,
                low=value,
                high=value,
                approximate=False,
                field=field,
                start=match.start(),
                end=match.end(),
            )
    return None
