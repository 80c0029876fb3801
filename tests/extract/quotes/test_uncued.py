"""Tests of extract/quotes/uncued.py: quotations no cue's content took (`attribute`).

A quotation borrowing a cue in its sentence, the second half of a split quote going on from
the first (from the speaker, or the quote whose cue the clause between hangs on, not the
paraphrase or the relative clause after it), a quotation standing alone in its paragraph or
opening the next one, a heading or a scare quote that is no quote, and a short scare quote
after a paraphrase going on with it as an indirect piece: on the real model with invented
sentences, and on a Doc built by hand.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import checked_quotes as _quotes
from tests.extract.quotes.helpers import hand_parsed as _doc
from tests.extract.quotes.helpers import speaker, with_cue
from tests.extract.quotes.helpers import speaker_text as _speaker


@pytest.mark.model
def test_quotes_model_split_quote_keeps_one_speaker(nlp) -> None:
    text = '"We are ready," coach Ana Ruiz said. "The team has trained all winter."'
    first, second = _quotes(nlp, text)
    assert (first.kind, second.kind) == ("direct", "direct")
    assert _speaker(first) == _speaker(second)
    assert "Ana Ruiz" in _speaker(first)
    assert second.continues == first.id


@pytest.mark.model
def test_quotes_model_multi_paragraph_quote_takes_the_first_speaker(nlp) -> None:
    text = (
        'The mayor spoke at noon. "We will rebuild the pier before summer," she said.\n\n'
        '"The money is there and the builders are ready to start next week.'
    )
    first, second = _quotes(nlp, text)
    assert second.kind == "direct"
    assert second.speaker == first.speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'The so-called "peace plan" was dropped on Monday.',
        'They watched "The Long Night" at the harbour cinema on Friday.',
        "The storm reached the coast late on Monday and flooded the quay.",
    ],
)
def test_quotes_model_scare_quotes_titles_and_the_writers_words_are_not_quotes(
    nlp, text: str
) -> None:
    assert _quotes(nlp, text) == []


SPLIT = """
" PUNCT punct 8
We PRON nsubj 2
are AUX ccomp 8 be
ready ADJ acomp 2
, PUNCT punct 8
" PUNCT punct 8
Ms. PROPN compound 7
Holm PROPN nsubj 8
said VERB ROOT 8 say
. PUNCT punct 8
" PUNCT punct 13
The DET det 12
team NOUN nsubj 13
trained VERB ROOT 13 train
. PUNCT punct 13
" PUNCT punct 13
"""


def test_quotes_split_quote_is_two_quotes_with_one_speaker() -> None:
    text = '"We are ready," Ms. Holm said. "The team trained."'
    first, second = extract_quotes(_doc(text, SPLIT))
    assert (first.kind, first.text) == ("direct", "We are ready")
    assert (second.kind, second.text) == ("direct", "The team trained.")
    assert first.speaker == second.speaker
    assert first.speaker is not None and first.speaker.text == "Ms. Holm"
    assert (first.id, second.id, second.continues) == ("q1", "q2", "q1")


# A line break ends a quotation's sentence: the next line's cue is another report.


@pytest.mark.model
def test_cue_on_the_next_line_is_not_the_quotations(nlp) -> None:
    text = (
        "“I have no plan to run for mayor,” Ms. Tovey said in an interview. “I am happy "
        "where I am.”\nHe said he would back her anyway."
    )
    quotes = [q for q in extract_quotes(nlp(text)) if q.kind == "direct"]
    assert [_speaker(q) for q in quotes] == ["Ms. Tovey", "Ms. Tovey"]


# '"A," X said, suggesting that Y. "B."': B runs on from A, and Y stays a report of its own.


@pytest.mark.model
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


@pytest.mark.model
def test_the_cue_of_an_opening_phrase_still_speaks_for_a_quotation_after_it(nlp):
    text = (
        "On the other side, Jo Roe wrote a reply. "
        '"The pier will stand for another century, whatever the council says."'
    )
    quotes = extract_quotes(nlp(text))
    assert [(q.kind, q.text, speaker(q)) for q in quotes] == [
        (
            "direct",
            "The pier will stand for another century, whatever the council says.",
            "Jo Roe",
        )
    ]


@pytest.mark.model
def test_the_quotations_of_one_content_are_one_attribution(nlp):
    text = (
        "''Costs rose after the town council kept buying old ferries from abroad,'' Mr. Dahl "
        "said, ''and after it kept hiring crews nobody had trained.''"
    )
    first, second = with_cue(nlp, text, "said")
    assert (first.kind, second.kind) == ("direct", "direct")
    assert (first.continues, second.continues) == (None, first.id)


@pytest.mark.model
def test_a_quotation_opening_the_next_paragraph_goes_on(nlp):
    text = (
        '"The ferry will sail on Monday," the skipper said.\n\n'
        '"The crew is ready and the weather is fine for a crossing."'
    )
    first, second = extract_quotes(nlp(text))
    assert second.text == "The crew is ready and the weather is fine for a crossing."
    assert (speaker(second), second.continues) == ("the skipper", first.id)


@pytest.mark.model
def test_a_quotation_after_another_sentence_starts_anew(nlp):
    text = (
        '"The ferry will sail on Monday," the skipper said. She then took questions from '
        'the crowd.\n\n"The crew is ready and the weather is fine for a crossing."'
    )
    _, second = extract_quotes(nlp(text))
    assert (speaker(second), second.continues) == ("the skipper", None)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"The ferry will sail on time," said Orla Quent, who wrote about the harbor in her'
        ' memoir. "Nobody believed us back then."',
        '"The ferry will sail on time," said Captain Dunmore, who said he would retire'
        ' in spring. "Nobody believed us back then."',
    ],
)
def test_a_split_quote_goes_on_from_the_speaker_not_the_relative_clause_after_it(nlp, text):
    quotes = extract_quotes(nlp(text))
    first = next(q for q in quotes if q.text.startswith("The ferry"))
    second = next(q for q in quotes if q.text.startswith("Nobody"))
    assert speaker(second) == speaker(first)
    assert second.continues == first.id


@pytest.mark.model
def test_a_split_quote_goes_on_from_the_quote_whose_cue_the_clause_between_hangs_on(nlp):
    # "as he called for" hangs on "said": the second quotation is Dunmore's, not the
    # report of the clause in between.
    text = (
        "''The harbor will flood,'' Dunmore said in a speech to the council, as he called for"
        " a new sea wall. ''Nobody listens to the skippers.''"
    )
    quotes = extract_quotes(nlp(text))
    first = next(q for q in quotes if q.text.startswith("The harbor"))
    second = next(q for q in quotes if q.text.startswith("Nobody"))
    assert speaker(second) == "Dunmore"
    assert second.continues == first.id


@pytest.mark.model
def test_a_title_standing_as_a_heading_does_not_go_on_from_the_quote_before(nlp):
    text = (
        '"We have waited ten years for this bridge, and we will wait no longer," the mayor'
        ' said.\n\n"The River Comes Home To Dorrow"\n\nThe council votes on Friday.'
    )
    quotes = extract_quotes(nlp(text))
    assert [q.text for q in quotes] == [
        "We have waited ten years for this bridge, and we will wait no longer"
    ]


@pytest.mark.model
def test_a_scare_quote_after_a_paraphrase_leaves_it_indirect(nlp):
    # A short quotation with no cue beside it, a sentence after the paraphrase: it goes on
    # with the paraphrase as an indirect piece, so the chain reads indirect, not mixed.
    text = (
        "The mayor said the new dam would flood the lower fields by spring. The"
        ' "grey wall" has cost twice its budget, and the "long shadow" more.'
    )
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "the new dam would flood the lower fields by spring"),
        ("indirect", "grey wall"),
        ("indirect", "long shadow"),
    ]
    assert [q.continues for q in quotes] == [None, "q1", "q2"]


@pytest.mark.model
def test_a_quotation_of_a_sentence_after_a_paraphrase_stays_direct(nlp):
    text = (
        "The mayor said the new dam would flood the lower fields by spring. The"
        ' "grey wall" has cost twice its budget. "Nobody asked us," she added.'
    )
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.text) for q in quotes][-1] == ("direct", "Nobody asked us")


# A scare quote closing the writer's sentence with its full stop inside the marks, or in a
# clause of its own after the paraphrase, goes on with the paraphrase as an indirect piece.


@pytest.mark.model
def test_a_scare_quote_with_the_sentence_end_inside_its_marks_is_an_aside(nlp):
    text = (
        "The mayor said the new dam would flood the lower fields by spring. In town it is"
        ' simply the "grey wall."'
    )
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "the new dam would flood the lower fields by spring"),
        ("indirect", "grey wall."),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "scare"),
    [
        (
            "The mayor endorsed the harbor plan on Monday, even though the budget has"
            ' "grave flaws" in its second half.',
            "grave flaws",
        ),
        (
            "The mayor backed the new toll, although the town still has"
            ' "serious doubts" about its size.',
            "serious doubts",
        ),
    ],
)
def test_a_scare_quote_in_a_clause_of_its_own_after_the_paraphrase_is_an_aside(nlp, text, scare):
    last = _quotes(nlp, text)[-1]
    assert (last.kind, last.text, last.continues) == ("indirect", scare, "q1")


# A cue on another line than the quotation, one opening as a sentence, is not its cue.


@pytest.mark.model
def test_a_cue_on_the_next_line_does_not_take_a_quotation_standing_alone(nlp):
    text = (
        "The mayor spoke at the pier on Monday, and the crowd cheered for her.\n"
        "“Nobody will stop us now, not the storms and not the banks,”\n"
        "Tom Berg said the river was too high."
    )
    assert [q.kind for q in _quotes(nlp, text)] == ["indirect"]


# A title standing as a line of its own is a heading: it continues no paraphrase.


@pytest.mark.model
def test_a_title_on_a_line_of_its_own_continues_nothing(nlp):
    text = (
        "The mayor said the dam would hold and the lower fields were safe.\n"
        '"A BOLD PLAN"\nThe town will vote in May on the new harbor.'
    )
    assert [q.text for q in _quotes(nlp, text)] == [
        "the dam would hold and the lower fields were safe"
    ]
