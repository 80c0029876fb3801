"""Sports teams named after places: results lines make a city's name an organisation.

Sports pages print results and standings as lines of names and figures ("HARBOURTON 12 9 .571",
"Lakeview 3 Hillcrest 1"). There a place name stands for its team, which news entity
conventions (OntoNotes, CoNLL-2003) type as an organisation, while a team named after a country
keeps the country's type. The small spaCy model reads both as places (or, for some club
names, as people), so a name followed by a score on such a line is retyped here (issue #19).
A full personal name is never retyped (golf and athletics lines put scores after people too),
but a one-word "person" there ("Dunmore 2 Kilbride 1") is nearly always a club. A bare
country name the model read as an organisation (its team, "Brazil beat Ghana") is the country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import doc_text, tokens
from newsfacts.words.lexicon import NUMERIC_TYPES
from newsfacts.words.names import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsfacts.extract.entities.mentions import Name

# Labels a team name may carry before it is retyped: places, and organisations (a country's
# team spaCy read as an organisation goes back to the country).
TEAM_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})
# The United Kingdom's nations field their own teams; Babel's territories list only the union.
NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
# Babel territory codes that name no country: the UN, the EU, the eurozone, pseudo-locales.
NOT_COUNTRIES = frozenset({"UN", "EU", "EZ", "QO", "XA", "XB", "ZZ"})
# A score right after the name, perhaps after its country in brackets ("Lakeview ( Freedonia ) 9"),
# or "v" before the other side of a fixture ("Dunmore ( 4 ) v Kilbride ( 13 )"); a clock time
# after a word ("Updated 10:15 -", a live blog's stamp) is no score.
_SCORE_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]*\)[ \t]*)?(?:[-+]?\d+(?:[.,]\d+)?(?!:\d)(?=[\s,;:.)/-]|$)|vs?\.?[ \t])"
)
_DATE_AFTER = re.compile(r"[ \t]*\d{4}-\d\d-\d\d")  # a dateline: "HARBOURTON 2001-05-04"
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d+(?:[.,/]\d+)*(?![\w])")
_BRACKETED = re.compile(r"\([^()\n]*\)")
_AFTER_FIGURE = re.compile(r"(?:^|\d)[\s.,:;/+-]*$")
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
# A results line has at least this many figures ("Brazil 2 Ghana 1").
MIN_LINE_NUMBERS = 2


def team_types(text: str, names: list[Name]) -> list[Name]:
    """The names, a place name on a results line retyped as its team (strong evidence)."""
    return [_team(text, name) for name in names]


def untagged_teams(doc: Doc, names: list[Name]) -> list[Name]:
    """Capitalised words followed by a score on a results line that no name covers ("Lakeview
    3 Hillcrest 1" where the model saw no name): teams, as `team_types` would type them."""
    toks = tokens(doc)
    from newsfacts.extract.entities.mentions import Name

    covered = {i for name in names for i in range(name.tok_start, name.tok_end)}
    text = doc_text(doc)
    found: list[Name] = []
    run: list[Token] = []
    for token in [*toks, None]:
        if token is not None and token.i not in covered and _name_word(token):
            run.append(token)
            continue
        if run:
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            if _in_a_row(text, start, end) and _on_results_line(text, start, end):
                label = "GPE" if name_key(text[start:end]) in country_keys() else "ORG"
                found.append(
                    Name(run[0].i, run[-1].i + 1, start, end, text[start:end], label, strong=True)
                )
            run = []
    return found


def _in_a_row(text: str, start: int, end: int) -> bool:
    """Whether the words stand like a row's name, as prose ("Page 3 of 10") does not: at the
    line's start or right after a figure (bracketed asides aside), and their score not followed
    by a lower-case word."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _BRACKETED.sub("", text[line_start:start])
    if not _AFTER_FIGURE.search(before):
        return False
    score = _SCORE_AFTER.match(text, end)
    return score is not None and not _LOWER_WORD.match(text, score.end())


def _name_word(token: Token) -> bool:
    """A word that may be part of a team's name: capitalised, no date, number or stop word."""
    if not token.is_alpha or token.is_stop or token.ent_type_ in NUMERIC_TYPES:
        return False
    return token.is_title or (token.is_upper and len(token.text) > 1)


def _team(text: str, name: Name) -> Name:
    country = name_key(name.text) in country_keys()
    if name.label == "ORG" and country:
        return replace(name, label="GPE", strong=True)  # "Brazil beat Ghana": still Brazil
    one_word = name.label == "PERSON" and len(name.text.split()) == 1
    if not (name.label in TEAM_LABELS or one_word):
        return name
    if not _on_results_line(text, name.start, name.end):
        return name
    return replace(name, label="GPE" if country else "ORG", strong=True)


def _on_results_line(text: str, start: int, end: int) -> bool:
    """Whether the name is followed by a score on a line of figures, outside brackets."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    if before.count("(") > before.count(")"):
        return False  # "( Ann Lee 24 )": a scorer inside a result, not a team
    after = text[end:line_end]
    if _DATE_AFTER.match(after) or not _SCORE_AFTER.match(after):
        return False
    return len(_NUMBER.findall(text[line_start:line_end])) >= MIN_LINE_NUMBERS


@cache
def country_keys() -> frozenset[str]:
    """Name keys of the world's countries in English (Babel's CLDR territory names)."""
    from babel import Locale

    territories = Locale.parse("en").territories
    names = [
        name for code, name in territories.items() if code.isalpha() and code not in NOT_COUNTRIES
    ]
    return frozenset(name_key(name) for name in (*names, *NATIONS))
