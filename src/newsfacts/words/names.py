"""Name normalisation: the keys under which surface forms of one name meet.

"U.N. Command", "UN command" and "UN Command’s" are one name to a reader: case, dots,
apostrophe styles and a trailing possessive do not change what a name refers to. Titles and
ranks ("Col.", "President") are not part of a name either; they are split off and kept as
descriptors. Pure string functions, so the merging rules stay testable without a parse.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsfacts.words.lexicon import (
    FEMININE_TITLES,
    MASCULINE_TITLES,
    PERSON_NOUN_ENDINGS,
    PERSON_NOUNS,
    PERSON_TITLES,
    TITLES,
    gender_in,
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’", "'S", "’S"})
# Keys are asked for the same few thousand words over and over (every mention, every merge
# test); remembered per process, bounded so a long run's memory stays flat (issue #18).
KEY_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=KEY_CACHE_SIZE)
def plain(text: str) -> str:
    """NFKC, straight apostrophes and hyphens: the spelling-independent surface."""
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).translate(_DASHES)


@lru_cache(maxsize=KEY_CACHE_SIZE)
def token_key(text: str) -> str:
    """One word's key: case-folded, dots, apostrophes and hyphens gone ("U.N." -> "un")."""
    text = _POSSESSIVE.sub("", plain(text).strip())
    return _NOT_WORD.sub("", text).casefold()


@lru_cache(maxsize=KEY_CACHE_SIZE)
def name_key(text: str) -> str:
    """A whole name's key: its words' keys joined by one space, possessive dropped.

    >>> name_key("U.N. Command’s") == name_key("UN command")
    True
    """
    text = _POSSESSIVE.sub("", plain(text).strip())
    words = (token_key(word) for word in _SPACES.split(text.replace("-", " ")))
    return " ".join(word for word in words if word)


def name_words(text: str) -> list[str]:
    """The word keys of a name, in order (initials kept: "Tobias R. Ferrante" -> 3 words)."""
    return name_key(text).split()


def title_word(text: str) -> str:
    """A possible title as looked up in the lexicon: lower-case, without its dot."""
    return plain(text).rstrip(".").casefold()


def is_title(text: str) -> bool:
    return title_word(text) in TITLES


def is_person_title(text: str) -> bool:
    return title_word(text) in PERSON_TITLES


def title_gender(text: str) -> str | None:
    """ "m" or "f" when a title says so ("Mrs." -> "f"), else None."""
    return gender_in(title_word(text), MASCULINE_TITLES, FEMININE_TITLES)


def is_capitalised(text: str) -> bool:
    """Starts with an upper-case letter (or a digit-free initial such as "O'Neill")."""
    return bool(text) and text[0].isupper()


def is_initial(text: str) -> bool:
    """A single-letter initial: "G." or "G"."""
    stripped = text.rstrip(".")
    return len(stripped) == 1 and stripped.isalpha() and stripped.isupper()


@lru_cache(maxsize=KEY_CACHE_SIZE)  # asked of the same few words thousands of times an article
def is_acronym_shaped(text: str) -> bool:
    """ "UNC", "U.N.", "NFU": two or more capitals (dots allowed), nothing lower-case."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 10 and letters.isalpha() and letters.isupper()


def is_subsequence(short: list[str], long: list[str]) -> bool:
    """`short`'s words appear in `long` in order ("tobias ferrante" in "tobias r ferrante")."""
    position = 0
    for word in short:
        try:
            position = long.index(word, position) + 1
        except ValueError:
            return False
    return True


def person_part_of(short: list[str], long: list[str]) -> bool:
    """Whether `short` can name the person `long` names: the surname, the given name, or the
    name without middle initials ("Ferrante", "Tobias", "Tobias Ferrante" for
    "Tobias R. Ferrante")."""
    if not short or len(short) >= len(long):
        return False
    if len(short) == 1:
        return short[0] in (long[0], long[-1])
    return short[-1] == long[-1] and is_subsequence(short, long)


def is_person_noun(lemma: str) -> bool:
    """A common noun for a person: listed ("soldier"), or by its ending ("fisherman",
    "journalist", "politician")."""
    word = lemma.casefold()
    if word in PERSON_NOUNS:
        return True
    return any(word.endswith(suffix) and len(word) >= size for suffix, size in PERSON_NOUN_ENDINGS)
