"""Which words of a cue's content are what it reports, and in how many pieces (issue #19).

A cue's content as the parse gives it is cut here before it becomes a quote. An opening
phrase before the comma a cue follows reports nothing ("Meanwhile, the mayor agreed", "In
May, she said: ..."), nor does a set phrase ("That said, ...", "All told, ..."). Clauses the
parse hangs on both sides of a cue ('"A," she said, "B"') are pieces of one attribution
without the cue's phrase, as PolNeAR annotates them, and a clause ending a sentence before the
cue's is the sentence before, not a piece. Whether a content is a direct quote is read on its
letters inside quotation marks, the cue's phrase between two of them left out (PolNeAR's
converter: 90% or more, ../shared/eval/quotes/SOURCE.md). Measured on both halves of the
shared split (docs/evaluation.md, `quotes`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import doc_text
from newsfacts.extract.quotes.content import char_span
from newsfacts.extract.quotes.records import CLAUSE, INVERSION, Cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsfacts.extract.quotes.frames import Tokens
    from newsfacts.extract.quotes.marks import Quoted

# A sentence's end in running text: a full stop, question or exclamation mark (and closing
# marks), then a space.
SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s")
# Marks closing a piece of a content before its cue ('"A," she said', "A - she said").
PAUSES = frozenset(",;:—–-”\"'’")
# Set phrases opening a sentence that report nothing: "That said,", "All told,".
FORMULA_SUBJECTS = frozenset({"that", "all"})
FORMULA_VERBS = frozenset({"said", "told"})
# Parts of speech that make a stretch of words a clause that can be reported.
CLAUSE_HEADS = frozenset({"VERB", "AUX"})
# Marks that open an aside holding a whole report ("- some 30 boats, the officials say -").
ASIDE_OPENERS = frozenset({"—", "–", "-", "--", "("})
# A wh-adverb opening a clause of time or manner ("when", "where", "how").
ADVERB_MARK = ("advmod", "WRB")
# Participles: "Pressing the point, she said".
PARTICIPLES = frozenset({"VBG", "VBN"})
# Subordinators of a condition: "If A, she said, B" is what she said, condition and all.
CONDITIONS = frozenset({"if", "unless"})
# A content's head that is the subject of the clause it opens.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def clause_pieces(
    tokens: Tokens, cue: Cue, content: tuple[int, int], quoted: list[Quoted]
) -> list[tuple[int, int]]:
    """A cue's content in pieces when its clauses lie on both sides of the cue ('"A," she
    said, "B"', the parse hanging both on "said"): each clause is a piece, the cue's own
    phrase between them no part of what it reports. Else the content whole."""
    start, end = content
    if cue.via != CLAUSE or not start < cue.start < end:
        return [content]
    doc = tokens.doc
    clauses = [c for c in doc[cue.token].children if c.dep_ == "ccomp"]
    pieces = []
    for clause in clauses:
        span = char_span(doc, clause.left_edge.i, clause.right_edge.i + 1)
        if span is None:
            continue
        piece = max(span[0], start), min(span[1], end)
        if piece[1] > piece[0] and start <= clause.idx < end:
            pieces.append(piece)  # not the tail of a clause whose verb the paragraph cut off
    text = doc_text(doc)
    kept = []
    for piece in pieces:
        if piece[0] > cue.start:
            kept.append(piece)
        elif SENTENCE_END.search(text, piece[1], cue.start):
            # A clause ending a sentence before the cue's is the sentence before, which the
            # parse hung on the cue: only a quotation is kept there.
            if any(r.start < piece[1] and piece[0] < r.end for r in quoted):
                kept.append(piece)
        elif _pause_then_cue(text, doc, cue, piece[1]):
            kept.append(piece)  # "A, she said, B": the clause closed by a pause
        else:
            return [content]  # the cue inside a clause before it: no split to read
    return kept or [content]


def _pause_then_cue(text: str, doc: Doc, cue: Cue, offset: int) -> bool:
    """Only a pause and the cue's phrase (its speaker, its verb) follow `offset`."""
    phrase = cue.start
    if cue.speaker is not None:
        phrase = min(phrase, doc[cue.speaker[0]].idx)
    between = text[offset:phrase].strip()
    return between[:1] in PAUSES and not any(c.isalnum() for c in between)


def formula(doc: Doc, cue: Cue) -> bool:
    """A set phrase opening a sentence, not a report: "That said, ...", "All told, ..."."""
    return _formula_verb(doc[cue.token])


def _formula_verb(verb: Token) -> bool:
    doc = verb.doc
    if verb.lower_ not in FORMULA_VERBS or not 0 < verb.i < len(doc) - 1:
        return False
    subject = doc[verb.i - 1]
    opens = subject.i == 0 or subject.is_sent_start or doc[subject.i - 1].is_punct
    return subject.lower_ in FORMULA_SUBJECTS and opens and doc[verb.i + 1].text == ","


def no_clause(tokens: Tokens, cue: Cue, content: tuple[int, int], quoted: list[Quoted]) -> bool:
    """The words before the comma a cue follows hold no verb and no quotation, or are a
    clause setting the scene: an opening phrase ("Meanwhile, the mayor agreed", "In an
    interview, she explained", "When the vote came, she said"), not the clause reported
    ("CLAUSE, X said"), nor a subject or a report set off by dashes."""
    if cue.via != INVERSION:
        return False
    start, end = content
    if any(r.start < end and start < r.end for r in quoted):
        return False
    doc = tokens.doc
    words = doc[tokens.at(start) : tokens.at(end - 1) + 1]
    if words.root.dep_ in SUBJECTS:
        return False  # "The plan, he said, "will fail"": the subject of the clause quoted
    opener = doc[words.start - 1] if words.start > 0 else None
    if opener is not None and opener.text in ASIDE_OPENERS and opener.whitespace_:
        return False  # "- some 30 boats, the officials say -": a report set off by dashes
    if _adverbial(words.root, cue):
        return True  # "When she saw the plan, she said: ...": the scene, not the report
    return not any(word.pos_ in CLAUSE_HEADS and not _formula_verb(word) for word in words)


def _adverbial(root: Token, cue: Cue) -> bool:
    """ "When she first saw the plan, she said ...", "Pressing the point, he said ...": a
    clause of time or manner on the cue's verb, opened by a subordinator or a participle
    with no subject of its own, sets the scene; it is not what the cue reports. A condition
    is ("If the dam holds, she said, the town is safe")."""
    if root.dep_ != "advcl" or root.head.i != cue.token:
        return False
    marks = [c for c in root.children if c.dep_ == "mark" or (c.dep_, c.tag_) == ADVERB_MARK]
    if marks:
        return not any(c.lower_ in CONDITIONS for c in marks)
    return root.tag_ in PARTICIPLES and not any(c.dep_ in SUBJECTS for c in root.children)


def cue_between(cue: Cue, regions: list[Quoted], cues: list[Cue]) -> tuple[int, int]:
    """The words between the two quotations a cue stands between ('"A," he said of the
    plan, "B"'): the cue's own phrase, no part of what it reports; empty elsewhere, and
    when another cue stands there too ('"A," he said, calling the plan "B"': B is the
    other's)."""
    before = [r.outer_end for r in regions if r.outer_end <= cue.start]
    after = [r.outer_start for r in regions if r.outer_start >= cue.end]
    if not before or not after:
        return 0, 0
    start, end = max(before), min(after)
    if any(start <= other.start < end and other.token != cue.token for other in cues):
        return 0, 0
    return start, end


def quoted_share(
    text: str, start: int, end: int, regions: list[Quoted], aside: tuple[int, int]
) -> float:
    """The share of the content's letters inside quotation marks, the cue's phrase
    between two of them (`aside`) left out."""
    letters = [i for i in range(start, end) if text[i].isalnum() and not aside[0] <= i < aside[1]]
    if not letters:
        return 1.0
    inside = sum(any(r.start <= i < r.end for r in regions) for i in letters)
    return inside / len(letters)
