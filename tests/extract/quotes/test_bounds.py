"""Where a reported clause ends when another report follows it (`bounds.py`), on the real
model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker

pytestmark = pytest.mark.model


def test_a_second_verb_in_a_later_paragraph_keeps_its_own_speaker(nlp):
    # The parse runs the first sentence on into the next paragraph and hangs "adding" inside
    # its content: the second verb is still the one of the speaker beside it.
    text = (
        'She said that the harbor board "has refused to dredge the channel for years."\n\n'
        '"We have waited long enough," Dunmore said to the mayor, adding, "I ask you to'
        ' replace the harbor master at once."'
    )
    assert speaker(one(nlp, text, "adding")) == "Dunmore"


def test_a_second_verb_of_the_cue_still_takes_its_speaker(nlp):
    text = "The mayor said the tolls would rise by spring and warned that the ferry would stop."
    assert speaker(one(nlp, text, "warned")) == "The mayor"
