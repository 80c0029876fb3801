"""Why of the main event (extract/event/adverbials.py): rules added in issue #19, round 4.

Hand-built parses (words, heads, deps, tags), so a model mistake cannot hide a rule's.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.event.adverbials import (
    cause_phrase,
    happening_cause,
    motive_phrase,
    stimulus_phrase,
)
from newsfacts.extract.event.reasons import find_why
from tests.extract.event.test_event import parsed

# "Mayor blamed the storm for …", then what it is blamed for.
BLAMED = """
Mayor 1 nsubj NOUN NN mayor
blamed 1 ROOT VERB VBD blame
the 3 det DET DT the
storm 1 dobj NOUN NN storm
for 1 prep ADP IN for
"""
# "… for closing roads": the gerund is the blamed one's act, the cause.
CLOSING_ROADS = """closing 4 pcomp VERB VBG close
roads 5 dobj NOUN NNS road
"""
BLAMED_FOR_ACT = BLAMED + CLOSING_ROADS + ". 1 punct PUNCT . ."
# "… for delays": with a noun, what it is blamed for is the outcome, not why it happened.
BLAMED_FOR_OUTCOME = BLAMED + "delays 4 pobj NOUN NNS delay\n. 1 punct PUNCT . ."
# Headline gapping: "… for closing roads and the other for flooding the old town centre".
GAPPED = (
    BLAMED
    + CLOSING_ROADS
    + """and 6 cc CCONJ CC and
the 9 det DET DT the
other 6 conj ADJ JJ other
for 5 prep ADP IN for
flooding 10 pcomp VERB VBG flood
the 15 det DET DT the
old 15 amod ADJ JJ old
town 15 compound NOUN NN town
centre 11 dobj NOUN NN centre
"""
)


def test_cause_phrase_blame_for_an_act() -> None:
    found = cause_phrase(next(parsed(BLAMED_FOR_ACT).sents))
    assert found is not None and found.text == "for closing roads"


def test_cause_phrase_blame_for_an_outcome_is_no_cause() -> None:
    assert cause_phrase(next(parsed(BLAMED_FOR_OUTCOME).sents)) is None


def test_cause_phrase_cut_short_drops_the_bare_conjunct() -> None:
    found = cause_phrase(next(parsed(GAPPED).sents))
    assert found is not None and found.text == "for closing roads"


# "Mayor blames council's decision to close roads": the parser hangs the noun's infinitive on
# the verb, where it would read as the purpose of blaming.
DECISION_TO = """
Mayor 1 nsubj PROPN NNP Mayor
blames 1 ROOT VERB VBZ blame
council 4 poss NOUN NN council
's 2 case PART POS 's
decision 1 dobj NOUN NN decision
to 6 aux PART TO to
close 1 xcomp VERB VB close
roads 6 dobj NOUN NNS road
"""
# The same with a doubled "to" ("decision to to close"), a slip headlines carry.
DECISION_TO_TO = DECISION_TO.replace("to 6 aux", "to 1 xcomp PART TO to\nto 7 aux").replace(
    "close 1 xcomp VERB VB close\nroads 6", "close 1 xcomp VERB VB close\nroads 7"
)


@pytest.mark.parametrize("rows", [DECISION_TO, DECISION_TO_TO])
def test_cause_phrase_infinitive_of_an_intent_noun_is_no_purpose(rows: str) -> None:
    sent = next(parsed(rows).sents)
    assert cause_phrase(sent, verb=sent.root) is None


# "Mayor closed roads to protect residents": the infinitive after a plain object is a purpose.
CLOSED_TO_PROTECT = """
Mayor 1 nsubj PROPN NNP Mayor
closed 1 ROOT VERB VBD close
roads 1 dobj NOUN NNS road
to 4 aux PART TO to
protect 1 advcl VERB VB protect
residents 4 dobj NOUN NNS resident
"""


def test_cause_phrase_infinitive_after_a_plain_object_is_a_purpose() -> None:
    sent = next(parsed(CLOSED_TO_PROTECT).sents)
    found = cause_phrase(sent, verb=sent.root)
    assert found is not None and found.text == "to protect residents"


# "Town reacts to the mill's closure": what a verb of reacting reacts to is why (round 7).
REACTS_TO = """
Town 1 nsubj NOUN NN town
reacts 1 ROOT VERB VBZ react
to 1 prep ADP IN to
the 4 det DET DT the
mill 6 poss NOUN NN mill
's 4 case PART POS 's
closure 2 pobj NOUN NN closure
"""
# "Town turns to the river": "to" after another verb is no stimulus.
TURNS_TO = REACTS_TO.replace("reacts 1 ROOT VERB VBZ react", "turns 1 ROOT VERB VBZ turn")


def test_stimulus_phrase_what_is_reacted_to() -> None:
    sent = next(parsed(REACTS_TO).sents)
    found = stimulus_phrase(sent.root)
    assert found is not None and found.text == "the mill's closure"


def test_stimulus_phrase_other_verbs() -> None:
    sent = next(parsed(TURNS_TO).sents)
    assert stimulus_phrase(sent.root) is None


# "Officials called the raid a reprisal for the arrests": the motive someone gives, not only
# the "reprisal raid" kind of compound.
CALLED_REPRISAL = """
Officials 1 nsubj NOUN NNS official
called 1 ROOT VERB VBD call
the 3 det DET DT the
raid 5 nsubj NOUN NN raid
a 5 det DET DT a
reprisal 1 ccomp NOUN NN reprisal
for 5 prep ADP IN for
the 8 det DET DT the
arrests 6 pobj NOUN NNS arrest
. 1 punct PUNCT . .
"""
# "… a reprisal on Monday": no "for", no motive named.
REPRISAL_NO_FOR = CALLED_REPRISAL.replace("for 5 prep ADP IN for", "on 5 prep ADP IN on")


def test_motive_phrase_a_motive_noun_with_for() -> None:
    found = motive_phrase(next(parsed(CALLED_REPRISAL).sents))
    assert found is not None and found.text == "reprisal for the arrests"


def test_motive_phrase_needs_for() -> None:
    assert motive_phrase(next(parsed(REPRISAL_NO_FOR).sents)) is None


# "The blast did not seem planned but stemmed from a gas leak": a causative verb whose
# subject (shared with the first conjunct) is a happening names the event's cause.
BLAST_STEMMED = """
The 1 det DET DT the
blast 4 nsubj NOUN NN blast
did 4 aux AUX VBD do
not 4 neg PART RB not
seem 4 ROOT VERB VB seem
planned 4 oprd VERB VBN plan
but 4 cc CCONJ CC but
stemmed 4 conj VERB VBD stem
from 7 prep ADP IN from
a 11 det DET DT a
gas 11 compound NOUN NN gas
leak 8 pobj NOUN NN leak
. 4 punct PUNCT . .
"""
# "The mayor did not seem pleased but stemmed from …": a person's is no happening's cause.
MAYOR_STEMMED = BLAST_STEMMED.replace("blast 4 nsubj NOUN NN blast", "mayor 4 nsubj NOUN NN mayor")


def test_happening_cause_of_a_happening_subject() -> None:
    found = happening_cause(next(parsed(BLAST_STEMMED).sents))
    assert found is not None and found.text == "from a gas leak"


def test_happening_cause_needs_a_happening() -> None:
    assert happening_cause(next(parsed(MAYOR_STEMMED).sents)) is None


# "Two died after the collision." then "The van was going at high speed.": "after" before the
# happening itself names no cause; the speed told further on does.
DIED_AFTER_COLLISION = """
Two 1 nsubj NUM CD two
died 1 ROOT VERB VBD die
after 1 prep ADP IN after
the 4 det DET DT the
collision 2 pobj NOUN NN collision
. 1 punct PUNCT . .
"""
DIED_AFTER_STORM_HIT = """
Two 1 nsubj NUM CD two
died 1 ROOT VERB VBD die
after 5 mark SCONJ IN after
the 4 det DET DT the
storm 5 nsubj NOUN NN storm
hit 1 advcl VERB VBD hit
. 1 punct PUNCT . .
"""
AT_HIGH_SPEED = """
The 1 det DET DT the
van 3 nsubj NOUN NN van
was 3 aux AUX VBD be
going 3 ROOT VERB VBG go
at 3 prep ADP IN at
high 6 amod ADJ JJ high
speed 4 pobj NOUN NN speed
. 3 punct PUNCT . .
"""


def test_find_why_after_the_happening_itself_gives_way_to_a_speed() -> None:
    main = next(parsed(DIED_AFTER_COLLISION).sents)
    found = find_why(None, main, [main, next(parsed(AT_HIGH_SPEED).sents)])
    assert found is not None and found.text == "at high speed"


def test_find_why_after_a_clause_stays() -> None:
    main = next(parsed(DIED_AFTER_STORM_HIT).sents)
    found = find_why(None, main, [main, next(parsed(AT_HIGH_SPEED).sents)])
    assert found is not None and found.text == "after the storm hit"


def test_find_why_after_the_happening_with_no_other_cause_stays() -> None:
    main = next(parsed(DIED_AFTER_COLLISION).sents)
    found = find_why(None, main, [main])
    assert found is not None and found.text == "after the collision"
