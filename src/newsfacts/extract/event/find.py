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
`phrases.py` (who, what), `adverbials.py` (why, how) and `action.py` (how), when and where
from `scene.py`; this module chooses among them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import pos_tags, sentences, span_text
from newsfacts.extract.event import words as cues
from newsfacts.extract.event.phrases import (
    Clause,
    HeadlinePart,
    clauses,
    headline_nominal,
    headline_verb,
    stem,
    verb_form,
)
from newsfacts.extract.event.reasons import find_how, find_why
from newsfacts.extract.event.scene import (
    FREQUENCY_WEIGHT,
    HEADLINE,
    LEAD_SENTENCES,
    POSITION_WEIGHT,
    TEXT,
    TYPE_WEIGHT,
    WHERE_SENTENCES,
    MentionIndex,
    pick_when,
    pick_where,
)
from newsfacts.sheet import Entity, Event, EventPart, EventSpan, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Who: a clause headed by "say" or "be" is about the telling, not the event.
HEADLINE_POSITION = 1.2
REPORTING_FACTOR = 0.5
LIGHT_FACTOR = 0.7
ACTOR_TYPES = {"PERSON": 1.0, "ORG": 0.9, "NORP": 0.8, "GPE": 0.6}
UNNAMED_ACTOR = 0.7
COMMON_NOUN_ACTOR = 0.3
HAPPENING_FACTOR = 0.3
RESTATED_FACTOR = 1.5


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
    index = MentionIndex(entities)
    candidates = [c for c in (*told, *body) if c.subject is not None]
    best = max(
        candidates,
        key=lambda c: (
            actor_score(c, index) * (RESTATED_FACTOR if _restated(c, lead, told) else 1.0)
        ),
        default=None,
    )
    stated = _stated(best, told, index) or best or next(iter(body), None)
    main = ground(stated, lead) if stated is not None else (lead[0] if lead else None)
    places = [*(s for s in [main] if s is not None), *lead]
    # Every stating sentence is read only when the lead has no cause cue: listed only then.
    why = find_why(
        stated, main, lead, headline=headline, body=lambda: lead_sentences(doc, count=None)
    )
    how = find_how(stated, main, places)
    what = stated.what if stated is not None else None
    if not told and headline:
        # A verbless headline names the event as a noun ("Fatal attack on consulate"): that
        # is what happened, in the article's own words.
        what = headline_nominal(headline) or what
    # The action's own words ("escape", "crossed"): a time or place hanging on them is its.
    anchors = frozenset(
        t.lemma_.lower() for t in ((stated.verb, what.root) if stated and what else ())
    )
    every = lead_sentences(doc, count=None, plain=True)
    return Event(
        who=actor_part(_fuller(best, body, lead, told), index, headline, main)
        if best is not None
        else None,
        what=_written(what, headline),
        what_span=_span(what, doc, headline),
        when=pick_when(every, main, times, published=published, anchors=anchors),
        where=pick_where(
            lead_sentences(doc, count=WHERE_SENTENCES),
            main,
            entities,
            headline=headline,
            dateline=dateline,
            anchors=anchors,
        ),
        why=_written(why, headline),
        why_span=_span(why, doc, headline),
        how=_written(how, headline),
        how_span=_span(how, doc, headline),
    )


def headline_clauses(headline: Sequence[HeadlinePart], lead: Sequence[Span]) -> list[Clause]:
    """The headline's clauses; for a part the parser found none in, the verb the lead uses."""
    used = [t for sent in lead for t in sent if t.pos_ == "VERB"]
    verbs = frozenset(t.lemma_.lower() for t in used) | {stem(t.lower_) for t in used}
    found = []
    for part in headline:
        for sent in sentences(part.doc):
            clauses_here = list(clauses(sent, field=HEADLINE, rank=0, offset=part.start))
            if not clauses_here or any(_misread(c, verbs) for c in clauses_here):
                recovered = headline_verb(sent, verbs | _headlinese(sent), offset=part.start)
                clauses_here = [recovered] if recovered is not None else []
            found += clauses_here
    return found


def _headlinese(sent: Span) -> frozenset[str]:
    """The verb of a headline the parser read as one noun phrase: "Fans reacts to the win" has
    "reacts" as a plural noun after its subject, yet a noun phrase's head is not followed by
    "to", a determiner or a name; "of" and the words that open a circumstance ("after",
    "as") are left alone ("Tears of joy")."""
    root = sent.root
    after = root.nbor() if root.i + 1 < sent.end else None
    if root.tag_ != "NNS" or after is None or not any(c.dep_ == "compound" for c in root.lefts):
        return frozenset()
    if after.lower_ == "of" or after.pos_ not in ("ADP", "DET", "PROPN", "PUNCT"):
        return frozenset()
    if after.lower_ in cues.CLAUSE_BREAKS:
        return frozenset()  # "Ferry returns after repairs" reads as well as a noun phrase
    if after.pos_ == "PUNCT" and after.text not in cues.QUOTE_CHARS:
        return frozenset()
    return frozenset({stem(root.lower_)})


def _misread(clause: Clause, verbs: frozenset[str]) -> bool:
    """Headlinese the parser read with its verb as a plural noun: "Mayor stages rally" parsed
    as the stages that rally. The noun before the verb is a verb of the lead ("staged"), the
    parsed verb is not."""
    subject = clause.subject
    if subject is None or subject.end != clause.verb.i:
        return False
    last = subject[-1]
    return last.tag_ == "NNS" and verb_form(last, verbs) and not verb_form(clause.verb, verbs)


def lead_sentences(
    doc: Doc, *, count: int | None = LEAD_SENTENCES, plain: bool = False
) -> list[Span]:
    """The first `count` body sentences that state something: a verb, and not a quotation
    (`plain`: any non-blank sentence; `count=None`: all of them)."""
    found = []
    tags = pos_tags(doc)
    for sent in sentences(doc):
        text = span_text(sent).strip()
        if not text:
            continue
        if not plain and (
            text[0] in cues.QUOTE_CHARS
            or not any(tag in ("VERB", "AUX") for tag in tags[sent.start : sent.end])
        ):
            continue
        found.append(sent)
        if len(found) == count:
            break
    return found


def actor_score(clause: Clause, index: MentionIndex) -> float:
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
        POSITION_WEIGHT * position + FREQUENCY_WEIGHT * index.frequency(entity) + TYPE_WEIGHT * kind
    )
    return score * _verb_factor(clause) * _happening_factor(subject)


def _restated(clause: Clause, lead: Sequence[Span], told: Sequence[Clause]) -> bool:
    """Whether the clause is the headline's told twice, the same subject word with the same
    verb ("Acme raises prices" … "after Acme raised its prices"): then its subject is the
    actor, even one the recogniser did not name. A body clause that restates the headline's
    counts as much, so the body's fuller name can still win ("The town library will open")."""
    if clause.subject is None:
        return False
    word = clause.subject.root.lower_
    if clause.field != HEADLINE:
        return any(
            c.subject is not None and c.subject.root.lower_ == word and _same_verb(clause.verb, c)
            for c in told
        )
    return any(
        _same_verb(token, clause)
        and any(c.dep_ == "nsubj" and c.lower_ == word for c in token.children)
        for sent in lead
        for token in sent
        if token.pos_ in ("VERB", "AUX")
    )


def _same_verb(token: Token, clause: Clause) -> bool:
    return verb_form(token, frozenset({clause.verb.lemma_.lower(), stem(clause.verb.lower_)}))


def _fuller(
    best: Clause, body: Sequence[Clause], lead: Sequence[Span], told: Sequence[Clause]
) -> Clause:
    """A headline actor named by a common noun that the lead restates with the same verb is
    named there more fully ("Library opens" … "The town library will open"): the body's clause
    names it. Not a name: the body's fuller form of a name is often a title or a credit."""
    if best.field != HEADLINE or best.subject is None or best.subject.root.pos_ != "NOUN":
        return best
    word = best.subject.root.lower_
    return next(
        (
            c
            for c in body
            if c.subject is not None
            and c.subject.root.lower_ == word
            and len(c.subject) > len(best.subject)
            and _restated(c, lead, told)
        ),
        best,
    )


def _happening_factor(subject: Span | None) -> float:
    """A subject that names a happening ("price change angers shoppers", "shooting leaves two
    hurt") is what happened, not who did it."""
    if subject is None or subject.root.lemma_.lower() not in cues.HAPPENING_NOUNS:
        return 1.0
    return HAPPENING_FACTOR


def _verb_factor(clause: Clause) -> float:
    lemma = clause.verb.lemma_.lower()
    if lemma in cues.REPORTING_VERBS:
        return REPORTING_FACTOR
    if lemma in cues.LIGHT_VERBS and not any(c.dep_ == "dobj" for c in clause.verb.children):
        return LIGHT_FACTOR
    return 1.0


def _stated(best: Clause | None, told: Sequence[Clause], index: MentionIndex) -> Clause | None:
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


def actor_part(
    clause: Clause,
    index: MentionIndex,
    headline: Sequence[HeadlinePart] = (),
    main: Span | None = None,
) -> EventPart | None:
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
    written = _written(subject, headline) or subject.text
    if clause.field == HEADLINE and main is not None:
        # Grounded in the body where the body names the actor the same way (issue #7).
        at = main.text.find(written)
        if at >= 0:
            start = main.start_char + at
            return EventPart(
                text=written,
                entity=entity.id if entity is not None else None,
                start=start,
                end=start + len(written),
            )
    return EventPart(
        text=written,
        entity=entity.id if entity is not None else None,
        start=clause.offset + subject.start_char,
        end=clause.offset + subject.end_char,
        field=clause.field,
    )


def _written(span: Span | None, headline: Sequence[HeadlinePart]) -> str | None:
    """A phrase as the article writes it: the headline's own case for a headline phrase."""
    if span is None:
        return None
    part = next((p for p in headline if p.doc is span.doc), None)
    return part.surface(span) if part is not None else span.text


def _span(span: Span | None, doc: Doc, headline: Sequence[HeadlinePart]) -> EventSpan | None:
    """Offsets of a what/why/how phrase in its field: the text, or the headline part it is in."""
    if span is None:
        return None
    if span.doc is doc:
        return EventSpan(field=TEXT, start=span.start_char, end=span.end_char)
    offset = next((part.start for part in headline if part.doc is span.doc), 0)
    return EventSpan(field=HEADLINE, start=offset + span.start_char, end=offset + span.end_char)
