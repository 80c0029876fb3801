"""When and where the main event happened (issue #7): the scene, chosen among the article's
resolved times and named places.

Candidates are scored the Giveme5W1H way (Hamborg et al. 2019): position (headline and lead
first), frequency, type and, for times, precision and closeness to the publication date. A
time or place that hangs in the parse on the action's own words ("the November 13 escape at
X") is the action's, wherever it stands. `find.py` calls these with the sentence the event is
grounded in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from newsfacts.extract import doc_cache
from newsfacts.extract.doc_cache import doc_text, entities_within
from newsfacts.extract.event import words as cues
from newsfacts.extract.event.phrases import HeadlinePart
from newsfacts.extract.times.timeline import value_interval
from newsfacts.sheet import Entity, EventPart, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

TEXT = "text"
HEADLINE = "headline"
# Body sentences searched for the event: the lead and what follows it closely.
LEAD_SENTENCES = 4
# Weights of a candidate's score (Giveme5W1H's position / frequency / type blend).
POSITION_WEIGHT = 0.5
FREQUENCY_WEIGHT = 0.3
TYPE_WEIGHT = 0.2
MAIN_SENTENCE_BONUS = 0.2
# The most specific place wins: a facility over a town over a region (issue #7).
PLACE_TYPES = {"FAC": 1.0, "GPE": 0.8, "LOC": 0.6}
DATED_TYPES = frozenset({"date", "time"})
# When: a day (or finer) beats a month or year; a date near publication beats history.
PRECISE_BONUS = 0.3
NEAR_BONUS = 0.3
NEAR_PUBLISHED = timedelta(days=7)
FAR_FROM_PUBLISHED = timedelta(days=366)
DAY_NO_YEAR = re.compile(r"^XXXX-\d{2}-\d{2}")
# What may stand between two times told as one: "6.10am on Wednesday", "Sunday, Nov. 13".
TIME_JOINT = re.compile(r",? ?|,? (?:on|at) ")
# The part of a day written before it ("late Thursday", "in the early hours of Wednesday"):
# the times stage reads the day alone, the reader is told a narrower time.
PART_OF_DAY = re.compile(
    r"(?:\b(?:in )?the (?:early|small|wee) hours of |\b(?:late|early) (?:on )?)$", re.IGNORECASE
)
# A clock time written before the day ("6.10am on Wednesday"): one moment, the day's hour.
CLOCK_BEFORE = re.compile(r"\b\d{1,2}[.:]\d{2} ?(?:[ap]m|[ap]\.m\.) (?:on )?$", re.IGNORECASE)
# A time or place that hangs on the action's own words ("escape at X") is the action's.
EVENT_LINK_BONUS = 0.4
LINK_STEPS = 3
# Past the lead, a place still counts when it is the action's own ("escape at X").
WHERE_SENTENCES = 8
# Where: a place the headline names; a place that only modifies a noun ("US election").
HEADLINE_PLACE_BONUS = 0.3
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
CONTAINER_FACTOR = 0.6
# What hangs on a noun after it and names something else: "an inquiry into X", "the man who …".
TAIL_DEPS = frozenset({"prep", "acl", "relcl"})
# A wire dateline inside the body ("WASHINGTON, Nov 6 (Reuters) - The FBI …", "LONDON -- The
# peaks …"): the body often opens with page furniture (a byline, "Photo", a caption) that hides
# it from the cleaner, which only reads the first paragraph. An all-caps place, an optional
# date and agency, then a dash; looked for only this far into the text.
TEXT_DATELINE = re.compile(
    r"(?<![\w'’-])(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Z][\w .&-]{1,30}\))? (?:--|—|–|-) (?=[A-Z\"“])"
)
TEXT_DATELINE_REACH = 600


class MentionIndex:
    """Which entity a span of the headline or text names, and how often the article names it."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = {e.id: e for e in entities}
        self.ranges = [(m.field, m.start, m.end, e.id) for e in entities for m in e.mentions]
        self.most = max((len(e.mentions) for e in entities), default=0)

    def entity(self, span: Span, field: str, offset: int = 0) -> Entity | None:
        """The entity of the mention that covers the span's head, else of one it overlaps
        ("the Acme chief": Acme), short of a phrase or clause hung on the head, which names
        something else ("an inquiry into the Velmar campaign" is no mention of the campaign)."""
        root = span.root
        head = offset + root.idx
        start, end = offset + span.start_char, offset + span.end_char
        tail = next((c for c in root.rights if c.dep_ in TAIL_DEPS), None)
        if tail is not None:
            end = min(end, offset + tail.left_edge.idx)
        hits = [
            (not (s <= head < e), e - s, eid)
            for f, s, e, eid in self.ranges
            if f == field and s < end and start < e
        ]
        return self.entities[min(hits)[2]] if hits else None

    def frequency(self, entity: Entity | None) -> float:
        return len(entity.mentions) / self.most if entity is not None and self.most else 0.0


def pick_when(
    sentences: Sequence[Span],
    main: Span | None,
    times: Sequence[Time],
    *,
    published: date | None = None,
    anchors: frozenset[str] = frozenset(),
) -> EventPart | None:
    """When: a date or time of the action's own words, early, in the main sentence, as
    precise as a day, and near the publication date (Giveme5W1H scores the same things).
    Without a publication date, a day whose year is unknown ("November 13") still counts."""
    best, best_score = None, 0.0
    doc = sentences[0].doc if sentences else None
    for time in times:
        value = time.value or ""
        interval = value_interval(value) if time.type in DATED_TYPES else None
        rank = _rank_of(time.start, sentences)
        day_only = interval is None and time.type in DATED_TYPES and bool(DAY_NO_YEAR.match(value))
        if (interval is None and not day_only) or rank is None or doc is None:
            continue
        in_main = main is not None and _inside(time.start, main)
        score = POSITION_WEIGHT / rank + (MAIN_SENTENCE_BONUS if in_main else 0.0)
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and _linked(span, anchors):
            score += EVENT_LINK_BONUS
        if day_only or (interval and interval[1] - interval[0] <= timedelta(days=1)):
            score += PRECISE_BONUS
        if published is not None and interval is not None:
            first, last = interval
            day = datetime.combine(published, datetime.min.time())
            if not first - FAR_FROM_PUBLISHED <= day <= last + FAR_FROM_PUBLISHED:
                continue  # history or plans ("in 1908", "next year"), not the news
            if first - NEAR_PUBLISHED <= day <= last + NEAR_PUBLISHED:
                score += NEAR_BONUS
        if score > best_score:
            best, best_score = time, score
    if best is None:
        return None
    start, end = _joined(best, times, doc_text(doc) if doc is not None else "")
    text = doc_text(doc)[start:end] if doc is not None else best.text
    return EventPart(text=text, value=best.value, start=start, end=end)


def _joined(best: Time, times: Sequence[Time], text: str) -> tuple[int, int]:
    """The chosen time with the times written against it ("6.10am on Wednesday", "Sunday,
    Nov. 13, 2016"): one moment told at two precisions is one answer to when."""
    start, end = best.start, best.end
    grown = True
    while grown:
        grown = False
        for other in (t for t in times if t.type in DATED_TYPES):
            if other.start >= end and TIME_JOINT.fullmatch(text[end : other.start]):
                end, grown = other.end, True
            elif other.end <= start and TIME_JOINT.fullmatch(text[other.end : start]):
                start, grown = other.start, True
    clock = CLOCK_BEFORE.search(text, max(0, start - 20), start)
    start = clock.start() if clock else start
    part = PART_OF_DAY.search(text, max(0, start - 30), start)
    return (part.start() if part else start), end


def pick_where(
    lead: Sequence[Span],
    main: Span | None,
    entities: Sequence[Entity],
    *,
    headline: Sequence[HeadlinePart] = (),
    dateline: str | None = None,
    anchors: frozenset[str] = frozenset(),
) -> EventPart | None:
    """Where: the place named in the headline and early in the body, the most specific kind
    first (FAC > GPE > LOC), as the object of "in"/"at"/"near" rather than a modifier ("US
    election"). Places are the parser's place names in the headline and lead and the mentions
    of place entities; with no place there, the dateline's city stands in, or a wire
    dateline the body holds after its page furniture ("Photo LONDON -- …")."""
    index = MentionIndex(entities)
    places = _places(lead, entities, headline)
    in_headline = {p.span.text.lower() for p in places if p.part is not None}
    in_headline |= {m.text.lower() for e in entities for m in e.mentions if m.field == HEADLINE}
    containers = {c for p in places if (c := _container(p.span)) is not None}
    best, best_score, best_kind = None, 0.0, 0.0
    for place in places:
        span = place.span
        if _modifier(span) and span.text.lower() not in containers:
            continue
        field = TEXT if place.part is None else HEADLINE
        linked = field == TEXT and _linked(span, anchors)
        if place.rank > LEAD_SENTENCES and not linked:
            continue  # past the lead, only the place of the action itself
        entity = index.entity(span, field, place.part.start if place.part else 0)
        specificity = max(
            PLACE_TYPES.get(place.label, 0.0), PLACE_TYPES.get(entity.type if entity else "", 0.0)
        )
        frequency = index.frequency(entity) if entity else 1 / max(index.most, 1)
        in_main = main is not None and field == TEXT and _inside(span.start_char, main)
        score = (
            POSITION_WEIGHT / place.rank
            + FREQUENCY_WEIGHT * frequency
            + TYPE_WEIGHT * specificity
            + (MAIN_SENTENCE_BONUS if in_main else 0.0)
            + (HEADLINE_PLACE_BONUS if span.text.lower() in in_headline else 0.0)
            + (EVENT_LINK_BONUS if linked else 0.0)
        )
        if span.text.lower() in containers:
            score *= CONTAINER_FACTOR  # "Afghanistan" in "Mazar-i-Sharif in Afghanistan"
        if score > best_score:
            best_score, best_kind = score, specificity
            best = _place_part(place, entity, lead)
    if best is not None and best_kind >= PLACE_TYPES["FAC"]:
        return best  # a building or site says where more closely than a city
    # A dateline is where the reporter filed from, the event's town in almost every story:
    # it says where more closely than a country or region the lead names ("in Britain").
    if dateline:
        return EventPart(text=dateline, field="dateline", start=0, end=len(dateline))
    wire = text_dateline(lead[0].doc.text) if lead else None
    if best is None or (wire is not None and _named_place(lead[0].doc, wire)):
        return wire or best
    return best


def text_dateline(text: str) -> EventPart | None:
    """The place of a wire dateline near the start of the body, with its offsets."""
    found = TEXT_DATELINE.search(text[:TEXT_DATELINE_REACH])
    if found is None or sum(c.isalpha() for c in found["place"]) < 3:
        return None
    return EventPart(text=found["place"], start=found.start("place"), end=found.end("place"))


def _named_place(doc: Doc, part: EventPart) -> bool:
    """Whether the parser read the part's words as a place name (a dateline, not "UPDATE -")."""
    if part.start is None or part.end is None:
        return False
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in PLACE_TYPES for t in span)


@dataclass(frozen=True, slots=True)
class _Place:
    rank: int  # the lead sentence it is in; a headline place counts as the first
    span: Span
    label: str
    part: HeadlinePart | None = None  # a place named in the headline: the part it is in


def _places(
    lead: Sequence[Span], entities: Sequence[Entity], headline: Sequence[HeadlinePart]
) -> list[_Place]:
    """Every place named in the headline and the lead sentences."""
    found = [
        _Place(1, _whole(ent), label, part)
        for part in headline
        for ent in doc_cache.entities(part.doc)
        if (label := _place_label(ent)) is not None
    ]
    seen: set[int] = set()
    for rank, sent in enumerate(lead, 1):
        for ent in entities_within(sent):
            if (label := _place_label(ent)) is not None:
                found.append(_Place(rank, _whole(ent), label))
                seen.add(ent.start_char)
    if not lead:
        return found
    doc = lead[0].doc
    for entity in entities:
        for mention in entity.mentions if entity.type in PLACE_TYPES else ():
            named = mention.field == TEXT and mention.kind == "name"  # not "it", "the city"
            ranked = _rank_of(mention.start, lead) if named else None
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if ranked is not None and span is not None and mention.start not in seen:
                found.append(_Place(ranked, _whole(span), entity.type))
                seen.add(mention.start)
    return found


def _place_label(ent: Span) -> str | None:
    """The place kind of a name: its own label, or a building's for a name of another kind
    that only a place can follow ("protest outside Velmar Towers", read as a title)."""
    if ent.label_ in PLACE_TYPES:
        return ent.label_
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in cues.PLACE_PREPOSITIONS:
        return "FAC"
    return None


def _place_part(place: _Place, entity: Entity | None, lead: Sequence[Span]) -> EventPart:
    """The place as an event part: in the body where the body names it the same way."""
    span, entity_id, part = place.span, entity.id if entity else None, place.part
    if part is None:
        return EventPart(text=span.text, entity=entity_id, start=span.start_char, end=span.end_char)
    written = part.surface(span)
    for sent in lead:
        at = sent.text.find(written)
        if at >= 0:
            start = sent.start_char + at
            return EventPart(text=written, entity=entity_id, start=start, end=start + len(written))
    start = part.start + span.start_char
    return EventPart(
        text=written, entity=entity_id, start=start, end=start + len(written), field=HEADLINE
    )


def _container(place: Span) -> str | None:
    """The larger place a place is said to be in: "X in Y", "Y's X", "X, Y" give Y."""
    root = place.root
    if root.dep_ == "appos" and root.head.ent_type_ in PLACE_TYPES:
        return place.text.lower()
    if root.dep_ == "poss" and (
        root.head.ent_type_ in PLACE_TYPES or root.head.lemma_.lower() in cues.PLACE_NOUNS
    ):
        return place.text.lower()
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.i != head.i:
        inner = head.head
        if head.lower_ == "of" and inner.lemma_.lower() in cues.SETTLEMENT_NOUNS:
            return None  # "the city of X" names X itself
        if inner.ent_type_ in PLACE_TYPES or inner.lemma_.lower() in cues.PLACE_NOUNS:
            return place.text.lower()
    return None


def _modifier(place: Span) -> bool:
    """A place name that only qualifies another noun: "US election", "Brazil's economy"."""
    root = place.root
    return root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() not in cues.PLACE_NOUNS


def _whole(span: Span) -> Span:
    """A place name with the hyphenated rest the tokenizer split off ("Mazar" -i-Sharif)."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        if doc[end].whitespace_:
            break
        end += 2
    return doc[span.start : end]


def _linked(span: Span, anchors: frozenset[str]) -> bool:
    """Whether the span hangs (within a few steps up the parse) on one of the action's words:
    "escape at Gdansk", "the November 13 escape"."""
    token = span.root
    for _ in range(LINK_STEPS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in anchors:
            return True
    return False


def _rank_of(offset: int, lead: Sequence[Span]) -> int | None:
    return next((rank for rank, s in enumerate(lead, 1) if _inside(offset, s)), None)


def _inside(offset: int, span: Span) -> bool:
    return span.start_char <= offset < span.end_char
