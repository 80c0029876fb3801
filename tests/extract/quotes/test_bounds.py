"""`bounds.py`: an object content runs on over the phrase after it that says what the
object is taken for ("criticized the plan as unfair"); on the real model and invented
sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The skipper criticized the new toll as a burden on small crews.",
            "criticized",
            "the new toll as a burden on small crews",
        ),
        (
            "The skippers denounced the harbour fees as a scandal.",
            "denounced",
            "the harbour fees as a scandal",
        ),
    ],
)
def test_an_object_content_takes_the_phrase_after_it(nlp, text, cue, content):
    assert one(nlp, text, cue).text == content


def test_a_cue_inside_that_phrase_is_part_of_the_report(nlp):
    text = "The skipper attacked the mayor for calling the ferry crews lazy."
    quote = one(nlp, text, "attacked")
    assert quote.text == "the mayor for calling the ferry crews lazy"
