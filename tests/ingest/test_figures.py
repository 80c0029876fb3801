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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a class that says caption, not a <figcaption>
            "<div class='photo'><img src='a.jpg'><p class='imageCaption'>Gulls over the pier</p>"
            "</div>",
            Caption("Gulls over the pier", None),
        ),
        (  # the text block of a picture container, its credit labelled in German
            "<div class='article__picture'><img src='a.jpg'><p>Möwen über dem Steg. "
            "Foto: Kim Park/Agentur</p></div>",
            Caption("Möwen über dem Steg.", "Kim Park/Agentur"),
        ),
        (  # the credit in the figure's <footer>, outside the caption
            "<figure><img src='a.jpg'><figcaption>Gulls over the pier</figcaption>"
            "<footer>Imago/Kim Park</footer></figure>",
            Caption("Gulls over the pier", "Imago/Kim Park"),
        ),
        (  # the credit in the image's title: "caption | credit"
            "<div class='media'><img src='a.jpg' title='Gulls | Kim Park/Agency'>"
            "<p class='media__text'>Gulls over the pier</p></div>",
            Caption("Gulls over the pier", "Kim Park/Agency"),
        ),
        (  # the credit in the photo's own JSON-LD ImageObject
            "<div class='mediaCon'><script type='application/ld+json'>"
            '{"@type": "ImageObject", "author": "Pier Desk / Kim Park"}</script>'
            "<span class='mediaSubtitle'>Gulls over the pier</span></div>",
            Caption("Gulls over the pier", "Pier Desk / Kim Park"),
        ),
        (  # a credit element of its own after the caption
            "<div class='img-box'><p class='caption'>Gulls over the pier</p>"
            "<p class='image-copyright'>Pier Desk | Kim Park</p></div>",
            Caption("Gulls over the pier", "Pier Desk | Kim Park"),
        ),
        (  # a labelled credit leading the caption in its own element
            "<figure><figcaption><span>Bild: Kim Park/Agentur</span> Möwen über dem Steg"
            "</figcaption></figure>",
            Caption("Möwen über dem Steg", "Kim Park/Agentur"),
        ),
        (  # a photo set beside the text in an <aside> is still the article's
            "<aside class='image left'><img src='a.jpg'><p class='caption'>Gulls over the pier. "
            "(Photo by Kim Park)</p></aside>",
            Caption("Gulls over the pier.", "Kim Park"),
        ),
        (  # a heading classed as the caption
            "<figure><figcaption><h2 class='image-description__caption'>Gulls over the pier"
            "</h2></figcaption></figure>",
            Caption("Gulls over the pier", None),
        ),
    ],
)
def test_page_captions_from_any_caption_markup(body: str, expected: Caption) -> None:
    assert captions(body) == (expected,)


def test_page_captions_nested_caption_classes_read_once() -> None:
    body = (
        "<figure><div class='CaptionWrapper'><span class='CaptionText'>Gulls over the pier</span>"
        "<span class='CaptionCredit'>Kim Park</span></div></figure>"
    )
    assert captions(body) == (Caption("Gulls over the pier", "Kim Park"),)


def test_page_captions_a_sentence_is_no_nearby_credit() -> None:
    body = (
        "<div class='img'><p class='caption'>Gulls over the pier</p>"
        "<p class='credit'>The gulls stayed on the pier until the storm had passed at night</p>"
        "</div>"
    )
    assert captions(body) == (Caption("Gulls over the pier", None),)


def test_page_captions_a_long_wrapper_classed_caption_leaves_its_captions() -> None:
    story = "<p>" + "The ferry ran again on Thursday after a week in dry dock. " * 40 + "</p>"
    body = (
        f"<div class='story has-captions'>{story}"
        "<figure><figcaption>Gulls over the pier</figcaption></figure></div>"
    )
    assert captions(body) == (Caption("Gulls over the pier", None),)


def test_page_captions_a_repeated_caption_takes_the_credit_one_copy_has() -> None:
    body = (
        "<figure><figcaption>Gulls over the pier</figcaption></figure>"
        "<div class='gallery'><div class='image-description'>Gulls over the pier</div>"
        "<div class='image-copyright'>Pier Desk | Kim Park</div></div>"
    )
    assert captions(body) == (Caption("Gulls over the pier", "Pier Desk | Kim Park"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ola Berg im Zweikampf mit Tom Lind (Hafen United)", None),
        ("Ola Berg im Zweikampf. (Kim Park)", ("Ola Berg im Zweikampf.", "Kim Park")),
        ("Ola Berg im Zweikampf (Kim Park/Agentur)", ("Ola Berg im Zweikampf", "Kim Park/Agentur")),
    ],
)
def test_split_trailing_credit_a_bracket_mid_sentence_describes(text: str, expected) -> None:
    assert split_trailing_credit(text) == (expected or (text, None))


def test_page_captions_picture_and_text_in_different_classes_is_a_teaser() -> None:
    body = (
        "<div class='summary-item--image-left summary-item--text-align-left'>"
        "Crossword Monday's puzzle By Ola Berg</div>"
    )
    assert captions(body) == ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # generated class names: the block after the photo, then its credit
            "<div class='x1'><picture><img src='a.jpg'></picture>"
            "<div class='x2'>Gulls over the pier on Sunday</div>"
            "<div class='x3'>Kim Park</div></div>",
            Caption("Gulls over the pier on Sunday", "Kim Park"),
        ),
        (  # the photo in a box of its own, an empty credit block
            "<div><div><img src='a.jpg'></div><div>Gulls over the pier</div><div></div></div>",
            Caption("Gulls over the pier", None),
        ),
        (  # the photographer in an "author" element of the caption box, after a label
            "<div class='image-text'><span class='description'>Gulls over the pier</span><br>"
            "<span class='author'><span class='label'>Image:</span> <span>Kim Park</span></span>"
            "</div>",
            Caption("Gulls over the pier", "Kim Park"),
        ),
        (
            "<figure><figcaption><span class='caption_text'>Gulls over the pier</span>"
            "<span class='caption_author'>Kim Park/Agency</span></figcaption></figure>",
            Caption("Gulls over the pier", "Kim Park/Agency"),
        ),
        (  # a photo linking to its full-size file is still a photo
            "<div><a href='/big/a.jpg'><img src='a.jpg'></a><div>Gulls over the pier</div></div>",
            Caption("Gulls over the pier", None),
        ),
        (  # a caption set in a heading tag under its photo
            "<div class='box'><div><img src='a.jpg'></div><h1>Gulls over the pier. Photo: AP</h1>"
            "</div>",
            Caption("Gulls over the pier.", "AP"),
        ),
    ],
)
def test_page_captions_beside_a_photo(body: str, expected: Caption) -> None:
    assert captions(body) == (expected,)


@pytest.mark.parametrize(
    "body",
    [
        # a teaser card: photo and headline inside one link
        "<a href='/x'><div><img src='a.jpg'></div><div>Ferry fares rise again in May</div></a>",
        # the story goes on after the text: it is a paragraph, not a caption
        "<div><img src='a.jpg'><p>The ferry ran again.</p><p>It was late.</p><p>Then on.</p></div>",
        # a photo with text in its box is no bare photo
        "<div><div><img src='a.jpg'>Gallery</div><div>Gulls over the pier</div></div>",
        # too short to describe a photo
        "<div><img src='a.jpg'><div>Ad</div></div>",
        # an author card, a site's logo over its copyright line, a loading notice
        "<div><img src='/authors/ina.jpg'><div>Eine Analyse von Ina Roth</div></div>",
        "<div><img src='/static/logo.png'><div>© 2025 Harbour Media, all rights</div></div>",
        "<div><img src='a.jpg'><div>Von Ina Roth 01.02.2025, 10:00 Uhr</div></div>",
        "<div><img src='a.jpg'><div>VIDEO: Ferry leaves the harbour (1 Min)</div></div>",
        # a photo linking to another article; a teaser whose last line is its link
        "<div><a href='/news/ferry.html'><img src='a.jpg'></a><div>Ferry fares rise in May</div>"
        "</div>",
        "<div><img src='a.jpg'><div>Ferry fares rise in May</div><div>https://t.example/1</div>"
        "</div>",
    ],
)
def test_page_captions_beside_a_photo_not(body: str) -> None:
    assert captions(body) == ()
