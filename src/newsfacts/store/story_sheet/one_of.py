"""One of the shot who died: "one of five people shot outside the bar has died".

Such a sentence counts everyone shot (five) and, of them, one dead: one killed and the rest
(four) hurt, as the official record of a shooting counts them. The article votes for both (a
derived count each, with the words of the sentence); its own count of as many hurt ("two
children were critically wounded") told of the same victims before one died, so it becomes a
part and the derived count of the hurt leads the article. A sentence about other incidents
counts nothing.
Pure functions over one stored sheet's headline and text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.derive import Derived
from newsfacts.store.story_sheet.figures import ELSEWHERE, Statement, cues, number_value
from newsfacts.store.story_sheet.shooter import Words
from newsfacts.words.number_words import TENS, UNITS

_NUMBER = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
ONE_OF = re.compile(
    rf"\bone\s+of\s+(?:the\s+|those\s+)?(?P<num>\d{{1,3}}|{_NUMBER})\b"
    # the shot are who the number counts: "five people shot", "two girls, 7 and 5, wounded"
    rf"(?P<who>[^.;:!?\n]{{0,100}}?)\b(?:shot|{cues('injured')})\b"
    r"[^.;:!?\n]{0,100}?\b(?:(?:has|have|had)\s+(?:since\s+)?died|later\s+died|died|dies"
    r"|succumbed)\b",
    re.IGNORECASE,
)
ONE_OF_THE_SHOT = "one of the shot died"


@dataclass(frozen=True, slots=True)
class OneOf:
    """An article's "one of N shot has died": N shot, where its words are."""

    shot: float
    words: Words


def one_of_shot(article: StoryArticle) -> OneOf | None:
    """The article's first "one of N shot ... has died" (None: it has none)."""
    for field in ("headline", "text"):
        text = article.field(field)
        for match in ONE_OF.finditer(text):
            start, end = article.sentence(field, match.start())
            shot, _, _ = number_value(match.group("num"))
            if shot is None or shot < 2 or ELSEWHERE.search(text[start:end]):
                continue
            return OneOf(shot, Words(field, match.start(), match.end()))
    return None


def counted(article: StoryArticle, found: OneOf) -> dict[str, Derived]:
    """The dead (one) and the hurt (the rest) the sentence counts, per figure."""
    return {
        "killed": Derived(article, 1.0, ONE_OF_THE_SHOT, (found.words,)),
        "injured": Derived(article, found.shot - 1, ONE_OF_THE_SHOT, (found.words,)),
    }


def mark_hurt_before(statements: Sequence[Statement], found: OneOf) -> list[Statement]:
    """The article's counts of as many hurt as were shot become parts: told before one died."""
    return [
        replace(s, part=True) if s.what == "injured" and s.value == found.shot else s
        for s in statements
    ]
