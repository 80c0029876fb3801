"""Passive reports: "X is seen by voters as the favourite", "X was described by aides as
reckless", "X is expected to win".

A passive verb of saying, thinking or naming reports its subject together with what is said of
it: the subject alone is no content, and neither is the infinitive or the "as" phrase alone
(PolNeAR marks both, in two pieces). So the content runs from the subject to the end of the
complement, and the speaker is the agent of "by", wherever the parse hangs it ("seen as a
godsend by some"). A passive with no by-phrase ("X is expected to win") reports a view whose
source the clause does not name: it is kept with no speaker, unless it tells an obligation or
an event ("is supposed to", "was found dead") or is itself what a verb of saying reports ("X is
expected to win, they say"; that verb's report is the one the gold marks). A passive with no
complement ("the poll was released", "X was introduced by Y") reports nothing: it tells what
was done. A relative pronoun subject ("things that are expected to happen") stands for a noun
outside the clause, which a content could not include, so that clause is left out too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.clausal import inside_a_report
from newsfacts.extract.quotes.content import TokenRange, infinitive
from newsfacts.extract.quotes.subjects import is_someone
from newsfacts.extract.quotes.words import (
    CLAUSE_VERBS,
    DOCUMENT_NOUNS,
    INTENT_VERBS,
    MEDIA_NOUNS,
    NAMING_VERBS,
    NOT_REPORTING_PASSIVES,
    OBJECT_VERBS,
    PREPOSITION_VERBS,
    REPUTATION_VERBS,
    SIDE_PASSIVE_VERBS,
    STANCE_VERBS,
)
from newsfacts.words.lexicon import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose passive reports what is said, thought or judged of its subject: "is said to",
# "is expected to", "is seen as", "was described as", "is favored to".
PASSIVE_REPORT_VERBS = CLAUSE_VERBS | NAMING_VERBS | INTENT_VERBS | OBJECT_VERBS | STANCE_VERBS
# Subjects that stand for words outside the clause ("things that are expected", "what was
# once considered"), which a content could not include, or for nothing ("it is said").
UNREPORTED_SUBJECTS = RELATIVE_PRONOUNS | {"it", "what"}
# Relative pronouns that are a clause's own subject, written inside its content ("the vote,
# which is expected to fill the square").
RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})


def passive_content(verb: Token, lemma: str) -> TokenRange | None:
    """The subject and complement of a passive report, as a token range; None for a verb that
    is not one."""
    if lemma not in PASSIVE_REPORT_VERBS and lemma not in SIDE_PASSIVE_VERBS:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    if subject.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        return _relative_passive(verb, lemma, subject)
    if subject.lower_ in UNREPORTED_SUBJECTS:
        return None
    complement = _complement(verb)
    if complement is None and _side_taken_by(verb, lemma):
        return subject.left_edge.i, subject.right_edge.i + 1
    if lemma not in PASSIVE_REPORT_VERBS:
        return None
    if by_agent(verb) is None and not _unsourced_report(verb, lemma):
        return None
    if complement is None or complement.i < verb.i:
        return None
    return subject.left_edge.i, complement.right_edge.i + 1


def _relative_passive(verb: Token, lemma: str, subject: Token) -> TokenRange | None:
    """ "the vote, which is expected to fill the square", "a skipper who is known for her
    temper": an unsourced passive of saying or thinking in a relative clause reports its
    clause, from the relative pronoun on, with no speaker, when what it says is an
    infinitive or a reputation; not a name given ("who is seen as Y", which the gold marks
    as often as not), nor one with a by-phrase, whose source the antecedent's clause may
    hold."""
    if lemma not in CLAUSE_VERBS or by_agent(verb) is not None:
        return None
    if not _unsourced_report(verb, lemma):
        return None
    complement = _complement(verb)
    if complement is None or complement.i < verb.i or complement.dep_ not in ("xcomp", "prep"):
        return None
    if complement.dep_ == "prep" and complement.lower_ != "for":
        return None
    return subject.i, complement.right_edge.i + 1


def _side_taken_by(verb: Token, lemma: str) -> bool:
    """ "X was endorsed by the union", "the plan was criticized by Y", "the move was first
    reported by Z": a passive verb of judging, taking a side or reporting, with someone, a
    document or an outlet in its by-phrase, reports that source's stance on (or report of) its
    subject, which is the whole content."""
    if lemma not in SIDE_PASSIVE_VERBS:
        return False
    prepositions = PREPOSITION_VERBS.get(lemma, frozenset())
    if any(c.dep_ == "prep" and c.lower_ in prepositions for c in verb.children):
        return False  # "X was criticized by Y for Z": the content is Z, the verb's own
    agent = by_agent(verb)
    if agent is None or agent.i < verb.i:
        return False
    return is_someone(agent) or agent.lemma_.lower() in DOCUMENT_NOUNS | MEDIA_NOUNS


def by_agent(verb: Token) -> Token | None:
    """Who the passive names as its source: "seen by voters", with "by" parsed as the agent
    or as a plain preposition of the verb or of its complement ("seen as X by Y")."""
    phrases = [c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
    complement = _complement(verb)
    if complement is not None:
        # "seen as a godsend by some", "confirmed as one of the passengers by the minister":
        # the parse hangs "by" on the complement or deeper in it.
        phrases += [
            t for t in complement.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"
        ]
    for phrase in phrases:
        agent = next((c for c in phrase.children if c.dep_ == "pobj"), None)
        if agent is not None:
            return agent
    return None


def _unsourced_report(verb: Token, lemma: str) -> bool:
    """A passive with no by-phrase that still reports a view ("X is expected to win", "X is
    seen as Y"), not an obligation or an event ("is supposed to", "was found dead"), nor the
    content of a verb of saying around it ("X is expected to win, they say"), whose source
    the gold gives to that verb."""
    return lemma not in NOT_REPORTING_PASSIVES and not inside_a_report(verb)


def _complement(verb: Token) -> Token | None:
    """What the passive says of its subject: an infinitive ("to win"), an "as" phrase ("as
    reckless") or a predicate ("considered the favourite")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and infinitive(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return child
        if child.dep_ in ("oprd", "attr") and child.pos_ in ("NOUN", "ADJ", "PROPN"):
            return child
    if verb.lemma_.lower() in REPUTATION_VERBS:
        # "X is known for its dry wit": a reputation, held by no one named
        return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return None
