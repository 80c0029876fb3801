"""Issue #15 (speakers that make sense), on the real model, invented sentences: a speaker
set off from its verb by an aside ("X, meanwhile, who ..., said"), and words cited in
quotation marks, which are no source ("X, citing "Y," said"); a tail clause after a quotation
('"...," X retaliated.') and a cue on the next line, which is not the quotation's."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


def test_speaker_before_an_aside_speaks(nlp) -> None:
    text = "Dr. Amsel, meanwhile, who sits on the board of two clinics, said the plan would fail."
    quotes = _with_cue(nlp, text, "said")
    assert [_speaker(quote) for quote in quotes] == ["Dr. Amsel"]


def test_words_cited_in_quotation_marks_are_no_source(nlp) -> None:
    text = (
        "Mr. Tarrant, citing ''the sheer stubbornness of the mayor,'' said the vote could "
        "still be close."
    )
    quote = next(q for q in _with_cue(nlp, text, "said") if q.text.startswith("the vote"))
    assert _speaker(quote) == "Mr. Tarrant"
    assert quote.reported_by is None


def test_a_source_cited_still_speaks(nlp) -> None:
    text = "The paper reported, citing two officials, that the mine would close in March."
    quotes = _with_cue(nlp, text, "reported")
    assert [_speaker(quote) for quote in quotes] == ["two officials"]


# A quotation closed on a comma and followed by "subject verb." names its speaker, whatever
# the verb.


def test_tail_clause_names_the_speaker_of_any_verb(nlp) -> None:
    text = (
        "The council met on Monday.\n\n“The bridge will stand,” an angry Mayor Dahl "
        "retaliated. “It has stood for a century.”\n\nThe vote is next week."
    )
    quotes = _with_cue(nlp, text, "retaliated")
    assert [q.text for q in quotes] == ["The bridge will stand", "It has stood for a century."]
    assert {_speaker(q) for q in quotes} == {"an angry Mayor Dahl"}
    assert quotes[1].continues == quotes[0].id


def test_tail_clause_with_an_object_is_no_frame(nlp) -> None:
    text = "“Hold the line,” the coach painted the fence."
    assert _with_cue(nlp, text, "painted") == []


# A line break ends a quotation's sentence: the next line's cue is another report.


def test_cue_on_the_next_line_is_not_the_quotations(nlp) -> None:
    text = (
        "“I have no plan to run for mayor,” Ms. Tovey said in an interview. “I am happy "
        "where I am.”\nHe said he would back her anyway."
    )
    quotes = [q for q in extract_quotes(nlp(text)) if q.kind == "direct"]
    assert [_speaker(q) for q in quotes] == ["Ms. Tovey", "Ms. Tovey"]


# "citing Y" names a source only as a participle of the reporting verb; "but she cited Y"
# is a report of her own.


def test_cited_with_its_own_subject_is_no_source(nlp) -> None:
    text = (
        "Ms. Rask often says she is not running for a second term, but she has also cited "
        "her record on schools."
    )
    quote = _with_cue(nlp, text, "says")[0]
    assert _speaker(quote) == "Ms. Rask"
    assert quote.reported_by is None


# '"A," X said, suggesting that Y. "B."': B runs on from A, and Y stays a report of its own.


def test_quotation_runs_on_from_the_quotation_not_the_paraphrase(nlp) -> None:
    text = (
        "“The fund cannot last,” Mr. Oduya said, suggesting that the board should raise its "
        "fees. “We are running out of time.”"
    )
    quotes = {q.text: q for q in extract_quotes(nlp(text))}
    first, paraphrase = (
        quotes["The fund cannot last"],
        quotes["that the board should raise its fees"],
    )
    assert quotes["We are running out of time."].continues == first.id
    assert paraphrase.continues is None


# A relative pronoun whose noun no entity covers is written from the noun to the pronoun:
# the noun for the reader, the pronoun the source as the gold marks it.


def test_which_speaker_is_written_with_its_noun(nlp) -> None:
    text = "The board released an inspection report, which concluded that the old dam was unsafe."
    quote = _with_cue(nlp, text, "concluded")[0]
    assert _speaker(quote) == "an inspection report, which"


def test_that_speaker_is_written_with_its_noun(nlp) -> None:
    text = "The plan has lost favour with fishing groups that once regarded it as a fair deal."
    quote = _with_cue(nlp, text, "regarded")[0]
    assert _speaker(quote) == "fishing groups that"
