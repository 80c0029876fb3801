"""Reports whose source is a phrase or no one: adverbs of hearsay ("X has reportedly sold the
boat" reports the clause the adverb qualifies, by no one named), "according to X" (the clause
the phrase qualifies, by X) and verbs of seeming ("Voters seem to prefer X": a view, no source
named). Kept apart from `cues.py`, which reads verbs and their speakers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span, qualified, subtrees
from newsfacts.extract.quotes.heads import word_cue
from newsfacts.extract.quotes.records import ACCORDING, SEEMING, Cue
from newsfacts.extract.quotes.speakers import is_someone
from newsfacts.extract.quotes.subjects import VERB_TAGS, cue_lemma
from newsfacts.extract.quotes.words import ACCORDING_TO, CUE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a verb of seeming says: "seem to prefer", "appears that ...", "appeared pleased".
SEEMING_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acomp", "advcl", "attr", "oprd"})
# Adverbs that report what others say, naming no one: "X has reportedly sold the boat".
HEARSAY_ADVERBS = frozenset({"reportedly"})
# Clauses whose adverb of hearsay is no report of theirs: a clause defining its noun.
HEARSAY_DEFINING = frozenset({"relcl", "acl"})
# A future the adverb qualifies is the subject's plan, not hearsay alone.
FUTURE_AUX = frozenset({"will", "'ll", "shall"})
# Clauses and participles after a comma that end what the adverb reports.
HEARSAY_TAILS = frozenset({"advcl", "conj", "parataxis", "cc", "punct", "npadvmod"})


def hearsay_cue(adverb: Token) -> Cue | None:
    """ "X has reportedly sold the boat", "Reportedly, X made ...": the clause of the verb the
    adverb qualifies is reported, by no one named (the speaker is left empty)."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in VERB_TAGS or verb == adverb:
        return None
    if verb.dep_ in HEARSAY_DEFINING or cue_lemma(verb) in CUE_VERBS:
        return None  # "the boats she reportedly sold"; "X reportedly said": the verb's cue
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None  # "X will reportedly run": a plan, whose holder is the subject
    start = verb.left_edge.i
    # The clause ends before a comma that sets off a clause or participle hung on it ("...,
    # leaving the crew worried"): that is the writer's, or another report.
    end = verb.i + 1
    for child in verb.rights:
        if (
            child.dep_ in HEARSAY_TAILS
            and child.i > 0
            and adverb.doc[child.left_edge.i - 1].text == ","
        ):
            break
        end = child.right_edge.i + 1
    if start == adverb.i:
        start += 1  # the adverb opening the clause is the cue, not what is reported
    content = char_span(adverb.doc, start, end)
    if content is None:
        return None
    return word_cue(adverb, SEEMING, content, None)


def according_cue(token: Token) -> Cue | None:
    """'according to X': the speaker is X, the content the clause the phrase qualifies."""
    doc = token.doc
    to = next((c for c in token.children if c.lower_ == ACCORDING_TO[1]), None)
    if to is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == ACCORDING_TO[1]:
        to = doc[token.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if to is None or source is None:
        return None
    content = qualified(token)
    if content is None:
        return None
    cue = word_cue(token, ACCORDING, content, source)
    return replace(
        cue, end=to.idx + len(to), text=doc[token.i : to.i + 1].text, lemma="according to"
    )


def seeming_cue(verb: Token) -> Cue | None:
    """ "Voters seem to prefer X", "It appears that X", "X appeared pleased with Y": the
    verb's whole clause is the content, and nobody is named as its source. "appeared on
    television" has no complement and reports nothing."""
    complements = [c for c in verb.children if c.dep_ in SEEMING_COMPLEMENTS]
    if not complements:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
    holder = subjects[0] if subjects and subjects[0].lower_ not in ("it", "there") else None
    content = char_span(verb.doc, *subtrees(complements + ([holder] if holder else [])))
    if content is None:
        return None
    holder = holder if holder is not None and is_someone(holder) else None
    return word_cue(verb, SEEMING, content, holder)
