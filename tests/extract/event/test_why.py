"""Why of the main event (extract/event/adverbials.py): rules added in issue #19, round 4.

Hand-built parses (words, heads, deps, tags), so a model mistake cannot hide a rule's.
"""

from __future__ import annotations

from newsfacts.extract.event.adverbials import cause_phrase
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
