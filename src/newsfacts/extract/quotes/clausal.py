"""Cues outside the verb lexicon, found by their construction (issue #19).

A verb or an adjective that takes a that-clause and has a person for its subject reports
that clause, whatever the word: "X made it clear that ...", "X is confident that ...",
"X was adamant that ...". PARC 3.0 and PolNeAR count these as cues; a lexicon never lists
them all. The construction is the test, not the word: a that-clause (a clause with its own
subject, opened by "that") AND a subject that is someone ("he", a name, "officials"), so
"the fact is that ..." or "the result meant that ..." report nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span, subtrees
from newsfacts.extract.quotes.nouns import word_cue
from newsfacts.extract.quotes.records import CLAUSE, Cue
from newsfacts.words.lexicon import GROUP_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})
# Where the clause hangs: off the verb ("X insisted that"), or off its adjective ("X is sure
# that", "X made it clear that").
CLAUSE_HOLDERS = frozenset({"acomp", "oprd", "ccomp", "xcomp"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def clausal_cue(word: Token) -> Cue | None:
    """A verb (or copula) outside the lexicon whose that-clause a person reports, or None."""
    if word.pos_ not in ("VERB", "AUX") or word.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_someone(subject):
        return None
    clause = _that_clause(word)
    if clause is None or clause.i < word.i:
        return None
    content = char_span(word.doc, *subtrees([clause]))
    if content is None:
        return None
    return word_cue(word, CLAUSE, content, subject)


def is_someone(subject: Token) -> bool:
    """A person or group, who can hold a view ("he", "Smith", "officials"), not a thing."""
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSONAL_SUBJECTS
    return (
        subject.ent_type_ in ("PERSON", "ORG", "NORP")
        or subject.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS
    )


def _that_clause(word: Token) -> Token | None:
    """The that-clause of the word, or of its adjective or object complement."""
    for child in word.children:
        if child.dep_ == "ccomp" and _opens_with_that(child):
            return child
        if child.dep_ in CLAUSE_HOLDERS and child.pos_ == "ADJ":
            for grandchild in child.children:
                if grandchild.dep_ == "ccomp" and _opens_with_that(grandchild):
                    return grandchild
    return None


def _opens_with_that(clause: Token) -> bool:
    """A finite clause with its own subject, opened by "that"."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return marked and any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children)
