"""The `ner` task: CoNLL strict scoring, the label map, the gold loader, the spaCy peer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts.evaluate.gold.ner import EntitySpan, load_ner
from newsfacts.evaluate.peers.ner import conll_label, doc_entities, gold_token_docs
from newsfacts.evaluate.tasks.ner import NerScore, sheet_entities
from newsfacts.sheet import Entity, Mention
from tests.builders import bare_sheet, hand_doc

GOLD = [EntitySpan(0, 5, "PER"), EntitySpan(10, 14, "ORG"), EntitySpan(20, 26, "LOC")]


def _score(gold: list[EntitySpan], predicted: list[EntitySpan]) -> dict[str, float]:
    score = NerScore()
    score.add(gold, predicted)
    return score.metrics()


def test_ner_score_perfect_system_is_one() -> None:
    scores = _score(GOLD, list(GOLD))
    assert scores["f1"] == scores["untyped_f1"] == 1.0
    assert scores["f1_PER"] == scores["f1_ORG"] == scores["f1_LOC"] == 1.0
    assert scores["f1_MISC"] == 0.0  # no MISC anywhere: nothing to get right


def test_ner_score_empty_system_is_zero() -> None:
    scores = _score(GOLD, [])
    assert scores["f1"] == scores["precision"] == scores["recall"] == scores["untyped_f1"] == 0.0


def test_ner_score_partial_counts_label_and_span_apart() -> None:
    predicted = [
        EntitySpan(0, 5, "PER"),  # right
        EntitySpan(10, 14, "MISC"),  # right span, wrong label
        EntitySpan(19, 26, "LOC"),  # span off by one
        EntitySpan(30, 33, "ORG"),  # spurious
    ]
    scores = _score(GOLD, predicted)
    assert scores["precision"] == pytest.approx(1 / 4)
    assert scores["recall"] == pytest.approx(1 / 3)
    assert scores["f1"] == pytest.approx(2 / 7)
    assert scores["untyped_precision"] == pytest.approx(2 / 4)
    assert scores["untyped_recall"] == pytest.approx(2 / 3)
    assert scores["f1_PER"] == 1.0
    assert scores["f1_ORG"] == 0.0
    assert scores["f1_MISC"] == 0.0


def test_ner_score_duplicate_prediction_matches_once() -> None:
    scores = _score([EntitySpan(0, 5, "PER")], [EntitySpan(0, 5, "PER")] * 2)
    assert scores["precision"] == 0.5
    assert scores["recall"] == 1.0


def test_ner_score_is_micro_over_documents() -> None:
    score = NerScore()
    score.add([EntitySpan(0, 1, "PER")], [EntitySpan(0, 1, "PER")])
    score.add([EntitySpan(2, 3, "ORG"), EntitySpan(4, 5, "ORG")], [])
    assert score.metrics()["recall"] == pytest.approx(1 / 3)
    assert score.metrics()["precision"] == 1.0


@pytest.mark.parametrize(
    ("ontonotes", "conll"),
    [
        ("PERSON", "PER"),
        ("ORG", "ORG"),
        ("GPE", "LOC"),
        ("FAC", "LOC"),
        ("NORP", "MISC"),
        ("LAW", "MISC"),
        ("DATE", None),
        ("CARDINAL", None),
    ],
)
def test_conll_label_maps_ontonotes(ontonotes: str, conll: str | None) -> None:
    assert conll_label(ontonotes) == conll


def test_doc_entities_maps_and_drops() -> None:
    words = ["Ana", "Lopes", "visited", "Lisbon", "on", "Monday"]
    doc = hand_doc(words, spaces=True, ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-DATE"])
    assert doc_entities(doc) == [EntitySpan(0, 9, "PER"), EntitySpan(18, 24, "LOC")]


def test_gold_token_docs_keep_gold_offsets() -> None:
    import spacy

    tokens = ["Ana", "Lopes", "'s", "team", ".", "It", "won", "."]
    text = "Ana Lopes 's team .\nIt won ."
    (doc,) = gold_token_docs([tokens], nlp=spacy.blank("en"))
    assert [t.text for t in doc] == tokens
    assert [text[t.idx : t.idx + len(t)] for t in doc] == tokens


def test_sheet_entities_reads_text_mentions_with_mapped_type() -> None:
    text = "Ana Lopes met Orla Bank staff in Lisbon."
    mentions = [
        Mention(start=0, end=9, text="Ana Lopes"),
        Mention(field="headline", start=0, end=3, text="Ana"),
    ]
    sheet = bare_sheet(
        text,
        entities=[
            Entity(id="e1", name="Ana Lopes", type="PERSON", mentions=mentions),
            Entity(
                id="e2",
                name="Lisbon",
                type="GPE",
                mentions=[Mention(start=32, end=38, text="Lisbon")],
            ),
            Entity(
                id="e3", name="Monday", type="DATE", mentions=[Mention(start=0, end=3, text="Ana")]
            ),
        ],
    )
    assert sheet_entities(sheet) == [EntitySpan(0, 9, "PER"), EntitySpan(32, 38, "LOC")]


@pytest.fixture(scope="module")
def gold_documents(eval_gold: Callable[[str], Path]):
    return load_ner(eval_gold("ner"))


def test_load_ner_counts_match_source(gold_documents) -> None:
    assert len(gold_documents) == 174
    assert sum(len(d.tokens) for d in gold_documents) == 34_897
    labels = [e.label for d in gold_documents for e in d.entities]
    assert len(labels) == 4_272
    assert {x: labels.count(x) for x in set(labels)} == {
        "LOC": 1_264,
        "ORG": 1_243,
        "PER": 1_189,
        "MISC": 576,
    }


def test_load_ner_tokens_rebuild_text(gold_documents) -> None:
    for document in gold_documents:
        assert document.text.replace("\n", " ") == " ".join(document.tokens)


def test_load_ner_limit(eval_gold: Callable[[str], Path]) -> None:
    assert len(load_ner(eval_gold("ner"), limit=3)) == 3
