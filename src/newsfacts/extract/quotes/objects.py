"""What a verb of saying reports as its object when it reports no clause: the object, the
preposition phrase that carries the content, the name a naming verb gives, a finding's
words. `cues.py` reads a verb's cue; this module reads these objects for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import (
    TokenRange,
    subtrees,
)
from newsfacts.extract.quotes.nouns import noun_cue
from newsfacts.extract.quotes.speakers import (
    is_someone,
    speaker_of,
)
from newsfacts.extract.quotes.words import (
    ADDRESSEE_VERBS,
    ADVOCACY_VERBS,
    AGREEMENT_VERBS,
    CLAUSE_VERBS,
    CUE_NOUNS,
    DOCUMENT_NOUNS,
    EVIDENCE_VERBS,
    FINDING_NOUNS,
    OBJECT_VERBS,
    PERSON_ENDINGS,
    PREPOSITION_VERBS,
    PUBLISHING_VERBS,
    RESPONSE_VERBS,
    STANCE_OBJECTS,
    STANCE_VERBS,
    THING_OBJECT_VERBS,
    URGING_VERBS,
    WISH_VERBS,
)
from newsfacts.words.lexicon import GROUP_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# A verb modifying a noun ("voters who back X", "voters backing X") says which ones it means.
DEFINING = frozenset({"relcl", "acl"})
# Characters of markup left in scraped text (`<tweet pic="...">`): never a said object.
MARKUP = frozenset({"<", ">", "="})
# What follows a said object and belongs to it: "showed X ahead", "showing X with a lead".
OBJECT_COMPLEMENTS = frozenset({"xcomp", "oprd", "ccomp", "acomp"})
# Pronouns a side taken may be: "supported him", "opposed it".
BACKED_PRONOUNS = frozenset({"him", "her", "them", "it"})
# Answers a verb of saying reports as its content: "a third said yes".
ANSWERS = frozenset({"yes", "no"})
# And what follows a document's finding: "polls show X with a lead", "show X up by six points".
FINDING_COMPLEMENTS = frozenset({"prep", "prt", "advmod", "npadvmod"})


def content_objects(verb: Token, lemma: str) -> list[Token]:
    """The object ("praised the plan") and the preposition phrase that carries the content
    ("accused Y of lying", "called for a ban")."""
    prepositions = PREPOSITION_VERBS.get(lemma, frozenset())
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in prepositions]
    if lemma in STANCE_VERBS:
        # In a clause defining its noun, only a name or a proposal is a side: "the hangers
        # that support its deck" hold it up.
        named = verb.dep_ in DEFINING
        return [
            c
            for c in verb.children
            if c.dep_ == "dobj" and (_side(c, named_only=named) or _backed_one(verb, c))
        ]
    if lemma in URGING_VERBS:
        return _course_urged(verb)
    if lemma not in OBJECT_VERBS and not phrases:
        return []
    # The content starts after the preposition ("called for [a ban]"), as PolNeAR marks it.
    phrase_objects = [
        next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), p) for p in phrases
    ]
    if (lemma in AGREEMENT_VERBS or lemma in ADVOCACY_VERBS) and not _held(verb):
        return []
    if lemma in RESPONSE_VERBS:
        phrase_objects = [o for o in phrase_objects if _answered(o)]
    if lemma in WISH_VERBS and not has_subject(verb):
        phrase_objects = []  # "arrived in May, hoping for better": whose hope is unclear
    if phrase_objects and lemma in ADDRESSEE_VERBS:
        return phrase_objects  # "told reporters about the toll": whom it was told is no content
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in PUBLISHING_VERBS:
        # "issued a statement saying ...": the document reports, its words are the content
        objects = [o for o in objects if o.lemma_.lower() not in DOCUMENT_NOUNS | CUE_NOUNS]
    return objects + phrase_objects


def _course_urged(verb: Token) -> list[Token]:
    """What is urged when it is a thing, not the one urged: "urged caution", "urged a firm
    stand"; not "urged the board", nor "urged them to wait" (the infinitive is the content)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ and not _a_person(c)
    ]


def for_clause(verb: Token, lemma: str) -> TokenRange | None:
    """ "called for the warden to step down", parsed as a clause whose "for" is its mark: the
    clause after the mark is what the verb's preposition carries."""
    prepositions = PREPOSITION_VERBS.get(lemma, frozenset())
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i:
            continue
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if mark is not None and mark.lower_ in prepositions and mark.i == child.left_edge.i:
            return mark.i + 1, child.right_edge.i + 1
    return None


def _held(verb: Token) -> bool:
    """Someone takes the side: "the voters agree with Y", not "the figures agree with Y"."""
    subject = speaker_of(verb)
    return subject is not None and is_someone(subject)


def _answered(obj: Token) -> bool:
    """What an answering verb reports: not a pronoun ("responded to it": what "it" is lies
    elsewhere), nor what someone named asked ("responded to Roe's request": Roe's request is
    her own report, with her as its source)."""
    if obj.pos_ == "PRON":
        return False
    return not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children)


def said_object(verb: Token, lemma: str) -> TokenRange | None:
    """What a verb of saying, thinking or showing has as its object when it reports no
    clause: "he said the same", "polls showing X ahead", "politicians know this"."""
    if lemma not in CLAUSE_VERBS or lemma in ADDRESSEE_VERBS:
        return None
    subject = speaker_of(verb) if verb.dep_ != "amod" else None
    if subject is None:
        return None  # "pledged delegates", "Read the rest here": no one reports anything
    if lemma in THING_OBJECT_VERBS and not _a_finding(lemma, subject):
        return None  # "wrote the letter", "found the keys"; not "the study found 14 cases"
    if not is_someone(subject) and subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return None  # "the name change reflects his identity": no source, no report
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        # "38 percent said yes": an answer is what was said.
        answers = [c for c in verb.children if c.dep_ == "intj" and c.lower_ in ANSWERS]
        return (answers[0].i, answers[0].i + 1) if answers and answers[0].i > verb.i else None
    # "polls show X with a lead", "records showing him far behind": a document's finding
    # runs on past its object.
    finding = lemma in EVIDENCE_VERBS and subject.lemma_.lower() in DOCUMENT_NOUNS
    complements = OBJECT_COMPLEMENTS | FINDING_COMPLEMENTS if finding else OBJECT_COMPLEMENTS
    rest = [c for c in verb.children if c.dep_ in complements and c.i > objects[0].i]
    if objects[0].pos_ == "PRON" and not (finding and rest):
        return None  # "reported it", "trust him": what "it" is lies elsewhere
    if objects[0].lemma_.lower() in CUE_NOUNS and noun_cue(objects[0]) is not None:
        return None  # "repeated her claim that ...": the noun reports it (`nouns.py`)
    if any(mark in t.text for t in objects[0].subtree for mark in MARKUP):
        return None
    return subtrees(objects[:1] + rest)


def _a_finding(lemma: str, subject: Token) -> bool:
    """A verb of showing whose subject is a study or poll: what it finds is its finding."""
    return lemma in EVIDENCE_VERBS and subject.lemma_.lower() in FINDING_NOUNS


def only_a_name(doc: Doc, content: TokenRange | None) -> bool:
    """A content that is nothing but a proper name ("Bill Clinton", "the Smiths"). A side
    taken ("X endorsed Y") is a stance, and stance verbs keep it."""
    if content is None:
        return False
    words = [t for t in doc[content[0] : content[1]] if not t.is_punct and t.pos_ != "DET"]
    return bool(words) and all(t.pos_ == "PROPN" for t in words)


def _side(obj: Token, *, named_only: bool = False) -> bool:
    """A side one can take: a name ("backs Ortiz"), a proposal ("opposes the bill"), or,
    unless `named_only`, a thing proposed ("favors shorter shifts"), never a person held up."""
    if obj.pos_ == "PROPN" or obj.lemma_.lower() in STANCE_OBJECTS or obj.lower_ in STANCE_OBJECTS:
        return True
    return not named_only and obj.pos_ == "NOUN" and not obj.ent_type_ and not _a_person(obj)


def _backed_one(verb: Token, obj: Token) -> bool:
    """A candidate or a measure named by a pronoun, backed or opposed by someone in a main
    clause: "the senators strongly supported him", "X opposed it"."""
    if obj.lower_ not in BACKED_PRONOUNS or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_someone(subject)


def _a_person(noun: Token) -> bool:
    """A noun for people ("the crewman", "voters", "a diver whose suit flooded")."""
    lemma = noun.lemma_.lower()
    people = lemma in PERSON_NOUNS or lemma in GROUP_NOUNS or lemma.endswith(PERSON_ENDINGS)
    return people or any(t.lower_ in ("who", "whom", "whose") for t in noun.subtree)


def named_content(verb: Token) -> TokenRange | None:
    """'called Y "a liar"', 'described Y as "reckless"': from the object to the name."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    names = [c for c in verb.children if c.dep_ == "oprd"]
    names += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if objects and not names:
        names = _as_name(verb, objects[0])
    if objects and names:
        return subtrees(objects[:1] + names)
    if not has_subject(verb):
        return None  # "a group called Y", "now called Y": a name given, no one's words
    if len(names) > 1:
        return subtrees(names)  # 'X called Y a "liar"' parsed as two predicates
    if objects and _named_inside(objects[0]):
        return subtrees(objects[:1])
    return None


def _as_name(verb: Token, obj: Token) -> list[Token]:
    """ "voters see the plan as a mistake" with the "as" phrase parsed as a clause of the verb
    with no subject of its own, or hung on the object: the name the viewer gives."""
    for child in verb.children:
        if (
            child.dep_ == "advcl"
            and child.i > obj.i
            and not has_subject(child)
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children)
        ):
            return [child]
    return [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"]


def _named_inside(obj: Token) -> bool:
    """An object the parse holds with the name given inside it: "called his deputy his best hire"
    (the name an apposition right after the object, no comma between: not "called his
    brother, Jo,"), 'called the rivals "pirates"' (the one named hung on the quoted name)."""
    doc = obj.doc
    if any(
        c.dep_ == "appos" and c.i > obj.i and not any(t.text == "," for t in doc[obj.i : c.i])
        for c in obj.children
    ):
        return True
    return any(
        c.dep_ in ("nmod", "compound") and c.i < obj.i and doc[c.right_edge.i + 1].is_quote
        for c in obj.children
    )


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "csubj") for c in verb.children)
