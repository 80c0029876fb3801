"""The shooter among the dead: "killing three, then killed himself" counts four dead.

The settled count of a shooting's dead (the record newsrooms and archives keep) includes a
shooter who died: by his own hand or shot by police. A report that counts the victims ("he
killed three people", "five were murdered") and says apart that the shooter died states a toll
one higher than its number. Such an article votes for victims + 1 (a derived count, with the
words of both); its count of victims is a partial count that no longer leads it. A count of
all the dead ("three dead in a murder-suicide") already holds the shooter and is left alone.
Pure functions over one stored sheet's headline and text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfacts.sheet import FactSheet
from newsfacts.store.story_sheet import words
from newsfacts.store.story_sheet.figures import Statement

_SELF = r"(?:himself|herself)"
_ATTACKER = r"(?:suspect|gunman|shooter|attacker|assailant|sniper)"
_KILLED = r"(?:shot and killed|shot to death|shot dead|fatally shot|killed|pronounced dead|dead)"
SHOOTER_DIED = re.compile(
    "|".join(
        (
            rf"\b(?:killing|killed|kills)\s+{_SELF}\b",
            rf"\bthen\s+{_SELF}\b",
            rf"\bturn(?:ed|ing|s)?\s+(?:the|a|his|her)\s+(?:\w+\s+)?(?:gun|weapon)\s+on\s+{_SELF}",
            r"\b(?:took|taking|takes)\s+(?:his|her)\s+own\s+life\b",
            r"\bcommit(?:s|ted|ting)?\s+suicide\b",
            # a headline's "then fatally shoots self", "kills self"
            r"\b(?:fatally\s+shoot(?:s|ing)?|fatally\s+shot|kill(?:s|ed|ing))\s+(?:him|her)?self\b",
            r"\bmurders?[- ]suicide\b",
            rf"\b{_ATTACKER}\s+(?:(?:was|is)\s+)?(?:later\s+)?(?:also\s+)?(?:dead|died|{_KILLED}\s+by)\b",
            rf"\b{_ATTACKER}\s+(?:was|is|has)\s+(?:later\s+)?(?:also\s+)?(?:been\s+)?{_KILLED}\b",
            rf"\b(?:shot and killed|fatally shot|killed)\s+(?:the\s+)?{_ATTACKER}\b",
            rf"\b(?:before|after|until|when)\s+(?:he|she)\s+was\s+{_KILLED}\b",
        )
    ),
    re.IGNORECASE,
)
_VICTIM_VERBS = "|".join(
    re.escape(verb) for verb in sorted(words.PREDICATES["killed"][1], key=len, reverse=True)
)
# A count of victims: the killer's verb before it, "murdered"/"slain", or "victims", or "by".
VICTIMS = re.compile(rf"^(?:{_VICTIM_VERBS})\b|\b(?:murdered|slain)$|\bvictims\b", re.IGNORECASE)
BY_AFTER = re.compile(r"^\s+by\b", re.IGNORECASE)
SHOOTER_AND_VICTIMS = "victims and the shooter"


@dataclass(frozen=True, slots=True)
class Words:
    """Where a sheet says something: `field`[start:end]."""

    field: str
    start: int
    end: int


def shooter_died(sheet: FactSheet) -> Words | None:
    """Where the sheet says the shooter died, headline first (None: it does not say so)."""
    for field in ("headline", "text"):
        match = SHOOTER_DIED.search(sheet.headline if field == "headline" else sheet.text)
        if match:
            return Words(field, match.start(), match.end())
    return None


def counts_victims(sheet: FactSheet, statement: Statement) -> bool:
    """Whether a killed count counts the shooter's victims only ("killing three")."""
    text = sheet.headline if statement.field == "headline" else sheet.text
    words_of = text[statement.start : statement.end]
    return bool(VICTIMS.search(words_of) or BY_AFTER.match(text[statement.end :]))
