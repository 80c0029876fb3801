"""Task `crossdoc`: the same person, organisation or place across the articles of one story.

METRICS.md "crossdoc": MUC, B-cubed and CEAF-e over the gold mentions of ECB+ sub-topics,
singletons included, counts pooled over all sub-topics; CoNLL F1 is their mean. `named_*`
figures keep only the gold mentions that contain a proper name.

newsfacts is scored on what its corpus says: each sub-topic's articles are ingested into a
fresh corpus with the real store code, and every gold mention takes the corpus entity of the
sheet mention laid on it (the entity `entities`, `quotes --speaker` and `timeline` read). A
mention of an article entity with no corpus entity (a description, a pronoun chain) keeps its
article entity.
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.evaluate.gold.crossdoc import SubTopic, load_crossdoc
from newsfacts.evaluate.matching import f1
from newsfacts.evaluate.peers.crossdoc import (
    exact_ids,
    head_ids,
    lay_onto_gold,
    spacy_ids,
)
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, gold_sheets
from newsfacts.nlp import get_nlp

if TYPE_CHECKING:
    from spacy.language import Language

    from newsfacts.sheet import FactSheet

NAME = "crossdoc"
PRIMARY = "named_conll_f1"
PEERS = ("exact", "head", "spacy-exact")
FIGURES = (
    PeerFigure("exact", "named_conll_f1", 0.722),
    PeerFigure("exact", "conll_f1", 0.480),
    PeerFigure("exact", "b3_f1", 0.521),
    PeerFigure("head", "named_conll_f1", 0.784),
    PeerFigure("head", "conll_f1", 0.510),
    PeerFigure("head", "b3_f1", 0.567),
    PeerFigure("spacy-exact", "named_conll_f1", 0.682),
    PeerFigure("spacy-exact", "conll_f1", 0.471),
    PeerFigure("spacy-exact", "b3_f1", 0.516),
)

# -- scoring -------------------------------------------------------------------------------


@dataclass
class Ratio:
    """A precision or recall as pooled numerator / denominator."""

    num: float = 0.0
    den: float = 0.0

    @property
    def value(self) -> float:
        return self.num / self.den if self.den else 0.0


@dataclass
class MetricCounts:
    """Pooled P and R counts of one metric over many sub-topics."""

    precision: Ratio = field(default_factory=Ratio)
    recall: Ratio = field(default_factory=Ratio)

    @property
    def f1(self) -> float:
        return f1(self.precision.value, self.recall.value)


def clusters(labels: Sequence[str]) -> list[set[int]]:
    """The partition of mention indices that `labels` gives."""
    groups: dict[str, set[int]] = defaultdict(set)
    for index, label in enumerate(labels):
        groups[label].add(index)
    return list(groups.values())


def muc_counts(key: Sequence[str], response: Sequence[str]) -> tuple[int, int]:
    """Vilain et al.: (Σ |K| − parts of K in the response, Σ |K| − 1) over key entities."""
    num = den = 0
    for entity in clusters(key):
        num += len(entity) - len({response[i] for i in entity})
        den += len(entity) - 1
    return num, den


def b3_sum(key: Sequence[str], response: Sequence[str]) -> float:
    """Σ over mentions of |K ∩ R| / |R| (precision; swap the arguments for recall)."""
    both = Counter(zip(key, response, strict=True))
    sizes = Counter(response)
    return sum(both[k, r] / sizes[r] for k, r in zip(key, response, strict=True))


def ceafe_similarity(key: Sequence[str], response: Sequence[str]) -> float:
    """Σ φ4 of the best one-to-one alignment of key and response entities (Hungarian)."""
    from scipy.optimize import linear_sum_assignment

    keys, responses = clusters(key), clusters(response)
    scores = [[2 * len(k & r) / (len(k) + len(r)) for r in responses] for k in keys]
    if not scores or not responses:
        return 0.0
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return float(sum(scores[r][c] for r, c in zip(rows, cols, strict=True)))


@dataclass
class CorefScore:
    """MUC, B³ and CEAF-e counts pooled over sub-topics."""

    muc: MetricCounts = field(default_factory=MetricCounts)
    b3: MetricCounts = field(default_factory=MetricCounts)
    ceafe: MetricCounts = field(default_factory=MetricCounts)

    def add(self, key: Sequence[str], response: Sequence[str]) -> None:
        """One sub-topic: key and response ids of the same mentions."""
        if not key:
            return
        num, den = muc_counts(key, response)
        self.muc.recall.num += num
        self.muc.recall.den += den
        num, den = muc_counts(response, key)
        self.muc.precision.num += num
        self.muc.precision.den += den
        self.b3.precision.num += b3_sum(key, response)
        self.b3.recall.num += b3_sum(response, key)
        self.b3.precision.den += len(key)
        self.b3.recall.den += len(key)
        similarity = ceafe_similarity(key, response)
        self.ceafe.recall.num += similarity
        self.ceafe.precision.num += similarity
        self.ceafe.recall.den += len(set(key))
        self.ceafe.precision.den += len(set(response))

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b3.f1 + self.ceafe.f1) / 3


def score_system(
    subtopics: Sequence[SubTopic], responses: Sequence[Sequence[str]]
) -> dict[str, float]:
    """Every crossdoc metric of one system: all gold mentions, then named ones only."""
    everything, named = CorefScore(), CorefScore()
    for subtopic, response in zip(subtopics, responses, strict=True):
        key = [m.entity for m in subtopic.mentions]
        everything.add(key, response)
        keep = [i for i, m in enumerate(subtopic.mentions) if m.named]
        named.add([key[i] for i in keep], [response[i] for i in keep])
    return {
        "conll_f1": everything.conll_f1,
        "muc_f1": everything.muc.f1,
        "b3_f1": everything.b3.f1,
        "ceafe_f1": everything.ceafe.f1,
        "named_conll_f1": named.conll_f1,
        "named_b3_f1": named.b3.f1,
    }


# -- newsfacts: a fresh corpus per sub-topic -----------------------------------------------


def corpus_mentions(db: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Per stored sheet id, its entity mentions as (start, end, corpus entity id).

    The id is the corpus (canonical) entity when the store linked one, else the article
    entity: a pronoun chain or a description is still one entity within its article.
    """
    from newsfacts.store.corpus import Corpus

    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with Corpus(db, create=False) as corpus:
        rows = corpus.conn.execute(
            'SELECT a.id AS sheet, m.start, m."end", e.rowid AS entity, e.canonical '
            "FROM mentions m JOIN entities e ON e.rowid = m.entity "
            "JOIN articles a ON a.rowid = e.article"
        )
        for row in rows:
            entity = f"c{row['canonical']}" if row["canonical"] is not None else f"e{row['entity']}"
            found[row["sheet"]].append((row["start"], row["end"], entity))
    return found


def ingest_subtopic(sheets: Sequence[FactSheet], db: Path) -> None:
    from newsfacts.store.corpus import Corpus

    with Corpus(db) as corpus:
        corpus.add(sheets)


def newsfacts_ids(subtopic: SubTopic, sheets: Sequence[FactSheet], folder: Path) -> list[str]:
    """Ingest the sub-topic's sheets into a fresh corpus and read each gold mention's entity."""
    db = folder / f"{subtopic.cluster.replace('/', '_')}.db"
    ingest_subtopic(sheets, db)
    stored = corpus_mentions(db)
    found = {
        document.id: stored.get(sheet.id, [])
        for document, sheet in zip(subtopic.documents, sheets, strict=True)
    }
    return lay_onto_gold(subtopic.mentions, found)


def _sheets(subtopics: Sequence[SubTopic], nlp: Language, track: Track) -> list[list[FactSheet]]:
    """Every article of every sub-topic through the pipeline in one batched pass."""
    documents = [document for subtopic in subtopics for document in subtopic.documents]
    raws = (gold_article(document.text) for document in documents)
    flat = list(track(gold_sheets(raws, nlp=nlp), f"{NAME}: newsfacts", len(documents)))
    grouped, at = [], 0
    for subtopic in subtopics:
        grouped.append(flat[at : at + len(subtopic.documents)])
        at += len(subtopic.documents)
    return grouped


def _spacy_responses(subtopics: Sequence[SubTopic], nlp: Language) -> list[list[str]]:
    documents = [document for subtopic in subtopics for document in subtopic.documents]
    parsed = dict(
        zip(
            (document.id for document in documents),
            nlp.pipe(document.text for document in documents),
            strict=True,
        )
    )
    return [
        spacy_ids(subtopic, {d.id: parsed[d.id] for d in subtopic.documents})
        for subtopic in subtopics
    ]


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    subtopics = load_crossdoc(folder, limit=limit)
    nlp = get_nlp()
    grouped = _sheets(subtopics, nlp, track)
    with tempfile.TemporaryDirectory(prefix="newsfacts-crossdoc-") as tmp:
        responses = {
            "newsfacts": [
                newsfacts_ids(subtopic, sheets, Path(tmp))
                for subtopic, sheets in zip(subtopics, grouped, strict=True)
            ]
        }
    if peers:
        responses["exact"] = [exact_ids(s.mentions) for s in subtopics]
        responses["head"] = [head_ids(s.mentions) for s in subtopics]
        responses["spacy-exact"] = _spacy_responses(subtopics, nlp)
    documents = sum(len(s.documents) for s in subtopics)
    result = TaskResult(task=NAME, documents=documents, primary=PRIMARY)
    for system, response in responses.items():
        result.systems[system] = score_system(subtopics, response)
    mentions = sum(len(s.mentions) for s in subtopics)
    named = sum(m.named for s in subtopics for m in s.mentions)
    result.notes.append(f"{len(subtopics)} sub-topics, {mentions} mentions ({named} named)")
    return result


TASK = TaskSpec(name=NAME, primary=PRIMARY, peers=PEERS, run=run, figures=FIGURES)
