"""Attributions inside attributions: which one a nested report keeps (issues #5, #19).

"The surgeon said he believed the soldier would live" is one claim of the surgeon's, and so is
"The survey found 54 percent said they would vote": what the outer cue reports holds the inner
one, and PolNeAR (one role per token) annotates only the outer attribution (measured on the
quotes gold, issue #19: the outer speaker is the annotated one far more often). A report that a
cue *follows* is the exception: "He said he would stay, the newspaper reported" is his claim,
which the newspaper reports, so the quote keeps the nearest speaker and names the reporter in
`reported_by`, as "X reported, citing Y, that ..." does (`cues.py`); so is a cue noun with its
own owner that the outer cue takes as its object ("dismissed a warning from Y that ...": Y's
warning). A cue noun deeper in what is reported ("X said that Y's claim that ... is false")
is part of X's report, and goes. A verb of seeming yields to any cue inside it ("X seemed to
recognize Y" is X's recognition).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.quotes.cues import ACCORDING, CLAUSE, NOUN, SEEMING
from newsfacts.extract.quotes.records import Linked
from newsfacts.sheet import Speaker
from newsfacts.words.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Speakers that, inside someone's report, stand for the reporter unless coreference says not.
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "who", "which", "that"})


def unnest(quotes: list[Linked], doc: Doc) -> list[Linked]:
    """One attribution inside another's content: the inner one goes ("X said he believed
    Y", "the survey found 54 percent said Y"), except a report of speech inside a clause a cue
    follows ("he said X, the newspaper reported") or a cue noun that is the outer cue's object
    ("dismissed a warning from Y that"): the outer one goes, and becomes `reported_by`."""
    dropped: set[int] = set()
    reporters: dict[int, Speaker | None] = {}
    for o, outer in enumerate(quotes):
        if outer.item.cue is None or outer.item.kind == "direct":
            continue
        for i, inner in enumerate(quotes):
            cue = inner.item.cue
            if i == o or cue is None or cue is outer.item.cue:
                continue
            if not outer.item.start <= cue.start < outer.item.end:
                continue
            if outer.item.cue.via == SEEMING:
                dropped.add(o)  # "X seemed to recognize Y": X's recognition, not a seeming
            elif (
                not (_follows(outer) or _owned_object(doc, outer, inner))
                or not _reports_speech(inner)
                or _same_speaker(outer.speaker, inner.speaker)
            ):
                dropped.add(i)
            else:
                dropped.add(o)
                reporters.setdefault(i, outer.speaker)
    for i, quote in enumerate(quotes):
        if quote.reported_by is not None:
            reporters.setdefault(i, quote.reported_by)
    return [
        replace(quote, reported_by=reporters.get(i)) if i in reporters else quote
        for i, quote in enumerate(quotes)
        if i not in dropped
    ]


def _owned_object(doc: Doc, outer: Linked, inner: Linked) -> bool:
    """The inner cue is a noun the outer cue takes as its object ("dismissed a warning from Y
    that Z": Y's warning). A cue noun further inside the outer report ("X said that Y's claim
    that Z is false", "X sought to clarify Y's comment that Z") is part of what X reports."""
    outer_cue, inner_cue = outer.item.cue, inner.item.cue
    if outer_cue is None or inner_cue is None or inner_cue.via != NOUN:
        return False
    return doc[inner_cue.token].head.i == outer_cue.token


def _follows(quote: Linked) -> bool:
    """The quote's cue comes after what it reports: "CLAUSE, the newspaper reported"."""
    return quote.item.cue is not None and quote.item.cue.start >= quote.item.end


def _reports_speech(quote: Linked) -> bool:
    """A second-hand report of someone's words ("he said X, the paper reported"), not a
    thought, judgment or finding inside one ("X said voters believe Y", "X said the footage
    showed Y" stay X's claims). A cue noun with its own owner ("dismissed a warning from Y
    that Z") is Y's report: the noun's owner is named in its own phrase."""
    cue = quote.item.cue
    if cue is None or quote.source_type == "document":
        return False
    return cue.via == NOUN or (cue.lemma in SPEECH_VERBS and cue.via in (CLAUSE, ACCORDING))


def _same_speaker(outer: Speaker | None, inner: Speaker | None) -> bool:
    """Whether an inner attribution's speaker is the outer one's: "X said he believes",
    where "he" is X unless coreference says otherwise."""
    if inner is None or outer is None:
        return True
    if inner.entity is not None and outer.entity is not None:
        return inner.entity == outer.entity
    if inner.text.lower() in PRONOUNS:
        return True
    return inner.text.lower() == outer.text.lower()
