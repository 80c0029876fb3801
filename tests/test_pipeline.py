"""End to end with the real model: read -> clean -> parse -> sheet."""

from __future__ import annotations

import re

import pytest

from newsfacts.article import RawArticle, Source
from newsfacts.clean.normalize import normalize_line, normalize_text
from newsfacts.identity import article_id
from newsfacts.ingest import read_sample, read_text_file
from newsfacts.pipeline import clean, extract_many, extract_one

pytestmark = pytest.mark.model


def test_pipeline_sample_sheet(nlp) -> None:
    sheet = extract_one(read_sample(), nlp=nlp)
    # the id hashes where the article came from with its headline and text (issue #14)
    assert sheet.id == article_id(clean(read_sample()))
    assert sheet.published is not None and sheet.published_from == "text"
    for paragraph in sheet.paragraphs:
        chunk = sheet.text[paragraph.start : paragraph.end]
        assert chunk and chunk == chunk.strip()
    assert sheet.generator.name == "newsfacts"
    assert len(sheet.sentences) > len(sheet.paragraphs)
    for sentence in sheet.sentences:
        assert (
            sheet.text[sentence.start : sentence.end].strip()
            == (sheet.text[sentence.start : sentence.end])
        )


def test_pipeline_body_only_keeps_text_verbatim(nlp) -> None:
    text = "First block.\n\nSecond block\nstill second.\n\n\nThird."
    sheet = extract_one(RawArticle(text=text, source=Source("text")), nlp=nlp, body_only=True)
    assert sheet.text == text
    assert [text[p.start : p.end] for p in sheet.paragraphs] == [
        "First block.",
        "Second block\nstill second.",
        "Third.",
    ]


def test_pipeline_many_articles_one_model(nlp) -> None:
    raws = [
        RawArticle(text=f"Headline {i}\n\nBody number {i}.", source=Source("text"))
        for i in range(20)
    ]
    sheets = list(extract_many(raws, nlp=nlp))
    assert [s.text for s in sheets] == [f"Body number {i}." for i in range(20)]


def test_pipeline_on_shared_sample(nlp, shared) -> None:
    """The issue's done-when on ../shared/sample (read from there, never copied)."""
    path = shared("sample", "defector.txt")
    raw = read_text_file(path)
    sheet = extract_one(raw, nlp=nlp)
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    assert sheet.headline == next(line for line in lines if line)
    credited = [line for line in lines if re.search(r"Credit: \w+$", line)]
    assert len(sheet.captions) == len(credited) == 5
    assert {c.credit for c in sheet.captions} == {"AP", "Reuters", "AFP"}
    assert "Credit:" not in sheet.text and "License this content" not in sheet.text
    for caption in sheet.captions:
        assert caption.text not in sheet.text
    # Every real paragraph is kept, in order.
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    body = [
        normalize_line(normalize_text(b))
        for b in blocks[1:]
        if "\n" not in b and b != "License this content"
    ]
    positions = [sheet.text.find(b) for b in body]
    assert -1 not in positions and positions == sorted(positions)
    assert len(sheet.paragraphs) == len(body)


def test_pipeline_stage_failure_becomes_a_warning(nlp, monkeypatch) -> None:
    import newsfacts.pipeline as pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("unit table missing")

    monkeypatch.setattr(pipeline, "extract_quantities", broken)
    raw = RawArticle(text="Headline\n\nThe ferry carried 40 people.", source=Source("text"))
    sheet = extract_one(raw, nlp=nlp)
    assert sheet.quantities == []
    assert any("quantities stage failed" in w and "unit table missing" in w for w in sheet.warnings)
    assert sheet.text == "The ferry carried 40 people."


def test_pipeline_no_stage_fails_on_our_fixtures(nlp) -> None:
    """Containment must not hide bugs: on our own articles no stage may fail."""
    from tests.conftest import FIXTURES

    raws = [read_sample()] + [read_text_file(p) for p in sorted(FIXTURES.glob("scraped/*.txt"))]
    for sheet in extract_many(raws, nlp=nlp):
        assert not [w for w in sheet.warnings if "stage failed" in w], sheet.source.path


HEADLINE_RAW = RawArticle(
    text="Ferry Runs Aground Off Dunmore: Crew Safe\n\n"
    "The harbour ferry ran aground off Dunmore on Tuesday. Its crew of four was unhurt.",
    source=Source("text"),
)


def test_pipeline_parses_headline_in_the_body_batch(nlp, monkeypatch) -> None:
    """One `nlp.pipe` for bodies and headlines alike, not a second one per article (#18)."""
    import newsfacts.pipeline as pipeline
    from newsfacts.extract.event.phrases import headline_parts

    def second_pipe(*args, **kwargs):
        raise AssertionError("the headline was parsed in a second nlp.pipe")

    monkeypatch.setattr(pipeline, "parse_headline", second_pipe)
    article = clean(HEADLINE_RAW)
    (parsed,) = pipeline.parse_many([article], nlp=nlp)
    sheets = list(extract_many([HEADLINE_RAW] * 3, nlp=nlp))
    assert not [w for sheet in sheets for w in sheet.warnings if "stage failed" in w]
    parts = headline_parts(article.headline, article.text)
    assert len(parts) == 2 and parsed.headline is not None
    assert [(p.start, p.doc.text) for p in parsed.headline] == parts
    assert all(sheet.event.what for sheet in sheets)


def test_pipeline_headline_parsed_apart_gives_the_same_sheet(nlp) -> None:
    """A Parsed made without headline parses (as a caller may) still gets its event."""
    from newsfacts.pipeline import Parsed, build_sheet, parse_many

    (parsed,) = parse_many([clean(HEADLINE_RAW)], nlp=nlp)
    apart = build_sheet(Parsed(parsed.article, parsed.doc), nlp=nlp)
    assert build_sheet(parsed, nlp=nlp) == apart


def test_pipeline_headline_that_cannot_be_split_costs_only_the_event(nlp, monkeypatch) -> None:
    import newsfacts.pipeline as pipeline

    def broken(*args, **kwargs):
        raise ValueError("separator table missing")

    monkeypatch.setattr(pipeline, "headline_parts", broken)
    sheet = extract_one(HEADLINE_RAW, nlp=nlp)
    assert any("event stage failed" in w and "separator table" in w for w in sheet.warnings)
    assert sheet.entities and sheet.text.startswith("The harbour ferry")


def test_pipeline_timings_hook_times_every_stage_and_changes_nothing(nlp) -> None:
    from newsfacts.pipeline import build_sheet, parse_many

    (parsed,) = parse_many([clean(HEADLINE_RAW)], nlp=nlp)
    timings: dict[str, float] = {}
    sheet = build_sheet(parsed, nlp=nlp, timings=timings)
    stages = ["times", "quantities", "entities", "timeline", "quotes", "event", "summary"]
    assert sorted(timings) == sorted(stages)
    assert all(seconds >= 0 for seconds in timings.values())
    assert sheet == build_sheet(parsed, nlp=nlp)


def test_model_loads_only_the_components_stages_read(nlp) -> None:
    """The senter splits sentences the parser already splits: never loaded (#18)."""
    assert "senter" not in nlp.component_names
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        assert name in nlp.pipe_names
