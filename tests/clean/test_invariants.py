"""The nothing-lost invariant: every non-empty input line lands in exactly one place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.article import CleanArticle, RawArticle, Source
from newsfacts.clean import PARAGRAPH_SEPARATOR, clean_article
from newsfacts.clean.normalize import normalize_line, normalize_text
from tests.strategies import articles


def _clean(text: str) -> CleanArticle:
    return clean_article(RawArticle(text=text, source=Source(kind="text")))


def _input_lines(text: str) -> list[tuple[int, str]]:
    lines = [normalize_line(line) for line in normalize_text(text).split("\n")]
    return [(no, line) for no, line in enumerate(lines) if line]


def _holds(article: CleanArticle, place: str, index: int, line: str) -> bool:
    """The destination named by a fate really contains the line."""
    if place == "headline":
        return article.headline == line
    if place == "byline":
        return article.byline[index] in line
    if place == "text":
        paragraph = article.paragraphs[index]
        return line in article.text[paragraph.start : paragraph.end]
    if place == "captions":
        caption = article.captions[index]
        return caption.text in line or (caption.credit or "") in line
    if place == "removed":
        return article.removed[index].text == line
    return False


def assert_nothing_lost(text: str) -> None:
    article = _clean(text)
    lines = _input_lines(text)
    fates = {fate.line: fate for fate in article.fates}
    assert len(fates) == len(article.fates), "a line was placed twice"
    assert set(fates) == {no for no, _ in lines}, "a line was lost or invented"
    for no, line in lines:
        fate = fates[no]
        assert _holds(article, fate.place, fate.index, line), (fate, line)
    # Nothing added: the body is exactly the body lines, in input order.
    body = [line for no, line in lines if fates[no].place == "text"]
    paragraphs = [article.text[p.start : p.end] for p in article.paragraphs]
    assert " ".join(paragraphs) == " ".join(body)
    assert PARAGRAPH_SEPARATOR.join(paragraphs) == article.text


@settings(max_examples=300, deadline=None)
@given(articles())
def test_clean_keeps_every_line_once(text: str) -> None:
    assert_nothing_lost(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_clean_keeps_every_line_of_arbitrary_text(text: str) -> None:
    assert_nothing_lost(text)


@settings(max_examples=100, deadline=None)
@given(articles())
def test_clean_is_idempotent_on_its_own_body(text: str) -> None:
    """Cleaning the clean body again (as headline + body) changes nothing in the body."""
    first = _clean(text)
    if not first.text:
        return
    again = _clean(first.headline + "\n\n" + first.text)
    assert again.text == first.text


def test_clean_repeated_boilerplate_is_removed_both_times() -> None:
    article = _clean("Council meets\nAdvertisement\nAdvertisement\nThe council met on Monday.")
    assert [r.text for r in article.removed] == ["Advertisement", "Advertisement"]
    assert article.text == "The council met on Monday."
