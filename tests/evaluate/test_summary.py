"""The `summary` task: ROUGE per subset, the gold loader, the lead-3 and TextRank peers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from statistics import fmean

import pytest

from newsfacts.evaluate.gold.summary import CNNDM, GUM, SummaryDocument, load_summary
from newsfacts.evaluate.peers.summary import lead, sentences, textrank
from newsfacts.evaluate.tasks.summary import rouge, score_summaries
from tests.builders import hand_doc

METRICS = {"rouge1", "rouge2", "rougeL", "rougeLsum", "gum_rouge1", "gum_rouge2", "gum_rougeL"}


def _document(subset: str, *summary_sentences: str) -> SummaryDocument:
    return SummaryDocument(
        id=f"{subset}/x",
        subset=subset,
        headline=None,
        text="",
        summary=" ".join(summary_sentences),
        summary_sentences=summary_sentences,
    )


REFERENCE = _document(CNNDM, "The cat sat.", "A dog barked.")


def test_rouge_perfect_prediction_is_one() -> None:
    scores = rouge(REFERENCE, ["The cat sat.", "A dog barked."])
    assert scores == pytest.approx({"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0, "rougeLsum": 1.0})


def test_rouge_empty_prediction_is_zero() -> None:
    assert set(rouge(REFERENCE, []).values()) == {0.0}


def test_rouge_partial() -> None:
    # Unigrams: 6 reference, 3 predicted, all shared; bigrams: 5 reference (joined text),
    # 2 predicted, both shared.
    scores = rouge(REFERENCE, ["The cat sat."])
    assert scores["rouge1"] == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert scores["rouge2"] == pytest.approx(2 * 1 * 0.4 / 1.4)
    assert scores["rougeLsum"] == pytest.approx(2 * 1 * 0.5 / 1.5)


def test_rouge_stems() -> None:
    assert rouge(_document(CNNDM, "Dogs barking."), ["dog barked"])["rouge1"] == 1.0


def test_score_summaries_keeps_subsets_apart() -> None:
    gum = _document(GUM, "Rain fell.")
    scores = score_summaries([REFERENCE, gum], [["The cat sat.", "A dog barked."], []])
    assert set(scores) == METRICS
    assert scores["rouge1"] == scores["rougeLsum"] == 1.0
    assert scores["gum_rouge1"] == 0.0
    # A subset absent from the run scores 0.0.
    only_cnndm = score_summaries([REFERENCE], [["The cat sat."]])
    assert only_cnndm["gum_rouge2"] == 0.0
    assert only_cnndm["rouge1"] == pytest.approx(2 / 3)


def test_score_summaries_is_mean_over_articles() -> None:
    scores = score_summaries([REFERENCE, REFERENCE], [["The cat sat.", "A dog barked."], []])
    assert scores["rouge2"] == pytest.approx(fmean([1.0, 0.0]))


SENTENCES = [
    "Flooding closed the river road on Monday.",
    "The river rose two metres overnight after heavy rain.",
    "A bakery on the corner stayed open.",
    "Officials said the river road would reopen once the river fell.",
]


def test_lead_takes_first_sentences() -> None:
    assert lead(SENTENCES) == SENTENCES[:3]
    assert lead(SENTENCES, k=1) == SENTENCES[:1]
    assert lead([]) == []


def test_textrank_picks_three_in_document_order() -> None:
    chosen = textrank(SENTENCES)
    assert len(chosen) == 3
    assert chosen == [s for s in SENTENCES if s in chosen]
    assert textrank(SENTENCES, k=1) == [SENTENCES[3]]  # the most connected sentence
    assert textrank(SENTENCES[:2]) == SENTENCES[:2]
    assert textrank([]) == []


def test_sentences_strip_and_skip_blank() -> None:
    words = ["Rain", "fell", ".", "\n\n", "Roads", "shut", "."]
    spaces = [True, False, False, False, True, False, False]
    doc = hand_doc(
        words,
        spaces=spaces,
        sent_starts=[True, False, False, True, True, False, False],
    )
    assert sentences(doc) == ["Rain fell.", "Roads shut."]


@pytest.fixture(scope="module")
def gold_documents(eval_gold: Callable[[str], Path]) -> list[SummaryDocument]:
    return load_summary(eval_gold("summary"))


def test_load_summary_counts_match_source(gold_documents: list[SummaryDocument]) -> None:
    assert len(gold_documents) == 206
    assert sum(d.subset == CNNDM for d in gold_documents) == 188
    assert sum(d.subset == GUM for d in gold_documents) == 18
    assert fmean(len(d.summary_sentences) for d in gold_documents) == pytest.approx(3.45, abs=0.005)
    assert all(d.headline for d in gold_documents if d.subset == GUM)


def test_load_summary_limit(eval_gold: Callable[[str], Path]) -> None:
    assert len(load_summary(eval_gold("summary"), limit=3)) == 3
