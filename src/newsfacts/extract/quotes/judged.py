"""Names judged, attacked or talked about, and what is said of them (issue #19).

A verb of judging reports its object, and a name alone is that content too when someone
judges in a main clause ("the mayor praised Roe"), or in a finite clause of time or
concession ("after Roe criticized Smith, ..."): PolNeAR marks both. So do verbs of attack and
of talking about a topic with their preposition ("X lashed out at Roe", "X talked about
Roe"), unless a quotation follows in the sentence, which is then what was said. A name with
the verb's "as" phrase right after it is reported with that phrase ("X cited Roe as the
likely winner"): the phrase says what the name is held to be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span, subtrees
from newsfacts.extract.quotes.heads import word_cue
from newsfacts.extract.quotes.records import OBJECT, Cue
from newsfacts.extract.quotes.speakers import is_someone, speaker_of
from newsfacts.extract.quotes.words import DOUBLE_MARK, JUDGMENT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsfacts.extract.quotes.content import TokenRange

# Where a verb of judging reports a name alone: a main clause, or one joined or reported.
JUDGING_PLACES = frozenset({"ROOT", "conj", "ccomp"})
# Verbs of attack and of talking about a topic whose preposition's object may be a name alone:
# "X lashed out at Roe", "X railed against Roe", "X focused on Roe", "X talked about Roe".
NAMED_TOPIC_VERBS = frozenset(
    {"lash", "swipe", "jab", "poke", "scoff", "sneer", "bristle", "rail", "focus", "talk", "speak"}
)
# Subordinators of a finite clause of time, cause or concession whose verb of judging still
# reports a name alone: "after X criticized Y".
JUDGING_MARKS = frozenset(
    {"after", "when", "as", "though", "although", "while", "because", "since", "before", "once"}
)
# Phrasal verbs of public censure, with their particle: "X called out Roe", "X called out the
# agency for its delays" (the one censured, with what for, is what was said).
CENSURE_PHRASALS = {"call": "out"}
# Labels under which the parse hangs the one censured: the object, or a slip to a predicate.
CENSURED = frozenset({"dobj", "oprd"})
# Prepositions after the one censured that say what for or how: "for its delays", "on the
# fees", "by name"; not a place or a time ("at the meeting").
CENSURE_PREPOSITIONS = frozenset({"for", "on", "over", "about", "by"})
# Tags of a finite verb.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def judged_by_someone(verb: Token, lemma: str) -> bool:
    """A verb of judging with someone as its subject, in a main clause, one reported, or a
    finite clause of time or concession: its object, a name alone too, is what was judged
    ("the mayor praised Roe", "after Roe attacked Smith, ..."); not "a tweet attacking
    Smith". A verb of attack or of talking about a topic reports a name after its preposition
    the same way, unless a quotation follows ("X swiped at Roe: '...'")."""
    if lemma not in JUDGMENT_VERBS and lemma not in NAMED_TOPIC_VERBS:
        return False
    if lemma not in JUDGMENT_VERBS and _quotation_after(verb):
        return False  # "X swiped at Roe: '...'": the quotation is what was said
    if verb.dep_ not in JUDGING_PLACES and not _finite_subordinate(verb):
        return False
    subject = speaker_of(verb)
    return subject is not None and is_someone(subject)


def censure_cue(verb: Token, lemma: str) -> Cue | None:
    """A phrasal verb of public censure with someone as subject reports the one censured, a
    name alone too, with the phrases after it that say what for: "X called out Roe", "X called
    out the agency for its delays"."""
    particle = CENSURE_PHRASALS.get(lemma)
    if particle is None or not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return None
    target = next((c for c in verb.children if c.dep_ in CENSURED and c.i > verb.i), None)
    if target is None:
        return None
    subject = speaker_of(verb)
    if subject is None or not is_someone(subject):
        return None
    why = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.i > target.right_edge.i and c.lower_ in CENSURE_PREPOSITIONS
    ]
    span = char_span(verb.doc, *subtrees([target, *why]))
    return word_cue(verb, OBJECT, span, subject) if span is not None else None


def held_as(verb: Token, content: TokenRange) -> TokenRange | None:
    """ "X cited Roe as the likely winner", "X dismissed Roe as a novice": a name the verb's
    "as" phrase right after it says something of is reported with that phrase."""
    phrase = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == content[1]),
        None,
    )
    if phrase is None or not any(c.dep_ == "pobj" for c in phrase.children):
        return None
    return content[0], phrase.right_edge.i + 1


def _finite_subordinate(verb: Token) -> bool:
    """A finite clause of time, cause or concession on another verb ("after X criticized Y",
    "when X thanked Y", "though X never attacked Y"): it tells what its subject did, as a main
    clause would; not an infinitive ("for X to criticize Y"), nor one in a sentence that
    goes on to a quotation (the main clause's quotation is not the clause's report)."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE_TAGS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in JUDGING_MARKS for c in verb.children):
        return False
    return not _quotation_after(verb)


def _quotation_after(verb: Token) -> bool:
    """A double quotation mark follows the verb in its sentence."""
    return DOUBLE_MARK.search(verb.doc.text, verb.idx, verb.sent.end_char) is not None
