"""The story the extractor stopped short of, put back from blocks marked up like its own."""

from __future__ import annotations

from lxml import html as lxml_html

from newsfacts.ingest.continuation import continue_text, page_blocks
from newsfacts.ingest.html import read_html

STORY = [
    "The harbour ferry carried its first passengers since the storm on Monday morning.",
    "Crews replaced the landing ramp and checked the hull over three weeks of repairs.",
    "The operator said timetables return to normal from the start of next month.",
    "Traders at the quay welcomed the news after a quiet and difficult winter season.",
    "The council will review the harbour's storm defences before the autumn tides.",
]
LATER = ["Fares stay the same", "Season tickets bought before the storm remain valid."]


def _section(blocks: list[str], *, tail: str = "") -> str:
    paragraphs = "".join(f'<p class="story-par">{b}</p>' for b in blocks)
    return f'<div class="story body -spaced">{paragraphs}{tail}</div>'


def _page(*sections: str, teasers: str = "") -> str:
    advert = '<div class="advert"><p class="ad-note">Advertisement</p></div>'
    return f"<html><body><article>{advert.join(sections)}</article>{teasers}</body></html>"


def _blocks(page: str):
    return page_blocks(lxml_html.fromstring(page))


def test_later_container_of_the_same_markup_is_put_back_in_page_order() -> None:
    subhead = f'<h2 class="story-sub">{LATER[0]}</h2>'
    first = _section(STORY[:3], tail=subhead)
    page = _page(first, _section([LATER[1], *STORY[3:]]))
    extracted = "\n\n".join([*STORY[:3], LATER[0]])
    text, added = continue_text(extracted, _blocks(page))
    assert text.split("\n\n") == [*STORY[:3], LATER[0], LATER[1], *STORY[3:]]
    assert added == 3


def test_every_later_container_counts_as_its_own() -> None:
    # Many containers: each must stay a container of its own (not confused with a kept one).
    later = [f"Paragraph {n} of the story goes on after another advert." for n in range(30)]
    page = _page(_section(STORY[:3]), *(_section([p]) for p in later))
    text, added = continue_text("\n\n".join(STORY[:3]), _blocks(page))
    assert added == len(later)
    assert text.split("\n\n") == [*STORY[:3], *later]


def test_teasers_and_footers_of_other_markup_stay_out() -> None:
    teasers = '<div class="teasers"><p class="teaser">Storm closes the pier again</p></div>'
    page = _page(_section(STORY[:3]), teasers=teasers)
    extracted = "\n\n".join(STORY[:3])
    assert continue_text(extracted, _blocks(page)) == (extracted, 0)


def test_too_few_kept_blocks_prove_no_markup() -> None:
    page = _page(_section(STORY[:2]), _section(STORY[2:]))
    extracted = "\n\n".join(STORY[:2])
    assert continue_text(extracted, _blocks(page)) == (extracted, 0)


def test_container_of_other_classes_is_not_the_story() -> None:
    related = '<div class="related-box">' + f'<p class="story-par">{LATER[1]}</p></div>'
    page = _page(_section(STORY[:3]), teasers=related)
    extracted = "\n\n".join(STORY[:3])
    assert continue_text(extracted, _blocks(page)) == (extracted, 0)


def test_next_story_under_its_own_headline_stays_out() -> None:
    page = _page(_section(STORY[:3]), f"<h1>Pier closes</h1>{_section(STORY[3:])}")
    extracted = "\n\n".join(STORY[:3])
    assert continue_text(extracted, _blocks(page)) == (extracted, 0)


def test_block_in_another_article_element_stays_out() -> None:
    card = f"<article>{_section(STORY[3:])}</article>"
    page = f"<html><body><main>{_section(STORY[:3])}</main>{card}</body></html>"
    extracted = "\n\n".join(STORY[:3])
    assert continue_text(extracted, _blocks(page)) == (extracted, 0)
    assert continue_text(extracted, _blocks(page.replace("<article>", "<div>")))[1] == 2


def test_read_html_reads_the_story_past_an_advert_break() -> None:
    # The page closes its <article> after the first section: the extractor stops there.
    advert = '<div class="advert"><p class="ad-note">Advertisement</p></div>'
    page = (
        f"<html><body><main><article><h1>Ferry back</h1>{_section(STORY[:3])}</article>"
        f"{advert}<div class='column'>{_section(STORY[3:])}</div></main></body></html>"
    )
    raw = read_html(page, name="ferry.html")
    assert raw.text.split("\n\n")[-2:] == STORY[3:]
