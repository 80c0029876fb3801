"""What a verb reports as its object (`objects.py`): a viewing verb's "as" phrase, however the
parse hangs it, is the name the viewer gives; on the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Most voters see the toll as a mistake.", "the toll as a mistake", "Most voters"),
        ("They see the pier as unsafe.", "the pier as unsafe", "They"),
    ],
)
def test_what_someone_sees_something_as_is_their_view(nlp, text, content, source):
    quote = one(nlp, text, "see")
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_time_clause_after_seeing_is_no_view(nlp):
    assert with_cue(nlp, "She saw the ferry as she drove home.", "saw") == []
