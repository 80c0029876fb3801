"""The `storyfacts` baselines: a regex count extractor, then `first-article` and `majority`.

METRICS.md "storyfacts" describes the extractor (`storyfacts-regex-1`): a number (digits 1-999
or a number word zero ... ninety-nine) tied to a killed / injured cue by one of three patterns.
An article's value for a figure is its first statement (headline first, then text);
`first-article` takes the earliest article's value, `majority` the most frequent one. Both flag
a disagreement when the article values are not all equal.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsfacts.evaluate.gold.storyfacts import FIGURES, Incident
from newsfacts.words.number_words import TENS, UNITS

FIRST_ARTICLE = "first-article"
MAJORITY = "majority"

_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEN_WORDS = "|".join(TENS)
_NUMBER_WORD = rf"(?:(?:{_TEN_WORDS})(?:-(?:{_ONES}))?|{_UNIT_WORDS})"
# digits 1-999, not part of a longer number, money, decimal, time, percentage or hyphenated word
_DIGITS = r"(?<![\d$£€.,-])(?<![\d][.,])[1-9]\d{0,2}(?!\d|[.,:]\d|\s*%|\s*percent|-[a-z])"
_WORD = rf"(?<![\w-]){_NUMBER_WORD}(?![\w-])"
NUMBER = rf"(?<!\bno )(?P<num>{_DIGITS}|{_WORD})"

ADJECTIVE = (
    r"(?:more|other|additional|young|innocent|unarmed|unidentified|adult|teenage|teen|elderly)"
)
PERSON = (
    r"(?:people|persons?|m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|child(?:ren)?|kids?|"
    r"victims?|others|officers?|deputies|deputy|students?|bystanders?|adults?|males?|"
    r"females?|individuals?|juveniles?|suspects?|agents?|troopers?|relatives?|friends?|"
    r"youths?|civilians?|workers?|brothers?|sisters?)"
)
AUX = (
    r"(?:were|was|are|is|have|has|had|been|being|got|remain|remained|remains|also|both|all|"
    r"reportedly|later|critically|seriously|severely|slightly|gravely|badly|found|shot and|"
    r"shot|left|pronounced|now|initially|confirmed)"
)
CUES = {
    "killed": (
        r"(?:shot dead|shot to death|fatally (?:shot|wounded|injured|struck)|mortally wounded|"
        r"killed|dead|died|dies|die|slain)"
    ),
    "injured": r"(?:injured|wounded|hurt|hospitalized)",
}
VERBS = {
    "killed": r"(?:killed|killing|kills|fatally shot|fatally shooting)",
    "injured": r"(?:injured|injuring|injures|wounded|wounding|wounds|hurt|hurting|hurts)",
}
_BREAK = r"(?=\s*[.,;:!?)]|\s*$|\s+(?:and|in|at|on|during|after)\b)"
_AFTER_VERB = rf"(?:\s+(?:{ADJECTIVE}\s+)?{PERSON}\b|{_BREAK})"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *(
        (
            figure,
            re.compile(
                rf"{NUMBER}\s+(?:{ADJECTIVE}\s+)?(?:{PERSON}\s+)?(?:{AUX}\s+){{0,4}}{cue}\b",
                re.IGNORECASE | re.MULTILINE,
            ),
        )
        for figure, cue in CUES.items()
    ),
    ("killed", re.compile(rf",\s*{NUMBER}\s+(?:fatally|mortally)\b", re.IGNORECASE)),
    *(
        (figure, re.compile(rf"\b{verb}\s+{NUMBER}{_AFTER_VERB}", re.IGNORECASE | re.MULTILINE))
        for figure, verb in VERBS.items()
    ),
)
_WORD_VALUES = {**UNITS, **TENS}


@dataclass(frozen=True, slots=True)
class Statement:
    """One explicit count: `article[field][start:end] == text` states `value` for `figure`."""

    figure: str
    value: int
    article: str
    field: str
    start: int
    end: int
    text: str


def number_value(token: str) -> int:
    """The value of a digit run or a number word ("twenty-one" -> 21)."""
    token = token.lower()
    if token.isdigit():
        return int(token)
    return sum(_WORD_VALUES[part] for part in token.split("-"))


def statements(text: str, *, article: str = "", field: str = "text") -> list[Statement]:
    """Every count the regex rule finds in `text`, one per number, in text order."""
    found: dict[int, Statement] = {}
    for figure, pattern in PATTERNS:
        for match in pattern.finditer(text):
            number = match.start("num")
            if number in found:
                continue
            start, end = match.span()
            if text[start] == ",":  # pattern 2 opens on its comma
                start = number
            found[number] = Statement(
                figure,
                number_value(match.group("num")),
                article,
                field,
                start,
                end,
                text[start:end],
            )
    return [found[key] for key in sorted(found)]


def incident_statements(incident: Incident) -> list[Statement]:
    """Every statement of every article: headline first, then text, articles in file order."""
    result: list[Statement] = []
    for article in incident.articles:
        for field in ("headline", "text"):
            result += statements(article.field(field), article=article.id, field=field)
    return result


def article_values(found: list[Statement], figure: str) -> dict[str, int]:
    """Per article (in order), its first statement of `figure`."""
    values: dict[str, int] = {}
    for statement in found:
        if statement.figure == figure:
            values.setdefault(statement.article, statement.value)
    return values


def baseline(incident: Incident, system: str) -> dict[str, object]:
    """One output line (METRICS.md format) of `first-article` or `majority`."""
    found = incident_statements(incident)
    line: dict[str, object] = {"id": incident.id}
    for figure in FIGURES:
        values = article_values(found, figure)
        ordered = list(values.values())
        value = None
        if ordered:
            if system == FIRST_ARTICLE:
                value = ordered[0]
            else:
                counts = Counter(ordered)
                top = max(counts.values())
                value = next(v for v in ordered if counts[v] == top)
        line[figure] = {
            "value": value,
            "values": [
                {
                    "value": s.value,
                    "article": s.article,
                    "field": s.field,
                    "start": s.start,
                    "end": s.end,
                }
                for s in found
                if s.figure == figure
            ],
            "disagreement": len(set(ordered)) > 1,
        }
    return line
