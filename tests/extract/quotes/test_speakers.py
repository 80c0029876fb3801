"""Who speaks for a cue verb (`speakers.py`), on the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker

pytestmark = pytest.mark.model


def test_a_participle_closing_the_sentence_is_not_the_relative_clauses(nlp):
    # The parse hangs "denouncing" on "help", the verb of the relative clause: the one who
    # had the week denounces, not the week.
    text = (
        "Mayor Dunmore had a good week that could help him in the harbor district, loudly"
        " denouncing the new tolls."
    )
    assert speaker(one(nlp, text, "denouncing")) == "Mayor Dunmore"


def test_a_participle_set_off_after_a_noun_that_says_nothing_is_the_clauses(nlp):
    text = (
        "On Monday night Ms. Quent made another attempt to counter Mr. Dunmore's attacks,"
        " writing on Facebook that the real danger facing the port was silt."
    )
    assert speaker(one(nlp, text, "writing")) == "Ms. Quent"


def test_a_participle_after_an_owned_noun_stays_the_owners(nlp):
    text = "Their plan: asking the board to cut the tolls before spring."
    assert speaker(one(nlp, text, "asking")) == "Their plan"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Quent backed the plan last week and Dunmore, as he has done in the past, opposed"
            " the new tolls.",
            "opposed",
        ),
        (
            "The harbor has been quiet since Dunmore, at Monday's meeting, criticized the tolls"
            " the clerk had set.",
            "criticized",
        ),
    ],
)
def test_a_second_verb_after_an_aside_speaks_for_the_name_before_the_aside(nlp, text, cue):
    assert speaker(one(nlp, text, cue)) == "Dunmore"
