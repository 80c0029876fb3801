"""spaCy's own NER as the `ner` peer, with OntoNotes labels mapped onto CoNLL's four.

spaCy's models are trained on OntoNotes (18 types), the gold is CoNLL-2003 (PER, ORG, LOC,
MISC); the map is the one ../shared/eval/METRICS.md ("ner") fixes, numeric types dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from newsfacts.evaluate.gold.ner import EntitySpan

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# OntoNotes -> CoNLL; a label not in the map (DATE, MONEY, CARDINAL, ...) is not an entity.
LABEL_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}
BATCH_SIZE = 16


def conll_label(label: str) -> str | None:
    """The CoNLL label of an OntoNotes label, or None when CoNLL would not mark it."""
    return LABEL_MAP.get(label)


def doc_entities(doc: Doc) -> list[EntitySpan]:
    """spaCy's entities of a parsed Doc, CoNLL-labelled, numeric types dropped."""
    spans = []
    for ent in doc.ents:
        label = conll_label(ent.label_)
        if label is not None:
            spans.append(EntitySpan(ent.start_char, ent.end_char, label))
    return spans


def gold_token_docs(token_lists: Iterable[Sequence[str]], *, nlp: Language) -> Iterator[Doc]:
    """Parse pre-tokenised documents: one space after every token but the last.

    Each token then starts where it starts in the gold `text` (tokens joined by one space or
    one newline), so entity offsets are gold offsets.
    """
    from spacy.tokens import Doc

    docs = (
        Doc(
            nlp.vocab,
            words=list(tokens),
            spaces=[True] * (len(tokens) - 1) + [False] * bool(tokens),
        )
        for tokens in token_lists
    )
    yield from nlp.pipe(docs, batch_size=BATCH_SIZE)
