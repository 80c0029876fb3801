"""Issue #19: speakers the parse hides behind another word (object control: "the delay led
the skippers to complain"); on the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The long delay at the harbor led the skippers to complain that the pier was unsafe.",
            "complain",
            "the skippers",
        ),
        (
            "The storm prompted Mayor Tim Roe to declare that the ferry would stay closed.",
            "declare",
            "Mayor Tim Roe",
        ),
        (
            "The sudden closure left many to wonder whether the ferry would sail again.",
            "wonder",
            "many",
        ),
    ],
)
def test_the_object_of_a_causing_verb_speaks(nlp, text, cue, source):
    assert speaker(one(nlp, text, cue)) == source


def test_the_subject_of_a_verb_of_urging_speaks(nlp):
    text = "Jo Roe urged the skippers to say that the pier was unsafe."
    assert speaker(one(nlp, text, "urged")) == "Jo Roe"
