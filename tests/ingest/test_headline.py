"""The article's own headline: titles without the site's name, a byline or a kicker."""

from __future__ import annotations

import pytest

from newsfacts.ingest.headline import confirmed_part, strip_site
from newsfacts.ingest.sitename import SiteNames

SITE = SiteNames.of(("Harbour Gazette", "ハーバー新聞"), "https://www.boersen-blatt.example/a")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ferry runs again | Harbour Gazette", "Ferry runs again"),
        ("Ferry runs again - Boersen-Blatt.example", "Ferry runs again"),
        ("Fähre fährt wieder – Börsen-Blatt", "Fähre fährt wieder"),  # the host spells ö "oe"
        ("Harbour Gazette: Ferry runs again", "Ferry runs again"),
        ("Ferry runs again * The Harbour Gazette * by Ines Vidal", "Ferry runs again"),
        ("フェリー運航再開：ハーバー新聞", "フェリー運航再開"),
        ("Ferry runs again - and fares rise", "Ferry runs again - and fares rise"),
        ("Harbour Gazette", "Harbour Gazette"),  # nothing but the site: left as it is
    ],
)
def test_strip_site(title: str, expected: str) -> None:
    assert strip_site(title, SITE) == expected


def test_confirmed_part_drops_a_kicker_the_h1_leaves_out() -> None:
    title = "Harbour | Ferry runs again"
    assert confirmed_part(title, ["Ferry runs again"]) == "Ferry runs again"
    assert confirmed_part(title, ["Something else"]) == title
    assert confirmed_part("Ferry runs again", ["Ferry"]) == "Ferry runs again"
