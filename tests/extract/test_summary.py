"""The extractive summary (extract/summary.py): lead-first, whole sentences, in article order.

Sentence choice depends on spaCy's sentences and parts of speech, so these run the real model
on short invented articles.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.summary import (
    DEFAULT_SENTENCES,
    QUOTE_MIN_SENTENCES,
    WORDS_PER_SENTENCE,
    summarize,
)
from newsfacts.sheet import Entity, Event, EventPart, Mention, Quote

pytestmark = pytest.mark.model

LEAD = (
    "A storm flooded the harbour district of Portwen on Tuesday, forcing 300 families from "
    "their homes. "
    "Council engineers said the old sea wall gave way shortly after high tide. "
    "Volunteers filled sandbags through the night while pumps drained the lower streets. "
    "Schools in the district will stay closed until Friday. "
    "The mayor promised money for a new wall before next winter."
)


def _texts(doc, **options) -> list[str]:
    return [s.text for s in summarize(doc, **options)]


def test_summary_is_the_lead_by_default(nlp) -> None:
    doc = nlp(LEAD)
    chosen = _texts(doc)
    assert len(chosen) == DEFAULT_SENTENCES
    assert chosen[0].startswith("A storm flooded")
    assert chosen[1].startswith("Council engineers")


def test_summary_sentences_are_the_articles_own_in_order(nlp) -> None:
    doc = nlp(LEAD)
    chosen = summarize(doc, sentences=5)
    assert [s.text for s in chosen] == [doc.text[s.start : s.end] for s in chosen]
    assert [s.start for s in chosen] == sorted(s.start for s in chosen)


@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_summary_length_follows_the_option(nlp, count: int) -> None:
    assert len(summarize(nlp(LEAD), sentences=count)) == count


def test_summary_stops_at_its_word_budget(nlp) -> None:
    # Two long lead sentences already hold a three-sentence summary's worth of words.
    text = (
        "A storm that had gathered over the western sea for three days flooded the harbour "
        "district of Portwen on Tuesday morning, forcing about 300 families from their homes "
        "and closing the coast road, the ferry terminal and two schools near the old fish "
        "market. "
        "Council engineers who inspected the damage on Wednesday said the old sea wall, "
        "built more than a century ago and patched many times since, gave way shortly after "
        "high tide when waves of four metres struck it. "
        "Volunteers filled sandbags through the night. "
        "Schools in the district will stay closed until Friday."
    )
    doc = nlp(text)
    assert sum(len(s.text.split()) for s in list(doc.sents)[:2]) >= 3 * WORDS_PER_SENTENCE
    chosen = _texts(doc)
    assert len(chosen) == 2
    assert chosen[1].startswith("Council engineers")
    assert len(_texts(doc, sentences=4)) == 4


def test_summary_skips_headline_date_line_and_captions(nlp) -> None:
    headline = "Storm floods Portwen harbour district"
    text = f"{headline}\n\nTuesday, March 12, 2024\n\nSandbags line a street in Portwen\n\n" + LEAD
    chosen = _texts(nlp(text), headline=headline, captions=["Sandbags line a street in Portwen"])
    assert chosen[0].startswith("A storm flooded")
    assert all("Sandbags line" not in s and "March 12" not in s for s in chosen)


def test_summary_skips_a_caption_left_in_the_text_with_its_credit(nlp) -> None:
    # A picture's description with its credit, a paragraph of its own: not the news.
    text = (
        "Harbour flood\n\nA view of the harbour wall from the north pier, two hours after the "
        "tide turned. Image: Ana Sorel.\n\n" + LEAD
    )
    chosen = _texts(nlp(text))
    assert not any("north pier" in s or "Image:" in s for s in chosen)
    assert chosen[0].startswith("A storm flooded")


def test_summary_skips_a_sentence_that_repeats_a_chosen_one(nlp) -> None:
    text = (
        "A storm flooded the harbour district of Portwen on Tuesday. "
        "The harbour district of Portwen was flooded by a storm on Tuesday. "
        "Council engineers said the old sea wall gave way after high tide. "
        "Volunteers filled sandbags through the night."
    )
    chosen = _texts(nlp(text))
    assert not any(s.startswith("The harbour district") for s in chosen)
    assert chosen[-1].startswith("Volunteers")


def test_summary_defers_an_opening_pronoun_nobody_named(nlp) -> None:
    text = (
        "The river burst its banks in Portwen on Tuesday morning. "
        "She said the water rose faster than anyone had seen in fifty years. "
        "Firefighters rescued twelve people from cars stranded on the ring road. "
        "Engineers will inspect the three bridges over the river this week."
    )
    chosen = _texts(nlp(text))
    assert not any(s.startswith("She said") for s in chosen)


def test_summary_keeps_a_pronoun_whose_referent_came_first(nlp) -> None:
    text = (
        "Mayor Ana Ruiz opened the new flood barrier in Portwen on Tuesday. "
        "She said the barrier would protect 2,000 homes from the next storm surge. "
        "Engineers spent four years building the steel gates."
    )
    doc = nlp(text)
    she = next(t for t in doc if t.text == "She")
    ruiz = doc.text.index("Ana Ruiz")
    mayor = Entity(
        id="e1",
        name="Ana Ruiz",
        type="PERSON",
        mentions=[
            Mention(start=ruiz, end=ruiz + 8, text="Ana Ruiz"),
            Mention(start=she.idx, end=she.idx + 3, text="She", kind="pronoun"),
        ],
    )
    chosen = _texts(doc, entities=[mayor], sentences=2)
    assert chosen[1].startswith("She said")


def test_summary_puts_the_event_sentence_first_among_the_lead(nlp) -> None:
    text = (
        "A storm flooded the harbour district of Portwen on Tuesday. "
        "The harbour district of Portwen was flooded by a storm on Tuesday, officials said. "
        "Volunteers filled sandbags through the night."
    )
    doc = nlp(text)
    second = doc.text.index("The harbour district")
    event = Event(who=EventPart(text="The harbour", start=second, end=second + 11))
    chosen = _texts(doc, event=event, sentences=2)
    assert chosen[0].startswith("The harbour district")


def test_summary_adds_the_main_quote_when_there_is_room(nlp) -> None:
    text = LEAD + ' "We lost everything in one night," said resident Tom Hale.'
    doc = nlp(text)
    start = doc.text.index("We lost")
    quote = Quote(
        id="q1", kind="direct", text="We lost everything in one night", start=start, end=start + 31
    )
    short = _texts(doc, quotes=[quote], sentences=QUOTE_MIN_SENTENCES - 1)
    longer = _texts(doc, quotes=[quote], sentences=QUOTE_MIN_SENTENCES)
    assert not any("We lost" in s for s in short)
    assert "We lost" in longer[-1]
    assert len(longer) == QUOTE_MIN_SENTENCES


def test_pipeline_passes_summary_sentences(nlp) -> None:
    from newsfacts.article import RawArticle, Source
    from newsfacts.pipeline import extract_one

    raw = RawArticle(text="Storm floods Portwen\n\n" + LEAD, source=Source(kind="text"))
    assert len(extract_one(raw, nlp=nlp).summary) == DEFAULT_SENTENCES
    sheet = extract_one(raw, nlp=nlp, summary_sentences=2)
    assert len(sheet.summary) == 2
    assert all(s in sheet.text for s in sheet.summary)


def test_cli_summary_sentences_option(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from newsfacts.cli import app

    story = tmp_path / "story.txt"
    story.write_text("Storm floods Portwen\n\n" + LEAD.replace(". ", ".\n\n"), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(story), "--summary-sentences", "2", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["summary"]) == 2
    refused = runner.invoke(app, ["extract", str(story), "--summary-sentences", "9"])
    assert refused.exit_code == 2
