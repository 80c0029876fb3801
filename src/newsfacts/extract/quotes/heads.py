"""The phrase a speaker's head word stands for (issue #5): the noun a relative pronoun or an
apposition names ("X, who said", "the deckhand, Jo Roe"), the words written around it with
asides left out, and a cue of one word with that source. Shared by every cue finder and by
the speaker readings, which import it rather than each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.records import Cue
from newsfacts.words.lexicon import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Children left out of a speaker phrase: clauses and asides about the speaker.
SPEAKER_ASIDES = frozenset({"relcl", "acl", "advcl", "parataxis", "punct", "appos", "cc"})


def referent(subject: Token) -> Token:
    """The word a subject stands for: a relative pronoun's noun ("X, who said"), the name in
    an apposition ("the deckhand, Jo Roe")."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    return named_head(subject)


def named_head(head: Token) -> Token:
    """A common noun named by its apposition stands for the name: "the deckhand, Jo Roe"."""
    if head.pos_ != "PROPN":
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
    return head


def speaker_span(head: Token) -> tuple[int, int]:
    """Token range of the speaker phrase: the head with its modifiers, asides left out
    ("Col. X, a spokesman, who ..." -> "Col. X"). When the head is a common noun and an
    apposition names it ("a spokesman, Jane Roe,"), the name is kept."""
    named_aside = head.pos_ != "PROPN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children
    )
    tokens = [head]
    for child in head.children:
        if child.dep_ in SPEAKER_ASIDES and not (named_aside and child.dep_ == "appos"):
            continue
        tokens.extend(child.subtree)
    indices = sorted(t.i for t in tokens if not t.is_punct or t.i == head.i)
    start, end = indices[0], indices[-1] + 1
    doc = head.doc
    # A speaker never runs across a line break: a dateline or live-blog stamp above is
    # another paragraph ("6:50 p.m.\n\nWith her husband, X told ...").
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
            break
    for i in range(head.i, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1 if "\n" not in doc[i].text else i
            break
    end = max(end, head.i + 1)
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return start, end


def word_cue(word: Token, via: str, content: tuple[int, int], source: Token | None) -> Cue:
    """A cue of one word ("claim", "seems") with its content and its source, if any."""
    return Cue(
        token=word.i,
        start=word.idx,
        end=word.idx + len(word),
        text=word.text,
        lemma=word.lemma_.lower(),
        via=via,
        content=content,
        speaker=speaker_span(source) if source is not None else None,
        speaker_head=referent(source).i if source is not None else None,
    )
