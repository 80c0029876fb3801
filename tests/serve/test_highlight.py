"""The article page's runs: nothing of the text lost or repeated, whatever the spans do."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.serve import highlight
from newsfacts.serve.highlight import QuoteRun, Run
from newsfacts.sheet import (
    Entity,
    FactSheet,
    Generator,
    Mention,
    Paragraph,
    Quantity,
    Quote,
    Source,
    Speaker,
    Time,
)
from tests.serve.corpus import FERRY, HOSTILE, sheet_of

WORDS = st.sampled_from(["pier", "council", "“said”", "ferry", "<b>", "Kovac", "40", "é"])


@st.composite
def sheets(draw) -> FactSheet:
    """A text of 1-4 paragraphs with quotes, mentions, quantities and times at random offsets
    (overlapping, straddling paragraphs, empty): what the extractors could ever hand over."""
    paragraphs = [
        " ".join(draw(st.lists(WORDS, min_size=1, max_size=12)))
        for _ in range(draw(st.integers(1, 4)))
    ]
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for paragraph in paragraphs:
        spans.append(Paragraph(start=at, end=at + len(paragraph)))
        at += len(paragraph) + 2
    size = len(text)

    def span() -> tuple[int, int]:
        start = draw(st.integers(0, size))
        return start, draw(st.integers(start, min(size, start + 40)))

    quotes = []
    for number in range(draw(st.integers(0, 4))):
        start, end = span()
        who = draw(st.sampled_from([None, "e1", "e2"]))
        quotes.append(
            Quote(
                id=f"q{number}",
                kind="direct",
                text=text[start:end],
                start=start,
                end=end,
                speaker=None if who is None else Speaker(text="x", entity=who, start=0, end=1),
            )
        )
    entities = [
        Entity(
            id=f"e{number}",
            name=f"Person {number}",
            type=draw(st.sampled_from(["PERSON", "ORG", "GPE", "WORK OF/ART"])),
            mentions=[
                Mention(start=s, end=e, text=text[s:e])
                for s, e in (span() for _ in range(draw(st.integers(0, 3))))
            ],
        )
        for number in (1, 2)
    ]
    quantities = [
        Quantity(text=text[s:e], start=s, end=e)
        for s, e in (span() for _ in range(draw(st.integers(0, 3))))
    ]
    times = [
        Time(text=text[s:e], start=s, end=e, type="date", value="2024")
        for s, e in (span() for _ in range(draw(st.integers(0, 3))))
    ]
    return FactSheet(
        id="sha256:0",
        source=Source(kind="text"),
        headline="h",
        text=text,
        paragraphs=spans,
        generator=Generator(version="0", model="m"),
        entities=entities,
        quotes=quotes,
        quantities=quantities,
        times=times,
    )


def flatten(parts: list[Run | QuoteRun]) -> list[Run]:
    runs: list[Run] = []
    for part in parts:
        runs += part.runs if isinstance(part, QuoteRun) else [part]
    return runs


@settings(deadline=None, max_examples=200)
@given(sheets())
def test_highlight_runs_rebuild_each_paragraph_exactly(sheet: FactSheet) -> None:
    for paragraph, span in zip(highlight.paragraphs(sheet), sheet.paragraphs, strict=True):
        runs = flatten(paragraph.parts)
        assert "".join(run.text for run in runs) == sheet.text[span.start : span.end]
        assert all(run.text for run in runs)  # no empty elements


@settings(deadline=None, max_examples=200)
@given(sheets())
def test_highlight_marks_never_overlap_and_match_their_text(sheet: FactSheet) -> None:
    marks = highlight.marks(sheet)
    for before, after in pairwise(marks):
        assert before.end <= after.start
    for paragraph in highlight.paragraphs(sheet):
        for run in flatten(paragraph.parts):
            if run.mark is not None:
                assert run.text == sheet.text[run.mark.start : run.mark.end]


@settings(deadline=None, max_examples=200)
@given(sheets())
def test_highlight_quote_runs_stay_inside_their_quote(sheet: FactSheet) -> None:
    for paragraph in highlight.paragraphs(sheet):
        for part in paragraph.parts:
            if isinstance(part, QuoteRun):
                inside = "".join(run.text for run in part.runs)
                assert inside and inside in sheet.text[part.quote.start : part.quote.end]


def test_highlight_speakers_coloured_in_order_of_first_quote() -> None:
    sheet = sheet_of(FERRY)
    speakers = highlight.speakers(sheet)
    assert speakers["q1"].name == "Ines Kovac" and speakers["q1"].colour == 0


def test_highlight_pronouns_are_not_marked() -> None:
    sheet = sheet_of(FERRY)
    kovac = sheet.entities[0]
    start = sheet.text.index("who")
    pronoun = Mention(start=start, end=start + 3, text="who", kind="pronoun")
    sheet.entities[0] = kovac.model_copy(update={"mentions": [*kovac.mentions, pronoun]})
    assert all(mark.start != start for mark in highlight.marks(sheet))


def test_highlight_entity_types_become_safe_class_names() -> None:
    sheet = sheet_of(HOSTILE)
    sheet.entities[0] = sheet.entities[0].model_copy(update={"type": 'X" onclick="y'})
    assert {mark.css for mark in highlight.marks(sheet)} == {"ent ent-X--onclick--y"}
