"""Cues outside the verb lexicon, found by their construction (issue #19).

A verb, or a copula with its adjective, that takes a that-clause and has a person for its
subject reports that clause, whatever the word: "X made it clear that ...", "X is confident
that ...", "X posited that ...". A person's copula with an adjective of attitude reports what
the adjective is about: "X is critical of Y", "X is upbeat about Y", "X was wary of Y". PARC
3.0 and PolNeAR count these as cues, and no lexicon lists them all, so the construction is the
test, not the word: a that-clause with its own subject (or an adjective's "about"/"of" object)
AND a subject that is someone ("he", a name, "officials"). "The fact is that ..." and "the plan
is short of money" report nothing. An adjective of will or leaning reports what it wants or
leans to, its infinitive or its "to" object: "X is eager to run", "X remains open to a deal".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span, infinitive, qualified_tokens, subtrees
from newsfacts.extract.quotes.heads import word_cue
from newsfacts.extract.quotes.records import CLAUSE, INVERSION, TOPIC, Cue
from newsfacts.extract.quotes.speakers import cue_lemma, is_someone
from newsfacts.extract.quotes.words import ROLE_NOUNS, ROLE_PREPOSITIONS, WILLING_ADJECTIVES
from newsfacts.words.lexicon import SPEECH_VERBS, words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Light-verb idioms of attack, dispute and stance (the light verbs of the attribution
# literature with the noun that carries the meaning): "X took aim at Y", "took a swipe at Y",
# "took issue with Y", "took a firm stance against Y". Each noun with the prepositions after
# which its object is what was attacked, disputed or taken a stand on.
# The nouns idioms.py reads with their verb (aim, shot, swipe, jab, issue, exception,
# umbrage, stand, ...) are not repeated here: one reading of each idiom.
TAKE_IDIOMS = {
    **dict.fromkeys(("swing", "whack", "stab", "poke"), frozenset({"at"})),
    **dict.fromkeys(("offense", "offence"), frozenset({"at"})),
    **dict.fromkeys(("stance", "position"), frozenset({"on", "against", "about"})),
}
# Phrasal verbs of attack and comment: "X went after Y", "X weighed in on Y"; each verb with
# the particle it needs (None: none) and the prepositions that carry its object ("go after"
# only with someone as its object: "went after the meeting" is a time).
PHRASAL_IDIOMS = {
    "go": (None, frozenset({"after"})),
    "weigh": ("in", frozenset({"on"})),
}
# Nouns of a message one offers, whose object is then what was said: "X offered a blunt
# assessment of the deal", "offered two ideas for cutting the toll", "offered her condolences
# to the crew" (not "offered a discount", "offered a job": a thing given).
OFFERED_MESSAGES = words(
    """
    response responses retort answer answers explanation explanations idea ideas insight
    insights advice tip tips condolence condolences specifics detail details word words
    language defense defence thought thoughts assessment assessments
    """
)

# Where the cue word may stand: a main clause, or one the parse hangs off another verb.
CUE_PLACES = frozenset({"ROOT", "conj", "ccomp"})
# Where the that-clause hangs: off the verb ("X posited that"), or off its adjective ("X is
# sure that", "X made it clear that").
ADJECTIVE_PLACES = frozenset({"acomp", "oprd", "ccomp", "xcomp"})
ADJECTIVE_CLAUSES = frozenset({"ccomp", "advcl"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# "X made (it) clear (that) Y": the idiom's clause may drop its "that", and the small model
# hangs it off the adjective in several ways ("made clear that Y" as the adjective's subject).
MADE_PLAIN = frozenset({"clear", "plain", "known"})
# Prepositions that tell what a message is about or for: "offered ideas on / for Y".
MESSAGE_TOPICS = frozenset({"about", "on", "for", "into", "of", "over", "to"})
PLAIN_CLAUSES = frozenset({"ccomp", "advcl", "csubj"})
# Prepositions after which an adjective of attitude names its object: "critical of Y",
# "upbeat about Y", "concerned over Y", "satisfied with Y".
ATTITUDE_PREPOSITIONS = frozenset({"about", "of", "over", "toward", "towards", "with"})
# Copulas whose adjective tells a view: "X is wary of Y", "X remains open to Y"; the small
# model leaves some contracted forms unlemmatized ("they're").
COPULAS = frozenset({"be", "become", "remain", "stay"})
COPULA_FORMS = frozenset({"'re", "’re", "'m", "’m"})
# Labels under which a verb of saying hangs off the clause it reports ("CLAUSE, they say").
REPORTING_CHILDREN = frozenset({"parataxis", "ccomp", "advcl"})


def clausal_cue(word: Token) -> Cue | None:
    """A verb (or copula) outside the lexicon whose that-clause, or whose adjective's object,
    a person reports; None otherwise."""
    if word.pos_ not in ("VERB", "AUX") or word.dep_ not in CUE_PLACES:
        return None
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_someone(subject):
        return None
    content, via = _that_clause(word), CLAUSE
    copula = word.lemma_ in COPULAS or word.lower_ in COPULA_FORMS
    if content is None and copula:
        content, via = _attitude_object(word), TOPIC
    if content is None and copula:
        content, via = _willing_object(word), TOPIC
    if content is None or content.i < word.i:
        return None
    span = char_span(word.doc, *subtrees([content]))
    return word_cue(word, via, span, subject) if span is not None else None


def light_verb_cue(word: Token) -> Cue | None:
    """A light verb and its noun, or a phrasal verb, that attack, dispute or take a stand,
    with someone as subject: "X took aim at Y", "X took issue with Y", "X has taken a firm
    stance against Y", "X went after Y", "X weighed in on Y" report Y for X."""
    lemma = word.lemma_.lower()
    if lemma == "offer":
        return _offered_message(word)
    if word.dep_ not in CUE_PLACES:
        return None
    if lemma == "take":
        noun = next((c for c in word.children if c.dep_ == "dobj"), None)
        prepositions = TAKE_IDIOMS.get(noun.lemma_.lower()) if noun is not None else None
        holders = [word, noun] if noun is not None else []
    elif lemma in PHRASAL_IDIOMS:
        particle, prepositions = PHRASAL_IDIOMS[lemma]
        if particle is not None and not any(
            c.dep_ == "prt" and c.lower_ == particle for c in word.children
        ):
            return None
        holders = [word]
    else:
        return None
    if not prepositions:
        return None
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_someone(subject):
        return None
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                continue
            target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is None:
                continue
            if lemma == "go" and not (target.pos_ == "PROPN" or is_someone(target)):
                return None  # "went after the storm": a time, not a target
            span = char_span(word.doc, *subtrees([target]))
            return word_cue(word, TOPIC, span, subject) if span is not None else None
    return None


def _offered_message(word: Token) -> Cue | None:
    """Someone offers a message, which is what was said: "X offered a blunt assessment of the
    deal", "X offered two ideas for cutting the toll" report the object for X."""
    noun = next((c for c in word.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lower_ not in OFFERED_MESSAGES:
        return None
    # The subject nearest the verb: a headline above may hang on it as a second subject.
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    subject = min(subjects, key=lambda c: abs(word.i - c.i), default=None)
    if subject is None and word.dep_ == "acl":
        subject = word.head  # "analysts offering their views"
    if subject is None or not is_someone(subject):
        return None
    # What the message is about may hang on the verb: "offered warm words about the crew".
    after = [
        c
        for c in word.children
        if c.dep_ == "prep" and c.i > noun.right_edge.i and c.lower_ in MESSAGE_TOPICS
    ]
    span = char_span(word.doc, *subtrees([noun, *after[:1]]))
    return word_cue(word, TOPIC, span, subject) if span is not None else None


def _adjectives(word: Token) -> list[Token]:
    return [c for c in word.children if c.dep_ in ADJECTIVE_PLACES and c.pos_ == "ADJ"]


def _that_clause(word: Token) -> Token | None:
    """The that-clause of the word ("posited that"), or of its adjective ("sure that")."""
    for child in word.children:
        if child.dep_ == "ccomp" and _opens_with_that(child):
            return child
    idiom = word.lemma_ == "make"
    for adjective in _adjectives(word):
        plain = idiom and adjective.lower_ in MADE_PLAIN
        for child in adjective.children:
            if child.dep_ in ADJECTIVE_CLAUSES and _opens_with_that(child):
                return child
            if plain and child.dep_ in PLAIN_CLAUSES and _has_subject(child):
                return child
        if plain:  # "made clear Tuesday that Y": the clause hung on the verb
            for child in word.children:
                if child.dep_ == "ccomp" and child.i > adjective.i and _has_subject(child):
                    return child
    return None


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children)


def _attitude_object(copula: Token) -> Token | None:
    """What the copula's adjective is about: "critical of Y", "upbeat about Y"."""
    for adjective in _adjectives(copula):
        for prep in adjective.children:
            if prep.dep_ == "prep" and prep.lower_ in ATTITUDE_PREPOSITIONS:
                return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _willing_object(copula: Token) -> Token | None:
    """What the copula's adjective of will or leaning wants or leans to: "eager to run",
    "reluctant to back Y", "open to a deal", "opposed to the plan"."""
    for adjective in _adjectives(copula):
        if adjective.lemma_.lower() not in WILLING_ADJECTIVES:
            continue
        for child in adjective.children:
            if child.dep_ == "xcomp" and infinitive(child):
                return child
            if child.dep_ == "prep" and child.lower_ == "to":
                return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _opens_with_that(clause: Token) -> bool:
    """A finite clause with its own subject, opened by "that"."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return marked and any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children)


def inside_a_report(verb: Token) -> bool:
    """The verb's clause is what a verb of saying reports: "they say (that) X is expected to
    win", "X is expected to win, they say", "Y, Z wrote, can challenge X". The gold marks the
    outer report, whose source is named; the inner verb is no report of its own."""
    if verb.dep_ == "ccomp" and cue_lemma(verb.head) in SPEECH_VERBS:
        return True
    return any(
        c.dep_ in REPORTING_CHILDREN
        and cue_lemma(c) in SPEECH_VERBS
        and (c.dep_ == "parataxis" or any(g.dep_ == "nsubj" for g in c.children))
        for c in verb.children
    )


def held_by_someone(verb: Token, subject: Token | None) -> bool:
    """A verb of attitude reports only someone's view, in its own report: "the voters
    welcomed the ruling", not "a new plan would require members to challenge rules"."""
    return subject is not None and is_someone(subject) and not inside_a_report(verb)


def put_it_cue(verb: Token) -> Cue | None:
    """ "As X put it, CLAUSE", "as X put it: '...'": the idiom of saying reports the clause
    its "as" phrase qualifies, like "as X said"."""
    if verb.lemma_ != "put" or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_someone(subject):
        return None
    tokens = qualified_tokens(verb)
    span = char_span(verb.doc, *tokens) if tokens is not None else None
    return word_cue(verb, INVERSION, span, subject) if span is not None else None


def role_cue(noun: Token) -> Cue | None:
    """ "X is a harsh critic of Y", "X remains a vocal backer of Y", "X, a loyal
    supporter of Y,": a noun for someone by the side they take reports that side, what
    follows its preposition, for the one the copula or the apposition says it is."""
    if noun.lemma_.lower() not in ROLE_NOUNS:
        return None
    side = next(
        (
            c
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in ROLE_PREPOSITIONS
            for c in prep.children
            if c.dep_ in ("pobj", "pcomp")
        ),
        None,
    )
    if side is None:
        return None
    holder = None
    head = noun.head
    if noun.dep_ == "attr" and (head.lemma_ in COPULAS or head.lower_ in COPULA_FORMS):
        holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif noun.dep_ == "appos" and head.i < noun.i and side.head.lower_ == "of":
        holder = head  # not "X, an advocate for the League": a title
    if holder is None or not is_someone(holder):
        return None
    span = char_span(noun.doc, *subtrees([side]))
    return word_cue(noun, TOPIC, span, holder) if span is not None else None
