"""`bounds.py`: an object content runs on over the phrase after it that says what the
object is taken for ("criticized the plan as unfair"), and a report of someone else named
after "and" ends the content before it; on the real model and invented sentences."""

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


def test_a_report_of_someone_else_after_and_ends_the_content(nlp):
    text = (
        "The ferry was insured for two million pounds in 2011, records show, and brokers "
        "say it is worth half that now."
    )
    shown = one(nlp, text, "show")
    said = one(nlp, text, "say")
    assert "brokers" not in shown.text
    assert (said.text, said.speaker.text if said.speaker else None) == (
        "it is worth half that now",
        "brokers",
    )


def test_and_before_a_pronoun_that_says_more_stays_in_the_content(nlp):
    text = "The mayor said the pier would reopen in June and that the work was nearly done."
    assert one(nlp, text, "said").text == (
        "the pier would reopen in June and that the work was nearly done"
    )
