"""Hand-built fact sheets for the store tests: invented articles with entities, quotes, times.

Offsets are found by searching the text (tests/builders.py), so each article stays readable:
`person("Tobias Ferrante", "Ferrante")` names an entity and the surface forms it has in the text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date

from newsfacts.sheet import (
    Acronym,
    Entity,
    FactSheet,
    Generator,
    Paragraph,
    Source,
    Span,
    Speaker,
    sheet_id,
)
from tests.builders import dated, direct_quote, mentions

# A sentence ends at . ! ? (and a closing quote) before a space, unless the dot ends an initial.
SENTENCE = re.compile(
    r".+?(?<!\b[A-Z])(?<!\bCol)(?<!\bMr)(?<!\bMrs)(?<!\bDr)[.!?][\"”]?(?=\s|$)", re.DOTALL
)


@dataclass(frozen=True)
class E:
    """An entity: its name, type, and the surface forms to find in the text (default: name)."""

    name: str
    type: str = "PERSON"
    forms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    named: bool = True


@dataclass(frozen=True)
class Q:
    """A direct quote of `text` by the entity named `speaker` (or unlinked speaker text)."""

    text: str
    speaker: str
    linked: bool = True


@dataclass(frozen=True)
class T:
    text: str
    value: str


@dataclass
class Article:
    text: str
    headline: str = "An invented headline"
    published: date | None = None
    url: str | None = None
    entities: list[E] = field(default_factory=list)
    quotes: list[Q] = field(default_factory=list)
    times: list[T] = field(default_factory=list)
    acronyms: list[tuple[str, str, str]] = field(default_factory=list)  # short, long, entity name
    version: str = "0.1.0"


def build(article: Article) -> FactSheet:
    text = article.text
    entities = []
    ids: dict[str, str] = {}
    for number, e in enumerate(article.entities, start=1):
        ident = f"e{number}"
        ids[e.name] = ident
        entities.append(
            Entity(
                id=ident,
                name=e.name,
                type=e.type,
                named=e.named,
                aliases=list(e.aliases),
                mentions=mentions(text, e.forms or (e.name,)),
            )
        )
    quotes = []
    for number, q in enumerate(article.quotes, start=1):
        spoken = text.find(q.speaker, text.index(q.text) + len(q.text))
        if spoken < 0:
            spoken = text.index(q.speaker.split()[-1])
        speaker = Speaker(
            text=q.speaker,
            entity=ids.get(q.speaker) if q.linked else None,
            start=spoken,
            end=spoken + len(q.speaker),
        )
        quotes.append(direct_quote(text, number, q.text, speaker))
    times = [dated(text, number, t.text, t.value) for number, t in enumerate(article.times, 1)]
    sentences = [
        Span(start=m.start() + len(m.group()) - len(m.group().lstrip()), end=m.end())
        for m in SENTENCE.finditer(text)
    ]
    return FactSheet(
        id=sheet_id(text),
        source=Source(kind="url" if article.url else "text", url=article.url),
        headline=article.headline,
        published=article.published,
        published_from="metadata" if article.published else None,
        text=text,
        paragraphs=[Paragraph(start=0, end=len(text))],
        sentences=sentences,
        generator=Generator(version=article.version, model="en_test-0.0.0"),
        entities=entities,
        acronyms=[Acronym(short=s, long=lg, entity=ids.get(n)) for s, lg, n in article.acronyms],
        quotes=quotes,
        times=times,
    )


VOCABULARY = (
    "the harbour council voted on tuesday to close the old ferry slip after engineers found "
    "cracks in the pier and residents asked for a new crossing before the winter storms while "
    "fishermen farmers teachers nurses drivers complained about rising fares late trains busy "
    "roads flooded fields broken lights empty shops and a quiet market square near the station"
)


def long_text(seed: int, *, length: int = 240) -> str:
    """Invented prose of `length` words, sentences of 8-15 words; distinct for every seed."""
    rng = random.Random(seed)
    vocabulary = VOCABULARY.split()
    sentences, left = [], length
    while left > 0:
        size = min(left, rng.randint(8, 15))
        words = [rng.choice(vocabulary) for _ in range(size)]
        sentences.append(" ".join(words).capitalize() + ".")
        left -= size
    return " ".join(sentences)


# -- a small invented corpus: two people named Ferrante, one command, two storms --------------

FERRANTE = Article(
    text=(
        "Col. Tobias R. Ferrante said the soldier was stable after surgery. "
        '"She is stable," Ferrante said on Monday. '
        "The U.N. Command (UNC) said the border stayed calm on November 13."
    ),
    headline="Soldier stable, says command spokesman",
    published=date(2017, 11, 14),
    url="https://www.northwire.example/soldier",
    entities=[
        E("Tobias R. Ferrante", forms=("Tobias R. Ferrante", "Ferrante"), aliases=("Ferrante",)),
        E("U.N. Command", "ORG", forms=("U.N. Command", "UNC"), aliases=("UNC",)),
    ],
    quotes=[Q("She is stable", "Ferrante")],
    times=[T("Monday", "2017-11-13"), T("November 13", "2017-11-13")],
    acronyms=[("UNC", "U.N. Command", "U.N. Command")],
)
FERRANTE_AGAIN = Article(
    text=(
        "Tobias Ferrante, a spokesman for the UNC, said the soldier could talk. "
        '"He is awake and eating," Tobias Ferrante said on November 20.'
    ),
    headline="Wounded soldier awake",
    published=date(2017, 11, 21),
    url="https://harbourpost.example/awake",
    entities=[
        E("Tobias Ferrante", forms=("Tobias Ferrante",)),
        E("UNC", "ORG"),
    ],
    quotes=[Q("He is awake and eating", "Tobias Ferrante")],
    times=[T("November 20", "2017-11-20")],
)
MARY_FERRANTE = Article(
    text=(
        "Mary Ferrante, a nurse at the county hospital, said the ward was full. "
        '"We are out of beds," Mary Ferrante said. A hospital board member declined to comment.'
    ),
    headline="County hospital ward full",
    published=date(2019, 3, 2),
    url="https://valleygazette.example/ward",
    entities=[E("Mary Ferrante", forms=("Mary Ferrante",))],
    quotes=[Q("We are out of beds", "Mary Ferrante")],
)
UNLINKED = Article(
    text='"The gate will reopen soon," a port official said on Friday in Brackwater.',
    headline="Port gate to reopen",
    published=date(2020, 6, 5),
    entities=[E("Brackwater", "GPE")],
    quotes=[Q("The gate will reopen soon", "a port official", linked=False)],
)
EVERY = (FERRANTE, FERRANTE_AGAIN, MARY_FERRANTE, UNLINKED)


def make_corpus(path, articles=EVERY):
    """A corpus file at `path` holding the built `articles`; returns the open Corpus."""
    from newsfacts.store import Corpus

    corpus = Corpus(path)
    corpus.add([build(article) for article in articles])
    return corpus


def write_articles(folder, count: int, *, first: int = 0) -> list[str]:
    """`count` distinct scraped-style article files (headline, blank line, paragraphs)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(first, first + count):
        body = "\n\n".join(long_text(seed * 3 + part, length=60) for part in range(3))
        path = folder / f"article{seed:04d}.txt"
        path.write_text(f"Harbour report number {seed}\n\n{body}\n", encoding="utf-8")
        paths.append(str(path))
    return paths
