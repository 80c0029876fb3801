"""The main event: who did what, when, where, why and how (issue #7).

News puts its main event first: the headline states it, the lead sentence grounds it. Like
Giveme5W1H (Hamborg et al. 2019), each question has candidates scored by position (headline and
lead weigh most), frequency (how often the article returns to the actor or place), syntactic
role (the subject of a content verb, not of "said") and type (a named person over a bare noun;
a facility over a country). The event is grounded in one sentence of the body, the one that
best restates the headline; `when`, `why` and `how` are looked for there first.

Who and where are tied to their entity where the entity stage found one; `what` is a short
verb phrase with its object, read off the headline when the headline has a clause (its wording
is the article's own one-line statement of the event). Every part keeps its offsets: into
`text`, or into `headline` where `field` says so. Candidate phrases come from
`event_phrases.py`; this module only chooses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from newsfacts.extract import event_words as cues
from newsfacts.extract.event_phrases import (
    Clause,
    HeadlinePart,
    cause_phrase,
    clauses,
    headline_verb,
    manner_phrase,
    verb_phrase,
)
from newsfacts.extract.timeline import value_interval
from newsfacts.sheet import Entity, Event, EventPart, EventSpan, Time

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
HEADLINE_POSITION = 1.2
MAIN_SENTENCE_BONUS = 0.2
# A clause headed by "say" or "be" is about the telling, not the event.
REPORTING_FACTOR = 0.5
LIGHT_FACTOR = 0.7
ACTOR_TYPES = {"PERSON": 1.0, "ORG": 0.9, "NORP": 0.8, "GPE": 0.6}
UNNAMED_ACTOR = 0.7
COMMON_NOUN_ACTOR = 0.3
# The most specific place wins: a facility over a town over a region (issue #7).
PLACE_TYPES = {"FAC": 1.0, "GPE": 0.8, "LOC": 0.6}
DATED_TYPES = frozenset({"date", "time"})
# When: a day (or finer) beats a month or year; a date near publication beats history.
PRECISE_BONUS = 0.3
NEAR_BONUS = 0.3
NEAR_PUBLISHED = timedelta(days=7)
FAR_FROM_PUBLISHED = timedelta(days=366)
# Where: a place the headline names; a place that only modifies a noun ("US election").
HEADLINE_PLACE_BONUS = 0.3
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
CONTAINER_FACTOR = 0.6


def extract_event(
    doc: Doc,
    *,
    headline: Sequence[HeadlinePart] = (),
    times: Sequence[Time] = (),
    entities: Sequence[Entity] = (),
    dateline: str | None = None,
    published: date | None = None,
) -> Event:
    """The article's main event; what the article does not state is left out (None)."""
    lead = lead_sentences(doc)
    told = headline_clauses(headline, lead)
    body = [c for rank, s in enumerate(lead, 1) for c in clauses(s, field=TEXT, rank=rank)]
    index = _MentionIndex(entities)
    candidates = [c for c in (*told, *body) if c.subject is not None]
    best = max(candidates, key=lambda c: actor_score(c, index), default=None)
    stated = _stated(best, told, index) or best or next(iter(body), None)
    main = ground(stated, lead) if stated is not None else (lead[0] if lead else None)
    places = [*(s for s in [main] if s is not None), *lead]
    why = find_why(stated, main, lead)
    how = _first(manner_phrase, [*_sentences(stated), *places[:2]])
    if how is None and stated is not None and stated.field == HEADLINE and main is not None:
        acted = [
            c
            for c in clauses(main, field=TEXT, rank=1)
            if _verb_factor(c) == 1.0 and c.verb.lemma_.lower() != stated.verb.lemma_.lower()
        ]
        if acted:
            how = verb_phrase(acted[0].verb)
    what = stated.what if stated is not None else None
    return Event(
        who=actor_part(best, index) if best is not None else None,
        what=what.text if what is not None else None,
        what_span=_span(what, doc, headline),
        when=pick_when(lead_sentences(doc, count=None, plain=True), main, times, published=published),
        where=pick_where(lead, main, entities, headline=headline, dateline=dateline),
        why=why.text if why is not None else None,
        why_span=_span(why, doc, headline),
        how=how.text if how is not None else None,
        how_span=_span(how, doc, headline),
    )


def headline_clauses(headline: Sequence[HeadlinePart], lead: Sequence[Span]) -> list[Clause]:
    """The headline's clauses; for a part the parser found none in, the verb the lead uses."""
    verbs = frozenset(t.lemma_.lower() for sent in lead for t in sent if t.pos_ == "VERB")
    found = []
    for part in headline:
        for sent in part.doc.sents:
            clauses_here = list(clauses(sent, field=HEADLINE, rank=0, offset=part.start))
            if not clauses_here:
                recovered = headline_verb(sent, verbs, offset=part.start)
                clauses_here = [recovered] if recovered is not None else []
            found += clauses_here
    return found


def lead_sentences(
    doc: Doc, *, count: int | None = LEAD_SENTENCES, plain: bool = False
) -> list[Span]:
    """The first `count` body sentences that state something: a verb, and not a quotation
    (`plain`: any non-blank sentence; `count=None`: all of them)."""
    found = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        if not plain and (
            text[0] in cues.QUOTE_CHARS or not any(t.pos_ in ("VERB", "AUX") for t in sent)
        ):
            continue
        found.append(sent)
        if len(found) == count:
            break
    return found


class _MentionIndex:
    """Which entity a span of the headline or text names, and how often the article names it."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = {e.id: e for e in entities}
        self.ranges = [(m.field, m.start, m.end, e.id) for e in entities for m in e.mentions]
        self.most = max((len(e.mentions) for e in entities), default=0)

    def entity(self, span: Span, field: str, offset: int = 0) -> Entity | None:
        """The entity of the mention that covers the span's head, else of one it overlaps."""
        head = offset + span.root.idx
        start, end = offset + span.start_char, offset + span.end_char
        hits = [
            (not (s <= head < e), e - s, eid)
            for f, s, e, eid in self.ranges
            if f == field and s < end and start < e
        ]
        return self.entities[min(hits)[2]] if hits else None

    def frequency(self, entity: Entity | None) -> float:
        return len(entity.mentions) / self.most if entity is not None and self.most else 0.0


def actor_score(clause: Clause, index: _MentionIndex) -> float:
    """How likely the clause's subject is the main actor: early, frequent, a named agent."""
    position = HEADLINE_POSITION if clause.rank == 0 else 1.0 / clause.rank
    subject = clause.subject
    entity = index.entity(subject, clause.field, clause.offset) if subject is not None else None
    kind = 0.0
    if entity is not None:
        kind = ACTOR_TYPES.get(entity.type, COMMON_NOUN_ACTOR) if entity.named else UNNAMED_ACTOR
    elif subject is not None and subject.root.pos_ in ("NOUN", "PROPN", "NUM"):
        kind = COMMON_NOUN_ACTOR
    score = (
        POSITION_WEIGHT * position
        + FREQUENCY_WEIGHT * index.frequency(entity)
        + TYPE_WEIGHT * kind
    )
    return score * _verb_factor(clause)


def _verb_factor(clause: Clause) -> float:
    lemma = clause.verb.lemma_.lower()
    if lemma in cues.REPORTING_VERBS:
        return REPORTING_FACTOR
    if lemma in cues.LIGHT_VERBS and not any(c.dep_ == "dobj" for c in clause.verb.children):
        return LIGHT_FACTOR
    return 1.0


def _stated(best: Clause | None, told: Sequence[Clause], index: _MentionIndex) -> Clause | None:
    """The headline clause that states the event: the actor's own, else the strongest."""
    if not told:
        return None
    if best is not None and best.subject is not None:
        actor = index.entity(best.subject, best.field, best.offset)
        for clause in told:
            if clause is best or (
                actor is not None
                and clause.subject is not None
                and index.entity(clause.subject, HEADLINE, clause.offset) is actor
            ):
                return clause
    return max(told, key=_verb_factor)


def ground(clause: Clause, lead: Sequence[Span]) -> Span | None:
    """The body sentence of a clause: its own, or for a headline clause the lead sentence that
    shares the most content words with it (earlier sentences break ties)."""
    if clause.field == TEXT:
        return clause.sentence
    words = _content(clause.sentence)
    best, best_score = None, 0.0
    for rank, sent in enumerate(lead, 1):
        score = len(words & _content(sent)) / rank**0.5
        if score > best_score:
            best, best_score = sent, score
    return best if best is not None else (lead[0] if lead else None)


def _content(span: Span) -> set[str]:
    return {t.lemma_.lower() for t in span if t.is_alpha and not t.is_stop}


def _sentences(clause: Clause | None) -> list[Span]:
    return [clause.sentence] if clause is not None and clause.field == HEADLINE else []


def find_why(stated: Clause | None, main: Span | None, lead: Sequence[Span]) -> Span | None:
    """Why: a cause or purpose of the stated clause (headline or body), else of the main
    sentence, else a cause marker in the lead."""
    if stated is not None:
        found = cause_phrase(stated.sentence, verb=stated.verb)
        if found is not None:
            return found
    if main is not None:
        found = cause_phrase(main, verb=main.root)
        if found is not None:
            return found
    return _first(cause_phrase, [s for s in lead if s != main])


def _first(find, sentences: Sequence[Span]) -> Span | None:  # type: ignore[no-untyped-def]
    for sent in sentences:
        found = find(sent)
        if found is not None:
            return found
    return None


def actor_part(clause: Clause, index: _MentionIndex) -> EventPart | None:
    """Who: the clause's subject with its entity; a pronoun is replaced by the entity's name."""
    subject = clause.subject
    if subject is None:
        return None
    entity = index.entity(subject, clause.field, clause.offset)
    if subject.root.pos_ == "PRON" and entity is not None:
        mention = next(
            (m for m in entity.mentions if m.field == TEXT and m.kind != "pronoun"), None
        )
        if mention is not None:
            return EventPart(
                text=mention.text, entity=entity.id, start=mention.start, end=mention.end
            )
    return EventPart(
        text=subject.text,
        entity=entity.id if entity is not None else None,
        start=clause.offset + subject.start_char,
        end=clause.offset + subject.end_char,
        field=clause.field,
    )


def pick_when(
    sentences: Sequence[Span],
    main: Span | None,
    times: Sequence[Time],
    *,
    published: date | None = None,
) -> EventPart | None:
    """When: a resolved date or time, early, in the main sentence, as precise as a day, and
    near the publication date (Giveme5W1H scores the same four things)."""
    best, best_score = None, 0.0
    for time in times:
        interval = value_interval(time.value) if time.type in DATED_TYPES else None
        rank = _rank_of(time.start, sentences)
        if interval is None or rank is None:
            continue
        start, end = interval
        in_main = main is not None and _inside(time.start, main)
        score = POSITION_WEIGHT / rank + (MAIN_SENTENCE_BONUS if in_main else 0.0)
        if end - start <= timedelta(days=1):
            score += PRECISE_BONUS
        if published is not None:
            day = datetime.combine(published, datetime.min.time())
            if not start - FAR_FROM_PUBLISHED <= day <= end + FAR_FROM_PUBLISHED:
                continue  # history or plans ("in 1908", "next year"), not the news
            if start - NEAR_PUBLISHED <= day <= end + NEAR_PUBLISHED:
                score += NEAR_BONUS
        if score > best_score:
            best, best_score = time, score
    if best is None:
        return None
    return EventPart(text=best.text, value=best.value, start=best.start, end=best.end)


def pick_where(
    lead: Sequence[Span],
    main: Span | None,
    entities: Sequence[Entity],
    *,
    headline: Sequence[HeadlinePart] = (),
    dateline: str | None = None,
) -> EventPart | None:
    """Where: the place named in the headline and early in the body, the most specific kind
    first (FAC > GPE > LOC), as the object of "in"/"at"/"near" rather than a modifier ("US
    election"). Places are the parser's place names in the headline and lead and the mentions
    of place entities; with no place there, the dateline's city stands in."""
    index = _MentionIndex(entities)
    places = _places(lead, entities, headline)
    in_headline = {p.span.text.lower() for p in places if p.offset is not None}
    in_headline |= {m.text.lower() for e in entities for m in e.mentions if m.field == HEADLINE}
    containers = {c for p in places if (c := _container(p.span)) is not None}
    best, best_score = None, 0.0
    for place in places:
        span = place.span
        if _modifier(span) and span.text.lower() not in containers:
            continue
        field = TEXT if place.offset is None else HEADLINE
        entity = index.entity(span, field, place.offset or 0)
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
        )
        if span.text.lower() in containers:
            score *= CONTAINER_FACTOR  # "Afghanistan" in "Mazar-i-Sharif in Afghanistan"
        if score > best_score:
            best_score = score
            best = _place_part(place, entity, lead)
    if best is None and dateline:
        return EventPart(text=dateline, field="dateline", start=0, end=len(dateline))
    return best


@dataclass(frozen=True, slots=True)
class _Place:
    rank: int  # the lead sentence it is in; a headline place counts as the first
    span: Span
    label: str
    offset: int | None = None  # a headline place: where its part starts in the headline


def _places(
    lead: Sequence[Span], entities: Sequence[Entity], headline: Sequence[HeadlinePart]
) -> list[_Place]:
    """Every place named in the headline and the lead sentences."""
    found = [
        _Place(1, _whole(ent), ent.label_, part.start)
        for part in headline
        for ent in part.doc.ents
        if ent.label_ in PLACE_TYPES
    ]
    seen: set[int] = set()
    for rank, sent in enumerate(lead, 1):
        for ent in sent.ents:
            if ent.label_ in PLACE_TYPES:
                found.append(_Place(rank, _whole(ent), ent.label_))
                seen.add(ent.start_char)
    doc = lead[0].doc if lead else None
    for entity in entities:
        for mention in entity.mentions if doc is not None and entity.type in PLACE_TYPES else ():
            rank = _rank_of(mention.start, lead) if mention.field == TEXT else None
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if rank is not None and span is not None and mention.start not in seen:
                found.append(_Place(rank, _whole(span), entity.type))
                seen.add(mention.start)
    return found


def _place_part(place: _Place, entity: Entity | None, lead: Sequence[Span]) -> EventPart:
    """The place as an event part: in the body where the body names it the same way."""
    span, entity_id = place.span, entity.id if entity else None
    if place.offset is None:
        return EventPart(text=span.text, entity=entity_id, start=span.start_char, end=span.end_char)
    for sent in lead:
        at = sent.text.find(span.text)
        if at >= 0:
            start = sent.start_char + at
            return EventPart(
                text=span.text, entity=entity_id, start=start, end=start + len(span.text)
            )
    start = place.offset + span.start_char
    return EventPart(
        text=span.text, entity=entity_id, start=start, end=start + len(span.text), field=HEADLINE
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


def _rank_of(offset: int, lead: Sequence[Span]) -> int | None:
    return next((rank for rank, s in enumerate(lead, 1) if _inside(offset, s)), None)


def _inside(offset: int, span: Span) -> bool:
    return span.start_char <= offset < span.end_char


def _span(span: Span | None, doc: Doc, headline: Sequence[HeadlinePart]) -> EventSpan | None:
    """Offsets of a what/why/how phrase in its field: the text, or the headline part it is in."""
    if span is None:
        return None
    if span.doc is doc:
        return EventSpan(field=TEXT, start=span.start_char, end=span.end_char)
    offset = next((part.start for part in headline if part.doc is span.doc), 0)
    return EventSpan(field=HEADLINE, start=offset + span.start_char, end=offset + span.end_char)
