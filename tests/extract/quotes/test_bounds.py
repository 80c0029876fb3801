"""Issue #19: two reports in one sentence, and a study's findings, on the real model and
invented sentences. "X said A, while Y said B" is two attributions: the first content ends
before the contrasted report, which is kept as a report of its own (not dropped as nested).
A plain "and" keeps one content, unless a second verb of the cue's tense (or a participle)
with no subject of its own follows: "X said A and questioned B" is two reports of X's. A
study, poll or survey that "found" something reports its object; a person who "found the
keys" reports nothing."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model

# (sentence, [(content, speaker), ...]): a contrasted report with its own subject, then a
# second report of the cue's own speaker ("and questioned", ", adding that").
TWO_REPORTS = [
    (
        "The mayor said the bridge was safe, while the engineers said it needed repairs.",
        [("the bridge was safe", "The mayor"), ("it needed repairs", "the engineers")],
    ),
    (
        "Most residents said the ferry had done well, while other riders said they had not "
        "been on it.",
        [
            ("the ferry had done well", "Most residents"),
            ("they had not been on it", "other riders"),
        ],
    ),
    (
        "The mayor said the pier had reopened and questioned why the ferry was late.",
        [("the pier had reopened", "The mayor"), ("why the ferry was late", "The mayor")],
    ),
    (
        "The captain said the ship was sound, adding that the crew had trained for weeks.",
        [
            ("the ship was sound", "The captain"),
            ("that the crew had trained for weeks", "The captain"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_REPORTS)
def test_a_second_report_ends_the_first_content(nlp, text, expected):
    quotes = extract_quotes(nlp(text))
    assert [(quote.text, speaker(quote)) for quote in quotes] == expected


def test_a_verb_of_the_reported_subject_stays_in_the_content(nlp):
    text = "The mayor said voters want a new pier and believe the old one is unsafe."
    quote = one(nlp, text, "said")
    assert quote.text == "voters want a new pier and believe the old one is unsafe"


def test_a_report_joined_by_and_stays_in_one_content(nlp):
    text = "The ranger said the trail was closed and that the rangers had found a bear."
    quote = one(nlp, text, "said")
    assert quote.text.endswith("had found a bear")


def test_a_nested_report_is_not_cut_off(nlp):
    text = "The pilot said that the controller believed the runway was clear."
    quote = one(nlp, text, "said")
    assert quote.text == "that the controller believed the runway was clear"


FINDINGS = [
    (
        "A 2012 study by a state university found 14 cases of fraud.",
        "14 cases of fraud",
        "A 2012 study by a state university",
    ),
    (
        "The survey found broad support for the harbor tax.",
        "broad support for the harbor tax",
        "The survey",
    ),
]


@pytest.mark.parametrize(("text", "content", "source"), FINDINGS)
def test_a_study_reports_what_it_found(nlp, text, content, source):
    quote = one(nlp, text, "found")
    assert quote.text == content
    assert speaker(quote) == source


def test_a_person_finding_a_thing_reports_nothing(nlp):
    text = "The janitor found the keys under the bench."
    assert with_cue(nlp, text, "found") == []
    assert extract_quotes(nlp(text)) == []
