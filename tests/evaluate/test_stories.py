"""The `stories` task: B-cubed and pairwise scoring, the gold loader, MinHash and TF-IDF peers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts.evaluate.gold.stories import StoryDocument, cluster_labels, load_stories
from newsfacts.evaluate.peers.stories import (
    connected_components,
    minhash_clusters,
    shingles,
    tfidf_clusters,
)
from newsfacts.evaluate.tasks.stories import (
    bcubed,
    cluster_articles,
    pairwise_f1,
    score_clusters,
)
from tests.builders import bare_sheet

# Gold: {0, 1, 2} and {3, 4}.
GOLD = [0, 0, 0, 1, 1]


def test_scores_perfect_clustering_is_one() -> None:
    scores = score_clusters(GOLD, [7, 7, 7, 2, 2])  # label names do not matter
    assert scores == pytest.approx(
        {
            "bcubed_precision": 1.0,
            "bcubed_recall": 1.0,
            "bcubed_f1": 1.0,
            "pairwise_f1": 1.0,
            "ari": 1.0,
            "nmi": 1.0,
        }
    )


def test_scores_all_singletons() -> None:
    scores = score_clusters(GOLD, [0, 1, 2, 3, 4])
    assert scores["bcubed_precision"] == 1.0
    assert scores["bcubed_recall"] == pytest.approx((3 * (1 / 3) + 2 * (1 / 2)) / 5)
    assert scores["pairwise_f1"] == 0.0
    assert scores["ari"] == pytest.approx(0.0)


def test_bcubed_partial() -> None:
    # Predicted {0, 1}, {2, 3, 4}.
    scores = bcubed(GOLD, [0, 0, 1, 1, 1])
    precision = (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5
    recall = (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5
    assert scores["bcubed_precision"] == pytest.approx(precision)
    assert scores["bcubed_recall"] == pytest.approx(recall)
    assert scores["bcubed_f1"] == pytest.approx(2 * precision * recall / (precision + recall))


def test_pairwise_f1_partial() -> None:
    # Gold pairs: 01 02 12 34; predicted pairs: 01 23 24 34; shared: 01 34.
    assert pairwise_f1(GOLD, [0, 0, 1, 1, 1]) == pytest.approx(0.5)
    # All in one cluster: 10 predicted pairs, 4 of them right.
    assert pairwise_f1(GOLD, [0] * 5) == pytest.approx(2 * 0.4 * 1 / 1.4)


def test_bcubed_empty_split() -> None:
    assert bcubed([], [])["bcubed_f1"] == 0.0


def test_connected_components() -> None:
    assert connected_components(6, [(0, 2), (4, 5), (2, 0)]) == [0, 1, 0, 2, 3, 3]
    assert connected_components(3, []) == [0, 1, 2]


def test_shingles() -> None:
    assert shingles("A b, c d e F") == {"a b c d e", "b c d e f"}
    assert shingles("Too short") == {"too short"}
    assert shingles("...") == set()


WILDFIRE = (
    "A wildfire near the northern town of Alder spread overnight, forcing hundreds of "
    "residents to leave their homes as firefighters battled strong winds on Tuesday."
)
WILDFIRE_COPY = WILDFIRE.replace("Tuesday", "Tuesday morning")
ELECTION = (
    "Voters in the coastal province chose a new governor on Sunday after a campaign "
    "dominated by questions about fishing quotas and harbour repairs."
)


def test_minhash_joins_near_copies_only() -> None:
    labels = minhash_clusters([WILDFIRE, ELECTION, WILDFIRE_COPY], threshold=0.3)
    assert labels[0] == labels[2]
    assert labels[1] != labels[0]


def test_tfidf_joins_similar_texts() -> None:
    labels = tfidf_clusters([WILDFIRE, ELECTION, WILDFIRE_COPY], similarity=0.2)
    assert labels[0] == labels[2]
    assert labels[1] != labels[0]
    assert tfidf_clusters([WILDFIRE], similarity=0.2) == [0]


def test_cluster_articles_is_the_store_clusterer() -> None:
    # copies of one report are one story; texts without words share nothing
    sheets = [bare_sheet(WILDFIRE), bare_sheet(""), bare_sheet(WILDFIRE)]
    assert cluster_articles(sheets) == [0, 1, 0]


def test_cluster_labels_number_by_first_appearance() -> None:
    documents = [
        StoryDocument(id=str(i), text="", cluster=c, topic=1)
        for i, c in enumerate(["1/ecb", "1/ecbplus", "1/ecb"])
    ]
    assert cluster_labels(documents) == [0, 1, 0]


@pytest.fixture(scope="module")
def gold_documents(eval_gold: Callable[[str], Path]) -> list[StoryDocument]:
    return load_stories(eval_gold("stories"))


def test_load_stories_counts_match_source(gold_documents: list[StoryDocument]) -> None:
    assert len(gold_documents) == 742
    assert len({d.cluster for d in gold_documents}) == 66
    assert len({d.topic for d in gold_documents}) == 33
    assert all(d.cluster.startswith(f"{d.topic}/") for d in gold_documents)


def test_load_stories_limit(eval_gold: Callable[[str], Path]) -> None:
    assert len(load_stories(eval_gold("stories"), limit=3)) == 3
