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
from typing import TYPE_CHECKING

from newsfacts.extract import event_words as cues
from newsfacts.extract.event_phrases import (
    Clause,
    HeadlinePart,
    cause_phrase,
    clauses,
    manner_phrase,
    verb_phrase,
)
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


def extract_event(
    doc: Doc,
    *,
    headline: Sequence[HeadlinePart] = (),
    times: Sequence[Time] = (),
    entities: Sequence[Entity] = (),
    dateline: str | None = None,
) -> Event:
    """The article's main event; what the article does not state is left out (None)."""
    lead = lead_sentences(doc)
    told = [
        c
        for part in headline
        for sent in part.doc.sents
        for c in clauses(sent, field=HEADLINE, rank=0, offset=part.start)
    ]
    body = [c for rank, s in enumerate(lead, 1) for c in clauses(s, field=TEXT, rank=rank)]
    index = _MentionIndex(entities)
    candidates = [c for c in (*told, *body) if c.subject is not None]
    best = max(candidates, key=lambda c: actor_score(c, index), default=None)
    stated = _stated(best, told, index) or best or next(iter(body), None)
    main = ground(stated, lead) if stated is not None else (lead[0] if lead else None)
    places = [*(s for s in [main] if s is not None), *lead]
    why = _first(cause_phrase, [*_sentences(stated), *places[:2]])
    how = _first(manner_phrase, [*_sentences(stated), *places[:2]])
    what = verb_phrase(stated.verb) if stated is not None else None
    return Event(
        who=actor_part(best, index) if best is not None else None,
        what=what.text if what is not None else None,
        what_span=_span(what, doc, headline),
        when=pick_when(lead, main, times),
        where=pick_where(lead, main, entities, dateline=dateline),
        why=why.text if why is not None else None,
        why_span=_span(why, doc, headline),
        how=how.text if how is not None else None,
        how_span=_span(how, doc, headline),
    )


def lead_sentences(doc: Doc, *, count: int = LEAD_SENTENCES) -> list[Span]:
    """The first body sentences that state something: a verb, and not a quotation."""
    found = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or text[0] in cues.QUOTE_CHARS:
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
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


def pick_when(lead: Sequence[Span], main: Span | None, times: Sequence[Time]) -> EventPart | None:
    """When: a resolved date or time in the main sentence, else the earliest in the lead."""
    best, best_score = None, 0.0
    for time in times:
        if time.type not in DATED_TYPES or not time.value or time.value.endswith("_REF"):
            continue
        rank = _rank_of(time.start, lead)
        if rank is None:
            continue
        in_main = main is not None and _inside(time.start, main)
        score = 1.0 / rank + (MAIN_SENTENCE_BONUS if in_main else 0.0)
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
    dateline: str | None = None,
) -> EventPart | None:
    """Where: the place named early and often, the most specific kind first (FAC > GPE > LOC).

    A place's kind is the parser's label of that mention where it has one, else the entity's
    type; with no place in the lead, the dateline's city stands in."""
    labels = {(ent.start_char, ent.end_char): ent.label_ for sent in lead for ent in sent.ents}
    most = max((len(e.mentions) for e in entities), default=1)
    best, best_score = None, 0.0
    for entity in entities:
        for mention in entity.mentions:
            rank = _rank_of(mention.start, lead) if mention.field == TEXT else None
            if rank is None:
                continue
            label = labels.get((mention.start, mention.end), entity.type)
            specificity = max(PLACE_TYPES.get(label, 0.0), PLACE_TYPES.get(entity.type, 0.0))
            if not specificity:
                continue
            in_main = main is not None and _inside(mention.start, main)
            score = (
                POSITION_WEIGHT / rank
                + FREQUENCY_WEIGHT * len(entity.mentions) / most
                + TYPE_WEIGHT * specificity
                + (MAIN_SENTENCE_BONUS if in_main else 0.0)
            )
            if score > best_score:
                best_score = score
                best = EventPart(
                    text=mention.text, entity=entity.id, start=mention.start, end=mention.end
                )
    if best is None and dateline:
        return EventPart(text=dateline, field="dateline", start=0, end=len(dateline))
    return best


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
