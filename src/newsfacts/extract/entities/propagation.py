"""Names found again: where the model missed a name the article has already used.

A name typed once is the same name everywhere (issue #4, document-level consistency): its
untagged occurrences are added, a person's surname or given name alone included, and on
all-caps lines (wire headlines), where spaCy's case-trained NER is unreliable, the match is
case-blind. "UN command" next to "UN Command" is extended to the known longer name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import entities, span_text, token_texts, tokens
from newsfacts.extract.entities.mentions import PERSON, Name, token_breaks
from newsfacts.words.names import is_capitalised, name_key, token_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Longest name (in tokens) looked for again.
MAX_NAME_TOKENS = 8
# A line is "shouting" (all caps) when it has this many upper-case words and no lower-case one.
SHOUTING_MIN_WORDS = 2


def _weak_single(token: Token) -> bool:
    """A lone word that may be an ordinary word: a stop word, or a sentence opener the tagger
    does not read as a proper noun."""
    return bool(token.is_stop or (token.is_sent_start and token.pos_ != "PROPN"))


def _name_word(doc: Doc, i: int) -> bool:
    toks = tokens(doc)
    return (
        0 <= i < len(doc)
        and toks[i].is_alpha
        and is_capitalised(toks[i].text)
        and (toks[i].pos_ == "PROPN")
    )


def shouting_tokens(doc: Doc) -> frozenset[int]:
    """Indices of tokens on all-caps lines (wire headlines), where case says nothing."""
    toks, texts = tokens(doc), token_texts(doc)  # texts made once: `.text` builds a string
    shouting: set[int] = set()
    line: list[int] = []
    for i, text in enumerate([*texts, None]):
        if text is None or "\n" in text:
            words = [texts[j] for j in line if toks[j].is_alpha]
            if len(words) >= SHOUTING_MIN_WORDS and all(w.isupper() for w in words):
                shouting.update(line)
            line = []
        else:
            line.append(i)
    return frozenset(shouting)


def propagate_names(doc: Doc, names: list[Name], *, shouting: frozenset[int]) -> list[Name]:
    """Untagged occurrences of names already found, and of the surnames of people."""
    toks = tokens(doc)
    known: dict[tuple[str, ...], str] = {}
    for name in names:
        keys = tuple(token_key(t.text) for t in toks[name.tok_start : name.tok_end])
        keys = tuple(k for k in keys if k)
        if keys:
            known.setdefault(keys, name.label)
    for name in names:
        if name.label == PERSON and name.tok_end - name.tok_start > 1:
            for token in (toks[name.tok_start], toks[name.tok_end - 1]):
                known.setdefault((token_key(token.text),), PERSON)
    covered = {i for name in names for i in range(name.tok_start, name.tok_end)}
    covered |= {i for ent in entities(doc) for i in range(ent.start, ent.end)}
    words = _Words(doc)
    found = []
    i = 0
    while i < len(doc):
        match = _match_at(doc, i, words, known, covered, shouting)
        if match is None:
            i += 1
            continue
        end, label = match
        span = doc[i:end]
        found.append(Name(i, end, span.start_char, span.end_char, span.text, label))
        i = end
    return found


class _Words:
    """Each token's text, key and break flag, read once per article: `_match_at` tries up to
    MAX_NAME_TOKENS spans at every token (issue #18)."""

    def __init__(self, doc: Doc) -> None:
        self.texts = token_texts(doc)
        self.keys = [token_key(text) for text in self.texts]
        self.breaks = token_breaks(doc)


def _match_at(
    doc: Doc,
    i: int,
    words: _Words,
    known: dict[tuple[str, ...], str],
    covered: set[int],
    shouting: frozenset[int],
) -> tuple[int, str] | None:
    if i in covered or not any(c.isalpha() for c in words.texts[i]):
        return None
    caseless = i in shouting
    if not caseless and not is_capitalised(words.texts[i]):
        return None
    reach = min(len(words.texts), i + MAX_NAME_TOKENS)
    # A name spans no covered token and no break: the first one ends every candidate there.
    stop = next((j for j in range(i, reach) if j in covered or words.breaks[j]), reach)
    for end in range(stop, i, -1):
        keys = words.keys[i:end]
        if not keys[-1]:
            continue
        label = known.get(tuple(w for w in keys if w))
        if label is None:
            continue
        if end - i == 1 and not caseless and (_name_word(doc, i - 1) or _name_word(doc, end)):
            continue  # one word of a longer, unknown name ("Ammar" of "Ammar Rihawiy")
        if not caseless and not is_capitalised(words.texts[end - 1]):
            continue
        if end - i == 1 and not caseless and _weak_single(doc[i]):
            continue
        return end, label
    return None


def extend_names(doc: Doc, names: list[Name]) -> list[Name]:
    """ "UN command" next to "UN Command": a name followed by the lower-case rest of a longer
    known name of the same type is that name."""
    known = {(name.key, name.label) for name in names}
    taken = {i for name in names for i in range(name.tok_start, name.tok_end)}
    toks = tokens(doc)
    extended = []
    for name in names:
        for end in range(min(len(toks), name.tok_end + 3), name.tok_end, -1):
            if not all(t.is_alpha and t.i not in taken for t in toks[name.tok_end : end]):
                continue  # checked before the span is made: most names fail it
            span = doc[name.tok_start : end]
            text = span_text(span)
            if (name_key(text), name.label) in known:
                name = replace(name, tok_end=end, end=span.end_char, text=text)
                break
        extended.append(name)
    return extended
