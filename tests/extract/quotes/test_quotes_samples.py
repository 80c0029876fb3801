"""Quotes on whole articles through the pipeline: the bundled sample (ours), the shared
scraped sample (read from ../shared, never copied), and the views that group quotes by
speaker (issue #5's done-when)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from newsfacts.ingest import read_sample, read_text_file
from newsfacts.pipeline import extract_one
from newsfacts.render.markdown import render_markdown
from newsfacts.render.sections import quote_rows
from newsfacts.render.text import render_text
from newsfacts.sheet import FactSheet

pytestmark = pytest.mark.model

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


def test_quotes_sample_speakers_are_entities(sample: FactSheet) -> None:
    _check_offsets(sample)
    skipper = _by(sample, "Ashby")
    assert "Ask me in the spring" in skipper  # "he said", resolved through coreference
    assert any(text.startswith("I've taken her through worse weather") for text in skipper)
    assert any("immersion suits" in text for text in _by(sample, "Reyes"))  # according to
    assert any("steak dinner" in text for text in _by(sample, "Pelletier"))  # told, mixed


def test_quotes_sample_split_quote_continues(sample: FactSheet) -> None:
    second = next(q for q in sample.quotes if q.text.startswith("You wait, you wait"))
    first = next(q for q in sample.quotes if q.id == second.continues)
    assert first.text.startswith("The sea kept lifting the hull")
    assert first.speaker == second.speaker


def test_quotes_sample_kinds(sample: FactSheet) -> None:
    kinds = {q.kind for q in sample.quotes}
    assert kinds == {"direct", "indirect", "mixed"}
    mixed = next(q for q in sample.quotes if "stretched thinner" in q.text)
    assert mixed.kind == "mixed"


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
