"""Figure captions: text and credit split by markup or by a trailing credit; widgets left out."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsfacts.article import Caption
from newsfacts.ingest.figures import clean_credit, page_captions, split_trailing_credit


def captions(body: str) -> tuple[Caption, ...]:
    return page_captions(
        lxml_html.fromstring(f"<html><body><article>{body}</article></body></html>")
    )


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (
            "<figure><figcaption><span>Divers inspect the wreck</span>"
            "<span class='credit'>(Image credit: Ada Brook)</span></figcaption></figure>",
            Caption("Divers inspect the wreck", "Ada Brook"),
        ),
        (
            "<figure><figcaption>Divers inspect the wreck"
            "<span itemprop='copyrightHolder'><span>Credit...</span><span>Tom Reyes/AP</span>"
            "</span></figcaption></figure>",
            Caption("Divers inspect the wreck", "Tom Reyes/AP"),
        ),
        (
            "<figure><figcaption>Divers inspect the wreck <cite>(Lina Osei/Reuters)</cite>"
            "</figcaption></figure>",
            Caption("Divers inspect the wreck", "Lina Osei/Reuters"),
        ),
        (
            "<figure><figcaption>Divers inspect the wreck. Credit: PA</figcaption></figure>",
            Caption("Divers inspect the wreck.", "PA"),
        ),
        (
            "<figure><figcaption>Divers inspect the wreck [File: Reuters]</figcaption></figure>",
            Caption("Divers inspect the wreck", "Reuters"),
        ),
        (
            "<figure><figcaption>The mayor (left) and her deputy (pictured)</figcaption></figure>",
            Caption("The mayor (left) and her deputy (pictured)", None),
        ),
        (
            "<figure><figcaption class='caption'>Divers inspect the wreck</figcaption>"
            "<figcaption>Photo<!-- -->: <!-- -->Getty Images</figcaption></figure>",
            Caption("Divers inspect the wreck", "Getty Images"),
        ),
        (
            "<div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>"
            "Divers inspect the wreck</p></div>",
            Caption("Divers inspect the wreck", None),
        ),
        (
            "<figure><figcaption><span class='visually-hidden'>Image caption</span>"
            "<em>Hope</em>, the salvage boat, in the bay</figcaption></figure>",
            Caption("Hope, the salvage boat, in the bay", None),
        ),
    ],
)
def test_page_captions_text_and_credit(figure: str, expected: Caption) -> None:
    assert captions(figure) == (expected,)


@pytest.mark.parametrize(
    "figure",
    [
        "<aside><figure><figcaption>Another story's photo</figcaption></figure></aside>",
        "<nav><figure><figcaption>Menu photo</figcaption></figure></nav>",
        "<figure><figcaption><h3>Related: ferry fares</h3><p>2 hours ago</p></figcaption></figure>",
        "<figure><figcaption><a href='/live'>Watch the harbour live now</a></figcaption></figure>",
        "<figure class='author-card'><figcaption>Ada Brook writes about the harbour</figcaption>"
        "</figure>",
        "<figure><figcaption><span class='credit'>Photo: Getty Images</span></figcaption></figure>",
        "<figure><figcaption>   </figcaption></figure>",
    ],
)
def test_page_captions_leave_out_what_is_no_photo_caption(figure: str) -> None:
    assert captions(figure) == ()


def test_page_captions_each_once_in_order() -> None:
    figure = "<figure><figcaption>{}</figcaption></figure>"
    body = "".join(figure.format(t) for t in ("First photo", "Second photo", "First photo"))
    assert [c.text for c in captions(body)] == ["First photo", "Second photo"]


def test_page_captions_deep_nesting_is_read_without_recursion() -> None:
    inner = "<span>" * 3_000 + "Deep caption text" + "</span>" * 3_000
    found = captions(f"<figure><figcaption>{inner}</figcaption></figure>")
    assert found in ((), (Caption("Deep caption text", None),))  # libxml2 may cut the depth


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ship leaves port. (AP)", ("A ship leaves port.", "AP")),
        ("A ship leaves port Photograph: Jun Park/Getty", ("A ship leaves port", "Jun Park/Getty")),
        ("(AP)", ("(AP)", None)),
        ("A ship leaves port (2019)", ("A ship leaves port (2019)", None)),
        ("x" * 5_000 + " (AP)", ("x" * 5_000, "AP")),
    ],
)
def test_split_trailing_credit(text: str, expected: tuple[str, str | None]) -> None:
    assert split_trailing_credit(text) == expected


@pytest.mark.parametrize(
    ("raw", "credit"),
    [
        ("Photograph by Robyn Beck/AFP", "Robyn Beck/AFP"),
        ("(Image credit: TNG)", "TNG"),
        ("Courtesy of the harbour office", "the harbour office"),
        ("Credit: ", None),
    ],
)
def test_clean_credit(raw: str, credit: str | None) -> None:
    assert clean_credit(raw) == credit
