"""Shorter forms of a thing's name that articles use without spelling them out: an acronym
("AP" for the "Associated Press"), and the name without the place before it ("Red Sox" for
the "Boston Red Sox").

A sheet links an acronym to its long form only when the article defines it ("the Associated
Press (AP)"). Many articles never do: one writes "AP", another of the same story "Associated
Press". The initials of a thing's name of several words are indexed here, so that a
one-word, upper-case name can find the corpus thing it abbreviates (and the reverse), and
their endings, so that "Red Sox" finds the "Boston Red Sox" (and the reverse); the resolver
still asks the story's evidence before joining them (canonical.py).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

# Words an acronym may leave out ("Church of Christ" -> "CC" or "COC").
SKIPPABLE = frozenset({"of", "and", "for", "the", "de", "&"})
# A short word may go into the acronym whole ("US Geological Survey" -> "USGS").
WHOLE_WORD = 3
MIN_ACRONYM = 2
MAX_ACRONYM = 6
MAX_WORDS = 6


@lru_cache(maxsize=1 << 14)  # a story's names come back in article after article
def initials(norm: str) -> frozenset[str]:
    """The acronyms a normalised name of several words can be written as.

    >>> sorted(initials("us geological survey"))
    ['ugs', 'usgs']
    """
    words = norm.split()
    if len(words) < 2 or len(words) > MAX_WORDS:
        return frozenset()
    options = []
    for word in words:
        choices = {word[0]} if word[0].isalnum() else set()
        if word in SKIPPABLE:
            choices.add("")
        elif 1 < len(word) <= WHOLE_WORD and word.isalpha():
            choices.add(word)
        options.append(sorted(choices) or [""])
    found = {"".join(parts) for parts in product(*options)}
    return frozenset(key for key in found if len(key) >= MIN_ACRONYM)


def is_acronym(name: str) -> bool:
    """ "AP", "U.S.G.S.", "HP": one word, upper case, no lower-case letter (stray
    punctuation the tagger kept, "HP`", aside)."""
    if " " in name or len(name) > 2 * MAX_ACRONYM:
        return False  # most names: said at once
    bare = "".join(char for char in name if char.isalnum())
    return MIN_ACRONYM <= len(bare) <= MAX_ACRONYM and bare.isalpha() and bare.isupper()


def name_tails(norm: str) -> list[str]:
    """The endings of two words or more of a name of three or more, longest first.

    >>> name_tails("boston red sox")
    ['red sox']
    """
    words = norm.split()
    return [" ".join(words[start:]) for start in range(1, len(words) - 1)]
