"""Reporting cues and their speakers, read from the dependency parse.

A cue is a verb of saying, thinking or showing ("said", "believes", "shows"), or "according
to". Its speaker is the verb's subject, found through the shapes news writes it in: "X said",
"said X", "X, who said", "X ... and said", "X said, adding that", "a statement from X saying",
"according to X". Its content is the reported clause: the verb's clausal complement ("X said
(that) CLAUSE"), the clause the verb interrupts or follows ("CLAUSE, X said"), the clause
"according to X" qualifies, or what a naming verb names ('X called Y "a liar"'). A verb of
saying with no content of its own is kept too: a quotation next to it supplies one
(`quotes.py`). The approach is textacy's `direct_quotations` (the cue verb and its subject),
widened to indirect speech after PARC 3.0's cue-source-content triples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfacts.extract.quote_words import (
    ACCORDING_TO,
    CLAUSE_ONLY_VERBS,
    CLAUSE_VERBS,
    CUE_PARTICLES,
    CUE_VERBS,
    INTENT_VERBS,
    NAMING_VERBS,
    OBJECT_VERBS,
    PREPOSITION_VERBS,
    SPEECH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependency labels of a clause reported by a verb.
CLAUSAL = frozenset({"ccomp"})
# Labels under which a cue verb hangs off the clause it reports: "CLAUSE, X said".
INVERTED = frozenset({"parataxis", "ccomp", "advcl"})
# Children left out of a speaker phrase: clauses and asides about the speaker.
SPEAKER_ASIDES = frozenset({"relcl", "acl", "advcl", "parataxis", "punct", "appos", "cc"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
SUBJECTS = frozenset({"nsubj", "csubj"})
# Participles and infinitives whose subject is their head's: "adding that", "declined to say".
BORROWS_SUBJECT = frozenset({"advcl", "xcomp", "conj", "pcomp", "dep"})
MAX_SUBJECT_HOPS = 8  # a chain of borrowed subjects is short; odd parses may loop
LEMMA_FIXES = {"hop": "hope"}
EDGE_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "--", "\n", "\n\n"})

# How a cue found its content.
CLAUSE, INVERSION, ACCORDING, NAMING, BARE = "clause", "inversion", "according", "naming", "bare"
INTENT, OBJECT = "intent", "object"


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting cue: character offsets into the Doc's text; token indices for the rest."""

    token: int  # the cue verb, or "according"
    start: int
    end: int
    text: str
    lemma: str
    via: str  # CLAUSE, INVERSION, ACCORDING, NAMING or BARE (no content of its own)
    content: tuple[int, int] | None  # characters of the reported content
    speaker: tuple[int, int] | None  # token range of the speaker phrase
    speaker_head: int | None
    passive: bool = False


def find_cues(doc: Doc) -> list[Cue]:
    """Every reporting cue of the Doc, in text order."""
    cues = []
    for token in doc:
        cue = _according_cue(token) if token.lower_ == ACCORDING_TO[0] else _verb_cue(token)
        if cue is not None:
            cues.append(cue)
    return cues


def _verb_cue(verb: Token) -> Cue | None:
    lemma = cue_lemma(verb)
    if lemma not in CUE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    particle = CUE_PARTICLES.get(lemma)
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return None
    via, content = _verb_content(verb, lemma)
    if content is None and (lemma in CLAUSE_ONLY_VERBS or lemma not in SPEECH_VERBS):
        return None
    subject = speaker_of(verb)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and subject is None and via == BARE:
        return None
    end_token = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end_token = child
    return Cue(
        token=verb.i,
        start=verb.idx,
        end=end_token.idx + len(end_token),
        text=verb.doc[verb.i : end_token.i + 1].text,
        lemma=lemma,
        via=via,
        content=content,
        speaker=speaker_span(subject) if subject is not None else None,
        speaker_head=referent(subject).i if subject is not None else None,
        passive=passive,
    )


def _verb_content(verb: Token, lemma: str) -> tuple[str, tuple[int, int] | None]:
    """The reported content of a cue verb, and how it was found."""
    doc = verb.doc
    clauses = [c for c in verb.children if c.dep_ in CLAUSAL]
    if clauses and lemma in CLAUSE_VERBS:
        start = min(c.left_edge.i for c in clauses)
        end = max(c.right_edge.i for c in clauses) + 1
        return CLAUSE, _char_span(doc, start, end)
    if lemma in NAMING_VERBS:
        named = _named(verb)
        if named is not None:
            return NAMING, named
    if lemma in INTENT_VERBS:
        plans = [c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)]
        if plans:
            return INTENT, _char_span(doc, plans[0].left_edge.i, plans[0].right_edge.i + 1)
    objects = _objects(verb, lemma)
    if objects:
        start = min(t.left_edge.i for t in objects)
        end = max(t.right_edge.i for t in objects) + 1
        return OBJECT, _char_span(doc, start, end)
    if verb.dep_ in INVERTED and verb.head.i < verb.i and _after_pause(verb) and _has_subject(verb):
        head = verb.head
        # "CLAUSE, X said": the clause is the head's words before the cue's phrase.
        start, end = head.left_edge.i, verb.left_edge.i
        if end > start:
            return INVERSION, _char_span(doc, start, end)
    return BARE, None


def _infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _objects(verb: Token, lemma: str) -> list[Token]:
    """The object ("praised the plan") and the preposition phrase that carries the content
    ("accused Y of lying", "called for a ban")."""
    found = []
    if lemma in OBJECT_VERBS or lemma in PREPOSITION_VERBS:
        found = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma not in OBJECT_VERBS and not found:
            found = []
    prepositions = PREPOSITION_VERBS.get(lemma, frozenset())
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in prepositions]
    if lemma not in OBJECT_VERBS and not phrases:
        return []
    return found + phrases


def cue_lemma(token: Token) -> str:
    """The lemma, with the small model's slips mended ("hoping" -> "hop")."""
    lemma = token.lemma_.lower()
    return LEMMA_FIXES.get(lemma, lemma)


def _named(verb: Token) -> tuple[int, int] | None:
    """'called Y "a liar"', 'described Y as "reckless"': from the object to the name."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    names = [c for c in verb.children if c.dep_ == "oprd"]
    names += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if not objects or not names:
        return None
    start = min(objects[0].left_edge.i, names[0].left_edge.i)
    end = max(n.right_edge.i for n in names) + 1
    return _char_span(verb.doc, start, end)


def _after_pause(verb: Token) -> bool:
    """The cue's phrase follows a comma, dash or closing quotation mark: "CLAUSE, X said"."""
    left = verb.left_edge.i
    return verb.doc[left].is_punct or (left > 0 and verb.doc[left - 1].is_punct)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _according_cue(token: Token) -> Cue | None:
    """'according to X': the speaker is X, the content the clause the phrase qualifies."""
    to = next((c for c in token.children if c.lower_ == ACCORDING_TO[1]), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor().lower_ == ACCORDING_TO[1]:
        to = token.nbor()
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    doc = token.doc
    head = token.head
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head != head.head:
        head = head.head
    phrase_start, phrase_end = token.left_edge.i, token.right_edge.i + 1
    before = (head.left_edge.i, phrase_start)
    after = (phrase_end, head.right_edge.i + 1)
    if head.i == token.i or head.left_edge.i >= phrase_start and head.right_edge.i < phrase_end:
        content = None
    else:
        longest = max(before, after, key=lambda span: span[1] - span[0])
        content = _char_span(doc, *longest) if longest[1] > longest[0] else None
    if content is None:
        return None
    return Cue(
        token=token.i,
        start=token.idx,
        end=to.idx + len(to),
        text=doc[token.i : to.i + 1].text,
        lemma="according to",
        via=ACCORDING,
        content=content,
        speaker=speaker_span(source),
        speaker_head=referent(source).i,
    )


def speaker_of(verb: Token) -> Token | None:
    """Who does the saying, as written: the subject ("he", "who", "X"), or the subject the
    verb borrows from the verb it hangs off ("X said, adding that", "X was quick to note")."""
    for _ in range(MAX_SUBJECT_HOPS):
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                return child
            if child.dep_ == "agent":
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            # "X was quoted as saying": the passive subject spoke; "X was told" did not.
            return passive if verb.lemma_ == "quote" else None
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        if verb.dep_ not in BORROWS_SUBJECT or verb.head == verb:
            return _inverted_subject(verb)
        head = verb.head
        if verb.dep_ == "pcomp" and head.head != head:
            head = head.head  # "after saying ...": the preposition's head
        while head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and head.head != head:
            head = head.head  # "X was quick to note", "X is able to say"
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "xcomp":
            passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if passive is not None:
                return passive  # "X was prompted to say"
        verb = head
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """'"...," said X' parsed with X as the verb's object: a name right after a verb of
    saying that follows a quotation or a comma."""
    if verb.i == 0 or not verb.doc[verb.i - 1].is_punct or cue_lemma(verb) not in SPEECH_VERBS:
        return None
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("dobj", "attr", "npadvmod", "dep", "oprd"):
            if child.pos_ == "PROPN":
                return child
    return None


def referent(subject: Token) -> Token:
    """The word a subject stands for: a relative pronoun's noun ("X, who said"), the name in
    an apposition ("the deckhand, Jo Roe")."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    return named_head(subject)


def named_head(head: Token) -> Token:
    """A common noun named by its apposition stands for the name: "the deckhand, Jo Roe"."""
    if head.pos_ != "PROPN":
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
    return head


def speaker_span(head: Token) -> tuple[int, int]:
    """Token range of the speaker phrase: the head with its modifiers, asides left out
    ("Col. X, a spokesman, who ..." -> "Col. X"). When the head is a common noun and an
    apposition names it ("a spokesman, Jane Roe,"), the name is kept."""
    named_aside = head.pos_ != "PROPN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children
    )
    tokens = [head]
    for child in head.children:
        if child.dep_ in SPEAKER_ASIDES and not (named_aside and child.dep_ == "appos"):
            continue
        tokens.extend(child.subtree)
    indices = sorted(t.i for t in tokens if not t.is_punct or t.i == head.i)
    start, end = indices[0], indices[-1] + 1
    doc = head.doc
    # A speaker never runs across a line break: a dateline or live-blog stamp above is
    # another paragraph ("6:50 p.m.\n\nWith her husband, X told ...").
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
            break
    for i in range(head.i, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1 if "\n" not in doc[i].text else i
            break
    end = max(end, head.i + 1)
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return start, end


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Characters of tokens [start, end), commas, colons and dashes at the edges left out."""
    while start < end and doc[start].text in EDGE_PUNCT:
        start += 1
    while end > start and doc[end - 1].text in EDGE_PUNCT:
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
