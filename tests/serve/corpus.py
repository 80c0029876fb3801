"""A small invented corpus for the server tests: hand-built sheets, no model needed.

Offsets are found by searching each text, so an article is a few readable lines. One article
is hostile: markup and a script inside its headline, a quote, an entity name, a caption and its
source URL, to hold the reader to escaping everything it prints.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsfacts.sheet import (
    Caption,
    Entity,
    Event,
    EventPart,
    FactSheet,
    Generator,
    Paragraph,
    Quantity,
    Source,
    Speaker,
    sheet_id,
)
from newsfacts.store import Corpus
from tests.builders import dated, direct_quote, mentions

SCRIPT = "<script>window.__pwned = 1; alert('pwned')</script>"
IMAGE = '<img src="x" onerror="window.__pwned = 2">'
HOSTILE_URL = "javascript:window.__pwned=3"
# Scraped text for the extraction tests (the real model reads it).
ARTICLE = (
    "Harbour council names contractor for new ferry crossing\n\n"
    "By Test Desk\n\n"
    "The harbour council on Monday named Brightwater Marine as the contractor for a new ferry "
    "crossing at Port Alder, after engineers found cracks in the old pier last month.\n\n"
    '"Work starts in the spring and the crossing opens next year," said Ines Kovac, who '
    "chairs the council.\n\n"
    "The crossing will cost 4.2 million pounds, Kovac said.\n"
)


@dataclass
class Story:
    """An invented article: paragraphs, people (name -> forms), quotes (text, speaker form)."""

    headline: str
    paragraphs: list[str]
    published: date | None = None
    people: dict[str, tuple[str, ...]] = field(default_factory=dict)
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)
    quotes: list[tuple[str, str]] = field(default_factory=list)
    times: list[tuple[str, str]] = field(default_factory=list)
    quantities: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    url: str | None = None
    summary: list[str] = field(default_factory=list)


def build(story: Story) -> FactSheet:
    text = "\n\n".join(story.paragraphs)
    paragraphs, start = [], 0
    for paragraph in story.paragraphs:
        paragraphs.append(Paragraph(start=start, end=start + len(paragraph)))
        start += len(paragraph) + 2
    entities, ids = [], {}
    named = [(n, f, "PERSON") for n, f in story.people.items()]
    named += [(n, f, "GPE") for n, f in story.places.items()]
    for number, (name, forms, kind) in enumerate(named, start=1):
        ids[name] = f"e{number}"
        found = mentions(text, forms)
        entities.append(
            Entity(id=f"e{number}", name=name, type=kind, aliases=list(forms), mentions=found)
        )
    quotes = []
    for number, (said, who) in enumerate(story.quotes, start=1):
        at = text.find(who, text.index(said) + len(said))
        at = at if at >= 0 else text.index(who)
        entity = next((ids[n] for n, forms in story.people.items() if who in forms), None)
        speaker = Speaker(text=who, entity=entity, start=at, end=at + len(who))
        quotes.append(direct_quote(text, number, said, speaker))
    times = [dated(text, number, w, value) for number, (w, value) in enumerate(story.times, 1)]
    quantities = []
    for written in story.quantities:
        start = text.index(written)
        quantities.append(
            Quantity(text=written, start=start, end=start + len(written), kind="count")
        )
    first_person = next(iter(story.people), None)
    event = Event(
        who=EventPart(text=first_person, entity=ids[first_person]) if first_person else None,
        what=story.headline.split(" ", 3)[-1],
    )
    return FactSheet(
        id=sheet_id(text),
        source=Source(kind="url" if story.url else "text", url=story.url),
        headline=story.headline,
        byline=["Test Desk"],
        published=story.published,
        published_from="input" if story.published else None,
        text=text,
        paragraphs=paragraphs,
        captions=story.captions,
        generator=Generator(version="0.1.0", model="en_test-0.0.0"),
        entities=entities,
        quotes=quotes,
        quantities=quantities,
        times=times,
        event=event,
        summary=story.summary or [story.paragraphs[0]],
    )


FERRY = Story(
    headline="Harbour council votes to close the old ferry slip",
    paragraphs=[
        "The harbour council voted on Tuesday to close the old ferry slip after engineers "
        "found cracks in the pier.",
        '"The pier is not safe for another winter," said Ines Kovac, who chairs the council.',
        "Kovac said 40 residents had asked for a new crossing at Port Alder.",
    ],
    published=date(2024, 3, 12),
    people={"Ines Kovac": ("Ines Kovac", "Kovac")},
    places={"Port Alder": ("Port Alder",)},
    quotes=[("The pier is not safe for another winter", "Ines Kovac")],
    times=[("Tuesday", "2024-03-12")],
    quantities=["40 residents"],
    url="https://www.harbourpost.example/ferry-slip",
)
FERRY_FOLLOWUP = Story(
    headline="Ferry slip closure: council names contractor for new crossing",
    paragraphs=[
        "A week after it voted to close the old ferry slip, the harbour council named the "
        "contractor that will build a new crossing at Port Alder.",
        '"Work starts in the spring," Kovac said on Monday.',
    ],
    published=date(2024, 3, 19),
    people={"Ines Kovac": ("Kovac",)},
    places={"Port Alder": ("Port Alder",)},
    quotes=[("Work starts in the spring", "Kovac")],
    times=[("Monday", "2024-03-18")],
    url="https://www.coastnews.example/ferry-contractor",
)
ORCHARD = Story(
    headline="Orchard growers count the cost of a late frost",
    paragraphs=[
        "Growers in the valley lost half their blossom to a late frost, the growers' "
        "association said on Friday.",
        '"We have not seen a frost this late in twenty years," said Tomas Brenner.',
    ],
    published=date(2023, 4, 28),
    people={"Tomas Brenner": ("Tomas Brenner",)},
    quotes=[("We have not seen a frost this late in twenty years", "Tomas Brenner")],
    times=[("Friday", "2023-04-28")],
)
HOSTILE = Story(
    headline=f"Markup test {SCRIPT} headline",
    paragraphs=[
        f"A test article whose text holds markup: {IMAGE} and <b>bold</b> tags.",
        f'"{SCRIPT} is only text here," said Mallory Vance.',
    ],
    published=date(2022, 1, 5),
    people={f"Mallory Vance {IMAGE}": ("Mallory Vance",)},
    quotes=[(f"{SCRIPT} is only text here", "Mallory Vance")],
    captions=[Caption(text=f"A caption {SCRIPT}", credit=IMAGE)],
    url=HOSTILE_URL,
    summary=[f"Summary {SCRIPT}"],
)
STORIES = (FERRY, FERRY_FOLLOWUP, ORCHARD, HOSTILE)
WORDS = [
    "lighthouse",
    "keeper",
    "tram",
    "depot",
    "bakery",
    "glacier",
    "quarry",
    "choir",
    "regatta",
    "vineyard",
    "library",
    "railway",
    "festival",
    "museum",
    "bridge",
    "harvest",
    "marathon",
    "orchestra",
    "observatory",
    "canal",
    "mill",
    "brewery",
    "theatre",
    "lifeboat",
    "meadow",
    "dairy",
    "foundry",
    "chapel",
    "market",
    "ferry",
    "hospital",
]


def filler(number: int) -> Story:
    """An undated article of its own words (seeded), so fillers do not form one story."""
    rng = random.Random(number)
    words = rng.sample(WORDS, 12)
    return Story(
        headline=f"Filler {number}: {' '.join(words[:3])}",
        paragraphs=[" ".join(words).capitalize() + f" number {number}."],
    )


UNDATED = [filler(number) for number in range(1, 24)]


def sheets(*, filler: bool = True) -> list[FactSheet]:
    return [build(story) for story in (*STORIES, *(UNDATED if filler else ()))]


def make_corpus(path: Path, *, filler: bool = True) -> Path:
    with Corpus(path) as corpus:
        corpus.add(sheets(filler=filler))
    return path


def sheet_of(story: Story) -> FactSheet:
    return build(story)
