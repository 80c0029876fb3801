"""Acronyms: each short form linked to its long form and to the entity both name.

Defined acronyms are found in the usual patterns ("long (SHORT)", "SHORT (long)", "SHORT
stands for long", "SHORT, the long,"); the long form of "long (SHORT)" is chosen with the
Schwartz & Hearst algorithm (A Simple Algorithm for Identifying Abbreviation Definitions in
Biomedical Text, PSB 2003), as textacy's `extract/acros.py` does. An acronym the article never
defines is matched to a phrase elsewhere in it whose initials spell it, capitalised or not,
dotted or not ("NCG" / "Northern Coast Guard", "TEZ" / "temporary exclusion zone").

The short form's entity and the long form's entity become one, which gains the acronym (and
the long form) as aliases; untagged occurrences of the short form become its mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import noun_chunks, span_tokens, tokens
from newsfacts.extract.entities.find import NAME, EntityRecord, MentionRecord, merge_records
from newsfacts.words.lexicon import LEADING_FUNCTION_WORDS
from newsfacts.words.names import POSSESSIVE_TOKENS, is_acronym_shaped, name_key, plain

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words an acronym usually skips ("Department of Defense" -> "DoD", "DOD").
SKIPPED_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "&", "on"})
# "SHORT stands for long" cues.
DEFINING_VERBS = frozenset({"stands", "stood", "stand", "means", "meant"})
# Longest acronym considered (letters), and how far back a "long (SHORT)" form may reach.
MAX_LETTERS = 10
# Schwartz & Hearst: the long form has at most min(|A| + 5, 2|A|) words.
EXTRA_WORDS = 5
# Short forms too common as words to be matched without a definition.
MIN_UNDEFINED_LETTERS = 2
# An undefined acronym matched to a plain noun phrase needs this many letters: two-letter ones
# ("TV", "PR") spell too many phrases by chance.
MIN_PHRASE_LETTERS = 3


@dataclass(frozen=True, slots=True)
class AcronymRecord:
    short: str
    long: str
    entity: int | None = None  # index into the entity tuple returned with it


def find_acronyms(
    doc: Doc, entities: tuple[EntityRecord, ...]
) -> tuple[tuple[AcronymRecord, ...], tuple[EntityRecord, ...]]:
    """The article's acronyms and the entities with acronym and long form merged."""
    pairs: dict[str, str] = {}
    for short, long in _defined(doc):
        pairs.setdefault(short, long)
    undefined = _undefined_shorts(doc, set(pairs))
    phrases = _noun_phrases(doc) if undefined else []
    for short in undefined:
        found = _match_elsewhere(short, entities, phrases)
        if found is not None:
            pairs[short] = found
    for short, long in pairs.items():
        entities = _link(doc, entities, short, long)
    records = []
    for short, long in pairs.items():
        index = _entity_named(entities, short)
        if index is None:
            index = _entity_named(entities, long)
        records.append(AcronymRecord(short=short, long=long, entity=index))
    return tuple(records), entities


def initials(words: list[str]) -> str:
    """The letters an acronym of these words would have: dotted parts count letter by letter
    ("U.N. Command" -> "UNC"), possessives and skipped words are left out."""
    return "".join(_initial(word) for word in words).upper()


def _initial(word: str) -> str:
    """What one word gives an acronym: its first letter, a dotted part's letters, or nothing."""
    if word in POSSESSIVE_TOKENS or not word[:1].isalnum():
        return ""
    if "." in word and is_acronym_shaped(word):
        return word.replace(".", "")
    return word[0]


def spells(short: str, words: list[str]) -> bool:
    """Whether the words' initials spell the acronym, with or without the skipped words."""
    letters = short.replace(".", "").upper()
    if initials(words) == letters:
        return True
    content = [w for w in words if w.lower() not in SKIPPED_WORDS]
    return initials(content) == letters


def best_long_form(short: str, candidate: str) -> str | None:
    """Schwartz & Hearst: the shortest tail of `candidate` containing the acronym's letters in
    order, its first letter starting a word."""
    letters = [c.lower() for c in short if c.isalnum()]
    s_idx, l_idx = len(letters) - 1, len(candidate) - 1
    while s_idx >= 0:
        char = letters[s_idx]
        while l_idx >= 0 and (
            candidate[l_idx].lower() != char
            or (s_idx == 0 and l_idx > 0 and candidate[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    start = candidate.rfind(" ", 0, l_idx + 1) + 1
    return candidate[start:].strip() or None


def _defined(doc: Doc) -> list[tuple[str, str]]:
    toks = tokens(doc)
    pairs = []
    for token in toks:
        if token.text != "(":
            continue
        close = _closing(doc, token.i)
        if close is None:
            continue
        inside = doc[token.i + 1 : close]
        if len(inside) == 1 and is_acronym_shaped(inside.text):
            long = _long_before(doc, token.i, inside.text)  # long (SHORT)
            if long:
                pairs.append((inside.text, long))
        elif token.i > 0 and is_acronym_shaped(toks[token.i - 1].text):
            short = toks[token.i - 1].text  # SHORT (long)
            long = _tail_spelling(short, _Phrase.of(list(inside)))
            if long:
                pairs.append((short, long))
    for token in toks:
        if not is_acronym_shaped(token.text) or token.i + 2 >= len(doc):
            continue
        following = doc[token.i + 1 : min(len(doc), token.i + 2 + MAX_LETTERS * 2)]
        if following[0].lower_ in DEFINING_VERBS and following[1].lower_ == "for":
            long = _tail_spelling(
                token.text, _Phrase.of(_phrase(following[2:]))
            )  # SHORT stands for long
        elif following[0].text == "," and following[1].lower_ == "the":
            long = _tail_spelling(
                token.text, _Phrase.of(_phrase(following[2:]))
            )  # SHORT, the long,
        else:
            continue
        if long:
            pairs.append((token.text, long))
    return pairs


def _closing(doc: Doc, i: int) -> int | None:
    toks = tokens(doc)
    for j in range(i + 1, min(len(doc), i + 2 + MAX_LETTERS * 2)):
        if toks[j].text == ")":
            return j
        if toks[j].text == "(" or toks[j].is_sent_start:
            return None
    return None


def _long_before(doc: Doc, paren: int, short: str) -> str | None:
    toks = tokens(doc)
    size = len(short.replace(".", ""))
    first = max(toks[paren].sent.start, paren - min(size + EXTRA_WORDS, size * 2))
    words = [t for t in doc[first:paren] if not t.is_punct or t.text in POSSESSIVE_TOKENS]
    exact = _tail_spelling(short, _Phrase.of(words))
    if exact:
        return exact
    if not words:
        return None
    long = best_long_form(short, doc[words[0].i : paren].text)
    if long is None or long.split()[0].lower() in LEADING_FUNCTION_WORDS:
        return None
    return long


def _phrase(tokens: Span | list[Token]) -> list[Token]:
    """Words up to the first punctuation mark (possessives kept)."""
    words = []
    for token in tokens:
        if (token.is_punct and token.text not in POSSESSIVE_TOKENS) or token.is_space:
            break
        words.append(token)
    return words


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A noun phrase's words with each word's initial, worked out once per article rather than
    once per undefined acronym; `content` leaves the skipped words' initials out."""

    words: list[Token]
    every: list[str]
    content: list[str]

    @classmethod
    def of(cls, words: list[Token]) -> _Phrase:
        texts = [t.text for t in words]
        every = [_initial(text).upper() for text in texts]
        content = [
            "" if text.lower() in SKIPPED_WORDS else i for text, i in zip(texts, every, strict=True)
        ]
        return cls(words, every, content)


def _tail_spelling(short: str, phrase: _Phrase) -> str | None:
    """The longest run of the phrase's words (ending anywhere) whose initials spell `short`.

    `spells` on every run, with each word's initial taken once rather than once per run:
    upper-casing is per character, so a run's initials are its words' initials joined."""
    letters = short.replace(".", "").upper()
    words, every, content = phrase.words, phrase.every, phrase.content
    for start, first in enumerate(words):
        if first.lower_ in SKIPPED_WORDS or first.text in POSSESSIVE_TOKENS:
            continue
        if every[start] and not letters.startswith(every[start]):
            continue  # both spellings of every run from here start with this initial
        for end in range(len(words), start, -1):
            if "".join(every[start:end]) == letters or "".join(content[start:end]) == letters:
                return first.doc[first.i : words[end - 1].i + 1].text
    return None


def _undefined_shorts(doc: Doc, defined: set[str]) -> list[str]:
    toks = tokens(doc)
    shorts = []
    for token in toks:
        text = token.text
        letters = text.replace(".", "")
        if (
            is_acronym_shaped(text)
            and len(letters) >= MIN_UNDEFINED_LETTERS
            and text not in defined
            and text not in shorts
            and not _shouting_line(doc, token)
        ):
            shorts.append(text)
    return shorts


def _shouting_line(doc: Doc, token: Token) -> bool:
    words = [t for t in token.sent if t.is_alpha and len(t.text) > 1]
    return len(words) > 2 and all(t.text.isupper() for t in words)


def _match_elsewhere(
    short: str, entities: tuple[EntityRecord, ...], phrases: list[_Phrase]
) -> str | None:
    """A phrase of the article that the undefined acronym abbreviates: entity names first,
    then noun phrases."""
    letters = short.replace(".", "")
    for entity in entities:
        for form in (entity.name, *entity.aliases):
            words = plain(form).split()
            if name_key(form) != name_key(short) and len(words) > 1 and spells(letters, words):
                return form
    if len(letters) < MIN_PHRASE_LETTERS:
        return None
    for phrase in phrases:
        long = _tail_spelling(letters, phrase)
        if long and long.replace(".", "") != letters:
            return long
    return None


def _noun_phrases(doc: Doc) -> list[_Phrase]:
    """The words of each noun chunk of two words or more, leading function words cut; read
    once per article, not once per acronym (issue #18)."""
    phrases = []
    for chunk in noun_chunks(doc):
        words = [t for t in span_tokens(chunk) if not t.is_punct or t.text in POSSESSIVE_TOKENS]
        while words and (words[0].lower_ in LEADING_FUNCTION_WORDS or words[0].pos_ == "DET"):
            words = words[1:]
        if len(words) > 1:
            phrases.append(_Phrase.of(words))
    return phrases


def _link(
    doc: Doc, entities: tuple[EntityRecord, ...], short: str, long: str
) -> tuple[EntityRecord, ...]:
    """Merge the short form's entity into the long form's; add untagged short mentions."""
    toks = tokens(doc)
    long_index = _entity_named(entities, long)
    short_index = _entity_named(entities, short)
    if long_index is None and short_index is None:
        return entities
    if long_index is not None and short_index is not None and long_index != short_index:
        merged = merge_records(entities[long_index], entities[short_index])
        entities = tuple(
            merged if i == long_index else e for i, e in enumerate(entities) if i != short_index
        )
        long_index -= long_index > short_index
    index = long_index if long_index is not None else short_index
    entity = entities[index]  # type: ignore[index]
    taken = {(m.start, m.end) for e in entities for m in e.mentions}
    extra = [
        MentionRecord(t.idx, t.idx + len(t.text), t.text, kind=NAME)
        for t in toks
        if t.text == short and not any(s <= t.idx < e for s, e in taken)
    ]
    aliases = [a for a in (short, long) if a != entity.name and a not in entity.aliases]
    entity = replace(
        entity,
        mentions=tuple(sorted([*entity.mentions, *extra], key=lambda m: (m.field, m.start))),
        aliases=(*entity.aliases, *aliases),
    )
    return tuple(entity if i == index else e for i, e in enumerate(entities))


def _entity_named(entities: tuple[EntityRecord, ...], form: str) -> int | None:
    key = name_key(form)
    for i, entity in enumerate(entities):
        if key in {name_key(f) for f in (entity.name, *entity.aliases)}:
            return i
    return None
