"""Unnamed actors: the participants an article keeps returning to without naming them.

"The soldier", "the defector", "the suspect", "the company": a definite description whose
head is a person or organisation noun, repeated, is an entity (`named: false`) whose name is
its most specific description. A description whose head is the role of one named entity
("the surgeon" after "lead surgeon Lee") is that entity's mention instead. Descriptions of
one actor with different heads ("the soldier", "the defector") are merged unless the article
shows them as two participants (subject and object of one verb).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import noun_chunks
from newsfacts.extract.entities.find import DESCRIPTION, TEXT_FIELD, EntityRecord, MentionRecord
from newsfacts.extract.spans import TextSpan
from newsfacts.words.lexicon import ORG_NOUNS
from newsfacts.words.names import is_person_noun, title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# An unnamed actor needs this many definite mentions.
MIN_MENTIONS = 2
DEFINITE = frozenset({"the", "this", "that"})
INDEFINITE = frozenset({"a", "an"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent"})


@dataclass(frozen=True, slots=True)
class _Description(TextSpan):
    head: str  # head lemma, lower-case
    verb: int | None  # the verb it is an argument of
    dep: str
    definite: bool = True


def add_actors(doc: Doc, entities: tuple[EntityRecord, ...]) -> tuple[EntityRecord, ...]:
    """Entities with role descriptions linked, plus the unnamed actors (appended)."""
    descriptions = _descriptions(doc, entities)
    by_head: dict[str, list[_Description]] = defaultdict(list)
    for description in descriptions:
        by_head[description.head].append(description)
    linked = list(entities)
    actors: dict[str, list[_Description]] = {}
    for head, group in by_head.items():
        owner = _named_owner(head, entities)
        if owner is not None:
            linked[owner] = _with_mentions(linked[owner], group)
        elif sum(d.definite for d in group) >= MIN_MENTIONS:
            actors[head] = group
    return (*linked, *(_actor(group) for group in _merge_actors(actors)))


def _descriptions(doc: Doc, entities: tuple[EntityRecord, ...]) -> list[_Description]:
    """Definite noun phrases headed by a person or organisation noun, outside any name."""
    named = [(m.start, m.end) for e in entities for m in e.mentions if m.field == TEXT_FIELD]
    found = []
    for chunk in noun_chunks(doc):
        head = chunk.root
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or head.tag_ not in ("NN",):
            continue
        if not is_person_noun(lemma) and lemma not in ORG_NOUNS:
            continue
        if chunk[0].lower_ not in DEFINITE | INDEFINITE or _names_inside(chunk, named):
            continue
        if _followed_by_name(chunk, named) or head.dep_ == "compound":
            continue
        text = doc[chunk.start : head.i + 1]
        verb = head.head.i if head.dep_ in ARGUMENT_DEPS else None
        definite = chunk[0].lower_ in DEFINITE
        found.append(
            _Description(
                text.start_char, text.end_char, text.text, lemma, verb, head.dep_, definite
            )
        )
    return _introductions(found)


def _introductions(found: list[_Description]) -> list[_Description]:
    """An indefinite description counts only as the first mention of an actor the article
    then calls by the definite one ("a soldier ... the soldier")."""
    kept = []
    for description in found:
        if description.definite:
            kept.append(description)
            continue
        later = [d for d in found if d.definite and d.head == description.head]
        earlier = [d for d in found if d.head == description.head and d.start < description.start]
        if later and not earlier and later[0].start > description.start:
            kept.append(description)
    return kept


def _names_inside(chunk: Span, named: list[tuple[int, int]]) -> bool:
    """A chunk holding a name other than a nationality-like modifier is about that name."""
    head_start = chunk.root.idx
    return any(s < chunk.end_char and e > head_start for s, e in named)


def _followed_by_name(chunk: Span, named: list[tuple[int, int]]) -> bool:
    """ "the surgeon Lee": a role before a name is part of that name's mention."""
    end = chunk.end_char
    return any(end < s <= end + 1 for s, _ in named)


def _named_owner(head: str, entities: tuple[EntityRecord, ...]) -> int | None:
    """The one named entity this head noun is the role of (by its descriptors or name)."""
    owners = set()
    for i, entity in enumerate(entities):
        if not entity.named:
            continue
        words = {title_word(w) for d in entity.descriptors for w in d.split()[-1:]}
        words |= (
            {title_word(w) for w in entity.name.split()[-1:]} if entity.type == "ORG" else set()
        )
        if head in words:
            owners.add(i)
    return owners.pop() if len(owners) == 1 else None


def _with_mentions(entity: EntityRecord, group: list[_Description]) -> EntityRecord:
    extra = [MentionRecord(d.start, d.end, d.text, kind=DESCRIPTION) for d in group]
    mentions = sorted({*entity.mentions, *extra}, key=lambda m: (m.field, m.start))
    return replace(entity, mentions=tuple(mentions))


def _merge_actors(actors: dict[str, list[_Description]]) -> list[list[_Description]]:
    """Person descriptions with different heads are one actor unless shown as two."""
    persons = sorted(
        (head for head in actors if is_person_noun(head)), key=lambda h: -len(actors[h])
    )
    groups: list[list[_Description]] = []
    for head in persons:
        for group in groups:
            if not _distinct(group, actors[head]):
                group.extend(actors[head])
                break
        else:
            groups.append(list(actors[head]))
    groups.extend(list(actors[head]) for head in actors if not is_person_noun(head))
    return [sorted(group, key=lambda d: d.start) for group in groups]


def _distinct(first: list[_Description], second: list[_Description]) -> bool:
    """Two arguments of one verb are two participants ("the gunman shot the victim")."""
    verbs = {d.verb for d in first if d.verb is not None}
    return any(d.verb in verbs for d in second)


def _actor(group: list[_Description]) -> EntityRecord:
    counts: dict[str, int] = defaultdict(int)
    for description in group:
        counts[description.head] += description.definite
    main = max(counts, key=lambda h: (counts[h], -min(d.start for d in group if d.head == h)))
    forms = [d.text for d in group if d.head == main and d.definite]
    name = max(forms, key=lambda text: (len(text.split()), -forms.index(text)))
    mentions = tuple(MentionRecord(d.start, d.end, d.text, kind=DESCRIPTION) for d in group)
    seen = {name.casefold()}
    aliases = []
    for description in group:
        if description.text.casefold() not in seen:
            seen.add(description.text.casefold())
            aliases.append(description.text)
    kind = "PERSON" if is_person_noun(main) else "ORG"
    return EntityRecord(
        name=name, type=kind, mentions=mentions, aliases=tuple(aliases), named=False
    )
