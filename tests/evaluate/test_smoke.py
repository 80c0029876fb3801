"""Every eval task end to end on the first three gold documents, peers included: the figures come
back for every system, named as the report expects, and the peers score as their own papers say.
The scorers themselves are tested on invented documents beside each task's loader tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsfacts.evaluate.gold.fivew1h import QUESTIONS
from newsfacts.evaluate.result import TaskResult
from newsfacts.evaluate.runner import get_task


def _nothing_more(result: TaskResult) -> None:
    pass


@dataclass(frozen=True)
class Smoke:
    """What one task's run on three documents must give."""

    task: str
    metrics: frozenset[str]
    exact: bool = False  # exactly these metrics, not at least these
    bounded: bool = True  # every figure a fraction in [0, 1] (coref's bias is not)
    documents: int = 3
    more: Callable[[TaskResult], None] = _nothing_more


def _article(result: TaskResult) -> None:
    for metrics in result.systems.values():
        assert all(isinstance(v, float) for v in metrics.values())
    assert result.systems["trafilatura"]["token_f1"] > 0.8


def _ner(result: TaskResult) -> None:
    assert result.systems["spacy"]["f1"] > 0.3


def _timex(result: TaskResult) -> None:
    assert result.systems["dateparser"]["span_f1_relaxed"] > 0.3


def _quantities(result: TaskResult) -> None:
    # Its own regression tests: quantulum3 gets the first three right.
    assert result.systems["quantulum3"]["f1"] == 1.0


def _stories(result: TaskResult) -> None:
    assert any("singleton" in note for note in result.notes)


def _coref(result: TaskResult) -> None:
    assert "gum_pronoun_accuracy" in result.systems["newsfacts"]
    assert "gum_pronoun_accuracy" in result.systems["closest-mention"]


def _summary(result: TaskResult) -> None:
    assert result.systems["lead-3"]["rouge1"] > 0.2


def _pages(result: TaskResult) -> None:
    assert "caption_recall_other" in result.systems["newsfacts"]


SUMMARY = {"rouge1", "rouge2", "rougeL", "rougeLsum", "gum_rouge1", "gum_rouge2", "gum_rougeL"}
TIMEX = {
    "value_f1",
    "span_f1_relaxed",
    "span_f1_strict",
    "type_accuracy",
    "value_accuracy",
    "platinum_value_f1",
    "platinum_span_f1_relaxed",
}
QUANTITIES = {"f1", "measeval_f1", "quantulum3_f1", "exact_f1", "value_accuracy", "unit_accuracy"}
STORIES = {"bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_f1", "ari", "nmi"}
# The model-free tasks (article extraction, pages) need no spaCy model.
MODEL = pytest.mark.model
CASES = [
    pytest.param(
        Smoke(
            "article",
            frozenset({"token_f1", "precision", "recall", "accuracy", "token_f1_en"}),
            exact=True,
            more=_article,
        ),
        id="article",
    ),
    pytest.param(
        Smoke("ner", frozenset({"f1", "precision", "recall", "untyped_f1", "f1_PER"}), more=_ner),
        id="ner",
        marks=MODEL,
    ),
    pytest.param(Smoke("timex", frozenset(TIMEX), more=_timex), id="timex", marks=MODEL),
    pytest.param(
        Smoke("quantities", frozenset(QUANTITIES), more=_quantities), id="quantities", marks=MODEL
    ),
    pytest.param(
        Smoke("quotes", frozenset({"f1", "direct_mixed_f1", "speaker_accuracy", "speech_f1"})),
        id="quotes",
        marks=MODEL,
    ),
    pytest.param(
        Smoke("5w1h", frozenset({"accuracy", *QUESTIONS, "accuracy_strict", "mean_token_f1"})),
        id="5w1h",
        marks=MODEL,
    ),
    pytest.param(
        Smoke("stories", frozenset(STORIES), exact=True, more=_stories), id="stories", marks=MODEL
    ),
    pytest.param(
        Smoke(
            "coref",
            frozenset({"f1", "precision", "recall", "f1_feminine", "f1_masculine", "bias"}),
            bounded=False,
            documents=6,  # 3 GUM documents + 3 GAP examples
            more=_coref,
        ),
        id="coref",
        marks=MODEL,
    ),
    pytest.param(
        Smoke("summary", frozenset(SUMMARY), exact=True, more=_summary), id="summary", marks=MODEL
    ),
    pytest.param(Smoke("pages", frozenset(), more=_pages), id="pages"),
]


@pytest.mark.eval
@pytest.mark.parametrize("smoke", CASES)
def test_task_smoke_on_three_documents(smoke: Smoke, eval_gold: Callable[[str], Path]) -> None:
    task = get_task(smoke.task)
    assert task.name == smoke.task
    result = task.run(eval_gold(smoke.task), peers=True, limit=3)
    assert result.documents == smoke.documents
    assert set(result.systems) == {"newsfacts", *task.peers}
    for metrics in result.systems.values():
        if smoke.exact:
            assert set(metrics) == smoke.metrics
        else:
            assert smoke.metrics <= set(metrics)
        if smoke.bounded:
            assert all(0.0 <= v <= 1.0 for v in metrics.values())
        else:
            assert all(v >= 0.0 for v in metrics.values())
    smoke.more(result)
