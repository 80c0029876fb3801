"""Adjectives of stance after a copula, where `clausal.clausal_cue` leaves them (issue #19).

An adjective of belief, doubt, hope or fear reports the clause it governs, with or without
its "that": "X is sure (that) Y", "X is hopeful Y will pass", "X remains confident that Y".
The adjective's subject holds the view, whether a person or a body of people ("the donors",
"the campaign", "some"): no thing is sure or hopeful that a clause is true, so the test is
only that the subject is not an empty "it" ("it is doubtful Y": the writer's, not a source's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.clausal import inside_a_report
from newsfacts.extract.quotes.content import char_span, subtrees
from newsfacts.extract.quotes.heads import word_cue
from newsfacts.extract.quotes.records import CLAUSE, Cue
from newsfacts.words.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adjectives of belief, doubt, hope and fear whose clause is the view held: "X is sure Y",
# "X is hopeful Y", "X grew worried that Y".
STANCE_ADJECTIVES = words(
    """
    sure unsure certain uncertain convinced unconvinced confident hopeful optimistic
    pessimistic doubtful afraid worried concerned fearful nervous skeptical sceptical aware
    unaware adamant upset angry
    """
)
# Adjectives after which "if" asks, not sets a condition: "X is not sure if Y".
ASKING_ADJECTIVES = frozenset({"sure", "unsure", "certain", "uncertain"})
# Copulas whose adjective tells a view ("X is sure", "X remains hopeful", "X grew worried").
STANCE_COPULAS = frozenset({"be", "become", "remain", "stay", "seem", "appear", "grow", "feel"})
COPULA_FORMS = frozenset({"'re", "’re", "'m", "’m", "'s", "’s"})
CUE_PLACES = frozenset({"ROOT", "conj", "ccomp"})
# Subjects that hold no view: "it is doubtful Y", "this is sure to Y".
EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "what"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
CLAUSE_MARKS = frozenset({"that", "whether"})


def stance_cue(copula: Token) -> Cue | None:
    """A copula whose adjective of stance governs a clause; None otherwise."""
    if copula.dep_ not in CUE_PLACES:
        return None
    if copula.lemma_ not in STANCE_COPULAS and copula.lower_ not in COPULA_FORMS:
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in EMPTY_SUBJECTS:
        return None
    for adjective in copula.children:
        if adjective.dep_ not in ("acomp", "oprd"):
            continue
        lemma = adjective.lower_
        if lemma not in STANCE_ADJECTIVES:
            continue
        clause = _clause(adjective, lemma in ASKING_ADJECTIVES)
        if clause is None or inside_a_report(copula):
            return None
        span = char_span(copula.doc, *subtrees([clause]))
        return word_cue(copula, CLAUSE, span, subject) if span is not None else None
    return None


def _clause(adjective: Token, asking: bool) -> Token | None:
    """The finite clause after the adjective, with its own subject, opened by "that",
    "whether" (or "if" after "sure"), a wh-word or nothing."""
    for child in adjective.children:
        if child.dep_ not in ("ccomp", "advcl") or child.i < adjective.i:
            continue
        if not any(c.dep_ in CLAUSE_SUBJECTS for c in child.children):
            continue
        marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
        if not marks or marks[0] in CLAUSE_MARKS or (asking and marks[0] == "if"):
            return child
    return None
