"""`ner`: named-entity spans against CoNLL-2003 (CoNLL++), scored the CoNLL way.

Typed strict F1 (same start, end and label, micro over all entities) is the primary figure;
untyped strict F1 shows how much of the gap is only the label, since OntoNotes types map onto
CoNLL's four imperfectly (MISC above all). Definitions: ../shared/eval/METRICS.md, "ner".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.evaluate.gold.ner import LABELS, EntitySpan, NerDocument, load_ner
from newsfacts.evaluate.matching import Counts
from newsfacts.evaluate.peers.ner import conll_label, doc_entities, gold_token_docs
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, parsed_sheets
from newsfacts.sheet import FactSheet

if TYPE_CHECKING:
    from spacy.language import Language

NAME = "ner"
PRIMARY = "f1"
NEWSFACTS = "newsfacts"
SPACY = "spacy"
SPACY_GOLD_TOKENS = "spacy[gold tokens]"
# Mentions found elsewhere (headline, captions) have no offsets into the gold text.
TEXT_FIELD = "text"
NAME_KIND = "name"


@dataclass
class NerScore:
    """Strict span matching summed over documents: typed, untyped, and per CoNLL label."""

    typed: Counts = field(default_factory=Counts)
    untyped: Counts = field(default_factory=Counts)
    per_label: dict[str, Counts] = field(default_factory=lambda: {x: Counts() for x in LABELS})

    def add(self, gold: Sequence[EntitySpan], predicted: Sequence[EntitySpan]) -> None:
        """One document. A span predicted twice matches at most once (multiset intersection)."""
        gold_typed = Counter(gold)
        predicted_typed = Counter(predicted)
        matched_typed = gold_typed & predicted_typed
        self.typed.add(matched_typed.total(), len(predicted), len(gold))
        gold_spans = Counter((e.start, e.end) for e in gold)
        predicted_spans = Counter((e.start, e.end) for e in predicted)
        self.untyped.add((gold_spans & predicted_spans).total(), len(predicted), len(gold))
        for label, counts in self.per_label.items():
            counts.add(
                sum(n for e, n in matched_typed.items() if e.label == label),
                sum(1 for e in predicted if e.label == label),
                sum(1 for e in gold if e.label == label),
            )

    def metrics(self) -> dict[str, float]:
        scores = self.typed.as_dict()
        scores |= self.untyped.as_dict("untyped_")
        scores |= {f"f1_{label}": counts.f1 for label, counts in self.per_label.items()}
        return scores


def sheet_entities(sheet: FactSheet) -> list[EntitySpan]:
    """Every body name mention of every named sheet entity, its type mapped to CoNLL.

    Pronouns ("he") and descriptions ("the soldier") are mentions too, but not named-entity
    spans: only `kind == "name"` is scored."""
    spans: list[EntitySpan] = []
    for entity in sheet.entities:
        label = conll_label(entity.type)
        if label is None or not entity.named:
            continue
        spans.extend(
            EntitySpan(m.start, m.end, label)
            for m in entity.mentions
            if m.field == TEXT_FIELD and m.kind == NAME_KIND
        )
    return sorted(spans, key=lambda e: (e.start, e.end))


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    from newsfacts.nlp import get_nlp

    documents = load_ner(folder, limit=limit)
    nlp = get_nlp()
    ours, spacy_text = NerScore(), NerScore()
    # One parse per document serves both our sheet and the spaCy peer.
    articles = (gold_article(d.text) for d in documents)
    systems = f"{NAME}: {NEWSFACTS}, {SPACY}" if peers else f"{NAME}: {NEWSFACTS}"
    for document, parse, sheet in parsed_sheets(
        documents, articles, nlp=nlp, track=track, description=systems
    ):
        ours.add(document.entities, sheet_entities(sheet))
        if peers:
            spacy_text.add(document.entities, doc_entities(parse.doc))
    result = TaskResult(task=NAME, documents=len(documents), primary=PRIMARY)
    result.systems[NEWSFACTS] = ours.metrics()
    if peers:
        result.systems[SPACY] = spacy_text.metrics()
        result.systems[SPACY_GOLD_TOKENS] = _score_gold_tokens(documents, nlp=nlp, track=track)
    gold_count = sum(len(d.entities) for d in documents)
    result.notes.append(f"{len(documents)} documents, {gold_count} gold entities")
    return result


def _score_gold_tokens(
    documents: Sequence[NerDocument], *, nlp: Language, track: Track
) -> dict[str, float]:
    """spaCy on the gold tokenisation: how much of its error is tokenisation alone."""
    score = NerScore()
    docs = gold_token_docs((d.tokens for d in documents), nlp=nlp)
    pairs = zip(documents, docs, strict=True)
    for document, doc in track(pairs, f"{NAME}: {SPACY_GOLD_TOKENS}", total=len(documents)):
        score.add(document.entities, doc_entities(doc))
    return score.metrics()


TASK = TaskSpec(
    name=NAME,
    primary=PRIMARY,
    peers=(SPACY, SPACY_GOLD_TOKENS),
    run=run,
    figures=(
        PeerFigure(SPACY, "f1", 0.611),
        PeerFigure(SPACY, "untyped_f1", 0.747),
    ),
)
