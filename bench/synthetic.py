"""A synthetic news corpus for the store benchmark, written from the project's own templates.

Every event (a storm, a strike, a court ruling, ...) happens in an invented town on a date,
with an invented official and a witness; several outlets each write it up from the templates
below in their own order and wording, so the corpus has same-story groups, rewrites and the
occasional wire copy. Each article comes as scraped text (for `ingest`) and as the fact sheet
a perfect pipeline would give (entities, quotes, times with offsets), for building a large store
without parsing. Seeded: the same arguments give the same corpus.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from newsfacts.sheet import (
    Entity,
    FactSheet,
    Generator,
    Mention,
    Paragraph,
    Quote,
    Source,
    Span,
    Speaker,
    Time,
    sheet_id,
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words("Ada Tom Lina Marek Jun Eve Idris Tessa Olu Maren Ravi Nika Bram Sofia Kofi Ines")
LAST = _words("Brook Reyes Osei Vos Park Sato Vane Brandt Mensah Lund Iyer Halloran Quist Duarte")
TOWNS = _words("Ellery Kelmsford Brackwater Tovey Marlow Ashcombe Pellin Rudd Saltash Wyre")
OUTLETS = _words("northwire harbourpost valleygazette coastline dailyledger metroherald")
ROLES = ("mayor", "council leader", "fire chief", "police spokesman", "union official")
EVENTS = {
    "storm": ("Storm {name} floods {town}", "flooded", "residents fled rising water"),
    "strike": ("{town} dockworkers walk out over pay", "walked out", "ferries stood idle"),
    "fire": ("Fire destroys warehouse in {town}", "burned", "crews fought the blaze"),
    "ruling": ("Court blocks {town} bridge plan", "ruled", "the scheme was halted"),
    "vote": ("{town} council backs new budget", "voted", "the budget passed"),
}
OPENERS = (
    "{town} {verb} on {day}, and {count} people were affected, the {role} said.",
    "On {day}, {town} {verb} as {effect}, officials said.",
    "{count} people were affected after {town} {verb} on {day}.",
)
BODY = (
    "The {role}, {person}, said the town would recover quickly.",
    "{person}, the {role}, told reporters that help was on the way.",
    "Witnesses said {effect} late into the night.",
    "Local businesses said they expected losses for weeks.",
    "Engineers from the regional authority were due to inspect the damage.",
    "It was the worst day the town had seen since {year}.",
    "Schools near the harbour stayed closed while crews worked.",
    "Volunteers handed out food and blankets at the station.",
    "The regional government promised an inquiry into how the town had prepared.",
    "Insurers said claims were already arriving from homes and shops along the front.",
    "Police closed the coast road and asked drivers to stay away from the centre.",
    "A public meeting was called for the following week at the town hall.",
    "Opposition councillors said warnings had been ignored for years.",
    "The last time the town faced anything similar, repairs took most of a year.",
    "Shopkeepers on the high street swept water and glass from their doorways.",
    "Bus and rail services were cut back until further notice.",
)
QUOTES = (
    "We are doing everything we can",
    "Nobody expected it to happen so fast",
    "The town has been through worse and we will come back",
    "We need answers about what went wrong",
)


@dataclass(frozen=True, slots=True)
class Event:
    kind: str
    name: str
    town: str
    day: date
    person: str
    role: str
    witness: str
    count: int


@dataclass(frozen=True, slots=True)
class Synthetic:
    text: str  # scraped style: headline, byline, blank line, paragraphs
    sheet: FactSheet  # what a perfect pipeline would extract


def invent(rng: random.Random) -> Event:
    """One event: an invented town, day, official and witness."""
    return Event(
        kind=rng.choice(sorted(EVENTS)),
        name=rng.choice(FIRST),
        town=f"{rng.choice(('Port ', 'North ', 'Upper ', ''))}{rng.choice(TOWNS)}",
        day=date(2015, 1, 1) + timedelta(days=rng.randrange(3650)),
        person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        role=rng.choice(ROLES),
        witness=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        count=rng.randrange(20, 2000),
    )


def corpus(count: int, *, seed: int = 7, per_event: int = 4) -> Iterator[Synthetic]:
    """`count` articles: each event written up by `per_event` outlets in turn."""
    rng = random.Random(seed)
    event = invent(rng)
    for number in range(count):
        if number and number % per_event == 0:
            event = invent(rng)
        yield article(event, rng, outlet=OUTLETS[number % len(OUTLETS)], number=number)


def article(event: Event, rng: random.Random, *, outlet: str, number: int) -> Synthetic:
    headline_template, verb, effect = EVENTS[event.kind]
    headline = headline_template.format(name=event.name, town=event.town)
    day = event.day.strftime("%A %B %-d")
    slots = {
        "town": event.town,
        "verb": verb,
        "effect": effect,
        "day": day,
        "count": event.count,
        "role": event.role,
        "person": event.person,
        "year": event.day.year - rng.randrange(5, 40),
    }
    sentences = [rng.choice(OPENERS).format(**slots)]
    body = rng.sample(BODY, k=rng.randint(8, len(BODY)))
    sentences += [template.format(**slots) for template in body]
    quotes = rng.sample(QUOTES, k=2)
    sentences.insert(2, f"“{quotes[0]},” {event.person} said.")
    sentences.append(f"“{quotes[1]},” said {event.witness}, who lives nearby.")
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) >= rng.randint(1, 3):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    paragraphs[-1] += f" (report {number})"  # every article's text differs, as in a real feed
    text = "\n\n".join(paragraphs)
    byline = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    scraped = f"{headline}\n\nBy {byline}\n\n{text}\n"
    return Synthetic(scraped, _sheet(event, text, headline, byline, outlet, number, quotes))


def _find(text: str, needle: str) -> list[Mention]:
    spans, start = [], text.find(needle)
    while start >= 0:
        spans.append(Mention(start=start, end=start + len(needle), text=needle))
        start = text.find(needle, start + 1)
    return spans


def _sheet(
    event: Event,
    text: str,
    headline: str,
    byline: str,
    outlet: str,
    number: int,
    quotes: list[str],
) -> FactSheet:
    people = [(event.person, "PERSON"), (event.witness, "PERSON"), (event.town, "GPE")]
    entities = [
        Entity(id=f"e{i}", name=name, type=kind, mentions=_find(text, name))
        for i, (name, kind) in enumerate(people, start=1)
        if name in text
    ]
    ids = {entity.name: entity.id for entity in entities}
    found_quotes = []
    for i, (quote, who) in enumerate(zip(quotes, (event.person, event.witness), strict=True)):
        start = text.find(quote)
        spoken = text.find(who, start)
        found_quotes.append(
            Quote(
                id=f"q{i + 1}",
                kind="direct",
                text=quote,
                start=start,
                end=start + len(quote),
                speaker=Speaker(text=who, entity=ids.get(who), start=spoken, end=spoken + len(who)),
                cue="said",
                source_type="person",
            )
        )
    day = event.day.strftime("%A %B %-d")
    start = text.find(day)
    times = []
    if start >= 0:
        times.append(
            Time(
                id="t1",
                text=day,
                start=start,
                end=start + len(day),
                type="date",
                value=event.day.isoformat(),
                anchored=True,
            )
        )
    sentences, position = [], 0
    for piece in text.replace("\n\n", " ").split(". "):
        sentences.append(Span(start=position, end=min(len(text), position + len(piece) + 1)))
        position += len(piece) + 2
    return FactSheet(
        id=sheet_id(text),
        source=Source(kind="url", url=f"https://www.{outlet}.example/news/{number}"),
        headline=headline,
        byline=[byline],
        published=event.day + timedelta(days=number % 3),
        published_from="metadata",
        text=text,
        paragraphs=[Paragraph(start=0, end=len(text))],
        sentences=sentences,
        generator=Generator(version="0.1.0", model="synthetic"),
        entities=entities,
        quotes=found_quotes,
        times=times,
    )
