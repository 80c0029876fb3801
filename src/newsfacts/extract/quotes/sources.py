"""Who a speaker is: the entity their words refer to, and what kind of source that is.

Linking goes through the entities' mentions (issue #4): the mention under the speaker's head
word first, else the mention sharing the most characters with the speaker phrase, so "he" takes
the entity coreference resolved it to and "a UN Command statement" the organisation it names.
The source type follows the fact-sheet contract: person, organization, document ("a
statement said"), media ("the newspaper reported"), unnamed ("officials said", "a spokesman"
with no name).

A link must make sense to a reader (issue #15), else the speaker keeps its text and no entity:
- the speaker is outside the quoted words (a speaker phrase found inside them keeps its text
  and links nobody), and its entity is named or described somewhere outside them ('"Orla
  Banning is a fraud," he said' is not Orla Banning's quote);
- a pronoun agrees with its entity: "he" and "she" are people of that gender (given names,
  titles and the entity's other pronouns say which), "it" is no person;
- "sources close to X", "people familiar with X": the head noun speaks, not X;
- a relative pronoun ("that", "which") is kept as written, like "who", but links the entity of
  the noun its clause hangs on, or nobody; never an entity it merely overlaps. A "who" whose
  noun no entity covers is written from the noun to the pronoun ("the voters who"): the noun
  for the reader, the pronoun that PolNeAR marks as the source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfacts.extract.quotes.heads import speaker_span
from newsfacts.extract.quotes.words import (
    DOCUMENT_NOUNS,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    UNNAMED_NOUNS,
)
from newsfacts.sheet import Entity, Mention, Speaker
from newsfacts.words.given_names import name_gender
from newsfacts.words.lexicon import (
    FEMININE,
    MASCULINE,
    NEUTER,
    PERSONAL_PRONOUNS,
    PLURAL,
    ROLE_NOUNS,
)
from newsfacts.words.names import title_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ORGANIZATION_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})
# A relative pronoun standing alone is a clause's hinge, not a speaker.
RELATIVE_ONLY = frozenset({"that", "which"})
# Every body mention as (start, end, entity), entity by entity in order (`body_mentions`).
BodyMentions = tuple[tuple[int, int, Entity], ...]
# Relative pronouns of people: "the voters who said".
WHO = frozenset({"who", "whom"})
# A relative pronoun right after its noun is written with it: "the voters who", "the
# report, which", the pronoun being the source PolNeAR marks.
RELATIVES = WHO | RELATIVE_ONLY


def link_speaker(
    doc: Doc,
    span: tuple[int, int] | None,
    head_index: int | None,
    entities: Sequence[Entity],
    *,
    quote: tuple[int, int] | None = None,
    mentions: BodyMentions | None = None,
) -> tuple[Speaker | None, str | None]:
    """The sheet's speaker for a token range, linked to an entity, with its source type.

    `quote`: the quoted content's offsets; words inside it never link an entity as speaker.
    `mentions`: `body_mentions(entities)`, when the caller links many speakers.
    """
    if span is None or head_index is None:
        return None, None
    if mentions is None:
        mentions = body_mentions(entities)
    head = doc[head_index]
    head_end = head.idx + len(head)
    first, last = doc[span[0]], doc[span[1] - 1]
    entity, on_head = _entity_at(mentions, head.idx, head_end, first.idx, last.idx + len(last))
    if entity is None and not span[0] <= head_index < span[1]:
        # A relative pronoun stands for a noun no entity covers: name the noun, as written
        # up to the pronoun ("the voters who", "the report, which"), the source PolNeAR marks.
        noun = speaker_span(head)
        right_after = span[1] - span[0] == 1 and 0 <= span[0] - noun[1] <= 1
        span = (noun[0], span[1]) if right_after and doc[span[0]].lower_ in RELATIVES else noun
        first, last = doc[span[0]], doc[span[1] - 1]
    start, end = first.idx, last.idx + len(last)
    text = doc[span[0] : span[1]].text
    if text.lower() in RELATIVE_ONLY:
        # "the North, which claims ...": kept as written, like "who", but it is the noun the
        # clause hangs on that speaks; without one nobody is linked
        entity, on_head = _antecedent_entity(doc, doc[span[0]], mentions)
    inside = quote is not None and quote[0] <= start < quote[1]
    if entity is not None and (
        inside or not _makes_sense(entity, text, head, on_head, (start, end), quote)
    ):
        entity = None  # words inside the quote do not speak it: keep them, link nobody
    speaker = Speaker(
        text=text,
        entity=entity.id if entity is not None else None,
        start=start,
        end=end,
    )
    return speaker, source_type(head, entity)


def _antecedent_entity(
    doc: Doc, pronoun: Token, mentions: BodyMentions
) -> tuple[Entity | None, bool]:
    antecedent = _antecedent(pronoun)
    if antecedent is None:
        return None, False
    first, last = speaker_span(antecedent)
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    found, _ = _entity_at(mentions, antecedent.idx, antecedent.idx + len(antecedent), start, end)
    return found, True


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative clause's pronoun stands for: the head of the clause's verb."""
    verb = pronoun.head
    if verb.dep_ != "relcl" or verb.head.lower_ in RELATIVE_ONLY:
        return None
    return verb.head


def _makes_sense(
    entity: Entity,
    text: str,
    head: Token,
    on_head: bool,
    at: tuple[int, int],
    quote: tuple[int, int] | None,
) -> bool:
    """Whether a reader would accept `entity` as the speaker written `text`."""
    if not on_head and _after_group_noun(entity, head, at):
        return False  # "sources close to X": X is what the sources are close to, not who speaks
    if quote is not None and not _named_outside(entity, quote):
        return False
    return pronoun_agrees(text.lower(), entity, at)


def _after_group_noun(entity: Entity, head: Token, at: tuple[int, int]) -> bool:
    """The entity is only named after a group head noun ("sources close to X")."""
    if head.lemma_.lower() not in UNNAMED_NOUNS and head.lower_ not in UNNAMED_NOUNS:
        return False
    return any(
        m.field == "text" and m.start >= head.idx and _overlap(m, *at) for m in entity.mentions
    )


def _named_outside(entity: Entity, quote: tuple[int, int]) -> bool:
    """Unless the entity's names and descriptions all lie inside the quoted words (then its
    pronoun speaker was resolved to someone the speaker talks about)."""
    named = [m for m in entity.mentions if m.field == "text" and m.kind != "pronoun"]
    return not named or any(not quote[0] <= m.start < quote[1] for m in named)


def entity_gender(entity: Entity, *, besides: tuple[int, int] | None = None) -> str | None:
    """ "m" / "f" from the entity's given names, titles and pronouns (a majority), the
    mention at `besides` left out; None when nothing or a tie says."""
    votes: Counter[str] = Counter()
    for mention in entity.mentions:
        if besides is not None and (mention.start, mention.end) == besides:
            continue
        word = mention.text.lower()
        if mention.kind == "pronoun":
            gender = "m" if word in MASCULINE else "f" if word in FEMININE else None
            weight = 1
        else:
            words = mention.text.split()
            gender = title_gender(words[0]) if words else None
            if gender is None and len(words) > 1:
                gender = name_gender(words[0])
            weight = 2
        if gender is not None:
            votes[gender] += weight
    for descriptor in entity.descriptors:
        gender = title_gender(descriptor)
        if gender is not None:
            votes[gender] += 2
    if not votes:
        return None
    (best, count), *rest = votes.most_common(2)
    return best if not rest or count > rest[0][1] else None


def pronoun_agrees(pronoun: str, entity: Entity, at: tuple[int, int]) -> bool:
    """ "he"/"she" need a person of that gender (or of none known), "it" a thing."""
    if pronoun in MASCULINE or pronoun in FEMININE:
        if entity.type != "PERSON":
            return False
        gender = entity_gender(entity, besides=at)
        return gender is None or gender == ("m" if pronoun in MASCULINE else "f")
    if pronoun in NEUTER:
        return entity.type != "PERSON"
    return True


def body_mentions(entities: Sequence[Entity]) -> BodyMentions:
    """The entities' body mentions, read once per article rather than once per speaker."""
    return tuple(
        (mention.start, mention.end, entity)
        for entity in entities
        for mention in entity.mentions
        if mention.field == "text"
    )


def _entity_at(
    mentions: BodyMentions, head_start: int, head_end: int, start: int, end: int
) -> tuple[Entity | None, bool]:
    """The entity of the mention on the head word, else of the mention sharing the most of
    the speaker phrase (a mention far longer than the phrase fits it poorly); and whether its
    mention is on the head word."""
    best: tuple[int, int, Entity] | None = None
    # Mentions outside both ranges share nothing with either: skipped before any arithmetic.
    low, high = min(start, head_start), max(end, head_end)
    for m_start, m_end, entity in mentions:
        if m_end <= low or m_start >= high:
            continue
        on_head = min(m_end, head_end) - max(m_start, head_start) > 0
        shared = max(0, min(m_end, end) - max(m_start, start))
        if not on_head and not shared:
            continue
        score = (int(on_head), shared - max(0, (m_end - m_start) - (end - start)))
        if best is None or score > best[:2]:
            best = (*score, entity)
    return (best[2], bool(best[0])) if best is not None else (None, False)


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
