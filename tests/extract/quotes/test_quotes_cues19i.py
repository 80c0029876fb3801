"""Issue #19: passives with no by-phrase, a by-phrase the parse hangs deep in the complement,
and verbs of attitude, advocacy and dispute; on the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


def test_a_passive_view_with_no_source_is_reported_with_no_speaker(nlp):
    quote = one(nlp, "The harbor master is widely seen as a cautious man.", "seen")
    assert (quote.text, speaker(quote)) == (
        "The harbor master is widely seen as a cautious man",
        None,
    )


def test_a_by_phrase_hung_on_the_complement_names_the_source(nlp):
    text = "The new pier was viewed as a victory by some in the fishing town."
    assert speaker(one(nlp, text, "viewed")) == "some in the fishing town"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ferry is supposed to arrive at noon.", "supposed"),
        ("Two sailors were found asleep in the hold.", "found"),
        ("The new ferry is expected to arrive in May, the owners say.", "expected"),
        ("The crew repaired what was once considered a lost cause.", "considered"),
    ],
)
def test_a_passive_of_duty_event_or_inside_a_report_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The mayor welcomed the new quota rules.",
            "welcomed",
            "the new quota rules",
            "The mayor",
        ),
        (
            "The captain disputes the official figure.",
            "disputes",
            "the official figure",
            "The captain",
        ),
        (
            "The mayor has long championed a second ferry line.",
            "championed",
            "a second ferry line",
            "The mayor",
        ),
    ],
)
def test_a_verb_of_attitude_reports_its_object(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Another method would require the pilots to challenge the rules.", "challenge"),
        ("In particular, the captain wrote, the crew can challenge the owners.", "challenge"),
    ],
)
def test_a_verb_of_attitude_needs_someone_in_its_own_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []
