"""The "lead" baseline for `5w1h`: answers read off the first sentence's parse (METRICS.md).

News puts the main event first (the inverted pyramid), so the lead sentence's subject and
predicate are a fair floor for who and what; when and where are the article's first DATE and
first place entity; why and how are never answered. Giveme5W1H's own extractor needs CoreNLP,
which is not available here, so this floor is the peer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Children that belong before the verb in "what": "has not been" + "killed ...".
AUXILIARY_DEPS = frozenset({"aux", "auxpass", "neg"})
# The verb group alone ("have been killed", "gave up"): auxiliaries, negation, particles.
VERB_GROUP_DEPS = AUXILIARY_DEPS | {"prt"}
VERB_POS = frozenset({"VERB", "AUX"})
WHEN_LABELS = frozenset({"DATE"})
WHERE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def lead_answers(doc: Doc) -> dict[str, str | None]:
    """who, what, when, where, why, how for one parsed article; None = no answer."""
    sentence = _first_sentence(doc)
    return {
        "who": _text(_who(sentence)) if sentence is not None else None,
        "what": _text(_what(sentence)) if sentence is not None else None,
        "when": _text(_first_entity(doc, WHEN_LABELS)),
        "where": _text(_first_entity(doc, WHERE_LABELS)),
        "why": None,
        "how": None,
    }


def verb_group(doc: Doc) -> str | None:
    """The first sentence's verb group alone (METRICS.md's extra "verb group only" row)."""
    sentence = _first_sentence(doc)
    if sentence is None or sentence.root.pos_ not in VERB_POS:
        return None
    root = sentence.root
    tokens = [root, *(child for child in root.children if child.dep_ in VERB_GROUP_DEPS)]
    start = min(token.i for token in tokens)
    end = max(token.i for token in tokens) + 1
    return doc[start:end].text


def _first_sentence(doc: Doc) -> Span | None:
    return next((sent for sent in doc.sents if sent.text.strip()), None)


def _who(sentence: Span) -> Span | None:
    """The noun chunk holding the root's first subject; else the sentence's first chunk."""
    subject = next((c for c in sentence.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return next(iter(sentence.noun_chunks), None)
    chunk = next((c for c in sentence.noun_chunks if c.start <= subject.i < c.end), None)
    if chunk is not None:
        return chunk
    return subject.doc[subject.left_edge.i : subject.right_edge.i + 1]


def _what(sentence: Span) -> Span | None:
    """From the root's leftmost auxiliary or negation (or the root) to its right edge."""
    root = sentence.root
    if root.pos_ not in VERB_POS:
        return None
    start = min([root.i, *(c.i for c in root.children if c.dep_ in AUXILIARY_DEPS)])
    end = root.right_edge.i + 1
    while end > start + 1 and (root.doc[end - 1].is_punct or root.doc[end - 1].is_space):
        end -= 1
    return root.doc[start:end]


def _first_entity(doc: Doc, labels: frozenset[str]) -> Span | None:
    return next((ent for ent in doc.ents if ent.label_ in labels), None)


def _text(span: Span | None) -> str | None:
    return span.text if span is not None else None
