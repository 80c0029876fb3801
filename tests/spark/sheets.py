"""A hand-built sheet with every kind of field set: nested structs, nulls, floats, a date."""

from __future__ import annotations

from datetime import date

from newsfacts.sheet import (
    Acronym,
    Caption,
    Entity,
    Event,
    EventPart,
    FactSheet,
    Generator,
    Mention,
    NormalizedQuantity,
    Paragraph,
    Quantity,
    Quote,
    Removed,
    Source,
    Span,
    Speaker,
    Time,
    TimelineEntry,
    sheet_id,
)
from tests.builders import span

TEXT = (
    'The ferry board said on Monday that fares would rise by 0.1 pounds. "It is fair," '
    "said Ada Brook of the Marlow Ferry Board (MFB).\n\nThe boat weighs about 9.4 stone."
)


def rich_sheet() -> FactSheet:
    """Invented; each value picked to catch a lossy round trip (0.1, 59.69, None, a date)."""
    quote_start, quote_end = span(TEXT, "It is fair")
    speaker_start, speaker_end = span(TEXT, "Ada Brook")
    q_start, q_end = span(TEXT, "about 9.4 stone")
    m_start, m_end = span(TEXT, "Monday")
    return FactSheet(
        id=sheet_id(TEXT),
        source=Source(kind="jsonl", path="feed.jsonl", url="https://example.org/ferry"),
        headline="Ferry fares to rise",
        byline=["Jun Park"],
        published=date(2024, 5, 13),
        published_from="input",
        text=TEXT,
        paragraphs=[Paragraph(start=0, end=TEXT.index("\n\n")), Paragraph(start=141, end=170)],
        sentences=[Span(start=0, end=66)],
        captions=[Caption(text="The ferry at dawn", credit=None), Caption(text="A", credit="PA")],
        removed=[Removed(text="Share this", reason="share", detail=None)],
        generator=Generator(version="0.1.0", model="en_core_web_sm-3.8.0"),
        entities=[
            Entity(
                id="e1",
                name="Ada Brook",
                type="PERSON",
                aliases=["Brook"],
                mentions=[Mention(start=speaker_start, end=speaker_end, text="Ada Brook")],
            ),
            Entity(id="e2", name="the board", type="ORG", named=False),
        ],
        acronyms=[Acronym(short="MFB", long="Marlow Ferry Board", entity=None)],
        quotes=[
            Quote(
                id="q1",
                kind="direct",
                text="It is fair",
                start=quote_start,
                end=quote_end,
                speaker=Speaker(
                    text="Ada Brook", entity="e1", start=speaker_start, end=speaker_end
                ),
                cue="said",
                source_type="person",
            ),
            Quote(id="q2", kind="indirect", text="fares would rise", start=45, end=61),
        ],
        quantities=[
            Quantity(
                text="about 9.4 stone",
                start=q_start,
                end=q_end,
                value=9.4,
                unit="stone",
                kind="mass",
                normalized=NormalizedQuantity(value=59.69, unit="kg"),
                approximate=True,
                qualifier="about",
            ),
            Quantity(text="0.1 pounds", start=57, end=67, value=0.1, low=-1e-300, high=1e300),
        ],
        times=[
            Time(
                id="t1",
                text="Monday",
                start=m_start,
                end=m_end,
                type="date",
                value="2024-05-13",
                anchored=True,
            )
        ],
        timeline=[
            TimelineEntry(
                value="2024-05-13", time="t1", sentence=TEXT[:66], start=0, end=66, entities=["e1"]
            )
        ],
        event=Event(who=EventPart(text="The ferry board", entity="e2"), what="fares rise"),
        summary=["The ferry board said fares would rise."],
        warnings=["an invented warning"],
    )
