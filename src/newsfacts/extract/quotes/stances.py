"""Adjectives of stance after a copula, where `clausal.clausal_cue` leaves them (issue #19).

An adjective of belief, doubt, hope or fear reports the clause it governs, with or without
its "that": "X is sure (that) Y", "X is hopeful Y will pass", "X remains confident that Y".
The adjective's subject holds the view, whether a person or a body of people ("the donors",
"the campaign", "some"): no thing is sure or hopeful that a clause is true, so the test is
only that the subject is not an empty "it" ("it is doubtful Y": the writer's, not a source's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.clausal import ATTITUDE_PREPOSITIONS, inside_a_report
from newsfacts.extract.quotes.content import char_span, infinitive, subtrees
from newsfacts.extract.quotes.heads import referent, word_cue
from newsfacts.extract.quotes.records import CLAUSE, TOPIC, Cue
from newsfacts.extract.quotes.subjects import is_someone
from newsfacts.extract.quotes.words import WILLING_ADJECTIVES
from newsfacts.words.lexicon import ORG_NOUNS, words

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
# Where an adjective's object or infinitive is taken beyond the main clause: a relative
# clause ("X, who is wary of Y") or a clause of reason ("because they are unwilling to Y").
OBJECT_PLACES = CUE_PLACES | {"relcl", "advcl"}
# Marks of an adverbial clause that sets a condition or a time, not a view held.
CONDITION_MARKS = frozenset({"if", "unless", "when", "whenever", "once", "until", "before"})
# Adjectives of attitude whose "of"/"about"/"with" object is what someone judges or leans
# to: "wary of Y", "lukewarm about Y", "frustrated with Y" (not "free of", "popular with",
# "familiar with", "worthy of": no view).
ATTITUDE_ADJECTIVES = words(
    """
    critical skeptical sceptical supportive wary dismissive distrustful mistrustful leery
    suspicious confident optimistic pessimistic hopeful angry upset furious frustrated
    disappointed dismayed ambivalent lukewarm enthusiastic unenthusiastic excited proud
    ashamed nervous anxious uneasy hostile contemptuous scornful fearful afraid adamant
    """
)
# Quantifiers that stand for people: "some remain wary of Y", "others are eager to Y".
HOLDER_WORDS = frozenset({"some", "many", "most", "others", "few", "several", "handful"})


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


def stance_object_cue(copula: Token) -> Cue | None:
    """A copula whose adjective of attitude names its object ("wary of Y") or whose adjective
    of will names its infinitive or "to" object ("eager to Y"), where `clausal_cue` does not
    look: in a relative clause or a clause of reason, or with a body of people for its subject
    ("the donors", "some of the members")."""
    if copula.dep_ not in OBJECT_PLACES:
        return None
    if copula.lemma_ not in STANCE_COPULAS and copula.lower_ not in COPULA_FORMS:
        return None
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in copula.children):
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or not _holder(referent(subject)) or inside_a_report(copula):
        return None
    for adjective in copula.children:
        if adjective.dep_ not in ("acomp", "oprd") or adjective.pos_ != "ADJ":
            continue
        target = _object(adjective)
        if target is not None and target.i > adjective.i:
            start, end = subtrees([target])
            joined = [c.left_edge.i for c in target.children if c.dep_ in ("cc", "conj")]
            if joined and target.pos_ in ("VERB", "AUX"):
                end = min(joined)  # "eager to Y and wary of Z": one view each
            span = char_span(copula.doc, start, end)
            return word_cue(copula, TOPIC, span, subject) if span is not None else None
    return None


def _holder(head: Token) -> bool:
    """Someone, a body of people, or a share of them ("some of the members")."""
    return is_someone(head) or head.lemma_.lower() in ORG_NOUNS or head.lower_ in HOLDER_WORDS


def _object(adjective: Token) -> Token | None:
    willing = adjective.lower_ in WILLING_ADJECTIVES
    attitude = adjective.lower_ in ATTITUDE_ADJECTIVES
    for child in adjective.children:
        if willing and child.dep_ == "xcomp" and infinitive(child):
            return child
        if child.dep_ != "prep":
            continue
        if (attitude and child.lower_ in ATTITUDE_PREPOSITIONS) or (
            willing and child.lower_ == "to"
        ):
            return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
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
