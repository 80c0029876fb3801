"""Bylines and publication-date lines at the top of an article."""

from __future__ import annotations

import re
from datetime import date

from newsfacts.clean.patterns import (
    AGENCIES,
    BYLINE_BY,
    BYLINE_PIPE,
    BYLINE_ROLE,
    BYLINE_ROLE_TAIL,
    BYLINE_SPLIT,
    DATE_LINE,
    HAS_DATE,
    ROLE_WORDS,
)

NAME_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "den", "la", "le", "del", "bin", "al", "zu", "ter", "dos"}
    | {"das", "du", "di", "y", "el", "ben", "ibn", "mac", "af", "st."}
)
# Words that make an author entry a role, a desk or a date, not a name (any language seen in
# bylines: English, German, French, Spanish).
NOT_AUTHOR_WORDS = frozenset(
    {w.lower() for w in ROLE_WORDS}
    | {"writer", "staff", "wire", "services", "published", "updated", "posted", "stand"}
    | {"aktualisiert", "uhr", "read", "share", "follow", "reporters", "team"}
    | {"desk", "editors", "redakteur", "redakteurin", "korrespondent", "korrespondentin"}
    | {"rédaction", "redacción", "journaliste", "periodista", "publié"}
)
# Labels before the names: "By", "Von:", "Par", "Por", "Door", "Av", "Author:", "Text:".
AUTHOR_LABEL = re.compile(
    r"^(?:(?:written|words|story|text|reporting)\s+)?"
    r"(?:by|von|par|por|door|av|af|przez|autor(?:in)?|author|auteur|texte?|texto|tekst)"
    r"(?:\s*:\s*|\s+|$)",
    re.IGNORECASE,
)
BRACKETED = re.compile(r"\([^()]{0,60}\)|\[[^\[\]]{0,60}\]")
# A date or time run into the byline, from its month name or first digit on.
DIGITS_ON = re.compile(
    r"(?:\s(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sept?|o[ck]t|nov|de[cz])[a-zäé]*\.?,?\s*)?"
    r"\d.*$",
    re.IGNORECASE,
)
# Between names: a comma, semicolon, slash-free pipe or bullet, "and" in several languages.
AUTHOR_SPLIT = re.compile(r"\s*(?:[,;|•·]|&|\s(?:and|und|et|y|e|en|og|och|i|ve|и|та)\s)\s*")
NAME_EDGE = " .,;:-–—|·•*/"
MAX_AUTHOR_WORDS = 6
MAX_AUTHOR_CHARS = 60
MAX_LOWER_AGENCY_CHARS = 4
MAX_ACRONYM = 5
AGENCY_NAMES = frozenset(a.casefold() for a in AGENCIES)
US_TIME_ZONE = re.compile(r"\b(?:E|C|M|P|AK|H)[SD]?T\b")
MAX_WORD_ACRONYM = 4  # "MDR" in "MDR THÜRINGEN"
VOWELS = frozenset("AEIOUYÄÖÜÁÉÍÓÚÀÈÌÒÙ")
# A byline names people; longer lines are body text that happens to start with "By".
MAX_BYLINE_CHARS = 120
MAX_NAME_WORDS = 5


def parse_byline(line: str) -> list[str] | None:
    """The author names in a byline line, or None when the line is not a byline."""
    if len(line) > MAX_BYLINE_CHARS or line.rstrip().endswith((".", "?", "!")):
        return None
    if match := BYLINE_BY.match(line):
        names = BYLINE_ROLE_TAIL.sub("", match.group("names"))
        names = re.sub(r"\s*\|.*$", "", names)  # "By X | Outlet"
        return _names(names)
    if match := BYLINE_PIPE.match(line):
        return _names(match.group("name"))
    if match := BYLINE_ROLE.match(line):
        return _names(match.group("name"))
    return None


def _names(text: str) -> list[str] | None:
    names = [n.strip(" .,;") for n in BYLINE_SPLIT.split(text) if n.strip(" .,;")]
    if not names or any(len(n.split()) > MAX_NAME_WORDS or not n[0].isupper() for n in names):
        return None
    return names


def clean_byline(names: tuple[str, ...]) -> tuple[str, ...]:
    """Author names from metadata, without roles, dates and labels ("Staff writer", "By").

    HTML metadata mixes people with job titles, dates and several names in one field; each
    entry is split into names (author_names) and only name-shaped ones are kept. News
    agencies ("AFP", "dpa", "Associated Press") are authors as much as people are.
    """
    kept: dict[str, str] = {}
    for entry in names:
        for name in author_names(entry):
            kept.setdefault(name.casefold(), name)
    return tuple(kept.values())


def author_names(field: str) -> list[str]:
    """The names in one author field: "Von: ANNA KOCH und Ben Ro, dpa" -> three names.

    A leading label ("By", "Von", "Par", "Author:") goes, and so do bracketed initials, a
    role after a comma and anything from the first digit on (a date or time run into the
    byline); what is left is split at commas and the word "and" of several languages.
    """
    text = " ".join(field.split())
    text = AUTHOR_LABEL.sub("", text)
    text = BRACKETED.sub(" ", text)
    text = BYLINE_ROLE_TAIL.sub("", text)
    text = DIGITS_ON.sub("", text)
    names: list[str] = []
    for part in AUTHOR_SPLIT.split(text):
        name = AUTHOR_LABEL.sub("", part.strip(NAME_EDGE)).strip(NAME_EDGE)
        if not _name_shaped(name):
            continue
        name = _unshouted(name)
        if names and _place_after_names(name):
            continue  # "Anna Roth, Frankfurt": where she wrote from, not a second author
        names.append(name)
    return names


def _place_after_names(name: str) -> bool:
    """One capitalised word after a person's name is the place of writing, unless it is a
    news agency ("Ina Roth, Reuters"); agencies in capitals ("AFP") or lower case ("dpa")
    are never taken for places."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    return name.casefold() not in AGENCY_NAMES


def _name_shaped(name: str) -> bool:
    """One to six words, capitalised but for particles, no role word, no address."""
    words = name.split()
    if not 1 <= len(words) <= MAX_AUTHOR_WORDS or len(name) > MAX_AUTHOR_CHARS:
        return False
    if any(mark in name for mark in ("://", "@", "www.")):
        return False
    lowered = [w.lower().strip(".,") for w in words]
    if any(w in NOT_AUTHOR_WORDS for w in lowered):
        return False
    if len(words) == 1 and name.islower():
        # A lower-case agency code ("dpa", "epd"); a longer lower-case word is no name.
        return len(name) <= MAX_LOWER_AGENCY_CHARS and name.isalpha()
    return all(
        not w[0].islower() or low in NAME_PARTICLES for w, low in zip(words, lowered, strict=True)
    )


def _unshouted(name: str) -> str:
    """A name set in capitals, as a name is written: "JÖRG ZSCHOCHE" -> "Jörg Zschoche".

    Short capitals are an acronym and stay ("AFP", "SDA")."""
    letters = [c for c in name if c.isalpha()]
    if not name.isupper() or (len(name.split()) == 1 and len(letters) <= MAX_ACRONYM):
        return name
    return " ".join(w if _acronym(w) else _capitalised(w) for w in name.split())


def _acronym(word: str) -> bool:
    """A short word of capitals without a vowel is an acronym ("MDR"); "LEA" is a name."""
    return len(word) <= MAX_WORD_ACRONYM and not VOWELS.intersection(word)


def _capitalised(word: str) -> str:
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def parse_date_line(line: str) -> date | None:
    """The date of a "Published: 12 May 2022"-style line, None if the line is not one.

    A line qualifies when it is mostly a date: a label (Published/Updated/…) or nothing but a
    date and a time. dateparser reads the date; a plain sentence mentioning a date is body text.
    """
    match = DATE_LINE.match(line)
    dated = HAS_DATE.search(line)
    if match is None or not dated or line.rstrip().endswith("."):
        return None
    rest = HAS_DATE.sub("", match.group("date"))
    rest = re.sub(
        r"\b\d{1,2}[:.]\d{2}\b|\b(?:am|pm|[A-Z]{2,4}|at|on|\w+day)\b|[,|•·:()\-–—]"
        r"|\b(?:last\s+)?(?:updated|published|posted|modified)\b",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    if len(rest.strip()) > 3 and not match.group("label"):
        return None
    # "01 / 5 / 2011" next to a US time zone is month first; elsewhere day first.
    order = "MDY" if US_TIME_ZONE.search(line) else "DMY"
    return _parse_date(re.sub(r"\s*/\s*", "/", dated.group(0)), order)


def _parse_date(text: str, order: str = "DMY") -> date | None:
    import dateparser

    parsed = dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "DATE_ORDER": order}
    )
    return parsed.date() if parsed else None
