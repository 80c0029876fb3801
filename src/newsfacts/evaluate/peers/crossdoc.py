"""Baselines for `crossdoc` (METRICS.md "crossdoc"): string keys, no model of their own.

- `exact`: every named gold mention is keyed by its lower-cased text, others are singletons;
- `head`: the same, but a named person is keyed by its last word, a final 's or ' dropped;
- `spacy-exact`: spaCy's PERSON/NORP/FAC/ORG/GPE/LOC entities keyed by their lower-cased text,
  laid onto the gold mentions by one-to-one overlap.
Each returns one entity id per gold mention of the sub-topic, in gold order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfacts.evaluate.gold.crossdoc import PERSON_TYPE, CrossMention, SubTopic
from newsfacts.evaluate.matching import match_one_to_one, span_overlap_score

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPACY_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC"})


def singleton(index: int) -> str:
    """An id no other mention shares (the gold mention's position)."""
    return f"#{index}"


def exact_ids(mentions: Sequence[CrossMention]) -> list[str]:
    return [m.text.lower() if m.named else singleton(i) for i, m in enumerate(mentions)]


def surname_key(text: str) -> str:
    """ "Tara Reid", "Reid's" -> "reid"."""
    words = text.lower().split()
    last = words[-1] if words else ""
    if last.endswith("'s"):
        return last[:-2]
    return last.removesuffix("'")


def head_ids(mentions: Sequence[CrossMention]) -> list[str]:
    ids = []
    for index, mention in enumerate(mentions):
        if not mention.named:
            ids.append(singleton(index))
        elif mention.type == PERSON_TYPE:
            ids.append(surname_key(mention.text))
        else:
            ids.append(mention.text.lower())
    return ids


def spacy_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """spaCy's entities of the kinds a gold mention can be, as (start, end, id)."""
    return [
        (ent.start_char, ent.end_char, ent.text.lower())
        for ent in doc.ents
        if ent.label_ in SPACY_LABELS
    ]


def lay_onto_gold(
    mentions: Sequence[CrossMention], found: dict[str, list[tuple[int, int, str]]]
) -> list[str]:
    """Each gold mention takes the id of the system mention it is paired with (one-to-one
    overlap within its document); an unpaired gold mention is a singleton."""
    ids = [singleton(index) for index in range(len(mentions))]
    by_doc: dict[str, list[int]] = {}
    for index, mention in enumerate(mentions):
        by_doc.setdefault(mention.doc, []).append(index)
    for doc_id, indices in by_doc.items():
        system = found.get(doc_id, [])
        gold = [(mentions[i].start, mentions[i].end) for i in indices]
        spans = [(start, end) for start, end, _ in system]
        for gi, pi in match_one_to_one(gold, spans, span_overlap_score):
            ids[indices[gi]] = system[pi][2]
    return ids


def spacy_ids(subtopic: SubTopic, docs: dict[str, Doc]) -> list[str]:
    found = {doc_id: spacy_mentions(doc) for doc_id, doc in docs.items()}
    return lay_onto_gold(subtopic.mentions, found)
