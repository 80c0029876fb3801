"""Short blocks a page repeats (consent placeholders, labels) are not the article's text."""

from __future__ import annotations

from newsfacts.ingest.html import read_html
from newsfacts.ingest.repeats import drop_repeated_blocks

PLACEHOLDER = "Enable the privacy settings to show this content."
STORY = [
    "The harbour ferry carried its first passengers since the storm on Monday morning.",
    "Crews replaced the landing ramp and checked the hull over three weeks of repairs.",
    "The operator said timetables return to normal from the start of next month.",
    "Traders at the quay welcomed the news after a quiet and difficult winter season.",
]


def test_short_block_scattered_through_the_text_goes_every_time() -> None:
    text = "\n\n".join([STORY[0], PLACEHOLDER, STORY[1], PLACEHOLDER, STORY[2]])
    kept, removed = drop_repeated_blocks(text)
    assert kept == "\n\n".join(STORY[:3])
    assert removed == (PLACEHOLDER,)


def test_long_paragraph_said_twice_stays() -> None:
    text = "\n\n".join([STORY[0], STORY[1], STORY[2], STORY[1]])
    assert drop_repeated_blocks(text) == (text, ())


def test_doubled_line_is_left_to_the_clean_stage() -> None:
    text = "\n\n".join([STORY[0], "Ferry at the quay", "Ferry at the quay", STORY[1]])
    assert drop_repeated_blocks(text) == (text, ())


def test_text_of_repeats_only_is_kept() -> None:
    text = "\n\n".join(["Read more", "", "Read more"])
    assert drop_repeated_blocks(text) == (text, ())


def test_read_html_drops_embed_placeholders_and_lists_them() -> None:
    blocks = [STORY[0], PLACEHOLDER, STORY[1], STORY[2], PLACEHOLDER, STORY[3]]
    body = "".join(f"<p>{b}</p>" for b in blocks)
    page = f"<html><body><article><h1>Ferry back</h1>{body}</article></body></html>"
    raw = read_html(page, name="ferry.html")
    assert PLACEHOLDER not in raw.text
    assert STORY[3] in raw.text
    assert [r.text for r in raw.removed] == [PLACEHOLDER]
