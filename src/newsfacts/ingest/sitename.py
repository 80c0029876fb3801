"""The names a site goes by, to tell them from the article's own title and authors.

Titles carry the site's name after a separator ("Ferry runs again | The Tide", "… - Tide.com")
and bylines name the site when no person is credited. A name counts as the site's when it
is, letters and digits only, one the page declares (og:site_name, the JSON-LD publisher,
application-name) or the host ("tide.com", "tide"), with or without a leading "The".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from newsfacts.identity import url_host

# A host label this short is a country or generic suffix ("co", "com", "de"), not a name.
MIN_LABEL_CHARS = 4
# German and Nordic letters a host spells out ("boersen" for "Börsen").
SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe"})
LEADING_ARTICLES = ("the", "der", "die", "das", "le", "la", "el", "il", "de")
# Words after the site's name that make a byline one of its desks ("Gazette staff reporter",
# "Tide24 Redaktion", "Diario redacción"), not a person.
DESK_WORDS = frozenset(
    {"staff", "reporter", "reporters", "desk", "team", "newsroom", "editors", "editorial"}
    | {"redaktion", "nachrichtenredaktion", "rédaction", "redacción", "redazione", "redactie"}
    | {"redakcja", "redaksjonen", "redaktionen", "toimitus"}
)


def squash(text: str) -> str:
    """Lower-case letters and digits only, accents dropped: "Börsen-Zeitung" -> "borsenzeitung"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _forms(text: str) -> set[str]:
    return {squash(text), squash(text.casefold().translate(SPELLED_OUT))} - {""}


@dataclass(frozen=True, slots=True)
class SiteNames:
    keys: frozenset[str] = frozenset()

    @classmethod
    def of(cls, names: tuple[str, ...], url: str | None) -> SiteNames:
        keys: set[str] = set()
        for name in names:
            keys |= _forms(name)
        host = url_host(url).removeprefix("www.")
        if host:
            keys |= _forms(host)
            labels = [label for label in host.split(".")[:-1] if len(label) >= MIN_LABEL_CHARS]
            for label in labels:
                keys |= _forms(label)
        return cls(frozenset(k for k in keys if len(k) >= MIN_LABEL_CHARS - 1))

    def is_site_or_desk(self, text: str) -> bool:
        """The site's name, alone or before desk words: "Tide staff reporter"."""
        if self.is_site(text):
            return True
        words = text.split()
        cut = len(words)
        while cut > 1 and words[cut - 1].casefold() in DESK_WORDS:
            cut -= 1
        return cut < len(words) and self.is_site(" ".join(words[:cut]))

    def is_site(self, text: str) -> bool:
        for form in _forms(text):
            if form in self.keys:
                return True
            for article in LEADING_ARTICLES:
                if form.startswith(article) and form[len(article) :] in self.keys:
                    return True
        return False
