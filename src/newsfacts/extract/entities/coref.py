"""Pronoun coreference: he/she/it/they (and their forms) linked to the entity they stand for.

No maintained coreference library installs from PyPI alone and runs offline here (issue #4),
so this is the classic rule-based resolver over the parse, after Lappin & Leass (An Algorithm
for Pronominal Anaphora Resolution, CL 1994) and the syntactic-parallelism baseline of GAP
(Webster et al., Mind the GAP, TACL 2018): candidates are the earlier mentions of the
article's entities (names, descriptions, pronouns already resolved), filtered by agreement
(agreement.py: number, person/thing, gender learnt from titles, role nouns, given names and
earlier pronouns) and by
binding (a non-reflexive object is not its own clause's subject, nor the understood subject
of its infinitive), then ranked by salience: recency, grammatical role, parallel role, how
often the entity was mentioned so far, and being the subject of the nearest embedded clause
that holds the pronoun. A named possessor other than a place ranks with the role of the noun
it possesses, unless an apposition names that noun ("Ann's son, Tom,": Tom). A possessive on
a noun conjoined to a name ("Ann and her husband") is that name's. Binding follows control
(binding.py): "Ann begged Tom to let him go" keeps "him" off Tom, not off Ann.
A pronoun in a phrase fronted before its main clause may point forward to that clause's
subject (cataphora). "They" and "it" may also stand for a group or organisation that is no
named entity ("the parents", "the team"), "he" and "she" for a proper name the model left
untyped: such a phrase (antecedents.py) becomes an unnamed entity only when a pronoun takes
it up. Binding holds of the entity: once a name is the subject of the pronoun's own clause,
none of its mentions may take a non-reflexive pronoun there.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import sentences, tokens
from newsfacts.extract.entities.agreement import (
    PLACE_TYPES,
    RETYPABLE,
    agreement_score,
    firm_gender,
    known_gender,
    preferred_genders,
    role_gender,
)
from newsfacts.extract.entities.antecedents import group_descriptions, unrecognised_names
from newsfacts.extract.entities.binding import OBJECTS, SUBJECTS, bound_entities, is_bound
from newsfacts.extract.entities.doubtful import doubtful_names
from newsfacts.extract.entities.find import (
    PRONOUN,
    TEXT_FIELD,
    EntityRecord,
    MentionRecord,
)
from newsfacts.words.lexicon import (
    FEMININE,
    MASCULINE,
    NEUTER,
    PLURAL,
    REFLEXIVE,
    SPEECH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How many sentences back an antecedent may be (pronoun chains carry an entity further).
MAX_SENTENCE_DISTANCE = 3
# Salience weights (Lappin & Leass style; relative sizes matter, not the numbers).
SENTENCE_PENALTY = 2.0
SUBJECT_BONUS = 2.0
# A direct object ranks closer to a subject than Lappin & Leass's 1 (GAP F1 +0.001 to +0.003
# on both halves, GUM pronouns +0.004; the other weights sit at a local optimum).
OBJECT_BONUS = 1.5
PARALLEL_BONUS = 1.0
FREQUENCY_BONUS = 0.3
FREQUENCY_CAP = 5
# The subject of the nearest embedded clause holding the pronoun ("Ellen helps Laurie deal
# with her loss", "Tom said Ann was bored with her job"): the main clause's subject, often
# mentioned more, otherwise outranks it (GAP F1 +0.004 / +0.003 on the halves; the main
# clause's own subject already has its bonus, and an extra one for it split the halves).
LOCAL_SUBJECT_BONUS = 1.0
# A pronoun already resolved counts like any mention, with no bonus of its own: one let long
# pronoun chains outweigh a nearer subject (GAP F1 +0.006 to +0.009 on both halves).
TOKEN_PENALTY = 0.01
# "Ann and her husband": a possessive on a noun conjoined to a name is that name's, whatever
# else ranks (GAP F1 +0.007 on both halves; the gain grew with the bonus up to deciding).
COORDINATION_BONUS = 8.0
# A proper name the model gave no type, without a given name to say it is a person.
UNRECOGNISED_PENALTY = 0.5
# A name that looks like no person's (doubtful.py) costs as much again as a mistyped one.
DOUBT_PENALTY = 1.5
# A he/she against the usual sex of a given name both sexes wear ("Terry" ... "she"): allowed,
# at a cost, so that a nearer name of the pronoun's sex wins.
UNISEX_PENALTY = 3.0
# Unions built once, not once per token.
PERSONAL = MASCULINE | FEMININE
PRONOUNS = PERSONAL | NEUTER | PLURAL
# Below this a pronoun is left unresolved.
MIN_SCORE = -7.0
# A nationality modifying a noun ("North Korean soldiers") is not a referent.
MODIFIER_DEPS = frozenset({"amod", "compound"})
# A prepositional object ("studied with Bernard Leach") earns no salience of its own: Lappin &
# Leass rank obliques below direct and indirect objects.
OBLIQUE = "pobj"
# Dependents that take the grammatical function of their head noun. (Conjuncts would too, but
# "A and B" splits the salience between two names: measured, it helped on one half only.)
SHARED_ROLE = frozenset({"appos"})
# Typographic and straight marks, and the ``...'' of text converted from TeX or the Penn
# Treebank (encyclopedia dumps).
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "`", "``", "''"})
OPENING_MARKS = frozenset({"“", "«", "`", "``"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    entity: int
    start: int
    end: int
    head: Token
    sentence: int


def resolve_pronouns(doc: Doc, entities: tuple[EntityRecord, ...]) -> tuple[EntityRecord, ...]:
    """Entities with their 3rd-person pronoun mentions added."""
    toks = tokens(doc)
    sentence_of = _sentence_index(doc)
    given = len(entities)
    groups, plural = group_descriptions(doc, entities)
    entities = (*entities, *groups)
    names = unrecognised_names(doc, entities)
    unsure = set(range(len(entities), len(entities) + len(names)))
    entities = (*entities, *names)
    candidates = _candidates(doc, entities, sentence_of)
    genders = {i: known_gender(entity) for i, entity in enumerate(entities)}
    genders.update({i: firm_gender(entities[i].name) for i in unsure})
    for candidate in candidates:  # "her husband Tovan": a role noun says what a name cannot
        if genders[candidate.entity] is None:
            genders[candidate.entity] = role_gender(candidate.head)
    preferred = preferred_genders(entities, genders, unsure)
    doubtful = doubtful_names(entities, {**genders, **preferred})
    added: dict[int, list[MentionRecord]] = {}
    quoted = _quoted_tokens(doc)
    for token in toks:
        word = token.lower_
        if word not in PRONOUNS or token.pos_ != "PRON":
            continue
        if word in NEUTER and _pleonastic(token):
            continue
        # Candidates are in order of start: only those starting before the pronoun can end
        # before it.
        earlier = candidates[: bisect_left(candidates, token.idx, key=_start_of)]
        before = [c for c in earlier if c.end <= token.idx]
        before += _cataphora(token, candidates, sentence_of)
        choice = _choose(
            token,
            before,
            entities,
            genders,
            preferred,
            sentence_of,
            quoted,
            plural,
            unsure,
            doubtful,
        )
        if choice is None:
            continue
        mention = MentionRecord(token.idx, token.idx + len(token.text), token.text, kind=PRONOUN)
        added.setdefault(choice, []).append(mention)
        insort(  # after those of equal start, as append-and-sort put it (cheaper)
            candidates,
            _Candidate(choice, mention.start, mention.end, token, sentence_of[token.i]),
            key=_start_of,
        )
        if word in PERSONAL and genders[choice] is None:
            genders[choice] = "m" if word in MASCULINE else "f"
    resolved = []
    for i, entity in enumerate(entities):
        if i >= given and i not in added:
            continue  # a description or unrecognised name no pronoun took up stays out
        if i in added:
            mentions = sorted([*entity.mentions, *added[i]], key=lambda m: (m.field, m.start))
            entity = replace(entity, mentions=tuple(mentions))
            personal = any(m.text.lower() in PERSONAL for m in added[i])
            if personal and entity.type in RETYPABLE - PLACE_TYPES:
                entity = replace(entity, type="PERSON")  # "he" says it is a person
        resolved.append(entity)
    return tuple(resolved)


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for n, sent in enumerate(sentences(doc)):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def _candidates(
    doc: Doc, entities: tuple[EntityRecord, ...], sentence_of: list[int]
) -> list[_Candidate]:
    found = []
    for i, entity in enumerate(entities):
        for mention in entity.mentions:
            if mention.field != TEXT_FIELD:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            found.append(_Candidate(i, mention.start, mention.end, head, sentence_of[head.i]))
    return sorted(found, key=lambda c: c.start)


_entity_of = attrgetter("entity")
_start_of = attrgetter("start")


def _choose(
    pronoun: Token,
    before: list[_Candidate],
    entities: tuple[EntityRecord, ...],
    genders: dict[int, str | None],
    preferred: dict[int, str],
    sentence_of: list[int],
    quoted: frozenset[int],
    plural: set[int],
    unsure: set[int],
    doubtful: set[int],
) -> int | None:
    word = pronoun.lower_
    wanted = "m" if word in MASCULINE else "f" if word in FEMININE else None
    here = sentence_of[pronoun.i]
    best: dict[int, float] = {}
    mentioned: Counter[int] = Counter(map(_entity_of, before))  # counted in C, not per item
    # Binding holds of the entity, not of one mention: once "Penny" is the subject of the
    # pronoun's own clause ("Penny shrugs her off"), no earlier "Penny" may take "her" either.
    # A reflexive, bound the other way, needs its own mention in the clause: it is checked
    # per mention below.
    # Binding and the quote's speaker look only within the pronoun's sentence: a head, a
    # governor and an understood subject never lie outside it (the parser's sentences are its
    # trees), so the article's other mentions are passed over without a test each.
    local = [c for c in before if c.sentence == here]
    bound = set() if word in REFLEXIVE else bound_entities(pronoun, local, word)
    if pronoun.i in quoted:  # the speaker is "I" in the quote: none of its mentions is "he"
        bound |= {c.entity for c in local if _speaker_of_quote(c.head, quoted)}
    own_role = _role(_function(pronoun))
    partner = _coordinated_possessor(pronoun)
    clauses = {a.i: depth for depth, a in enumerate(pronoun.ancestors)}
    nearest: tuple[int, int] | None = None  # (depth of the clause, entity) of the local subject
    for candidate in before:
        distance = here - candidate.sentence
        if distance > MAX_SENTENCE_DISTANCE or candidate.entity in bound:
            continue
        if word in REFLEXIVE and is_bound(pronoun, candidate.head, word):
            continue
        entity = entities[candidate.entity]
        agreement = agreement_score(
            word, entity, genders.get(candidate.entity), many=candidate.entity in plural
        )
        if agreement is None:
            continue
        if _adjectival(entity, candidate.head):
            continue
        firm, usual = genders.get(candidate.entity), preferred.get(candidate.entity)
        if candidate.entity in unsure and firm is None and usual is None:
            agreement -= UNRECOGNISED_PENALTY
        if wanted and firm is None and usual not in (None, wanted):
            agreement -= UNISEX_PENALTY
        if (
            candidate.entity in doubtful
            and word in PERSONAL
            and genders.get(candidate.entity) is None
        ):
            agreement -= DOUBT_PENALTY
        score = agreement - SENTENCE_PENALTY * distance
        score -= TOKEN_PENALTY * abs(pronoun.i - candidate.head.i)
        function = _function(candidate.head, possessor=entity.type not in PLACE_TYPES)
        role = _role(function)
        score += _role_bonus(function, role)
        if role and role == own_role:
            score += PARALLEL_BONUS
        score += FREQUENCY_BONUS * min(mentioned[candidate.entity], FREQUENCY_CAP)
        if candidate.head.i == partner:
            score += COORDINATION_BONUS
        if score > best.get(candidate.entity, MIN_SCORE):
            best[candidate.entity] = score
        depth = _clause_depth(function, clauses) if distance == 0 else None
        if depth is not None and (nearest is None or depth < nearest[0]):
            nearest = (depth, candidate.entity)
    if not best:
        return None
    if nearest is not None and nearest[1] in best:
        best[nearest[1]] += LOCAL_SUBJECT_BONUS
    return max(best, key=lambda i: best[i])


def _clause_depth(function: Token, clauses: dict[int, int]) -> int | None:
    """How far above the pronoun lies the embedded clause the mention is the subject of (None:
    no subject, the main clause's, or the subject of a clause that does not hold the pronoun).
    """
    if function.dep_ not in SUBJECTS or function.head.dep_ == "ROOT":
        return None
    return clauses.get(function.head.i)


def _coordinated_possessor(pronoun: Token) -> int:
    """ "Ann and her husband": the index of the name a possessive's noun is conjoined to (-1:
    none); it is nearly always the possessor."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i == noun.i:
        return -1
    return noun.head.i


def _cataphora(
    pronoun: Token, candidates: list[_Candidate], sentence_of: list[int]
) -> list[_Candidate]:
    """ "Living with her aunt, Kelsey studied ...": a pronoun in a phrase fronted before the
    main clause may point forward to that clause's subject, or to the subject's possessor
    ("Since her move, Kelsey's work has ..."). The configuration is narrow enough that this
    mention competes at no extra cost (a penalty lost GAP links on both halves)."""
    here = sentence_of[pronoun.i]
    # Candidates are in order of start: those after the pronoun, up to its sentence's end (a
    # mention starting there or later has every word, its head too, in a later sentence).
    sentence_end = sentences(pronoun.doc)[here].end_char
    root: Token | None = None  # made only when needed: `token.sent` walks the Doc
    for c in candidates[bisect_right(candidates, pronoun.idx, key=_start_of) :]:
        if c.start >= sentence_end:
            break
        if c.sentence != here:
            continue
        if root is None:
            root = pronoun.sent.root
        subject = _main_subject(c.head, root)
        if subject is None:
            continue
        if pronoun.i in {t.i for t in subject.subtree}:
            return []
        return [c]
    return []


def _main_subject(head: Token, root: Token) -> Token | None:
    """The main clause's subject a mention heads or possesses, else None."""
    if head.dep_ == "poss":
        head = head.head
    if head.dep_ in SUBJECTS and head.head.i == root.i:
        return head
    return None


def _adjectival(entity: EntityRecord, head: Token) -> bool:
    return entity.type == "NORP" and head.dep_ in MODIFIER_DEPS


def _role(function: Token) -> str | None:
    """ "subject", "object" or None for a mention's function token (see `_function`)."""
    dep = function.dep_
    if dep in SUBJECTS:
        return "subject"
    if dep in OBJECTS:
        return "object"
    return None


def _role_bonus(function: Token, role: str | None) -> float:
    if role == "subject":
        return SUBJECT_BONUS
    if role == "object" and function.dep_ != OBLIQUE:
        return OBJECT_BONUS
    return 0.0


def _function(token: Token, *, possessor: bool = False) -> Token:
    """The token whose grammatical function a mention shares: an apposition fills the role of
    the noun it renames ("the author, Nina Lund, asked": a subject); with `possessor`, a
    candidate's named possessor that of the noun it possesses ("Ada's plan failed": Ada is as
    salient as a subject; GAP F1 +0.005 on half A, +0.006 on half B; at a reduced bonus it
    lost on A). A possessive pronoun keeps no role: "His father said he ..." is the father;
    nor does a place ("Ohio's governor": not Ohio), which then outranked a speaker's chain.
    The pronoun's own role is its own: "her" in "her plan" stays a possessive."""
    if (
        possessor
        and token.dep_ == "poss"
        and token.head.i != token.i
        and token.pos_ != "PRON"
        and not any(c.dep_ in SHARED_ROLE for c in token.head.children)
    ):
        token = token.head
    while token.dep_ in SHARED_ROLE and token.head.i != token.i and token.head.pos_ != "VERB":
        token = token.head
    return token


def _pleonastic(token: Token) -> bool:
    """ "It is likely that ...", "it rained": an "it" that refers to nothing."""
    if token.dep_ == "expl":
        return True
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and any(
        c.dep_ in ("acomp", "attr") for c in verb.children
    )


def _quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of tokens between quotation marks (straight quotes paired in order)."""
    toks = tokens(doc)
    inside, quoted = False, set()
    for token in toks:
        if token.text in QUOTE_MARKS:
            inside = not inside if token.text == '"' else token.text in OPENING_MARKS
            continue
        if "\n" in token.text:
            inside = False
        if inside:
            quoted.add(token.i)
    return frozenset(quoted)


def _speaker_of_quote(head: Token, quoted: frozenset[int]) -> bool:
    """The speaker of a quote is "I" inside it, never "he": exclude the subject of a speech
    verb standing outside the quotation marks ("the author, Ann Lee, asked": an apposition is
    the subject it renames). The caller asks only of mentions in the pronoun's sentence, by
    sentence index: `token.sent` walks the Doc to the sentence's edges on every read."""
    if head.i in quoted:
        return False
    subject = _function(head)
    return subject.dep_ == "nsubj" and subject.head.lemma_ in SPEECH_VERBS
