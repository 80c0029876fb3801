"""Where a reporting cue's content lies: the clause a source phrase qualifies, as tokens and
as characters of the text (read by `cues.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TokenRange = tuple[int, int]
# Punctuation left off the edges of a content.
EDGE_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "--", "."})
# What closes a cue's phrase set off inside its clause: "The plan, he said, would fail".
PARENTHESIS_CLOSERS = frozenset({",", "—", "–", "--"})


def qualified(phrase: Token) -> tuple[int, int] | None:
    """The clause a source phrase ("according to X", "in the view of X") qualifies, as
    characters."""
    tokens = qualified_tokens(phrase)
    return char_span(phrase.doc, *tokens) if tokens is not None else None


def qualified_tokens(phrase: Token) -> TokenRange | None:
    """The longer side of the clause around a source phrase, or "as X said"."""
    head = phrase.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head != head.head:
        head = head.head
    while head.dep_ == "conj" and head.head != head:
        head = head.head  # "X is conscious and no longer ..., according to Y": both halves
    phrase_start, phrase_end = phrase.left_edge.i, phrase.right_edge.i + 1
    if head.i == phrase.i or phrase_start <= head.left_edge.i <= head.right_edge.i < phrase_end:
        return None
    before = (head.left_edge.i, phrase_start)
    after = (phrase_end, head.right_edge.i + 1)
    return max(before, after, key=lambda span: span[1] - span[0])


def char_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Characters of tokens [start, end), commas, colons and dashes at the edges left out."""
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def subtrees(tokens: list[Token]) -> TokenRange:
    """Token range covering the subtrees of `tokens`."""
    return min(t.left_edge.i for t in tokens), max(t.right_edge.i for t in tokens) + 1


def infinitive(token: Token) -> bool:
    """A verb with its "to": "to stay"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def opens_quoted(phrase: Token) -> bool:
    """The phrase opens with a quotation mark or right after one: words cited, not a name."""
    left = phrase.left_edge
    return left.is_quote or (left.i > 0 and phrase.doc[left.i - 1].is_quote)


def parenthetical(verb: Token) -> bool:
    """The cue's phrase is set off inside its clause: "The plan, he said, would fail", with
    a comma or dash after it and words of the clause beyond."""
    doc = verb.doc
    pause = verb.right_edge.i  # the parse often hangs the closing comma on the cue
    if doc[pause].text not in PARENTHESIS_CLOSERS:
        pause += 1
    head = aside_head(verb)
    return (
        head is not None
        and pause < len(doc)
        and doc[pause].text in PARENTHESIS_CLOSERS
        and head.right_edge.i > pause
    )


def aside_head(verb: Token) -> Token | None:
    """The verb of the clause a cue is set off inside: the head of a parenthetical cue ("The
    plan, he said, would fail"), or the verb of the subject the small model hangs the cue on as
    an apposition ("Farmers, X notes, applaud Y": "notes" read as a noun beside "Farmers")."""
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        return verb.head
    if verb.dep_ == "appos" and verb.tag_.startswith("VB") and verb.head.dep_ == "nsubj":
        clause = verb.head.head
        return clause if clause.i > verb.i else None
    return None
