"""Where a reported clause ends when another report follows it in the same sentence.

"Rubio suggested that X, while Cruz said that Y" holds two reports: Rubio's X and Cruz's Y.
The parse often hangs the second report off the first one's clause (a `conj` or an `advcl` of
X's verb), so the first cue's content would run on to Y, and the second report, read as one
nested inside it, would be dropped (`nesting.py`). PolNeAR marks two attributions. A report
is a separate one, not a nested one, when it is coordinated or adjoined (not the object of the
first clause, as in "X said he believed Y") and has a subject of its own: the first content
ends at the pause or conjunction before that clause. Only a clause set against the first one
("but", "while", "whereas", "yet") is cut off.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span
from newsfacts.extract.quotes.records import Cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How a following report hangs off the first one's clause when it is a report of its own.
ADJOINED = frozenset({"conj", "advcl", "parataxis"})
# Words that may stand between the first content and the clause that follows it.
CONTRASTS = frozenset({"but", "while", "whereas", "yet"})
JOINERS = frozenset({",", ";", "—", "–", "-", "--", "and", "but", "while", "whereas", "yet"})


def cut_at_other_reports(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Each cue's content ended before a later report in it that has its own subject."""
    return [_cut(doc, cue, cues) for cue in cues]


def _cut(doc: Doc, cue: Cue, cues: list[Cue]) -> Cue:
    if cue.content is None:
        return cue
    start, end = cue.content
    for other in cues:
        if other is cue or not start < other.start < end or other.token <= cue.token:
            continue
        opening = _own_clause_start(doc[other.token])
        if opening is None or doc[opening].idx <= start:
            continue
        if not _contrasted(doc, opening):
            continue
        cut = _before_joiners(doc, opening)
        content = char_span(doc, _token_at(doc, start), cut)
        if content is not None and content[0] == start:
            return replace(cue, content=content)
    return cue


def _contrasted(doc: Doc, opening: int) -> bool:
    """The clause is set against the first one ("..., while Y said", "but Y said"): a plain
    "and" more often continues the same report, and PolNeAR keeps it in one content
    (measured on both halves of the shared split)."""
    words = range(_before_joiners(doc, opening), opening + 1)
    return any(doc[i].lower_ in CONTRASTS for i in words)


def _own_clause_start(verb: Token) -> int | None:
    """The first token of a report's clause when it is adjoined and has its own subject."""
    if verb.dep_ not in ADJOINED or verb.head.i >= verb.i:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    return verb.left_edge.i


def _before_joiners(doc: Doc, opening: int) -> int:
    """The token index the first content ends at: before the pause and conjunction."""
    end = opening
    while end > 0 and (doc[end - 1].lower_ in JOINERS or doc[end - 1].is_space):
        end -= 1
    return end


def _token_at(doc: Doc, offset: int) -> int:
    """The index of the token that starts at (or holds) character `offset`."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else 0
