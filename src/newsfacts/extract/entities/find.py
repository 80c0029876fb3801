"""Entities: spaCy's name mentions cleaned, re-typed by evidence, found again, and merged.

A reader sees each person, organisation and place once. spaCy's small model finds most name
mentions but types the same name differently from one sentence to the next, keeps titles,
determiners and possessives inside spans, and misses a name it found elsewhere (all-caps
headlines above all). This stage works on the whole document at once (issue #4):

1. spans are cleaned (`mentions.py`): split at line breaks and free-standing punctuation,
   leading "the" and titles cut (titles kept as descriptors), trailing possessives and
   numbers cut; types are repaired by evidence (a title or role noun before the name, the head
   noun of the name, an apposition);
2. every name gets one type by a vote over its mentions (document-level consistency);
3. untagged occurrences of a known name are added (all-caps lines matched case-blind);
4. mentions merge: same key ("U.N. Command" = "UN command"), a surname or given name to the one
   full name it belongs to (two people sharing it: left unlinked), a short organisation name to
   the one longer name it starts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final, Protocol

from newsfacts.extract.doc_cache import doc_text
from newsfacts.extract.entities.mentions import Name, candidate_names
from newsfacts.extract.entities.propagation import extend_names, propagate_names, shouting_tokens
from newsfacts.extract.entities.teams import team_types, untagged_teams
from newsfacts.extract.spans import TextSpan
from newsfacts.sheet import Acronym, Entity, Mention, MentionKind
from newsfacts.words.lexicon import words
from newsfacts.words.names import (
    is_acronym_shaped,
    name_key,
    name_words,
    person_part_of,
    plain,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Mention kinds: a name ("Ferrante"), a pronoun ("he"), a description ("the soldier").
NAME: Final = "name"
PRONOUN: Final = "pronoun"
DESCRIPTION: Final = "description"
TEXT_FIELD = "text"
HEADLINE_FIELD = "headline"
# Types whose short forms refer back to a longer name they start ("Steaua" -> "Steaua
# Bucharest"); places are left out: "North" does not mean "North Korea".
PREFIX_TYPES = frozenset({"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# Generational suffixes end a person's name after the surname: "Harlow" is "Dean Harlow Jr".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Family nouns: "her son, Dean Harlow III" says the article holds a relative of his, most
# likely of the same surname, so a bare "Harlow" may be either of them.
KIN_NOUNS = words(
    """
    son daughter father mother brother sister grandson granddaughter grandfather grandmother
    nephew niece uncle aunt cousin wife husband widow widower
    """
)


@dataclass(frozen=True, slots=True)
class MentionRecord(TextSpan):
    """One mention: half-open character offsets into the sheet field named by `field`."""

    field: str = TEXT_FIELD
    kind: MentionKind = NAME


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One entity of the article, its mentions in text order."""

    name: str
    type: str
    mentions: tuple[MentionRecord, ...]
    aliases: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    named: bool = True

    @property
    def first(self) -> int:
        """Offset of the first body mention (entities are numbered in this order)."""
        starts = [m.start for m in self.mentions if m.field == TEXT_FIELD]
        return min(starts) if starts else 1 << 60


class AcronymLink(Protocol):
    """What `sheet_entities` reads of an acronym record (acronyms.py)."""

    @property
    def short(self) -> str: ...
    @property
    def long(self) -> str: ...
    @property
    def entity(self) -> int | None: ...


@dataclass(slots=True)
class _Group:
    """Names under one key while merging; `root` points to the group it merged into."""

    key: str
    words: list[str]
    label: str
    names: list[Name] = field(default_factory=list)
    root: _Group | None = None

    def find(self) -> _Group:
        group = self
        while group.root is not None:
            group = group.root
        return group

    @property
    def strong(self) -> bool:
        return any(name.strong for name in self.names)


def find_entities(doc: Doc) -> tuple[EntityRecord, ...]:
    """The named entities of a parsed article, merged, in order of first mention."""
    shouting = shouting_tokens(doc)
    names = _unify_types(extend_names(doc, candidate_names(doc, shouting=shouting)))
    names = [*names, *propagate_names(doc, names, shouting=shouting)]
    names = [*names, *untagged_teams(doc, names)]
    names = _unify_types(team_types(doc_text(doc), names))
    groups = _merge(names, _relatives(doc, names))
    entities = [_entity(doc, members) for members in groups]
    return tuple(sorted(entities, key=lambda e: e.first))


def _unify_types(names: list[Name]) -> list[Name]:
    """One type per name key: strong evidence first, then the majority (ties: first seen)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for name in names:
        votes[name.key][name.label] += 3 if name.strong else 1
    chosen = {key: counts.most_common(1)[0][0] for key, counts in votes.items()}
    return [name.with_label(chosen[name.key]) for name in names]


def _relatives(doc: Doc, names: list[Name]) -> frozenset[str]:
    """Keys of names introduced as someone's relative: in apposition with a family noun that
    has a possessor ("her son, Dean Harlow III"; "Dean Harlow Jr., his father")."""
    found = set()
    for name in names:
        head = doc[name.tok_start : name.tok_end].root
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nouns.append(head.head)
        if any(_possessed_kin(noun) for noun in nouns):
            found.add(name.key)
    return frozenset(found)


def _possessed_kin(noun: Token) -> bool:
    return noun.lower_ in KIN_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def _merge(names: list[Name], relatives: frozenset[str]) -> list[list[Name]]:
    """Group names by key, then attach short keys to the one longer name they stand for;
    `relatives` are the keys of names introduced as someone's relative."""
    groups: dict[str, _Group] = {}
    for name in names:
        group = groups.get(name.key)
        if group is None:
            group = groups[name.key] = _Group(name.key, name_words(name.text), name.label)
        group.names.append(name)
    by_length = sorted(groups.values(), key=lambda g: -len(g.words))
    for short in by_length:
        roots: dict[int, _Group] = {}
        for long in by_length:
            if len(long.words) <= len(short.words):
                break  # longest first: no longer name follows
            if _refers_to(short, long, relatives):
                roots[id(long.find())] = long.find()
        if len(roots) == 1:
            root = next(iter(roots.values()))
            short.root = root
    merged: dict[int, list[Name]] = defaultdict(list)
    for group in groups.values():
        root = group.find()
        merged[id(root)].extend(name.with_label(root.label) for name in group.names)
    return [sorted(members, key=lambda n: n.start) for members in merged.values()]


def _refers_to(short: _Group, long: _Group, relatives: frozenset[str]) -> bool:
    """Whether the short name can stand for the long one (issue #4, merging rules). A
    surname passes over a generational suffix ("Harlow" is "Dean Harlow Jr") unless the
    suffixed name is introduced as a relative: the namesake is then in the article too."""
    if long.label == "PERSON":
        if short.label != "PERSON" and short.strong:
            return False
        words = long.words if long.key in relatives else _without_suffix(long.words)
        return person_part_of(short.words, words)
    if long.label in PREFIX_TYPES and short.label in (long.label, "PERSON", "GPE"):
        if short.label != long.label and short.strong:
            return False
        acronym = any(is_acronym_shaped(n.text) for n in short.names)
        return len(short.words) == 1 and long.words[0] == short.words[0] and not acronym
    return False


def _without_suffix(words: list[str]) -> list[str]:
    """A person's name words without a trailing generational suffix ("Jr", "III")."""
    return words[:-1] if len(words) > 2 and words[-1] in NAME_SUFFIXES else words


def _entity(doc: Doc, members: list[Name]) -> EntityRecord:
    label = members[0].label
    text = doc_text(doc)
    mentions = tuple(MentionRecord(m.start, m.end, text[m.start : m.end]) for m in members)
    surfaces = [plain(m.text) if m.text.isupper() else m.text for m in mentions]
    forms = list(dict.fromkeys(m.text for m in mentions))
    name = max(forms, key=lambda text: _name_rank(text, surfaces))
    titled = [f"{' '.join(m.titles)} {m.text}" for m in members if m.titles]
    aliases = [form for form in dict.fromkeys([*forms, *titled]) if form != name]
    descriptors = list(dict.fromkeys(title for m in members for title in m.titles))
    return EntityRecord(
        name=name,
        type=label,
        mentions=mentions,
        aliases=tuple(aliases),
        descriptors=tuple(descriptors),
    )


def _name_rank(text: str, surfaces: list[str]) -> tuple[int, bool, int, int]:
    """Longest proper form first: most words, not all-caps, most frequent, longest."""
    return (len(name_key(text).split()), not text.isupper(), surfaces.count(text), len(text))


def merge_records(first: EntityRecord, second: EntityRecord) -> EntityRecord:
    """One entity from two found to be the same (an acronym and its long form, ...): the
    first's name and type, every mention, every other form as an alias."""
    mentions = sorted({*first.mentions, *second.mentions}, key=lambda m: (m.field, m.start))
    forms = [second.name, *first.aliases, *second.aliases]
    return EntityRecord(
        name=first.name,
        type=first.type,
        mentions=tuple(mentions),
        aliases=tuple(f for f in dict.fromkeys(forms) if f != first.name),
        descriptors=tuple(dict.fromkeys([*first.descriptors, *second.descriptors])),
        named=first.named or second.named,
    )


def add_field_mentions(
    entities: tuple[EntityRecord, ...], *, headline: str, captions: Sequence[str] = ()
) -> tuple[EntityRecord, ...]:
    """Mentions in the headline and captions, found by their names and aliases (they are not
    parsed again: one parse per article). Fields: "headline", "captions[0].text", ..."""
    fields = [(HEADLINE_FIELD, headline)]
    fields += [(f"captions[{i}].text", text) for i, text in enumerate(captions)]
    forms = sorted(
        ((form, i) for i, entity in enumerate(entities) for form in _field_forms(entity)),
        key=lambda pair: -len(pair[0]),
    )
    found: dict[int, list[MentionRecord]] = defaultdict(list)
    for field_name, text in fields:
        caseless = text.isupper()
        taken: list[tuple[int, int]] = []
        for form, i in forms:
            kind: MentionKind = NAME if entities[i].named else DESCRIPTION
            flags = re.IGNORECASE if caseless or not entities[i].named else 0
            if not flags and form not in text:
                continue  # no match to find: not worth compiling the form's pattern
            pattern = rf"(?<!\w){re.escape(form)}(?!\w)"
            for match in re.finditer(pattern, text, flags):
                span = (match.start(), match.end())
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
                found[i].append(MentionRecord(*span, match.group(), field_name, kind))
    return tuple(
        replace(entity, mentions=(*entity.mentions, *found[i])) if i in found else entity
        for i, entity in enumerate(entities)
    )


def _field_forms(entity: EntityRecord) -> list[str]:
    """The surface forms looked for outside the body: names as written; for an unnamed actor
    its descriptions without the article ("soldier")."""
    forms = [entity.name, *entity.aliases]
    if not entity.named:
        forms = [f.split(" ", 1)[1] if " " in f else f for f in forms]
    forms = [plain(f).strip() if not entity.named else f for f in forms]
    return [f for f in dict.fromkeys(forms) if len(f) > 1 and f[:1].isalnum()]


def sheet_entities(
    entities: tuple[EntityRecord, ...], acronyms: Sequence[AcronymLink] = ()
) -> tuple[list[Entity], list[Acronym]]:
    """The sheet's entities, numbered e1, e2, ... in order of first body mention, and its
    acronyms pointing at them."""
    order = sorted(range(len(entities)), key=lambda i: (entities[i].first, i))
    ids = {index: f"e{n}" for n, index in enumerate(order, start=1)}
    field_rank = {TEXT_FIELD: 0, HEADLINE_FIELD: 1}
    sheet = []
    for index in order:
        entity = entities[index]
        mentions = sorted(
            entity.mentions, key=lambda m: (field_rank.get(m.field, 2), m.field, m.start)
        )
        sheet.append(
            Entity(
                id=ids[index],
                name=entity.name,
                type=entity.type,
                named=entity.named,
                aliases=list(entity.aliases),
                descriptors=list(entity.descriptors),
                mentions=[
                    Mention(field=m.field, start=m.start, end=m.end, text=m.text, kind=m.kind)
                    for m in mentions
                ],
            )
        )
    links = [
        Acronym(short=a.short, long=a.long, entity=None if a.entity is None else ids[a.entity])
        for a in acronyms
    ]
    return sheet, links
