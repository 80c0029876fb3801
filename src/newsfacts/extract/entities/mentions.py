"""Name mentions: spaCy's entity spans made into clean names with evidence for their type.

OntoNotes-trained spans carry what a name is not: a leading "the", a title ("Col.", "Defender"),
a trailing possessive or score ("Japan 's", "Afridi 88"), a line break into the next line.
The small model also types a name by its surroundings, often wrongly (hospitals as PERSON,
surnames as ORG); where the text gives evidence (a title or role noun before the name, the
name's head noun, an apposition), the evidence wins and the name is marked `strong`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import cached, entities, token_texts, tokens
from newsfacts.words.lexicon import (
    FAC_HEADS,
    LEADING_FUNCTION_WORDS,
    LOC_HEADS,
    NAME_TYPES,
    NUMERIC_TYPES,
    ORG_HEADS,
    ORG_NOUNS,
    ROLE_NOUNS,
)
from newsfacts.words.names import (
    POSSESSIVE_TOKENS,
    is_capitalised,
    is_person_title,
    is_title,
    name_key,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Punctuation that never sits inside a name; a dash counts only when free-standing ("A - B").
BREAK_PUNCT = frozenset({"(", ")", "[", "]", "{", "}", ",", ";", ":", '"', "“", "”", "|", "/"})
DASHES = frozenset({"-", "–", "—", "--"})
# Types whose names may end in a number ("Apollo 11", "Windows 95"); others lose one.
NUMBERED_TYPES = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
PERSON = "PERSON"
# Prepositions whose object is a place when it is a name ("in Gdansk", "near Porto").
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "inside", "throughout"})


@dataclass(frozen=True, slots=True)
class Name:
    """A cleaned name mention: token range [tok_start, tok_end), chars [start, end)."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    label: str
    titles: tuple[str, ...] = ()
    strong: bool = False  # the type rests on evidence, not on the model alone

    @property
    def key(self) -> str:
        return name_key(self.text)

    def with_label(self, label: str) -> Name:
        return self if label == self.label else replace(self, label=label)


def candidate_names(doc: Doc, *, shouting: frozenset[int] = frozenset()) -> list[Name]:
    """spaCy's name entities cleaned and re-typed, plus names it missed (datelines, titled).

    On all-caps lines spaCy's spans are kept only when the name also occurs in normal case;
    `propagate_names` finds the rest there case-blind.
    """
    datelines = _datelines(doc)
    taken = {i for name in datelines for i in range(name.tok_start, name.tok_end)}
    raw = [
        (ent.start, ent.end, ent.label_)
        for ent in entities(doc)
        if ent.label_ in NAME_TYPES and not taken.intersection(range(ent.start, ent.end))
    ]
    known = {name_key(doc[s:e].text) for s, e, _ in raw}
    names = [
        _retype(doc, name)
        for start, end, label in raw
        for name in _clean(doc, start, end, label, known)
        if not _role_word(name)
    ]
    common = _common_words(doc)
    names = [n for n in names if n.strong or " " in n.text or n.text.lower() not in common]
    normal = {name.key for name in names if name.tok_start not in shouting}
    names = [n for n in names if n.tok_start not in shouting or n.key in normal or n.strong]
    covered = taken | {i for name in names for i in range(name.tok_start, name.tok_end)}
    covered |= {
        i for ent in entities(doc) if ent.label_ in NUMERIC_TYPES for i in range(*_ent(ent))
    }
    return sorted([*names, *datelines, *_titled_names(doc, covered)], key=lambda n: n.start)


def _common_words(doc: Doc) -> frozenset[str]:
    """Words the article also writes in lower case: a capitalised "Select" heading a table row
    is the word "select", not a name."""
    pairs = zip(tokens(doc), token_texts(doc), strict=True)
    return frozenset(text for t, text in pairs if text.islower() and t.is_alpha)


def _role_word(name: Name) -> bool:
    """A lone role noun is no name: "Goalkeepers", "Defender" heading a list."""
    if " " in name.text:
        return False
    word = name.text.lower()
    return word in ROLE_NOUNS or (word.endswith("s") and word[:-1] in ROLE_NOUNS)


def _ent(ent: Span) -> tuple[int, int]:
    return ent.start, ent.end


def is_break(doc: Doc, i: int) -> bool:
    """A token no name runs across: a space or line break, a bracket, a spaced dash."""
    return token_breaks(doc)[i]


def token_breaks(doc: Doc) -> tuple[bool, ...]:
    """`is_break` for every token, worked out once per Doc (names ask token by token)."""
    return cached(doc, "breaks", _find_breaks)


def _find_breaks(doc: Doc) -> tuple[bool, ...]:
    toks, texts = tokens(doc), token_texts(doc)
    return tuple(_breaks_at(toks, texts, i) for i in range(len(toks)))


def _breaks_at(toks: tuple[Token, ...], texts: tuple[str, ...], i: int) -> bool:
    text = texts[i]  # made once per Doc: `token.text` builds a string per read
    if "\n" in text or text in BREAK_PUNCT or toks[i].is_space:
        return True
    return text in DASHES and bool(toks[i].whitespace_) and i > 0 and bool(toks[i - 1].whitespace_)


def _clean(doc: Doc, start: int, end: int, label: str, known: set[str]) -> list[Name]:
    """Split a span at breaks and trim what is not name; possibly several names."""
    pieces, piece_start = [], start
    for i in range(start, end + 1):
        if i == end or is_break(doc, i) or _inner_number(doc, i, start, end):
            if i > piece_start:
                pieces.append((piece_start, i))
            piece_start = i + 1
    names = []
    for s, e in pieces:
        for s2, e2 in _split_possessive(doc, s, e, known):
            name = _trim(doc, s2, e2, label)
            if name is not None:
                names.append(name)
    return names


def _inner_number(doc: Doc, i: int, start: int, end: int) -> bool:
    """A score between two names ("Plymouth 4 Exeter"): digits with a capitalised word after."""
    toks = tokens(doc)
    return (
        start < i < end - 1
        and _numeric(toks[i].text)
        and is_capitalised(toks[i + 1].text)
        and toks[i + 1].is_alpha
    )


def _numeric(text: str) -> bool:
    """Digits, maybe with score or time punctuation: "4", "0-2", "9-0-53-1", "1:19.21"."""
    return any(c.isdigit() for c in text) and all(c.isdigit() or c in "-:.,/=" for c in text)


def _split_possessive(doc: Doc, start: int, end: int, known: set[str]) -> list[tuple[int, int]]:
    """ "the city’s Harbour Police Service": an owner known as a name of its own splits off."""
    toks = tokens(doc)
    for i in range(start + 1, end - 1):
        if toks[i].text in POSSESSIVE_TOKENS:
            owner = doc[start:i]
            while owner and owner[0].lower_ in LEADING_FUNCTION_WORDS:
                owner = owner[1:]
            if owner and name_key(owner.text) in known:
                return [(start, i), (i + 1, end)]
    return [(start, end)]


def _trim(doc: Doc, start: int, end: int, label: str) -> Name | None:
    toks = tokens(doc)
    while start < end and toks[start].lower_ in LEADING_FUNCTION_WORDS:
        start += 1
    titles: list[str] = []
    if label != PERSON and end - start >= 3 and is_person_title(toks[start].text):
        rest = doc[start + 1 : end]
        if _person_shaped(rest) and len([t for t in rest if t.text != "."]) >= 2:
            label = PERSON  # "General Antoine Lahd" typed ORG; "General Motors" keeps its type
    if label == PERSON:
        while start < end - 1 and _title_at(doc, start, end):
            title_end = start + 1
            if title_end < end - 1 and toks[title_end].text == ".":
                title_end += 1
            titles.append(doc[start:title_end].text)
            start = title_end
    while start < end and (
        toks[end - 1].text in POSSESSIVE_TOKENS
        or (toks[end - 1].is_punct and toks[end - 1].text != "&")
        or (
            _numeric(toks[end - 1].text)
            and (label not in NUMBERED_TYPES or not toks[end - 1].text.isdigit())
        )
        or (toks[end - 1].like_num and label not in NUMBERED_TYPES)
    ):
        end -= 1
    while start < end and toks[start].is_punct:
        start += 1
    span = doc[start:end]
    if not any(t.text[:1].isupper() for t in span):
        return None
    return Name(start, end, span.start_char, span.end_char, span.text, label, tuple(titles))


def _title_at(doc: Doc, i: int, end: int) -> bool:
    """A title or role word opening a person's span, with a capitalised word after it."""
    toks = tokens(doc)
    word = toks[i].text
    following = [t for t in doc[i + 1 : end] if t.text != "."]
    if not following or not is_capitalised(following[0].text):
        return False
    return is_title(word) or (word.lower() in ROLE_NOUNS and is_capitalised(word))


def _retype(doc: Doc, name: Name) -> Name:
    """Evidence over the model: a title before the name, its head noun, an apposition."""
    before = () if name.titles else _titles_before(doc, name.tok_start)
    if before and _person_shaped(doc[name.tok_start : name.tok_end]):
        name = replace(name, titles=(*before, *name.titles))
    if name.titles:
        return replace(name, label=PERSON, strong=True)
    span = doc[name.tok_start : name.tok_end]
    head = span.root
    if len(span) > 1 and is_capitalised(head.text):
        head_word = head.lower_
        for heads, label in ((ORG_HEADS, "ORG"), (FAC_HEADS, "FAC"), (LOC_HEADS, "LOC")):
            if head_word in heads:
                return replace(name, label=label, strong=True)
    if _person_shaped(span) and (_titled(doc, name.tok_start) or _role_apposition(head)):
        return replace(name, label=PERSON, strong=True)
    if name.label == PERSON and _org_apposition(head):
        return replace(name, label="ORG", strong=True)
    if name.label == PERSON and len(span) == 1 and _place_object(doc, name):
        return replace(name, label="GPE", strong=True)
    return name


def _titles_before(doc: Doc, start: int) -> tuple[str, ...]:
    """Capitalised titles right before a name, outside spaCy's span ("Col. | Tobias Ferrante")."""
    toks = tokens(doc)
    titles: list[str] = []
    i = start - 1
    while i >= 0:
        end = i + 1
        if toks[i].text == "." and i > 0:
            i -= 1
        if not (is_capitalised(toks[i].text) and is_title(toks[i].text)):
            break
        titles.insert(0, doc[i:end].text)
        i -= 1
    return tuple(titles)


def _place_object(doc: Doc, name: Name) -> bool:
    """The object of "in"/"near"/...: "in Gdansk" is a place, not a person."""
    head = doc[name.tok_start : name.tok_end].root
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    if preposition.lower_ == "at":  # "escape at X", not "fired at X"
        return preposition.head.pos_ in ("NOUN", "PROPN")
    return preposition.lower_ in PLACE_PREPOSITIONS


def _person_shaped(span: Span) -> bool:
    """1-4 capitalised words, none a head noun of organisations or places."""
    words = [t for t in span if t.text != "."]
    if not 1 <= len(words) <= 4:
        return False
    if any(t.lower_ in ORG_HEADS or t.lower_ in FAC_HEADS or t.lower_ in LOC_HEADS for t in words):
        return False
    return all(is_capitalised(t.text) for t in words)


def _titled(doc: Doc, start: int) -> bool:
    """ "Col. X", "President X", "striker X", "lead surgeon X": a title or role noun before."""
    toks = tokens(doc)
    i = start - 1
    if i >= 0 and toks[i].text == ".":
        i -= 1
    if i < 0:
        return False
    token = toks[i]
    if is_capitalised(token.text):
        return is_person_title(token.text)
    return token.lower_ in ROLE_NOUNS and token.pos_ == "NOUN"


def _role_apposition(head: Token) -> bool:
    """ "X, a spokesman for Y" or "a spokesman, X": an apposition with a role noun."""
    if any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS for c in head.children):
        return True
    return head.dep_ == "appos" and head.head.lower_ in ROLE_NOUNS


def _org_apposition(head: Token) -> bool:
    return any(c.dep_ == "appos" and c.lower_ in ORG_NOUNS for c in head.children)


def _titled_names(doc: Doc, covered: set[int]) -> list[Name]:
    """Names the model missed after a title or role noun: "striker Igor Shkvyrin"."""
    toks = tokens(doc)
    names = []
    n = len(toks)
    i = 0
    while i < n:
        start = i + 1
        if start < n and toks[start].text == ".":
            start += 1
        end = start
        while (
            end < n
            and end - start < 4
            and end not in covered
            and toks[end].pos_ == "PROPN"
            and is_capitalised(toks[end].text)
            and not is_break(doc, end)
        ):
            end += 1
        if end > start and i not in covered and _titled(doc, start):
            span = doc[start:end]
            if _person_shaped(span) and not is_title(span[0].text):
                title = (doc[i:start].text,) if is_capitalised(toks[i].text) else ()
                names.append(
                    Name(
                        start,
                        end,
                        span.start_char,
                        span.end_char,
                        span.text,
                        PERSON,
                        title,
                        strong=True,
                    )
                )
                i = end
                continue
        i += 1
    return names


def _datelines(doc: Doc) -> list[Name]:
    """Wire datelines: an all-caps place opening a line, then a comma or a date
    ("AL-AIN , United Arab Emirates 1996-12-06", "LONDON 1996-12-06")."""
    toks = tokens(doc)
    names = []
    for i in range(len(doc)):
        if i > 0 and "\n" not in toks[i - 1].text:
            continue
        end = i
        while (
            end < len(doc)
            and end - i < 6
            and (_upper_word(toks[end]) or (toks[end].text == "-" and not toks[end].whitespace_))
        ):
            end += 1
        if end == i or end >= len(doc) or not _upper_word(toks[end - 1]):
            continue
        if toks[end].text != "," and not _date_line_rest(doc, end):
            continue
        span = doc[i:end]
        names.append(Name(i, end, span.start_char, span.end_char, span.text, "GPE", strong=True))
    return names


def _date_line_rest(doc: Doc, i: int) -> bool:
    """The line goes on with a numeric date only ("1996-12-06")."""
    rest = []
    while i < len(doc) and "\n" not in doc[i].text:
        rest.append(doc[i].text)
        i += 1
    return bool(rest) and rest[0][:1].isdigit() and _numeric("".join(rest))


def _upper_word(token: Token) -> bool:
    text = token.text.replace("-", "").replace(".", "")
    return len(text) >= 2 and text.isalpha() and text.isupper()
