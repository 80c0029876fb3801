"""Closest-mention baselines for `coref`: what a pronoun resolver must beat.

spaCy has no coreference component, so the peers are the classic recency baselines
(../shared/eval/METRICS.md, "coref"): on GUM the closest preceding spaCy entity of a type the
pronoun can refer to; on GAP the closest preceding spaCy PERSON, or simply the closer of the
two candidate names A and B (GAP's own "token distance"-style baseline).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsfacts.evaluate.gold.coref import (
    NEUTER_PRONOUNS,
    PERSONAL_PRONOUNS,
    PLURAL_PRONOUNS,
    GapExample,
    Span,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# OntoNotes types a pronoun of each class may refer to (METRICS.md).
PERSON_TYPES = frozenset({"PERSON"})
NEUTER_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
PLURAL_TYPES = frozenset({"ORG", "NORP", "GPE"})
# GAP's spaCy baseline runs NER with the parser off: the parser's sentence boundaries change a
# few entities (2 of 600 snippets). The model's `ner` has its own tok2vec, so the other
# components are off too: same entities on all 3,335 examples, in half the time.
NER_COMPONENT = "ner"
BATCH_SIZE = 64

# What a system says about one GAP example: (A-coref, B-coref).
GapAnswer = tuple[bool, bool]
NEITHER: GapAnswer = (False, False)


def compatible_types(pronoun: str) -> frozenset[str]:
    """The entity types a 3rd-person pronoun can refer to; none for anything else."""
    word = pronoun.lower()
    if word in PERSONAL_PRONOUNS:
        return PERSON_TYPES
    if word in NEUTER_PRONOUNS:
        return NEUTER_TYPES
    if word in PLURAL_PRONOUNS:
        return PLURAL_TYPES
    return frozenset()


def closest_entity(doc: Doc, before: int, types: frozenset[str]) -> Span | None:
    """The spaCy entity of one of `types` with the largest end at or before `before`."""
    # spaCy's entities never overlap, so the largest end is unique.
    preceding = [
        (ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ in types and ent.end_char <= before
    ]
    return max(preceding, key=lambda span: span[1], default=None)


def closest_named_antecedent(doc: Doc, pronoun: str, start: int) -> Span | None:
    """GUM baseline: the closest preceding named entity the pronoun is compatible with."""
    return closest_entity(doc, start, compatible_types(pronoun))


def closest_person_answer(doc: Doc, example: GapExample) -> GapAnswer:
    """GAP baseline: the closest PERSON ending before the pronoun, if it is A or B."""
    person = closest_entity(doc, example.pronoun_span[0], PERSON_TYPES)
    if person is None:
        return NEITHER
    a_hit = _overlaps(person, example.a)
    b_hit = _overlaps(person, example.b)
    if a_hit and b_hit:
        # One entity spanning both names: the later-ending name is the nearer one.
        return (True, False) if example.a[1] > example.b[1] else (False, True)
    return (a_hit, b_hit)


def closest_candidate_answer(example: GapExample) -> GapAnswer:
    """GAP baseline: of A and B, the one ending closest before the pronoun."""
    start = example.pronoun_span[0]
    before = [
        (end, name) for name, (_, end) in (("A", example.a), ("B", example.b)) if end <= start
    ]
    if not before:
        return NEITHER
    _, name = max(before)
    return (name == "A", name == "B")


def ner_docs(texts: Iterable[str], *, nlp: Language) -> Iterator[Doc]:
    """Docs with spaCy's entities only: every component but NER disabled."""
    disabled = [name for name in nlp.pipe_names if name != NER_COMPONENT]
    yield from nlp.pipe(texts, batch_size=BATCH_SIZE, disable=disabled)


def _overlaps(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])
