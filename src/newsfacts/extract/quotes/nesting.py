"""Attributions inside attributions: which speaker a nested report keeps (issue #5).

"The surgeon said he believed the soldier would live" is one claim of the surgeon's: the
inner cue is the same person's thought, and PolNeAR (one role per token) annotates only the
outer attribution. "He said he would stay, the newspaper reported" is his claim, which the
newspaper reports: the quote keeps the nearest speaker and names the reporter in
`reported_by`, as "X reported, citing Y, that ..." does (`cues.py`).
"""

from __future__ import annotations

from dataclasses import replace

from newsfacts.extract.quotes.cues import ACCORDING, CLAUSE, NOUN, SEEMING
from newsfacts.extract.quotes.records import Linked
from newsfacts.sheet import Speaker
from newsfacts.words.lexicon import SPEECH_VERBS

# Speakers that, inside someone's report, stand for the reporter unless coreference says not.
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "who", "which", "that"})


def unnest(quotes: list[Linked]) -> list[Linked]:
    """One attribution inside another's content: "The surgeon said he believed X" is one
    claim of the surgeon's (the inner one goes); "he said X, the newspaper reported" is his
    claim, reported by the newspaper (the outer one goes, and becomes `reported_by`)."""
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
            elif not _reports_speech(inner) or _same_speaker(outer.speaker, inner.speaker):
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
