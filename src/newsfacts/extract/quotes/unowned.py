"""Cue nouns nobody in the text owns (issue #19): "the report raised questions about Y",
"X faced questions about Y", "amid fears that Y", "questions arose about Y".

A question, fear, concern or allegation that a thing raises, that someone faces or that
frames an event ("amid allegations that ...") reports its topic or clause for nobody the
text names; PolNeAR marks it with an empty source, or with the thing that raised it. A
noun with an owner, or one a verb of saying with someone as subject carries ("X raised
questions about Y"), is `nouns.py`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span, subtrees
from newsfacts.extract.quotes.heads import word_cue
from newsfacts.extract.quotes.records import NOUN, TOPIC, Cue
from newsfacts.extract.quotes.subjects import is_someone
from newsfacts.extract.quotes.words import NOUN_PREPOSITIONS
from newsfacts.words.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a question or a view held by unnamed others.
UNOWNED_NOUNS = words(
    """
    question doubt concern fear worry speculation allegation accusation charge claim
    complaint suspicion rumor
    """
)
# The prepositions of their topic, beyond words.NOUN_PREPOSITIONS.
TOPICS = {
    "question": words("about over on of regarding"),
    "doubt": words("about over on of"),
    "concern": words("about over of regarding"),
    "fear": words("about over of"),
    "worry": words("about over of"),
    "speculation": words("about over on of"),
    "allegation": words("of about"),
    "accusation": words("of about"),
    "charge": words("of"),
    "claim": words("of about"),
    "complaint": words("about over"),
    "suspicion": words("about over of"),
    "rumor": words("about of"),
}
# Verbs by which a thing brings questions up: "the report raised questions about Y".
RAISING_VERBS = words(
    "raise revive renew spark prompt fuel stir trigger stoke beg pose reignite heighten"
)
# Verbs by which someone is asked or accused: "X faced questions about Y".
FACING_VERBS = words("face endure field confront")
# Auxiliaries of questions not yet put: "X will face questions about Y" reports nothing yet.
FUTURE_AUXILIARIES = words("will would could may might ll 'll")
# Verbs by which questions come up of themselves: "questions arose about Y".
EMERGING_VERBS = words("arise emerge surface mount grow swirl persist linger circulate")
# Prepositions of a circumstance: "amid fears that Y", "despite concerns about Y".
CIRCUMSTANCES = words("amid amidst despite following")
CLAUSE_MARKS = words("that whether if")
# Prepositions naming who holds the view: "fears among Y that", "questions from Y about".
HOLDER_PREPOSITIONS = words("among from by within inside")


def unowned_cue(noun: Token) -> Cue | None:
    """The cue of a question or view nobody in the text owns: no source, unless a holder is
    named ("fears among Y") or the thing that raised it ("the audit raised doubts")."""
    lemma = noun.lemma_.lower()
    if lemma not in UNOWNED_NOUNS or not _unowned_place(noun):
        return None
    if any(c.dep_ in ("poss", "compound") or _of_someone(c) for c in noun.children):
        return None  # "his doubts", "market worries", "the complaints of residents": owned
    content, via = _content(noun, lemma)
    if content is None:
        return None
    span = char_span(noun.doc, *subtrees([content]))
    if span is None:
        return None
    return word_cue(noun, via, span, _holder(noun) or _raiser(noun))


def _holder(noun: Token) -> Token | None:
    """Who holds the view, named after a preposition: "fears among Y", "questions from Y"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in HOLDER_PREPOSITIONS:
            holder = next((c for c in child.children if c.dep_ == "pobj"), None)
            if holder is not None and is_someone(holder):
                return holder
    return None


def _raiser(noun: Token) -> Token | None:
    """What raises the question, when it is named ("the ruling raised questions about Y")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in RAISING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _of_someone(child: Token) -> bool:
    """ "of critics": the owner after "of", someone, not a topic."""
    if child.dep_ != "prep" or child.lower_ != "of":
        return False
    owner = next((c for c in child.children if c.dep_ == "pobj"), None)
    return owner is not None and is_someone(owner)


def _unowned_place(noun: Token) -> bool:
    """Raised by a thing, faced by someone, arising, or framing an event."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj" and lemma in FACING_VERBS:
        return not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)
    if noun.dep_ == "dobj" and lemma in RAISING_VERBS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ != "PRON" and not is_someone(subject)
    if noun.dep_ == "nsubj" and lemma in EMERGING_VERBS:
        return True
    if noun.dep_ == "pobj" and verb.lower_ in CIRCUMSTANCES:
        return True
    return noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ == "because"


def _content(noun: Token, lemma: str) -> tuple[Token | None, str]:
    """The noun's that- or whether-clause, or its topic after a preposition."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in child.children
        ):
            return child, NOUN
    prepositions = TOPICS.get(lemma, frozenset()) | NOUN_PREPOSITIONS.get(lemma, frozenset())
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if topic is not None:
                return topic, TOPIC
    return None, TOPIC
