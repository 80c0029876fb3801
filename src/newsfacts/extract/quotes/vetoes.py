"""Cues and contents that report nothing, rejected by their construction (issue #19).

"Following a town hall in May, the mayor boasted to reporters of her staff": the words
before the comma are when and where she boasted, not what. `cues.py` reads "CLAUSE, X said"
as a report of the clause before the cue's phrase when the verb has no content of its own;
but a clause or phrase the parse hangs on the cue itself as an adverbial ("Following ...",
"In the final hours of the vote, ...", "After the ballots were counted, ...") is the cue's
circumstance: in "CLAUSE, X said" the parse hangs the clause elsewhere (its own verb the
root, the cue beside it). The cue reports nothing of its own then, but, like an opening phrase
with no verb (`pieces.py`), it may still speak for a quotation after it in its paragraph.
Called once, from `find.py`, beside `pieces.no_clause`, as are the rules below but the last
but one (`in_source`, which drops a found quote once its speaker is known).

"the change the mayor warned about": a content that is only a stranded preposition, or a "that"
with nothing after it ("the poll found that:" before a list), holds no claim (`stranded`).

"It is reasonable to say that ...", "it is far too early to tell whether ...", "it goes
without saying that ...": an infinitive of saying or knowing with no subject, in a clause
whose subject is an empty "it" or "this", is the writer hedging, no one's report
(`impersonal`).

"Do you back the toll?", "Why did the board drop the plan?": a verb's object in a question
(its auxiliary before its subject) is what is asked about, no stance anyone took (`asked`).

'Her "harbour first" plan would ...', 'a "dock lobby" that backs X': a quotation inside its own
speaker's phrase is a title or a term the source is named by, not what it says (`in_source`).

"Call it a comeback": a naming verb in the imperative, with no subject, is the writer naming
a thing in their own voice, not a report of anyone's words (`writers_naming`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.pieces import ADVERB_MARK, CONDITIONS
from newsfacts.extract.quotes.records import INVERSION, NAMING, OBJECT, Cue, Found

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsfacts.extract.quotes.frames import Tokens

# How an opening phrase hangs on the cue when it is the cue's circumstance.
ADVERBIALS = frozenset({"advcl", "prep", "npadvmod"})
# How a lone word that is no content hangs: a stranded preposition, a particle, a "that".
STRANDED = frozenset({"prep", "prt", "mark", "agent"})
# The most characters such a lone word and its punctuation take ("through?").
LONGEST_STRANDED = 12
# Verbs of saying and knowing a writer hedges with: "it is reasonable to say", "hard to foresee".
HEDGES = frozenset({"say", "tell", "know", "imagine", "predict", "guess"})
# The empty subject of such a hedge: "it is far too soon to tell", "this is to say".
EMPTY_SUBJECTS = frozenset({"it", "this"})
# Words between the infinitive and that subject: "reasonable", "too soon", "is", "goes without".
HEDGE_LINKS = frozenset({"ADJ", "ADV", "ADP", "AUX"})
# What may close a question after its mark: quotation marks, a bracket, spaces.
QUESTION_TAIL = " \n\"'”’)"
# A verb's own subject.
SUBJECTS_OF_VERB = frozenset({"nsubj", "nsubjpass", "csubj"})
# Dependents a verb in the imperative does not have.
IMPERATIVE_NOT = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def circumstance(doc: Doc, cue: Cue) -> bool:
    """ "In the final hours, X told the crowd a story": an opening phrase hung on the cue as
    its adverbial is the cue's circumstance, no content of it."""
    if cue.via != INVERSION or cue.content is None or cue.content[1] > cue.start:
        return False
    words = doc.char_span(*cue.content, alignment_mode="expand")
    if words is None:
        return False
    root = words.root
    return root.head.i == cue.token and root.dep_ in ADVERBIALS and not _condition(root)


def _condition(root: Token) -> bool:
    """ "If the dam breaks, she said, ...": a condition is part of what was said, as
    `pieces.no_clause` reads it, not the circumstance of saying it."""
    return root.dep_ == "advcl" and any(
        c.lower_ in CONDITIONS
        for c in root.children
        if c.dep_ == "mark" or (c.dep_, c.tag_) == ADVERB_MARK
    )


def writers_naming(doc: Doc, cue: Cue) -> bool:
    """ "Call it a comeback.": a naming verb in the imperative (the sentence's main verb in
    its bare form, with no subject and no auxiliary) names a thing in the writer's voice."""
    if cue.via != NAMING:
        return False
    verb = doc[cue.token]
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and not any(c.dep_ in IMPERATIVE_NOT for c in verb.children)
    )


def stranded(tokens: Tokens, content: tuple[int, int]) -> bool:
    """ "the change the mayor warned about", "the survey also found that:": a content of one
    word, a preposition left at the end of a relative clause or a "that" before a list, is
    no claim (the object is the noun the clause hangs on, or the lines after)."""
    start, end = content
    if end - start > LONGEST_STRANDED:
        return False
    doc = tokens.doc
    words = [w for w in doc[tokens.at(start) : tokens.at(end - 1) + 1] if not w.is_punct]
    return len(words) == 1 and words[0].tag_ in ("IN", "RP") and words[0].dep_ in STRANDED


def impersonal(doc: Doc, cue: Cue) -> bool:
    """ "It is reasonable to say that ...", "it's far too early to tell whether ...", "it goes
    without saying that ...": an infinitive (or "without saying") of saying or knowing with no
    subject of its own, hung through an adjective, an adverb or "be" on an empty "it" or
    "this", is the writer hedging; no one reports ("X was quick to say" has someone)."""
    verb = doc[cue.token]
    if verb.lemma_ not in HEDGES or any(c.dep_ in SUBJECTS_OF_VERB for c in verb.children):
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        head = verb.head.head
        if head.lemma_ != "go":
            return False
    elif any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        head = verb.head
    else:
        return False
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "expl") and c.lower_ in EMPTY_SUBJECTS for c in head.children):
            return True
        if head.head is head or not (head.pos_ in HEDGE_LINKS or head.lemma_ in ("be", "go")):
            return False
        head = head.head
    return False


def asked(tokens: Tokens, cue: Cue, content: tuple[int, int]) -> bool:
    """ "Do you back the toll?", "Why did the board drop the plan?": a verb whose auxiliary
    comes before its subject, in a sentence ending with a question mark, asks about its
    object (a noun phrase, no clause); it reports no stance."""
    if cue.via != OBJECT:
        return False
    doc = tokens.doc
    verb = doc[cue.token]
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS_OF_VERB]
    auxiliaries = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not subjects or not auxiliaries or min(auxiliaries) > subjects[0]:
        return False
    if not verb.sent.text.rstrip(QUESTION_TAIL).endswith("?"):
        return False
    start, end = content
    words = doc[tokens.at(start) : tokens.at(end - 1) + 1]
    return not any(w.pos_ in ("VERB", "AUX") for w in words)


def in_source(doc: Doc, item: Found) -> bool:
    """'Her "harbour first" plan requires ...', 'a powerful "dock lobby" that backs X': a quotation
    lying inside its own speaker's phrase, after words of that phrase (or the phrase itself),
    names the source or a term in it; it is not what the source says."""
    if item.kind != "direct" or item.speaker is None:
        return False
    first, last = doc[item.speaker[0]], doc[item.speaker[1] - 1]
    start, end = first.idx, last.idx + len(last)
    if not start <= item.start or not item.end <= end:
        return False
    if (start, end) == (item.start, item.end):
        return True
    return any(w.is_alpha for w in doc[item.speaker[0] : item.speaker[1]] if w.idx < item.start)
