"""Cue verbs (`cues.py`): a verb of showing on a document it defines still reports the
document's finding; on the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


def test_a_document_showing_something_reports_its_finding(nlp):
    quote = one(nlp, "Two new polls showing Tim Ortiz far ahead came out on Monday.", "showing")
    assert (quote.text, speaker(quote)) == ("Tim Ortiz far ahead", "Two new polls")


def test_a_person_showing_something_in_a_defining_clause_is_no_report(nlp):
    assert with_cue(nlp, "The guide showing the new pier to tourists waved at us.", "showing") == []
