"""Names the corpus knows, found again in an article whose tagger missed them.

spaCy's small model misses a name in one article that it found in ten others ("Colts" in a
headline, "Wladimir Klitschko" on a date line). When an article is stored, every run of
capitalised words in its text is looked up among the corpus's merging names (an exact,
normalised match: a full name or a thing's name, never a bare surname); an occurrence that no
sheet mention covers becomes a mention of that corpus entity in this article. The sheet keeps
what extraction found; the corpus's mention table and counts gain the recovered mentions.

A one-word name is recovered only when the article never writes the word in lower case
("People" the magazine is also "people"), and a given name alone never is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from newsfacts.store.names import normalize, stem
from newsfacts.words.given_names import is_given_name

# A capitalised word: "Colts", "O'Neill", "Hewlett-Packard", "U.S."
_CAPITALISED = re.compile(r"[A-Z][\w'’.&-]*")
MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    canonical: int


def capitalised_runs(text: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of capitalised words separated by one space, as word spans."""
    run: list[tuple[int, int]] = []
    for match in _CAPITALISED.finditer(text):
        start, end = match.start(), match.end()
        if text[end - 1] == ".":
            end -= 1 if not re.fullmatch(r"(?:[A-Z]\.)+", match.group()) else 0
        if run and text[run[-1][1] : start] != " ":
            yield run
            run = []
        run.append((start, end))
    if run:
        yield run


# A candidate phrase: its span and its normalised form, None for one that is never looked up
# (one word the article also writes in lower case, a given name, or a span a mention takes)
Window = tuple[int, int, str | None]
# Each capitalised run's windows from each of its words on, the longest first
Phrases = list[list[list[Window]]]


class _Taken:
    """The characters spans take: one byte per character of the text, 1 where a span is
    taken, so a candidate phrase is one look-up instead of a scan of every span (the scan was
    most of an article's storing time). An empty span still breaks a phrase across it."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]]) -> None:
        self.mask = bytearray(length + 1)
        self.empty: list[int] = []
        for start, end in spans:
            self.take(start, end)

    def take(self, start: int, end: int) -> None:
        if start < end:
            self.mask[start:end] = b"\x01" * (end - start)
        else:
            self.empty.append(start)

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) == -1 and not any(
            start < at < end for at in self.empty
        )


def phrases(text: str, lowered: frozenset[str], taken: Iterable[tuple[int, int]] = ()) -> Phrases:
    """Every phrase of the text the corpus could know, worked out from the text alone (in the
    worker that planned the sheet: the writer only looks them up). A phrase `taken` overlaps
    (the spans the article's stored mentions keep whatever the corpus holds) is never free,
    so it is never looked up."""
    blocked = _Taken(len(text), taken)
    found: Phrases = []
    for run in capitalised_runs(text):
        windows = []
        for at in range(len(run)):
            here: list[Window] = []
            for size in range(min(MAX_WORDS, len(run) - at), 0, -1):
                start, end = run[at][0], run[at + size - 1][1]
                phrase = text[start:end]
                never = size == 1 and (stem(phrase) in lowered or is_given_name(phrase))
                never = never or not blocked.free(start, end)
                here.append((start, end, None if never else normalize(phrase)))
            windows.append(here)
        if any(key is not None for here in windows for _, _, key in here):
            found.append(windows)  # a run of words never looked up ("The") is left out
    return found


def recover(
    text: str,
    covered: list[tuple[int, int]],
    lookup: Callable[[str], int | None],
    lowered: frozenset[str],
) -> list[Found]:
    """Occurrences of corpus names in `text` that no span of `covered` overlaps."""
    return recover_phrases(len(text), covered, lookup, phrases(text, lowered))


def recover_phrases(
    length: int,
    covered: list[tuple[int, int]],
    lookup: Callable[[str], int | None],
    candidates: Phrases,
) -> list[Found]:
    """`recover` over a text's `phrases`: in each run, the longest free phrase the corpus
    knows from each word on, taken, and the search goes on after it."""
    taken = _Taken(length, covered)
    found: list[Found] = []
    for windows in candidates:
        at = 0
        while at < len(windows):
            here = windows[at]
            for index, (start, end, key) in enumerate(here):
                canonical = lookup(key) if key is not None and taken.free(start, end) else None
                if canonical is not None:
                    found.append(Found(start, end, canonical))
                    taken.take(start, end)
                    at += len(here) - index  # the window's size in words
                    break
            else:
                at += 1
    return found
