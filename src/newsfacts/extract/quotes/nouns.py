"""Reporting cues that are nouns or source phrases, not verbs (issue #19).

A cue noun with its owner reports its that-clause ("her claim that ...", "a warning from X
that ...", "X's position is that ...") or what it is about ("his attack on X", "her call for a
ban", "his call to act"); "in the view of X" and "in X's view" qualify a clause like "according
to X". PARC 3.0 and PolNeAR count these nouns as cues. A noun with no owner in its own phrase
reports nobody we can name, and is left out. A stance received names its giver ("X drew
support from Y": Y's), and a verb the parse read as a plural noun ("X claims he is") is
read as the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span, infinitive, qualified, subtrees
from newsfacts.extract.quotes.copulas import copula_cue, unowned_cue
from newsfacts.extract.quotes.heads import referent, speaker_span, word_cue
from newsfacts.extract.quotes.idioms import IDIOM_NOUNS, idiom_cue
from newsfacts.extract.quotes.records import ACCORDING, CLAUSE, INTENT, NOUN, TOPIC, Cue
from newsfacts.extract.quotes.speakers import cue_lemma, is_someone, speaker_of
from newsfacts.extract.quotes.words import (
    CUE_NOUN_OWNERS,
    CUE_VERBS,
    FINDING_NOUNS,
    NOUN_INFINITIVES,
    NOUN_PREPOSITIONS,
    SHARE_WORDS,
    SUPPORT_VERBS,
    VIEW_NOUNS,
)
from newsfacts.words.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependency labels under which a noun's that-clause hangs: "the claim that ...".
NOUN_CLAUSES = frozenset({"acl", "ccomp"})
# How a clause hangs on a verb read as a noun: "X claims he is", "X plans to run".
SLIPPED_CLAUSES = frozenset({"ccomp", "xcomp", "acl"})
# Nouns of saying and the prepositions of their topic, beyond words.NOUN_PREPOSITIONS ("X
# made statements on Y", "X's announcement of Y", "an argument for Y", "criticism at Y").
SAYING_TOPICS = {
    "statement": frozenset({"on", "about"}),
    "announcement": frozenset({"about", "of", "on"}),
    "argument": frozenset({"about", "for", "against"}),
    "assertion": frozenset({"about"}),
    "prediction": frozenset({"about", "of"}),
    "suggestion": frozenset({"of"}),
    "criticism": frozenset({"on", "at", "against"}),
    "doubt": frozenset({"on", "over"}),
    "question": frozenset({"on", "over"}),
}
# Verbs beyond words.SUPPORT_VERBS that carry a cue noun for their subject: "X launched an
# attack on Y", "X waged a campaign against Y", "X sounded a warning about Y".
CARRYING_VERBS = SUPPORT_VERBS | words(
    "launch mount wage unleash renew escalate intensify air sound register cast sow"
)
# Where a cue noun no verb takes up stands: the subject of a clause, or a phrase of its own.
OWNED_PLACES = frozenset({"nsubj", "nsubjpass", "ROOT"})
# A stance someone receives from others: "X drew support from Y", "X won Y's endorsement".
RECEIVED_NOUNS = words("support endorsement criticism praise opposition")
RECEIVING_VERBS = words(
    "draw win receive get enjoy earn gain pick snag lock secure attract land face garner"
)
GIVER_PREPOSITIONS = words("from of among within by")
# Prepositions by which a verb aims its cue noun at someone: "threw her support behind Y".
AIMING_PREPOSITIONS = words("behind to at on against toward towards")
PLACE_PREPOSITIONS = words("at on")
AMOUNTS_AND_TIMES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
# Prepositions of time, cause, concession or means: their object is no verb's report.
ADJUNCT_PREPOSITIONS = words("despite amid after before because with without since during")
# Verbs of effect on someone (Levin's class 31.1 and kin): "X's remarks angered Y" reports
# Y's reaction, not what X said.
EFFECT_VERBS = words(
    """
    anger upset alarm annoy irritate frustrate infuriate enrage outrage offend alienate worry
    concern trouble bother disturb dismay disappoint delight please thrill excite energize
    inspire impress reassure comfort rile irk unsettle rattle spook scare frighten embolden
    galvanize resonate sit appeal
    """
)


def noun_cue(noun: Token) -> Cue | None:
    """A cue noun with its owner and its that-clause: "his claim that ...", "a warning from
    X that ...", "X's position is that ...". A noun with no owner in its own phrase reports
    nobody we can name, and is left out."""
    if noun.lemma_.lower() in IDIOM_NOUNS and (cue := idiom_cue(noun)) is not None:
        return cue  # "X came out in support of Y"
    if (cue := copula_cue(noun)) is not None:
        return cue  # "the hope is that ...", "there is no doubt that ..."
    if (cue := unowned_cue(noun)) is not None:
        return cue  # "the report raised questions about Y", "amid fears that Y"
    if _received(noun):
        return _received_cue(noun)
    if noun.dep_ == "ROOT" and noun.tag_ == "NNS":
        return _verb_read_as_noun(noun)
    owner = _noun_owner(noun)
    supported = owner is None and (owner := _support_subject(noun)) is not None
    clause, via = _noun_clause(noun), NOUN
    if clause is None:
        clause, via = _noun_object(noun), TOPIC
    if owner is not None and clause is not None and owner.i >= clause.left_edge.i:
        owner = owner if owner.i > clause.right_edge.i else None  # "endorsement of X": X is what
    holder = _holder(noun) if owner is not None and owner.pos_ == "PRON" else None
    if clause is None and holder is not None and noun.dep_ == "dobj" and is_someone(holder):
        clause, via = _aimed_object(noun), TOPIC
    holder = owner if supported else holder  # "X raised questions about Y": X's questions
    if holder is None and owner is not None and owner.pos_ == "PRON":
        holder = _support_before(noun)
    if via == TOPIC and holder is None and not _owned_topic(noun, owner):
        # "X embraced Y's plan to ...": Y's plan is what X embraced, and X is the source
        return None
    owner = holder or owner  # "X doubled down on his support for Y": X, not "his"
    if owner is None or clause is None:
        return None
    content = char_span(noun.doc, *subtrees([clause]))
    if content is None:
        return None
    return word_cue(noun, via, content, owner)


def _noun_owner(noun: Token, *, any_of: bool = False) -> Token | None:
    """Whose the noun is: the possessor ("X's claim"), or the object of "by"/"from" (of "of"
    only a name or pronoun, unless `any_of`: "the fear of war" names what is feared, not who
    fears it, while "the view of the auditor" names who holds it)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in CUE_NOUN_OWNERS:
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is None:
                continue
            if any_of or child.lower_ != "of" or owner.pos_ in ("PROPN", "PRON"):
                return owner
    return None


def _verb_read_as_noun(noun: Token) -> Cue | None:
    """ "X claims he is ready", "X charges that Y", "X plans to run": a verb of the third
    person the small model read as a plural noun heading the sentence, with the one before it
    as its subject or modifier. That one is the speaker, the clause or infinitive after it
    the content; "X's claims that ..." (a possessive) stays a noun."""
    subject = next(
        (c for c in noun.children if c.dep_ in ("nsubj", "compound") and c.i == noun.i - 1),
        None,
    )
    if subject is None or not is_someone(subject):
        return None
    clause = next((c for c in noun.children if c.dep_ in SLIPPED_CLAUSES and c.i > noun.i), None)
    if clause is None:
        return None
    said = clause.dep_ == "ccomp" or _has_that(clause)
    if not said and not infinitive(clause):
        return None
    content = char_span(noun.doc, *subtrees([clause]))
    if content is None:
        return None
    via = CLAUSE if said else INTENT
    return word_cue(noun, via, content, subject)


def _received_cue(noun: Token) -> Cue | None:
    """A stance someone receives: "X drew support from Y", "X won the endorsement of Y", "X
    has the support of Y", "X faced criticism from Y" report Y's stance toward X, the
    subject. The giver is the object of "from", "of", "among", "within" or "by" on the noun
    or its verb; with none, the stance is nobody's we can name, and is left out. Not in a
    clause another cue reports ("a poll shows X drew support from Y"): that cue's content."""
    verb = noun.head
    if verb.dep_ == "ccomp":
        return None
    giver = _giver(noun) or _giver(verb)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if giver is None or subject is None:
        return None
    content = char_span(noun.doc, subject.left_edge.i, subject.right_edge.i + 1)
    if content is None:
        return None
    return word_cue(noun, TOPIC, content, giver)


def _received(noun: Token) -> bool:
    """ "X drew support", "X won the endorsement", not "X has support for Y" (X's own)."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in RECEIVED_NOUNS:
        return False
    lemma = noun.head.lemma_.lower()
    return lemma in RECEIVING_VERBS or (lemma == "have" and _giver(noun) is not None)


def _giver(word: Token) -> Token | None:
    """The object of a preposition of giving on `word`: "support from Y", "the backing of Y"."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in GIVER_PREPOSITIONS:
            giver = next((c for c in child.children if c.dep_ == "pobj"), None)
            if giver is not None:
                return giver
    return None


def _owned_topic(noun: Token, owner: Token | None) -> bool:
    """A cue noun whose owner is written in its phrase and that no verb takes up reports its
    topic for that owner: "X's attacks on Y drew fire", "Her plan to build Z is costly". Not
    when a verb or preposition takes the noun (or the first of its conjuncts, or the noun it
    is in apposition to) as its object: the noun is then what another report is about ("X
    embraced Y's plan to ..."); nor when its verb is one of effect on someone, whose
    reaction the noun's phrase is ("X's remarks angered Y", "his attack makes them
    angrier"); nor for a place as the owner ("the state's strong support for Y": its
    voters, not a source)."""
    if owner is None or owner.ent_type_ == "GPE":
        return False
    first = noun
    while first.dep_ in ("conj", "appos") and first.head.i < first.i:
        first = first.head
    if first.dep_ not in OWNED_PLACES and not _adjunct(first):
        return False
    verb = first.head
    return first.dep_ == "ROOT" or not (
        verb.lemma_.lower() in EFFECT_VERBS
        or any(c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ" for c in verb.children)
    )


def _aimed_object(noun: Token) -> Token | None:
    """Where the holder turns a cue noun, after the verb's preposition right behind the
    noun's phrase: "X threw her support behind Y", "X aimed his criticism at Y", "X pledged
    his support to Y", "X pinned his hopes on Y"."""
    verb = noun.head
    for child in verb.children:
        if child.dep_ == "prep" and child.i == noun.right_edge.i + 1:
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is None or child.lower_ not in AIMING_PREPOSITIONS:
                return None
            if target.like_num or target.ent_type_ in AMOUNTS_AND_TIMES:
                return None  # "lifted its stake to 4.1 percent", "on Friday"
            if child.lower_ in PLACE_PREPOSITIONS and not is_someone(target):
                return None  # "restated his position at a harbour meeting": where, not at whom
            return target
    return None


def _support_before(noun: Token) -> Token | None:
    """Who makes a cue noun a support verb right before its phrase carries, when the parse
    hung the noun elsewhere ("X made her first comments about Y" read with "comments" as the
    subject of a later verb): the support verb's subject, for the noun's pronoun."""
    i = noun.left_edge.i - 1
    if i < 0:
        return None
    before = noun.doc[i]
    if before.pos_ != "VERB" or before.lemma_.lower() not in SUPPORT_VERBS:
        return None
    return speaker_of(before)


def _noun_clause(noun: Token) -> Token | None:
    """The that-clause the noun reports: its own ("the claim that ..."), or the complement of
    the copula it is the subject of ("X's position is that ...")."""
    for child in noun.children:
        if child.dep_ in NOUN_CLAUSES and _has_that(child):
            return child
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        for child in head.children:
            if child.dep_ in ("ccomp", "attr", "acomp") and child.i > head.i and _has_that(child):
                return child
    return None


def _holder(noun: Token) -> Token | None:
    """The subject of the verb a cue noun is the object of ("X expressed their support"),
    who the noun's possessive pronoun stands for."""
    verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("dobj", "pobj"):
        return None
    if _adjunct(noun):
        return None  # "X gained no ground with his complaints that ...": his complaints
    return speaker_of(verb)


def _adjunct(noun: Token) -> bool:
    """A cue noun with a possessive owner in a verb's phrase of time, cause, concession or
    means ("despite his claim that", "after her attack on Y", "angered Y with his remarks
    about Z"): the verb does not take the noun up, and the possessive is its owner. Not a
    preposition right after its verb, part of it ("went after his attacks")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ADJUNCT_PREPOSITIONS:
        return False
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX") or preposition.i == verb.i + 1:
        return False
    return any(c.dep_ == "poss" for c in noun.children)


def _support_subject(noun: Token) -> Token | None:
    """Who makes the cue noun when a support verb carries it: "X raised questions about Y",
    "X made comments about Y", "X voiced support for Y" (the noun's owner, unwritten)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in CARRYING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and is_someone(subject) else None


def _noun_object(noun: Token) -> Token | None:
    """What a cue noun is about, after its preposition ("his attack on X", "her call for a
    ban") or as its infinitive ("his call to act")."""
    lemma = noun.lemma_.lower()
    prepositions = NOUN_PREPOSITIONS.get(lemma, frozenset()) | SAYING_TOPICS.get(lemma, frozenset())
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if child.dep_ in NOUN_CLAUSES and lemma in NOUN_INFINITIVES and infinitive(child):
            return child
    return None


def _has_that(clause: Token) -> bool:
    """A that-clause: its "that" a mark, or read as the verb's object while the clause has a
    subject of its own ("warnings that they would rise", "that" tagged as a conjunction)."""
    marks = [c for c in clause.children if c.lower_ in ("that", "whether", "if")]
    if any(c.dep_ == "mark" for c in marks):
        return True
    return any(c.tag_ == "IN" and c.lower_ == "that" for c in marks) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children
    )


def view_cue(preposition: Token) -> Cue | None:
    """ "in the view of X", "in X's view": X is the speaker, the content the clause the phrase
    qualifies."""
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is not None and noun.lemma_.lower() in FINDING_NOUNS:
        return _finding_cue(preposition, noun)
    if noun is None or noun.lemma_.lower() not in VIEW_NOUNS:
        return None
    owner = _noun_owner(noun, any_of=True)
    if owner is None:
        return None
    return _phrase_cue(preposition, noun, NOUN, owner, referent(owner))


def _finding_cue(preposition: Token, document: Token) -> Cue | None:
    """ "In a new poll, 50 percent chose X": a poll opening the clause is its source. Not
    when that clause has a cue of its own ("in the report, the agency found ..."): the cue's
    source speaks."""
    head = preposition.head
    if head.i < preposition.i or (head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT"):
        return None  # "trailing in the polls", "a lead in polls": where, not who says so
    if (
        cue_lemma(head) in CUE_VERBS or any(c.dep_ == "ccomp" for c in head.children)
    ) and not _a_share_answers(head):
        return None
    return _phrase_cue(preposition, preposition, ACCORDING, document, document)


def _a_share_answers(verb: Token) -> bool:
    """ "In a new poll, 54 percent said X", "a majority say X": the poll's respondents answer,
    and the poll is the source (PolNeAR marks the phrase); not "the agency found X"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.like_num or subject.lemma_.lower() in SHARE_WORDS:
        return True
    return any(c.dep_ == "nummod" or c.like_num for c in subject.children)


def _phrase_cue(
    preposition: Token, last: Token, via: str, source: Token, source_head: Token
) -> Cue | None:
    """The cue of a source phrase ("in X's view", "in a new poll") from the preposition to
    `last`; its content is the clause the phrase qualifies."""
    content = qualified(preposition)
    if content is None:
        return None
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), preposition)
    return Cue(
        token=preposition.i,
        start=preposition.idx,
        end=last.idx + len(last),
        text=preposition.doc[preposition.i : last.i + 1].text,
        lemma=f"in {noun.lemma_.lower()}",
        via=via,
        content=content,
        speaker=speaker_span(source),
        speaker_head=source_head.i,
    )
