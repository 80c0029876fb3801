"""Credits split from captions in many languages; author fields; date lines in plain text."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.article import Caption, RawArticle, Source
from newsfacts.clean import clean_article
from newsfacts.clean.captions import split_caption_credit
from newsfacts.clean.header import author_names, parse_date_line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gulls over the pier. Photo: Kim Park/AP", ("Gulls over the pier.", "Kim Park/AP")),
        ("Möwen am Steg. Foto: Kim Park/dpa", ("Möwen am Steg.", "Kim Park/dpa")),
        ("Möwen am Steg © dpa | Kim Park", ("Möwen am Steg", "dpa | Kim Park")),
        ("Des mouettes. Crédit : Jean Roux", ("Des mouettes.", "Jean Roux")),
        ("Gaviotas. — © AGENCIA", ("Gaviotas.", "AGENCIA")),
        ("Gulls (Image: Kim Park via Getty Images)", ("Gulls", "Kim Park via Getty Images")),
        ("Gulls over the pier. Supplied", ("Gulls over the pier.", "Supplied")),
        ("Gulls over the pier. Kim Park/Agency", ("Gulls over the pier.", "Kim Park/Agency")),
        (
            "Gulls over the pier. Agency via Getty Images",
            ("Gulls over the pier.", "Agency via Getty Images"),
        ),
        ("Gulls over the pier. AP", ("Gulls over the pier.", "AP")),
        ("Izinyoni. Isithombe: Sipho Dube", ("Izinyoni.", "Sipho Dube")),
        ("Wisuda ke-XV(Dok.Kampus )", ("Wisuda ke-XV", "Kampus")),
        ("桟橋のカモメ（山田太郎撮影）", ("桟橋のカモメ", "山田太郎")),
        ("桟橋のカモメ＝ＡＰ", ("桟橋のカモメ", "ＡＰ")),
        ("갈매기 [사진 출처 = 김민수 기자]", ("갈매기", "김민수 기자")),
        ("The mayor (left) and her deputy (pictured)", None),
        ("Gulls over the pier. The ferry left at noon", None),
        ("移送される男性＝13日、東京で", None),
        ("Photo: Kim Park", None),  # only a credit: nothing to split
        ("Žuvėdros / J. Rimas / Uosto nuotr.", ("Žuvėdros", "J. Rimas / Uosto nuotr")),
        ("Gulls / terns over the pier", None),  # a slash with no photo word
    ],
)
def test_split_caption_credit(text: str, expected: tuple[str, str] | None) -> None:
    assert split_caption_credit(text) == (expected or (text, None))


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("By Ines Vidal and Tom Berg", ["Ines Vidal", "Tom Berg"]),
        ("Von: LEA ROTH", ["Lea Roth"]),
        ("Lea Roth (lro)", ["Lea Roth"]),
        ("Ines Vidal June 19, 2023", ["Ines Vidal"]),
        ("By Associated Press12:20pm Jan 7, 2024", ["Associated Press"]),
        ("Autor Tom Berg, HARBOUR DESK TEAM", ["Tom Berg"]),
        ("AFP", ["AFP"]),
        ("Anna Roth, Frankfurt", ["Anna Roth"]),  # the place of writing
        ("Anna Roth, Reuters", ["Anna Roth", "Reuters"]),
        ("Anna Roth, HAMBURG", ["Anna Roth"]),
        ("dpa", ["dpa"]),
        ("山田 太郎", ["山田 太郎"]),
        ("Staff Writer", []),
        ("the harbour's best-read newspaper, published weekly", []),
        ("https://example.org/author/ines", []),
    ],
)
def test_author_names(field: str, names: list[str]) -> None:
    assert author_names(field) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("22 July 2013 Last updated at 17:50 GMT", date(2013, 7, 22)),
        ("MARCH 3, 2009", date(2009, 3, 3)),
        ("Posted at 4:05 PM ET, 02 / 7 / 2012", date(2012, 2, 7)),  # a US zone: month first
        ("Posted at 4:05 PM, 02 / 7 / 2012", date(2012, 7, 2)),
        ("The ferry sank on 22 July 2013 near the pier", None),
    ],
)
def test_parse_date_line(line: str, expected: date | None) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "first",
    [
        "14 May 2016 Last updated at 09:12 BST",
        "NOVEMBER 2, 2010",
        "Posted at 11:40 AM ET, 03 / 9 / 2015",
    ],
)
def test_leading_date_line_is_the_date_not_the_headline(first: str) -> None:
    text = f"{first}\n\nFerry returns to the harbour\n\nThe ferry ran again on Thursday."
    article = clean_article(RawArticle(text=text, source=Source(kind="text")))
    assert article.headline == "Ferry returns to the harbour"
    assert article.published is not None and article.published_from == "text"
    assert article.removed[0].text == first
    assert article.text == "The ferry ran again on Thursday."


def test_given_date_wins_over_a_leading_date_line() -> None:
    raw = RawArticle(
        text="NOVEMBER 2, 2010\n\nFerry returns\n\nThe ferry ran again.",
        source=Source(kind="text"),
        published=date(2010, 11, 3),
        published_from="input",
    )
    article = clean_article(raw)
    assert (article.published, article.published_from) == (date(2010, 11, 3), "input")


def test_page_caption_repeated_in_the_body_is_removed() -> None:
    raw = RawArticle(
        text="Ferry returns\n\nThe ferry ran again.\n\nGulls over the pier Photo: Kim Park/AP"
        "\n\nFares stay the same.",
        source=Source(kind="html"),
        headline="Ferry returns",
        captions=(Caption("Gulls over the pier", "Kim Park/AP"),),
    )
    article = clean_article(raw)
    assert article.text == "The ferry ran again.\n\nFares stay the same."
    assert [r.reason for r in article.removed] == ["duplicate-caption"]


def test_a_lone_byline_label_is_no_name() -> None:
    assert author_names("Par") == []
    assert author_names("Von:") == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("KIM PARK/AFP via Getty Images", "KIM PARK/AFP via Getty Images"),
        ("STR/Getty images", "STR/Getty images"),
        ("Israel/Gaza talks", None),
        ("Die Fähre fuhr am Montag wieder/Getty.", None),
    ],
)
def test_credit_of_line_picture_desk_lines(line: str, credit: str | None) -> None:
    from newsfacts.clean.captions import credit_of_line

    assert credit_of_line(line) == credit


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("Externer Inhalt nicht verfügbar", "blocked embed"),
        ("Your privacy settings prevent this embed from loading.", "blocked embed"),
        ("Anzeige", "advertisement"),
        ("Der externe Gutachter legte seinen Inhalt am Montag vor.", None),
    ],
)
def test_blocked_embeds_and_foreign_ad_labels_are_boilerplate(line: str, detail) -> None:
    from newsfacts.clean.boilerplate import match_boilerplate

    found = match_boilerplate(line)
    assert (found[1] if found else None) == detail
