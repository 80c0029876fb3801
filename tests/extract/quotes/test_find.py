"""Tests of extract/quotes/find.py: quotes as the whole assembly makes them (`extract_quotes`).

Direct, indirect and mixed quotes tied to their speakers; what is no quote (scare quotes, the
writer's own words). Issue #5's patterns end to end on the real model with invented
sentences, then on Docs built by hand (no model, no model mistakes), then the assembly's
later rules (issues #15, #19) on the real model, and last whole articles through the
pipeline: the bundled sample (ours), the shared scraped sample (read from ../shared, never
copied), and the views that group quotes by speaker (issue #5's done-when). Quotations no
cue's content took (split quotes, borrowed cues, quotations standing alone) are tested in
test_uncued.py.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.ingest import read_sample, read_text_file
from newsfacts.pipeline import extract_one
from newsfacts.render.markdown import render_markdown
from newsfacts.render.sections import quote_rows
from newsfacts.render.text import render_text
from newsfacts.sheet import FactSheet
from tests.extract.quotes.helpers import SAID_CLAUSE, one, speaker
from tests.extract.quotes.helpers import hand_parsed as _doc
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker_text as _speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"The water is still rising," ferry pilot Tom Berg said.',
        '"The water is still rising," said Tom Berg, a ferry pilot.',
        "“The water is still rising,” Tom Berg said.",
        "``The water is still rising,'' Tom Berg said.",
        "''The water is still rising,'' Tom Berg said.",
        'Tom Berg said: "The water is still rising."',
    ],
)
def test_quotes_model_direct_every_mark_style_and_order(nlp, text: str) -> None:
    quote = _one(nlp, text)
    assert quote.kind == "direct"
    assert quote.text.startswith("The water is still rising")
    assert "Tom Berg" in _speaker(quote)
    assert quote.source_type == "person"


@pytest.mark.model
def test_quotes_model_quote_over_several_sentences(nlp) -> None:
    text = '"The dam held. Nobody was hurt," the engineer said.'
    quote = _one(nlp, text)
    assert quote.text == "The dam held. Nobody was hurt"
    assert _speaker(quote) == "the engineer"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "The harbour board said the ferry would run again on Friday.",
            "the ferry would run again on Friday",
            "The harbour board",
            "said",
        ),
        (
            "The minister told reporters that the talks had failed.",
            "that the talks had failed",
            "The minister",
            "told",
        ),
        (
            "The ferry will run again on Friday, the harbour board said.",
            "The ferry will run again on Friday",
            "the harbour board",
            "said",
        ),
        (
            "According to the coast guard, the crew is safe.",
            "the crew is safe",
            "the coast guard",
            "according to",
        ),
        (
            "The crew is safe, according to the coast guard.",
            "The crew is safe",
            "the coast guard",
            "according to",
        ),
        (
            "The union warned that the strike would spread to other ports.",
            "that the strike would spread to other ports",
            "The union",
            "warned",
        ),
    ],
)
def test_quotes_model_indirect_speech(nlp, text, content, speaker, cue) -> None:
    quote = _one(nlp, text)
    assert (quote.kind, quote.text, _speaker(quote), (quote.cue or "").lower()) == (
        "indirect",
        content,
        speaker,
        cue,
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The company's statement said the plant would close in May.",
        "A statement from the company said the plant would close in May.",
        "In a statement, the company said the plant would close in May.",
    ],
)
def test_quotes_model_statements(nlp, text: str) -> None:
    quote = _one(nlp, text)
    assert quote.text == "the plant would close in May"
    assert "company" in _speaker(quote)


@pytest.mark.model
def test_quotes_model_mixed_quote(nlp) -> None:
    quote = _one(nlp, 'The skipper said he would "never go back to sea" after the storm.')
    assert quote.kind == "mixed"
    assert '"never go back to sea"' in quote.text
    assert _speaker(quote) == "The skipper"


def test_quotes_indirect_said_clause() -> None:
    text = "Officials said the bridge was unsafe."
    (quote,) = extract_quotes(_doc(text, SAID_CLAUSE))
    assert (quote.kind, quote.text, quote.cue) == ("indirect", "the bridge was unsafe", "said")
    assert quote.speaker is not None and quote.speaker.text == "Officials"
    assert quote.source_type == "unnamed"
    assert text[quote.start : quote.end] == quote.text


MIXED = """
She PRON nsubj 1
said VERB ROOT 1 say
the DET det 3
plan NOUN nsubj 4
was AUX ccomp 1 be
" PUNCT punct 7
dead ADJ amod 7
wrong ADJ acomp 4
" PUNCT punct 7
. PUNCT punct 1
"""


def test_quotes_quoted_fragment_in_reported_clause_is_mixed() -> None:
    text = 'She said the plan was "dead wrong".'
    (quote,) = extract_quotes(_doc(text, MIXED))
    assert quote.kind == "mixed"
    assert quote.text == 'the plan was "dead wrong"'


SCARE = """
The DET det 5
so ADV advmod 3
- PUNCT punct 3
called VERB amod 5 call
" PUNCT punct 5
reform NOUN nsubj 7
" PUNCT punct 5
passed VERB ROOT 7 pass
. PUNCT punct 7
"""


@pytest.mark.parametrize(
    ("text", "parse"),
    [
        ('The so-called "reform" passed.', SCARE),
        (
            "The storm reached the coast.",
            "The DET det 1\nstorm NOUN nsubj 2\nreached VERB ROOT 2 reach\n"
            "the DET det 4\ncoast NOUN dobj 2\n. PUNCT punct 2",
        ),
    ],
)
def test_quotes_scare_quotes_and_the_writers_own_words_are_not_quotes(
    text: str, parse: str
) -> None:
    assert extract_quotes(_doc(text, parse)) == []


@pytest.mark.model
def test_a_headline_label_speaks_to_the_end_of_its_line(nlp):
    text = "Harbor poll: Ortiz leads Roe by ten points\nRoe pledges a new pier"
    quote = one(nlp, text, ":")
    assert (quote.text, speaker(quote)) == ("Ortiz leads Roe by ten points", "Harbor poll")


# A claim the article attributes: "X said", "told", "according to", "statement said",
# "reported" (issue #5) - but not "said nothing".
REPORTING = re.compile(r"\b(?:said|says|told|according to|reported)\b(?! nothing)")


PRONOUNS = frozenset({"he", "she", "they", "it", "who", "which"})


@pytest.fixture(scope="module")
def sample(nlp) -> FactSheet:
    return extract_one(read_sample(), nlp=nlp)


def _by(sheet: FactSheet, name: str) -> list[str]:
    ids = {e.id for e in sheet.entities if name in e.name}
    return [q.text for q in sheet.quotes if q.speaker and q.speaker.entity in ids]


def _check_offsets(sheet: FactSheet) -> None:
    assert [q.id for q in sheet.quotes] == [f"q{n}" for n in range(1, len(sheet.quotes) + 1)]
    assert [q.start for q in sheet.quotes] == sorted(q.start for q in sheet.quotes)
    for quote in sheet.quotes:
        assert sheet.text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            speaker = quote.speaker
            assert sheet.text[speaker.start : speaker.end] == speaker.text


@pytest.mark.model
def test_quotes_sample_speakers_are_entities(sample: FactSheet) -> None:
    _check_offsets(sample)
    skipper = _by(sample, "Ashby")
    assert "Ask me in the spring" in skipper  # "he said", resolved through coreference
    assert any(text.startswith("I've taken her through worse weather") for text in skipper)
    assert any("immersion suits" in text for text in _by(sample, "Reyes"))  # according to
    assert any("steak dinner" in text for text in _by(sample, "Pelletier"))  # told, mixed


@pytest.mark.model
def test_quotes_sample_split_quote_continues(sample: FactSheet) -> None:
    second = next(q for q in sample.quotes if q.text.startswith("You wait, you wait"))
    first = next(q for q in sample.quotes if q.id == second.continues)
    assert first.text.startswith("The sea kept lifting the hull")
    assert first.speaker == second.speaker


@pytest.mark.model
def test_quotes_sample_kinds(sample: FactSheet) -> None:
    kinds = {q.kind for q in sample.quotes}
    assert kinds == {"direct", "indirect", "mixed"}
    mixed = next(q for q in sample.quotes if "stretched thinner" in q.text)
    assert mixed.kind == "mixed"


@pytest.mark.model
def test_quotes_views_group_by_speaker(sample: FactSheet) -> None:
    rows = quote_rows(sample)
    labels = [speaker for speaker, _, _ in rows if speaker]
    assert len(labels) == len(set(labels))  # each speaker named once, above their quotes
    group = next(i for i, row in enumerate(rows) if row[0] and "Ashby" in row[0])
    following = []
    for row in rows[group:]:
        if row[0] and following:
            break
        following.append(row[2])
    assert "Ask me in the spring" in following
    assert "Ask me in the spring" in render_markdown(sample)
    assert "Quotes" in render_text(sample, width=120)


@pytest.mark.model
def test_quotes_shared_sample_every_claim_has_its_speaker(nlp, shared) -> None:
    """Every quotation and every "said / told / according to / reported" claim of the shared
    scraped sample is a quote with a speaker; pronoun speakers resolve to an entity."""
    raw = read_text_file(shared("sample", "defector.txt"), published=date(2017, 11, 22))
    sheet = extract_one(raw, nlp=nlp)
    _check_offsets(sheet)
    assert not sheet.warnings
    for sentence in sheet.sentences:
        text = sheet.text[sentence.start : sentence.end]
        quoted = re.search(r"[\"“][^\"”]{12,}[\"”]", text)
        if not REPORTING.search(text) and not quoted:
            continue
        inside = [q for q in sheet.quotes if sentence.start <= q.start < sentence.end]
        assert inside, text
        assert all(q.speaker is not None for q in inside), text
    direct = [q for q in sheet.quotes if q.kind == "direct"]
    assert len(direct) >= 2 and direct[1].continues == direct[0].id
    for quote in sheet.quotes:
        speaker = quote.speaker
        assert speaker is not None
        if speaker.text.lower() in PRONOUNS:
            assert speaker.entity is not None, quote
        if quote.source_type == "person":
            assert speaker.entity is not None, quote


@pytest.mark.model
def test_single_quotation_marks_do_not_make_a_quote_mixed(nlp):
    # PolNeAR's converter reads only double marks as quotation marks (a headline's ‘...’
    # or '...' is no quotation for it), so the kind follows double marks alone.
    single = "Ferrin told the council the dam was 'a grand folly' and left."
    double = "Ferrin told the council the dam was “a grand folly” and left."
    assert one(nlp, single, "told").kind == "indirect"
    assert one(nlp, double, "told").kind == "mixed"


@pytest.mark.model
def test_a_quotation_in_single_marks_is_labelled_indirect(nlp):
    text = (
        "The mayor spoke for an hour about the harbor. ‘We will not pay for a dam that nobody"
        " in this town wants,’ she said."
    )
    quote = one(nlp, text, "said")
    assert (quote.kind, quote.text) == (
        "indirect",
        "We will not pay for a dam that nobody in this town wants",
    )


@pytest.mark.model
def test_a_quotation_another_cue_took_first_still_makes_the_content_mixed(nlp):
    # "think" comes first and takes the quotation; the outer report holds it all the same.
    text = (
        'Farmers who think the new dam is "a grand folly built for nobody" are wrong, the'
        " mayor said."
    )
    quote = one(nlp, text, "said")
    assert quote.kind == "mixed"
    assert quote.text.startswith("Farmers who think")


@pytest.mark.model
def test_a_quotation_in_a_phrase_of_a_cue_without_content_takes_the_phrase(nlp):
    # "pledging" finds no content in the parse; the quotation it lends itself to stands in
    # the infinitive phrase, which the quote then takes, mixed.
    quote = one(nlp, "The mayor is pledging to “build the dam by spring” at the hall.")
    assert (quote.kind, quote.text) == ("mixed", "to “build the dam by spring” at the hall")
    assert _speaker(quote) == "The mayor"


@pytest.mark.model
def test_two_quotations_in_one_phrase_of_a_cue_are_one_mixed_quote(nlp):
    quote = one(nlp, "Farmers at the hall were shouting “Stop the dam” and “Save the fields.”")
    assert (quote.kind, quote.text) == ("mixed", "“Stop the dam” and “Save the fields.”")


@pytest.mark.model
def test_a_quotation_that_is_the_whole_phrase_of_its_cue_stays_direct(nlp):
    quote = one(nlp, "The mayor told reporters “we will build the dam.”")
    assert (quote.kind, quote.text) == ("direct", "we will build the dam.")


@pytest.mark.model
def test_a_quotation_opening_a_content_ends_before_the_cues_speaker(nlp):
    quote = one(
        nlp, "“We will build the dam,” Ola Berg, a spokesman for the council, told reporters."
    )
    assert (quote.kind, quote.text) == ("direct", "We will build the dam")
    assert _speaker(quote) == "Ola Berg"


# A quotation lent a cue with no content of its own takes the cue's phrase also when its
# closing full stop hangs on the main verb, outside the quotation's own clause.


@pytest.mark.model
def test_a_quotation_ending_its_sentence_takes_the_cue_phrase(nlp) -> None:
    text = (
        "The harbor board says in a letter that the mayor's \"new tolls have gone far beyond"
        ' what the town can bear."'
    )
    quote = _one(nlp, text)
    assert quote.kind == "mixed"
    assert quote.text.startswith("that the mayor's")


# 'X was blunt: "A," she said': the words before the colon lead in to the quotation.


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            'The mayor was blunt: "We will not pay for this bridge," she said.',
            "We will not pay for this bridge",
            "she",
        ),
        (
            'Ana Ruiz was in no mood for jokes: "The river will rise again this winter,"'
            " she told reporters.",
            "The river will rise again this winter",
            "she",
        ),
    ],
)
def test_a_quotation_a_colon_introduces_before_its_cue_is_the_content(
    nlp, text, words, source
) -> None:
    quote = _one(nlp, text)
    assert (quote.kind, quote.text, speaker(quote)) == ("direct", words, source)


# A content runs over no line that opens as a sentence or a heading does.


@pytest.mark.model
def test_a_content_stops_at_a_heading_line(nlp) -> None:
    quote = _one(nlp, '"A BOLD PLAN"\nThe harbor will reopen in May, the mayor said.')
    assert (quote.kind, quote.text, speaker(quote)) == (
        "indirect",
        "The harbor will reopen in May",
        "the mayor",
    )


@pytest.mark.model
def test_a_content_stops_at_a_line_opening_with_a_quotation(nlp) -> None:
    text = (
        "Ana Ruiz defended the plan on Monday, saying the pier was safe and the harbor\n"
        "“Nobody will stop us now,” Tom Berg said."
    )
    quotes = extract_quotes(nlp(text))
    saying = next(q for q in quotes if q.cue == "saying")
    assert "\n" not in saying.text
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.text, speaker(q)) for q in direct] == [("Nobody will stop us now", "Tom Berg")]
