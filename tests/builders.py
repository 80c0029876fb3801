"""Builders the tests share: fact sheets and spaCy Docs made by hand from invented text.

Sheets: `bare_sheet` is a sheet with only the fields a test names; `mentions`, `direct_quote`
and `dated` find their offsets by searching the text, so a hand-built corpus (tests/store/sheets.py,
tests/serve/corpus.py) stays a few readable lines an article. Docs: `hand_doc` builds a Doc from
words and the annotations a rule reads, with no model, so a model mistake cannot hide a rule's;
`table` reads a parse written one token a line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.lang.en import English
from spacy.tokens import Doc

from newsfacts.sheet import FactSheet, Generator, Mention, Quote, Source, Speaker, Time

# English lexical attributes (`lower_`, `is_punct`, `like_num`) without a model: rules read them.
VOCAB = English().vocab


# -- sheets -------------------------------------------------------------------------------------


def bare_sheet(text: str = "", **fields: Any) -> FactSheet:
    """A sheet of `text` holding only `fields` (entities, quotes, event, ...): what a scorer or a
    view reads, without the parse a real extraction would add."""
    given: dict[str, Any] = {
        "id": "x",
        "source": Source(kind="text"),
        "headline": "",
        "generator": Generator(version="0", model="m"),
    }
    return FactSheet(**(given | {"text": text} | fields))


def span(text: str, written: str, after: int = 0) -> tuple[int, int]:
    """Where `written` first stands in `text` from `after` on (ValueError when it does not)."""
    start = text.index(written, after)
    return start, start + len(written)


def every_span(text: str, written: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(written), text)]


def mentions(text: str, forms: Sequence[str]) -> list[Mention]:
    """A mention at every place each form stands in `text`, in text order."""
    found = [(start, end) for form in forms for start, end in every_span(text, form)]
    found.sort(key=lambda place: place[0])  # stable: at one start, the forms' order
    return [Mention(start=start, end=end, text=text[start:end]) for start, end in found]


def direct_quote(text: str, number: int, said: str, speaker: Speaker) -> Quote:
    """A person's direct quote `said` (its first place in `text`), cued by "said"."""
    start, end = span(text, said)
    return Quote(
        id=f"q{number}",
        kind="direct",
        text=said,
        start=start,
        end=end,
        speaker=speaker,
        cue="said",
        source_type="person",
    )


def dated(text: str, number: int, written: str, value: str) -> Time:
    """The anchored date `written` (its first place in `text`) resolved to `value`."""
    start, end = span(text, written)
    return Time(
        id=f"t{number}",
        text=written,
        start=start,
        end=end,
        type="date",
        value=value,
        anchored=True,
    )


# -- Docs ---------------------------------------------------------------------------------------


def joined(words: Sequence[str]) -> list[bool]:
    """A space after every word, except before one written against it: `.`, `,`, `'s` (any
    piece of the string ".,'s")."""
    return [i + 1 < len(words) and words[i + 1] not in ".,'s" for i in range(len(words))]


def spaces_in(text: str, words: Sequence[str]) -> list[bool]:
    """Which words `text` follows with a space (the words appear in it in order)."""
    spaces, position = [], 0
    for word in words:
        position = text.index(word, position) + len(word)
        spaces.append(text[position : position + 1] == " ")
    return spaces


def iob(size: int, labels: Mapping[int, str]) -> list[str]:
    """IOB entity tags for `size` tokens: `labels` gives a token's entity type; neighbours with
    a label are one entity."""
    tags = ["O"] * size
    for index, label in labels.items():
        tags[index] = ("I-" if index and tags[index - 1] != "O" else "B-") + label
    return tags


def table(rows: str) -> list[list[str]]:
    """A parse written one token a line, columns split on white space."""
    return [line.split() for line in rows.strip().splitlines()]


def hand_doc(
    words: Sequence[str], *, spaces: Sequence[bool] | bool | None = None, **annotations: Any
) -> Doc:
    """A Doc of `words` with the annotations given (pos, tags, deps, heads, lemmas, ents,
    sent_starts: spaCy's own names). `spaces`: one flag a word, True for a space after every
    word, or by default `joined(words)`."""
    if spaces is None:
        spaces = joined(words)
    elif spaces is True or spaces is False:
        spaces = [spaces] * len(words)
    return Doc(VOCAB, words=list(words), spaces=list(spaces), **annotations)
