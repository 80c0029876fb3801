"""Why and how of the main event: a cause or purpose of the stated clause, else of the
headline's other parts, the lead or the article's speeds and motives (why); the happening or
manner told with the event's outcome (how). `find.py` chooses the clause; this module reads
these two answers off it. Candidate phrases come from `adverbials.py` and `action.py`."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import sentences
from newsfacts.extract.event import words as cues
from newsfacts.extract.event.action import action_phrase, circumstance_event, verdict
from newsfacts.extract.event.adverbials import (
    cause_phrase,
    happening_cause,
    manner_phrase,
    motive_phrase,
    speed_phrase,
    stimulus_phrase,
)
from newsfacts.extract.event.phrases import (
    Clause,
    HeadlinePart,
    clauses,
)
from newsfacts.extract.event.scene import (
    HEADLINE,
    TEXT,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Who: a clause headed by "say" or "be" is about the telling, not the event.
# Verbs whose action phrase is no how: being, telling, going somewhere.
WEAK_HOW_VERBS = cues.LIGHT_VERBS | cues.REPORTING_VERBS | cues.PATH_VERBS


def find_why(
    stated: Clause | None,
    main: Span | None,
    lead: Sequence[Span],
    *,
    headline: Sequence[HeadlinePart] = (),
    body: Callable[[], Sequence[Span]] | None = None,
) -> Span | None:
    """Why: a cause or purpose of the stated clause (headline or body), else of the headline's
    other parts (the headline is the article's own one-line account), else of the main
    sentence, else a cause marker in the lead, else a motive or a speed the lead or the rest of
    the body tells (`body` lists its stating sentences, called only when it comes to that). A
    weak cue ("after", "following") gives way to the cause a causative verb names for a
    happening in the lead ("the blast stemmed from a gas leak")."""
    found = _why(stated, main, lead, headline)
    if found is not None and found[0].lower_ in cues.WEAK_CAUSES:
        # "after"/"following" is often only time: a happening's cause the lead names with a
        # causative verb ("the blast stemmed from a gas leak") says why more plainly.
        found = next((c for s in lead if (c := happening_cause(s)) is not None), found)
        if not _bare_happening(found):
            return found
    elif found is not None:
        return found
    # With no cause cue in the lead, a speed the article tells is the cause it offers
    # ("tipped over as it took a curve at high speed"), whatever the event is (the victims
    # named, the driver's phone checked) and however far on: news names a speed to explain.
    # A motive someone gives further on ("called the raid a reprisal for the arrests") is
    # read the same way, sentence by sentence with the speed.
    told = body() if body is not None else lead
    return next((c for s in told if (c := motive_phrase(s) or speed_phrase(s)) is not None), found)


def _bare_happening(phrase: Span) -> bool:
    """ "after the collision": a weak cue before the happening itself names no cause."""
    rest = [t for t in phrase[1:] if not t.is_punct]
    return (
        bool(rest)
        and rest[-1].lemma_.lower() in cues.HAPPENING_NOUNS
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in rest)
    )


def _why(
    stated: Clause | None, main: Span | None, lead: Sequence[Span], headline: Sequence[HeadlinePart]
) -> Span | None:
    """A cause cue of the stated clause, the headline, the main sentence, else the lead."""
    if stated is not None:
        found = cause_phrase(stated.sentence, verb=stated.verb) or stimulus_phrase(stated.verb)
        if found is not None:
            return found
    for part in headline:
        for sent in sentences(part.doc):
            found = cause_phrase(sent, verb=sent.root)
            if found is not None:
                return found
    if main is not None:
        found = cause_phrase(main, verb=main.root)
        if found is not None:
            return found
    for sent in lead:
        found = cause_phrase(sent, strong=True) if sent != main else None
        if found is not None:
            return found
    return None


def find_how(stated: Clause | None, main: Span | None, places: Sequence[Span]) -> Span | None:
    """How, from what says it most plainly to the fallback: the quality those who saw it give
    it ("described it as 'useful'"), a means or manner in the event's sentences, the
    happening an outcome came about through ("hurt when a ferry capsized"), a manner cue
    further into the lead, else the action in the stated clause's own verb ("holds rally").
    """
    # The event's verbs, each in its sentence: the stated clause's, then the main sentence's.
    told = [(stated.verb, stated.sentence)] if stated is not None else []
    body = _body_verb(main)
    told += [(body, main)] if body is not None and main is not None else []
    found = next((q for verb, _ in told if (q := verdict(verb)) is not None), None)
    found = found or _first(manner_phrase, [*_sentences(stated), *places[:2]])
    found = found or next(
        (e for verb, sent in told if (e := circumstance_event(verb, sent)) is not None), None
    )
    # The lead often tells the outcome a second time with its happening ("three died when the
    # tram overturned"): that says how more plainly than a speed met further on.
    found = found or next(
        (
            e
            for sent in places[1:]
            if (e := _lead_circumstance(sent, {verb for verb, _ in told})) is not None
        ),
        None,
    )
    found = found or _first(_strong_manner, places[2:])
    # A happening as the subject ("blast leaves six hurt") is how the outcome came about.
    found = found or (_happening_subject(stated) if stated is not None else None)
    if found is None and stated is not None and not _weak(stated.verb):
        found = action_phrase(stated.verb)
    return found


def _happening_subject(clause: Clause) -> Span | None:
    """The subject of a clause when it names a happening, with the words before its noun
    ("the river flood", not what a phrase after it adds)."""
    subject = clause.subject
    if subject is None:
        return None
    noun = subject.root
    if not {noun.lemma_.lower(), noun.lower_} & cues.HAPPENING_NOUNS:
        return None
    return noun.doc[max(noun.left_edge.i, subject.start) : noun.i + 1]


def _body_verb(main: Span | None) -> Token | None:
    """The verb of the main sentence's first clause (what a "said" reports), else its root."""
    if main is None:
        return None
    clause = next(iter(clauses(main, field=TEXT, rank=1)), None)
    return clause.verb if clause is not None else main.root


def _weak(verb: Token) -> bool:
    """A verb that says nothing of how: "is", "has", "said", "arrives"."""
    return verb.lemma_.lower() in WEAK_HOW_VERBS


def _lead_circumstance(sent: Span, own: Collection[Token] = ()) -> Span | None:
    """The happening of an outcome verb of a lead sentence, "when" or "after" it: its root's,
    else any other verb's but the event's `own`, which were read with the stricter markers
    ("were rescued after winds pushed them, police said" tells why they needed rescue)."""
    return next(
        (
            e
            for verb in sent
            if verb.pos_ in ("VERB", "AUX")
            and (verb == sent.root or verb not in own)
            and (e := circumstance_event(verb, sent, markers=cues.LEAD_HOW_MARKERS)) is not None
        ),
        None,
    )


def _strong_manner(sent: Span) -> Span | None:
    return manner_phrase(sent, strong=True)


def _first(find: Callable[[Span], Span | None], sentences: Sequence[Span]) -> Span | None:
    for sent in sentences:
        found = find(sent)
        if found is not None:
            return found
    return None


def _sentences(clause: Clause | None) -> list[Span]:
    return [clause.sentence] if clause is not None and clause.field == HEADLINE else []
