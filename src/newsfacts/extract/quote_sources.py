"""Who a speaker is: the entity their words refer to, and what kind of source that is.

Linking goes through the entities' mentions (issue #4): the mention under the speaker's head
word first, else the mention sharing the most characters with the speaker phrase, so "he" takes
the entity coreference resolved it to and "a UN Command statement" the organisation it names.
The source type follows SPEC.md: person, organization, document ("a statement said"), media
("the newspaper reported"), unnamed ("officials said", "a spokesman" with no name).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfacts.extract.lexicon import PERSONAL_PRONOUNS, PLURAL, ROLE_NOUNS
from newsfacts.extract.quote_words import (
    DOCUMENT_NOUNS,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    UNNAMED_NOUNS,
)
from newsfacts.extract.speakers import speaker_span
from newsfacts.sheet import Entity, Mention, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ORGANIZATION_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})


def link_speaker(
    doc: Doc,
    span: tuple[int, int] | None,
    head_index: int | None,
    entities: Sequence[Entity],
) -> tuple[Speaker | None, str | None]:
    """The sheet's speaker for a token range, linked to an entity, with its source type."""
    if span is None or head_index is None:
        return None, None
    head = doc[head_index]
    head_end = head.idx + len(head)
    first, last = doc[span[0]], doc[span[1] - 1]
    entity = _entity_at(entities, head.idx, head_end, first.idx, last.idx + len(last))
    if entity is None and not span[0] <= head_index < span[1]:
        # "who" stands for a noun no entity covers: name the noun itself.
        span = speaker_span(head)
        first, last = doc[span[0]], doc[span[1] - 1]
    start, end = first.idx, last.idx + len(last)
    speaker = Speaker(
        text=doc[span[0] : span[1]].text,
        entity=entity.id if entity is not None else None,
        start=start,
        end=end,
    )
    return speaker, source_type(head, entity)


def _entity_at(
    entities: Sequence[Entity], head_start: int, head_end: int, start: int, end: int
) -> Entity | None:
    """The entity of the mention on the head word, else of the mention sharing the most of
    the speaker phrase (a mention far longer than the phrase fits it poorly)."""
    best: tuple[int, int, Entity] | None = None
    for entity in entities:
        for mention in entity.mentions:
            if mention.field != "text":
                continue
            on_head = _overlap(mention, head_start, head_end) > 0
            shared = _overlap(mention, start, end)
            if not on_head and not shared:
                continue
            score = (int(on_head), shared - max(0, (mention.end - mention.start) - (end - start)))
            if best is None or score > best[:2]:
                best = (*score, entity)
    return best[2] if best is not None else None


def _overlap(mention: Mention, start: int, end: int) -> int:
    return max(0, min(mention.end, end) - max(mention.start, start))


def source_type(head: Token, entity: Entity | None) -> str:
    """person / organization / document / media / unnamed, from the head word and entity."""
    lemma = head.lemma_.lower()
    lower = head.lower_
    if lemma in DOCUMENT_NOUNS or lower in DOCUMENT_NOUNS:
        return "document"
    if lemma in MEDIA_NOUNS or _media_name(entity, head):
        return "media"
    if entity is not None:
        if entity.type == "PERSON":
            return "person" if entity.named else "unnamed"
        if entity.type in ORGANIZATION_TYPES:
            return "organization" if entity.named or lemma not in UNNAMED_NOUNS else "unnamed"
    if lower in PERSONAL_PRONOUNS or lower in FIRST_PERSON:
        return "person"
    if head.ent_type_ == "PERSON":
        return "person"
    if head.ent_type_ in ORGANIZATION_TYPES:
        return "organization"
    if lower in PLURAL or lemma in UNNAMED_NOUNS or lemma in ROLE_NOUNS:
        return "unnamed"
    if head.pos_ == "PROPN":
        return "person"
    return "unnamed"


def _media_name(entity: Entity | None, head: Token) -> bool:
    names = {head.lower_}
    if entity is not None:
        names.add(entity.name.lower())
        names.update(alias.lower() for alias in entity.aliases)
        if any(word in MEDIA_NOUNS for d in entity.descriptors for word in d.lower().split()):
            return True
    return bool(names & MEDIA_NAMES)
