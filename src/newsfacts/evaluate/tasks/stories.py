"""Task `stories`: which articles report the same event, scored against ECB+ sub-topics.

METRICS.md "stories": B-cubed precision, recall and F1 (the primary figure), pairwise F1 over
same-cluster article pairs, ARI and NMI, all over every article of the split at once.

newsfacts' clusterer is the corpus's own (`newsfacts/store/stories.py`, issue #9): words,
named entities, resolved years and near-duplicates of the fact sheets, average-link.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from math import comb
from pathlib import Path

from newsfacts.evaluate.gold.stories import cluster_labels, load_stories
from newsfacts.evaluate.matching import f1
from newsfacts.evaluate.peers.stories import (
    MINHASH_THRESHOLD,
    TFIDF_SIMILARITY,
    TFIDF_SWEEP,
    minhash_clusters,
    tfidf_clusters,
)
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, gold_sheets
from newsfacts.nlp import get_nlp
from newsfacts.sheet import FactSheet

NAME = "stories"
PRIMARY = "bcubed_f1"
MINHASH_STRICT = 0.5  # METRICS.md also reports MinHash at t=0.5
PEERS = (
    "minhash",
    f"minhash-{MINHASH_STRICT}",
    "tfidf",
    *(f"tfidf-{similarity}" for similarity in TFIDF_SWEEP),
)

FIGURES = (
    PeerFigure("minhash", "bcubed_f1", 0.184),
    PeerFigure(f"minhash-{MINHASH_STRICT}", "bcubed_f1", 0.174),
    PeerFigure("tfidf", "bcubed_f1", 0.865),
    PeerFigure("tfidf", "ari", 0.802),
)


def cluster_articles(sheets: Sequence[FactSheet]) -> list[int]:
    """One cluster label per sheet: newsfacts' same-story clustering (the corpus's own)."""
    from newsfacts.store.stories import cluster

    return cluster(sheets)


def bcubed(gold: Sequence[int], predicted: Sequence[int]) -> dict[str, float]:
    """B-cubed P, R, F1: per-article overlap of its two clusters, averaged over articles."""
    if not gold:
        return {"bcubed_precision": 0.0, "bcubed_recall": 0.0, "bcubed_f1": 0.0}
    both = Counter(zip(gold, predicted, strict=True))
    gold_sizes = Counter(gold)
    predicted_sizes = Counter(predicted)
    precision = sum(
        both[g, p] / predicted_sizes[p] for g, p in zip(gold, predicted, strict=True)
    ) / len(gold)
    recall = sum(both[g, p] / gold_sizes[g] for g, p in zip(gold, predicted, strict=True)) / len(
        gold
    )
    return {
        "bcubed_precision": precision,
        "bcubed_recall": recall,
        "bcubed_f1": f1(precision, recall),
    }


def pairwise_f1(gold: Sequence[int], predicted: Sequence[int]) -> float:
    """F1 over article pairs put together: a pair is right when gold also puts it together."""
    together = sum(comb(n, 2) for n in Counter(zip(gold, predicted, strict=True)).values())
    predicted_pairs = sum(comb(n, 2) for n in Counter(predicted).values())
    gold_pairs = sum(comb(n, 2) for n in Counter(gold).values())
    precision = together / predicted_pairs if predicted_pairs else 0.0
    recall = together / gold_pairs if gold_pairs else 0.0
    return f1(precision, recall)


def score_clusters(gold: Sequence[int], predicted: Sequence[int]) -> dict[str, float]:
    """Every stories metric for one clustering of the split."""
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    metrics = bcubed(gold, predicted)
    metrics["pairwise_f1"] = pairwise_f1(gold, predicted)
    metrics["ari"] = float(adjusted_rand_score(gold, predicted)) if gold else 0.0
    metrics["nmi"] = float(normalized_mutual_info_score(gold, predicted)) if gold else 0.0
    return metrics


def _cluster_count(labels: Sequence[int]) -> int:
    return len(set(labels))


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    documents = load_stories(folder, limit=limit)
    gold = cluster_labels(documents)
    nlp = get_nlp()
    raws = (gold_article(document.text) for document in documents)
    sheets = list(track(gold_sheets(raws, nlp=nlp), f"{NAME}: newsfacts", len(documents)))
    predictions = {"newsfacts": cluster_articles(sheets)}
    if peers:
        texts = [document.text for document in documents]
        predictions["minhash"] = minhash_clusters(texts, threshold=MINHASH_THRESHOLD)
        predictions[f"minhash-{MINHASH_STRICT}"] = minhash_clusters(texts, threshold=MINHASH_STRICT)
        predictions["tfidf"] = tfidf_clusters(texts, similarity=TFIDF_SIMILARITY)
        for similarity in TFIDF_SWEEP:
            predictions[f"tfidf-{similarity}"] = tfidf_clusters(texts, similarity=similarity)

    result = TaskResult(task=NAME, documents=len(documents), primary=PRIMARY)
    for system, labels in predictions.items():
        result.systems[system] = score_clusters(gold, labels)
    # METRICS.md's reference rows: the all-singletons floor and one cluster per ECB+ topic.
    topics = [document.topic for document in documents]
    for reference, labels in (("all singletons", list(range(len(gold)))), ("gold topic", topics)):
        scores = score_clusters(gold, labels)
        result.notes.append(
            f"reference [{reference}]: B3 F1 {scores['bcubed_f1']:.3f}, ARI {scores['ari']:.3f}"
        )
    result.notes.append(
        f"{_cluster_count(gold)} gold clusters; predicted: "
        + ", ".join(f"{system} {_cluster_count(labels)}" for system, labels in predictions.items())
    )
    return result


TASK = TaskSpec(name=NAME, primary=PRIMARY, peers=PEERS, run=run, figures=FIGURES)
