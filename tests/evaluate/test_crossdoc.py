"""The crossdoc scorer (MUC, B-cubed, CEAF-e, pooled) and its string baselines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts.evaluate.gold.crossdoc import CrossMention, SubTopic, load_crossdoc
from newsfacts.evaluate.peers.crossdoc import exact_ids, head_ids, lay_onto_gold, surname_key
from newsfacts.evaluate.tasks.crossdoc import CorefScore, score_system

KEY = ["k1", "k1", "k1", "k2", "k2"]  # {a, b, c} {d, e}
RESPONSE = ["r1", "r1", "r2", "r2", "r2"]  # {a, b} {c, d, e}


def test_scores_of_a_worked_example() -> None:
    score = CorefScore()
    score.add(KEY, RESPONSE)
    assert score.muc.f1 == pytest.approx(2 / 3)
    assert score.b3.precision.value == pytest.approx(11 / 15)
    assert score.b3.recall.value == pytest.approx(11 / 15)
    assert score.ceafe.f1 == pytest.approx(0.8)
    assert score.conll_f1 == pytest.approx((2 / 3 + 11 / 15 + 0.8) / 3)


def test_perfect_and_all_singletons() -> None:
    perfect, alone = CorefScore(), CorefScore()
    perfect.add(KEY, KEY)
    alone.add(KEY, [str(i) for i in range(len(KEY))])
    assert perfect.conll_f1 == pytest.approx(1.0)
    assert alone.muc.f1 == 0.0
    assert alone.b3.precision.value == pytest.approx(1.0)


def test_counts_are_pooled_over_sub_topics() -> None:
    pooled, one = CorefScore(), CorefScore()
    pooled.add(KEY, RESPONSE)
    pooled.add(KEY, KEY)
    one.add(KEY, RESPONSE)
    assert pooled.muc.recall.den == 2 * one.muc.recall.den
    assert pooled.b3.precision.value == pytest.approx((11 / 3 + 5) / 10)


def _mention(doc: str, start: int, text: str, entity: str, *, named: bool = True) -> CrossMention:
    kind = "HUMAN_PART_PER"
    return CrossMention(doc, start, start + len(text), text, kind, entity, named)


def test_baselines_and_overlap_mapping() -> None:
    mentions = (
        _mention("d1", 0, "Ilse Brandauer", "p"),
        _mention("d2", 0, "Brandauer's", "p"),
        _mention("d2", 20, "she", "p", named=False),
    )
    assert surname_key("Brandauer's") == "brandauer"
    assert exact_ids(mentions)[:2] == ["ilse brandauer", "brandauer's"]
    assert head_ids(mentions)[:2] == ["brandauer", "brandauer"]
    assert head_ids(mentions)[2] != head_ids(mentions)[0]
    found = {"d1": [(0, 4, "x"), (5, 14, "y")], "d2": [(18, 23, "z")]}
    ids = lay_onto_gold(mentions, found)
    assert ids[0] == "y"  # the system mention sharing most characters
    assert ids[2] == "z"
    assert ids[1].startswith("#")  # nothing covers it: a singleton
    subtopic = SubTopic("s", "1/ecb", 1, (), mentions)
    assert score_system([subtopic], [["a", "a", "a"]])["conll_f1"] == pytest.approx(1.0)


def test_peers_reproduce_the_published_figures(shared: Callable[..., Path]) -> None:
    subtopics = load_crossdoc(shared("eval", "crossdoc", "gold.jsonl").parent)
    exact = score_system(subtopics, [exact_ids(s.mentions) for s in subtopics])
    head = score_system(subtopics, [head_ids(s.mentions) for s in subtopics])
    assert exact["named_conll_f1"] == pytest.approx(0.722, abs=0.01)
    assert exact["conll_f1"] == pytest.approx(0.480, abs=0.01)
    assert head["named_conll_f1"] == pytest.approx(0.784, abs=0.01)
    assert head["b3_f1"] == pytest.approx(0.567, abs=0.01)
