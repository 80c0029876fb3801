"""Adverbs of hearsay as cues: "X has reportedly sold the boat" reports the clause the adverb
qualifies, by no one named. Kept apart from `cues.py`, which reads verbs and their speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span
from newsfacts.extract.quotes.nouns import word_cue
from newsfacts.extract.quotes.records import SEEMING, Cue
from newsfacts.extract.quotes.subjects import VERB_TAGS, cue_lemma
from newsfacts.extract.quotes.words import CUE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

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
