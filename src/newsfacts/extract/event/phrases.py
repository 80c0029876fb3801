"""Phrases of one sentence that can answer who and what: subject-verb clauses, noun and short
verb phrases; and the headline split into the parts worth parsing (issue #7).

`find.py` chooses among the candidates; this module only reads the parse. The phrase shapes
follow Giveme5W1H's candidate extraction (Hamborg et al. 2019, section 3.3): who is a clause's
subject (the agent of a passive), what its verb phrase; the why and how adverbials are in
`adverbials.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import doc_text, sentences
from newsfacts.extract.event import words as cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Longest answers, in tokens: the 5W1H coders' phrases are short.
MAX_WHAT_TOKENS = 8
MAX_PHRASE_TOKENS = 12
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "acomp", "oprd", "xcomp", "prep", "ccomp"})
# Parts of a noun's or object's subtree a short phrase leaves out.
TRIM_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "ccomp"})
BREAK_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")", "|"})
# A title-case headline ("Tram Derails in Croydon") parses as a string of names; it is read
# in sentence case when at least this share of its words are capitalised.
TITLE_CASE_SHARE = 0.6
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True, slots=True)
class HeadlinePart:
    """One part of the headline, parsed alone; `start` is its offset in the headline and
    `original` the part as written (the parse may read it in another case)."""

    start: int
    doc: Doc
    original: str = ""

    def surface(self, span: Span) -> str:
        """A span of the parse as the headline writes it."""
        if len(self.original) != len(doc_text(self.doc)):
            return span.text
        return self.original[span.start_char : span.end_char]


@dataclass(frozen=True, slots=True)
class Clause:
    """A subject-verb candidate for who/what: `rank` 0 is the headline, then body sentences."""

    field: str
    rank: int
    sentence: Span
    verb: Token
    subject: Span | None
    offset: int = 0  # where `sentence.doc` starts in its field (headline parts)
    phrase: Span | None = None  # what was done, where the parse gives no verb phrase

    @property
    def what(self) -> Span:
        """What was done. A passive with no agent names what happened to the subject, and the
        subject belongs to it ("Seven killed", "Consulate bombed"): nobody else did it."""
        if self.phrase is not None:
            return self.phrase
        phrase = verb_phrase(self.verb)
        subject = self.subject
        if subject is not None and subject.end <= phrase.start and _agentless(self.verb):
            whole = self.verb.doc[subject.start : phrase.end]
            return shorten(whole, MAX_WHAT_TOKENS) if len(whole) > MAX_WHAT_TOKENS else whole
        return phrase


def _agentless(verb: Token) -> bool:
    """A passive verb ("was killed", headline "killed") with no "by" agent."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return passive or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))


def headline_parts(headline: str, text: str) -> list[tuple[int, str]]:
    """The headline's parts worth parsing, with their offsets, in a case the parser reads well.

    Title-case and shouted words are lowered unless the body writes them capitalised (names,
    acronyms); the length never changes, so offsets into the headline hold.
    """
    readable = _sentence_case(headline, text)
    parts, start = [], 0
    while start < len(readable):
        cuts = [(readable.find(s, start), s) for s in cues.HEADLINE_SEPARATORS]
        cut, sep = min(((i, s) for i, s in cuts if i > start), default=(len(readable), ""))
        part = readable[start:cut]
        stripped = _unquoted(part.strip())
        if stripped:
            parts.append((start + part.index(stripped), stripped))
        start = cut + len(sep)
    return parts


def _unquoted(part: str) -> str:
    """A headline part without the quotation it opens with ("'I blame X' Y blames X …"); a
    part that is all quotation is nobody's statement of the event and is dropped."""
    if not part or part[0] not in cues.QUOTE_CHARS:
        return part
    # The closing mark ends a word; an apostrophe inside one ("Trump's") does not close.
    closing = next(
        (
            i
            for i in range(1, len(part))
            if part[i] in cues.QUOTE_CHARS and (i + 1 == len(part) or not part[i + 1].isalnum())
        ),
        0,
    )
    return part[closing + 1 :].strip() if closing else ""


def _sentence_case(headline: str, text: str) -> str:
    words = list(_WORD.finditer(headline))
    capitalised = [w for w in words if w[0][0].isupper()]
    title_case = len(words) > 3 and len(capitalised) >= TITLE_CASE_SHARE * len(words)
    known = set(_WORD.findall(text))
    out = list(headline)
    for i, word in enumerate(words):
        form = word[0]
        shouted = len(form) > 1 and form.isupper()
        if not (shouted or (title_case and i > 0 and form[0].isupper())) or form in known:
            continue
        lowered = form.lower()
        capital = form[0] + lowered[1:]
        replacement = capital if (i == 0 or capital in known) else lowered
        if len(replacement) == len(form):  # offsets must hold ("İ" lowers to two characters)
            out[word.start() : word.end()] = replacement
    return "".join(out)


def clauses(sent: Span, *, field: str, rank: int, offset: int = 0) -> Iterator[Clause]:
    """The sentence's main clauses: the root and its conjuncts; what "X said/showed" reports
    first; in a verbless headline, the participle of its noun ("Seven killed")."""
    root = sent.root
    verbs = [root, *(t for t in root.children if t.dep_ == "conj")]
    if root.lemma_.lower() in cues.REPORTING_VERBS:
        reported = [t for t in root.children if t.dep_ == "ccomp" and t.pos_ in VERB_POS]
        verbs = reported + verbs
        yield from _shown(root, field=field, rank=rank, offset=offset)
    if root.pos_ in NOUN_POS:
        verbs += [t for t in root.subtree if t.dep_ in ("acl", "relcl") and t.tag_ == "VBN"]
        if field != "text":
            # Headlinese hangs the news on a noun: "Tears of joy as Cubs fans celebrate …".
            verbs += [t for t in root.children if t.dep_ == "advcl"]
    for verb in verbs:
        if verb.pos_ not in VERB_POS or quoted(verb, sent):
            continue
        subject = subject_of(verb)
        if subject is None and verb.dep_ in ("acl", "relcl"):
            subject = noun_phrase(verb.head)
        if subject is None and field != "text" and verb.tag_ == "VBN" and verb.i > sent.start:
            subject = noun_phrase(sent.doc[verb.i - 1])  # "Seven killed", "Driver arrested"
        if subject is not None and subject.root.lower_ not in cues.EMPTY_SUBJECTS:
            yield Clause(field, rank, sent, verb, subject, offset)


def headline_nominal(headline: Sequence[HeadlinePart]) -> Span | None:
    """The noun phrase a verbless headline states its event as: the longest part's."""
    roots = [sent.root for part in headline for sent in sentences(part.doc)]
    nouns = [root for root in roots if root.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    longest = max(nouns, key=lambda root: len(root.sent))
    return shorten(noun_phrase(longest), MAX_WHAT_TOKENS)


def _shown(root: Token, *, field: str, rank: int, offset: int) -> Iterator[Clause]:
    """What a reporting verb's object tells: "video shows X's escape" (X escaped), "footage
    shows rescuers using diggers" (rescuers used diggers)."""
    sent = root.sent
    for obj in (c for c in root.children if c.dep_ == "dobj"):
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
            keep = {t.i for t in obj.subtree if not under(t, obj, TRIM_DEPS | {"poss"})}
            whole = _contiguous(obj, keep, limit=len(obj.doc), left=True)
            phrase = shorten(whole, MAX_WHAT_TOKENS)
            yield Clause(field, rank, sent, obj, noun_phrase(owner), offset, phrase)
        acting = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if acting is not None:
            yield Clause(field, rank, sent, acting, _bare(obj, acting), offset)


def _bare(noun: Token, cut: Token) -> Span:
    """A noun phrase up to (not into) one of its dependents: "rescuers" of "rescuers using …"."""
    phrase = noun_phrase(noun)
    end = min(phrase.end, cut.i) if cut.i > noun.i else phrase.end
    return noun.doc[phrase.start : max(end, noun.i + 1)]


def headline_verb(sent: Span, verbs: frozenset[str], *, offset: int = 0) -> Clause | None:
    """A clause for a headline the parser read as one long name ("Trump lands in Washington"
    with "lands" a noun): the first word after a noun whose lemma is a verb the body uses
    ("landed"), with the words before it as subject and the words after it as what was done.
    """
    doc = sent.doc
    for token in sent[1:]:
        previous = doc[token.i - 1]
        if not verb_form(token, verbs) or previous.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        if token.pos_ in ("PROPN", "ADP", "DET", "PRON", "AUX") or token.is_punct:
            continue
        if _gerund_noun(token):
            continue
        end = token.i + 1
        while end < sent.end and end - token.i < MAX_WHAT_TOKENS:
            if doc[end].lower_ in cues.CLAUSE_BREAKS or doc[end].text in BREAK_PUNCT:
                break
            if doc[end].pos_ == "CCONJ":
                break  # "slams FBI and claims …": the second verb is a second clause
            end += 1
        while end > token.i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
            end -= 1  # a phrase cut at the length limit does not end on "at" or "the"
        start = sent.start
        for before in doc[sent.start : token.i]:
            if before.lower_ in cues.CLAUSE_BREAKS or before.text in BREAK_PUNCT:
                start = before.i + 1  # "Five dead after [vehicle] overturns"
        while start < token.i and (doc[start].is_punct or doc[start].pos_ == "DET"):
            start += 1
        if start == token.i:
            return None
        # A participle is headlinese for a passive ("Dozens injured"): like `Clause.what` of an
        # agentless passive, what happened keeps whom it happened to.
        what = start if token.tag_ == "VBN" else token.i
        return Clause("headline", 0, sent, token, doc[start : token.i], offset, doc[what:end])
    return None


def _gerund_noun(token: Token) -> bool:
    """An "-ing" noun that ends a headline's part names what happened ("Rally shooting:"); a
    headline tells its action in the present ("Gunman shoots five"), not bare "-ing"."""
    last = token.i + 1 == token.sent.end or token.nbor().is_punct
    return token.tag_ == "NN" and token.lower_.endswith("ing") and last


def verb_form(token: Token, verbs: frozenset[str]) -> bool:
    """Whether a word is a form of one of `verbs` (lemmas and stems, `stem`): the lemmatizer
    reads some forms wrong ("staged" as "stag"), the stem of every form agrees."""
    return token.lemma_.lower() in verbs or stem(token.lower_) in verbs


def stem(word: str) -> str:
    """A word without its inflection: "stages", "staged", "staging" give "stag"."""
    for suffix in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


_INFLECTIONS = ("ing", "es", "ed", "s", "e", "d")
_MIN_STEM = 3


def quoted(token: Token, sent: Span) -> bool:
    """Inside quotation marks: a quote's words are not the reporter's statement of the event."""
    marks = sum(1 for t in sent[: token.i - sent.start] if t.text in cues.QUOTE_CHARS[:4])
    return marks % 2 == 1


def subject_of(verb: Token) -> Span | None:
    """The verb's subject (a conjunct shares its head's); of a passive with "by", the agent."""
    for child in verb.children:
        if child.dep_ == "agent":
            agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            if agent is not None:
                return noun_phrase(agent)
    token = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if token is None and verb.dep_ == "conj":
        token = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    return noun_phrase(token) if token is not None else None


def noun_phrase(head: Token) -> Span:
    """The noun with its modifiers and conjuncts, without relative clauses and appositions;
    a name without a possessive before it ("Brazil's Massa": "Massa")."""
    trim = TRIM_DEPS | {"poss"} if head.pos_ == "PROPN" else TRIM_DEPS
    keep = {t.i for t in head.subtree if not under(t, head, trim, commas=False)}
    # "A, B and C" parsed as A with an apposition B that has a conjunct: a list, kept whole.
    for child in head.children:
        if child.dep_ == "appos" and any(c.dep_ == "cc" for c in child.children):
            keep.update(t.i for t in child.subtree)
    return _contiguous(head, keep, limit=MAX_PHRASE_TOKENS, left=True, commas=False)


def verb_phrase(verb: Token) -> Span:
    """The verb group with its objects: "blames loss on FBI chief", "set to check records".

    Auxiliaries, negation and particles join the verb; objects, complements and prepositional
    phrases follow without their relative clauses; adverbial clauses, times and anything after
    a comma stay out. The phrase is contiguous so it keeps its offsets.
    """
    keep = {verb.i, *(c.i for c in verb.children if c.dep_ in VERB_GROUP_DEPS)}
    keep.update(c.i for c in verb.lefts if c.dep_ == "advmod" and c.i == verb.i - 1)
    for child in verb.rights:
        if child.dep_ in OBJECT_DEPS and not is_time(child) and not _circumstance(child):
            keep.update(t.i for t in child.subtree if not under(t, child, TRIM_DEPS))
    return shorten(_contiguous(verb, keep, limit=len(verb.doc), left=True), MAX_WHAT_TOKENS)


def shorten(span: Span, limit: int) -> Span:
    """Drop trailing prepositional phrases (then words) until the span fits `limit` tokens:
    "avoids crash with X at Y" loses "at Y" before it loses a word of "avoids crash"."""
    while len(span) > limit:
        cuts = [
            t.i for t in span[1:] if t.dep_ in ("prep", "agent") and t.right_edge.i >= span.end - 1
        ]
        if not cuts:
            return span[:limit]
        span = span.doc[span.start : max(cuts)]
    return span


def _contiguous(
    head: Token, keep: set[int], *, limit: int, left: bool, commas: bool = True
) -> Span:
    """The unbroken run of kept tokens around `head`, cut at `limit` tokens and at a comma
    (`commas=False`: a comma between conjuncts stays, "A, B and C")."""
    doc = head.doc
    breaks = BREAK_PUNCT if commas else BREAK_PUNCT - {","}
    start = head.i
    while left and start - 1 in keep and doc[start - 1].text not in breaks:
        start -= 1
    end = head.i + 1
    while end in keep and end - start < limit:
        if doc[end].text in breaks or (
            doc[end].text == "," and not commas and not _conjunct_next(doc, end, head)
        ):
            break
        end += 1
    while end > head.i + 1 and (
        doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "prep", "case")
    ):
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return doc[start:end]


def _conjunct_next(doc: Doc, comma: int, head: Token) -> bool:
    """Whether the word after a comma is a further conjunct of `head` ("A, B and C")."""
    if comma + 1 >= len(doc):
        return False
    token = doc[comma + 1]
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "conj" or (
            token.dep_ == "appos" and any(c.dep_ == "cc" for c in token.children)
        ):
            return True
        token = token.head
    return False


def _circumstance(token: Token) -> bool:
    """A phrase that sets the scene rather than completing the action: "as …", "after …"."""
    return token.dep_ == "prep" and token.lower_ in cues.CLAUSE_BREAKS


def is_time(token: Token) -> bool:
    """A phrase that only says when: "on Saturday", "last week"."""
    heads = [token, *(c for c in token.children if c.dep_ == "pobj")]
    return any(t.ent_type_ in ("DATE", "TIME") for t in heads)


def under(token: Token, head: Token, deps: frozenset[str], *, commas: bool = True) -> bool:
    """True when the path from `token` up to `head` passes a dependency in `deps` (or a
    breaking punctuation mark; `commas=False` lets commas through)."""
    breaks = BREAK_PUNCT if commas else BREAK_PUNCT - {","}
    while token.i != head.i:
        if token.dep_ in deps or (token.dep_ == "punct" and token.text in breaks):
            return True
        token = token.head
    return False
