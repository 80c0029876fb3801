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
