"""Story sheets: figures reconciled across outlets, disagreements flagged, quotes aligned."""

from __future__ import annotations

import pytest

from newsfacts.errors import QueryError
from newsfacts.store.story_sheet import build, story_sheet
from newsfacts.store.story_sheet.figures import statements
from tests.store.sheets import Q
from tests.store.stories_fixtures import BRAM, ORLA, QUOTE, article


def _figure(sheet, what):
    return next(f for f in sheet.figures if f.what == what)


def _slices(sheet, figure) -> list[tuple[str, str]]:
    texts = {a.id: a for a in sheet.articles}
    assert texts
    return [(v.text, v.field) for v in figure.values]


def test_story_sheet_two_outlets_disagreeing_on_a_death_toll() -> None:
    first = article(
        "Two people were killed and four others wounded at the Larkspur depot on Friday.",
        outlet="valewire.example",
        day=3,
    )
    second = article(
        "Three people were killed at the Larkspur depot, the county coroner said on Saturday.",
        outlet="northgazette.example",
        day=4,
    )
    sheet = build("s1", [second, first])
    killed = _figure(sheet, "killed")
    assert killed.disagree
    assert sorted(v.value for v in killed.values) == [2, 3]
    assert killed.first is not None and killed.first.outlet == "valewire.example"
    # the coroner's count is attributed to an official source: it decides
    assert killed.reconciled == 3 and killed.rule == "official source"
    assert not _figure(sheet, "injured").disagree
    assert [a.outlet for a in sheet.articles] == ["valewire.example", "northgazette.example"]


def test_story_sheet_values_slice_the_words_that_state_them() -> None:
    first = article(
        "Two people were killed at the depot. Police arrested three suspects.",
        outlet="a.example",
        day=3,
        headline="2 dead in depot shooting",
    )
    second = article("The gunman fired about 40 rounds, killing two.", outlet="b.example", day=4)
    sheet = build("s2", [first, second])
    texts = {first.id: first, second.id: second}
    for figure in sheet.figures:
        for value in figure.values:
            source = texts[value.article].field(value.field)
            assert source[value.start : value.end] == value.text
            assert value.outlet in ("a.example", "b.example")
    assert _figure(sheet, "killed").reconciled == 2
    assert _figure(sheet, "suspects arrested").reconciled == 3
    assert _figure(sheet, "shots fired").values[0].low == 32


def test_story_sheet_compatible_approximations_are_not_a_disagreement() -> None:
    about = article("Police said about 40 rounds were fired.", outlet="a.example", day=3)
    dozens = article("Witnesses said dozens of rounds were fired.", outlet="b.example", day=3)
    sheet = build("s3", [about, dozens])
    shots = _figure(sheet, "shots fired")
    assert not shots.disagree
    assert shots.reconciled == 40 and shots.rule == "approximations only"


def test_story_sheet_forty_and_four_hundred_disagree() -> None:
    forty = article("Police said 40 rounds were fired.", outlet="a.example", day=3)
    many = article("Police said 400 rounds were fired.", outlet="b.example", day=3)
    assert _figure(build("s4", [forty, many]), "shots fired").disagree


def test_story_sheet_partial_count_beside_the_total_agrees() -> None:
    total = article("Three people were killed in the attack.", outlet="a.example", day=3)
    both = article(
        "Three people were killed. One man died at the scene.", outlet="b.example", day=4
    )
    killed = _figure(build("s5", [total, both]), "killed")
    assert not killed.disagree and killed.reconciled == 3


def test_story_sheet_most_outlets_win() -> None:
    outlets = [("a.example", 3, "Two"), ("b.example", 4, "Three"), ("c.example", 5, "Three")]
    articles = [
        article(f"{n} people were wounded in the attack.", outlet=o, day=d, order=i)
        for i, (o, d, n) in enumerate(outlets)
    ]
    injured = _figure(build("s6", articles), "injured")
    assert injured.disagree
    assert injured.reconciled == 3 and injured.rule == "most outlets"


def test_story_sheet_a_tie_of_outlets_says_what_broke_it() -> None:
    """One outlet each: neither value has "most outlets", so the rule names the tie-break."""
    articles = [
        article("Two people were wounded in the attack.", outlet="a.example", day=3, order=0),
        article("Three people were wounded in the attack.", outlet="b.example", day=4, order=1),
    ]
    injured = _figure(build("s6t", articles), "injured")
    assert injured.disagree and injured.rule != "most outlets"
    assert (injured.reconciled, injured.rule) == (3, "larger value")


def test_story_sheet_one_quote_three_outlets_three_truncations() -> None:
    full = f'"{QUOTE}," Orla Penhallow said.'
    cut_end = f'"{QUOTE[:52]}," Penhallow said.'
    cut_start = f'"{QUOTE[8:]}," Orla Penhallow told reporters.'
    articles = [
        article(
            full, outlet="a.example", day=3, quotes=[Q(QUOTE, "Orla Penhallow")], entities=[ORLA]
        ),
        article(
            cut_end, outlet="b.example", day=4, quotes=[Q(QUOTE[:52], "Penhallow")], entities=[ORLA]
        ),
        article(
            cut_start,
            outlet="c.example",
            day=2,
            quotes=[Q(QUOTE[8:], "Orla Penhallow")],
            entities=[ORLA],
        ),
    ]
    sheet = build("s7", articles)
    assert len(sheet.quotes) == 1
    quote = sheet.quotes[0]
    assert len(quote.reports) == 3 and not quote.disagree
    assert quote.speaker == "Orla Penhallow" and quote.quote == QUOTE
    assert quote.first is not None and quote.first.outlet == "c.example"
    texts = {a.id: a for a in articles}
    for report in quote.reports:
        assert texts[report.article].field("text")[report.start : report.end] == report.text


def test_story_sheet_one_quote_two_speakers_is_a_disagreement() -> None:
    articles = [
        article(
            f'"{QUOTE}," Orla Penhallow said.',
            outlet="a.example",
            day=3,
            quotes=[Q(QUOTE, "Orla Penhallow")],
            entities=[ORLA],
        ),
        article(
            f'"{QUOTE}," Bram Tesseyman said.',
            outlet="b.example",
            day=3,
            quotes=[Q(QUOTE, "Bram Tesseyman")],
            entities=[BRAM],
        ),
    ]
    quote = build("s8", articles).quotes[0]
    assert quote.disagree and set(quote.speakers) == {"Orla Penhallow", "Bram Tesseyman"}


def test_story_sheet_a_date_that_differs_once_resolved() -> None:
    monday = article(
        "The shooting happened on Monday night.",
        outlet="a.example",
        day=6,
        when=("Monday", "2031-05-05"),
    )
    tuesday = article(
        "The shooting happened on Tuesday night.",
        outlet="b.example",
        day=7,
        when=("Tuesday", "2031-05-06"),
    )
    dates = build("s9", [monday, tuesday]).dates[0]
    assert dates.disagree and {v.value for v in dates.values} == {"2031-05-05", "2031-05-06"}
    # different words, one day: "Monday" written on the 6th, "yesterday" on the 6th
    yesterday = article(
        "The shooting happened yesterday.",
        outlet="c.example",
        day=6,
        when=("yesterday", "2031-05-05"),
    )
    assert not build("s10", [monday, yesterday]).dates[0].disagree


def test_story_sheet_statements_ignore_ages_times_and_money() -> None:
    sheet = article(
        "Jones, 19, died at 9:30 p.m. A $500 reward was offered; 5% of the town watched.",
        outlet="a.example",
        day=3,
    ).sheet
    assert [s.what for s in statements(sheet)] == []


def test_story_sheet_json_shape_names() -> None:
    sheet = build("s11", [article("Two people were killed.", outlet="a.example", day=3)])
    data = sheet.to_json_dict()
    assert {"id", "articles", "figures", "dates", "quotes"} <= set(data)
    figure = data["figures"][0]
    assert {"what", "values", "reconciled", "rule", "disagree"} <= set(figure)
    assert {"value", "low", "high", "text", "article", "start", "end"} <= set(figure["values"][0])
    assert figure["values"][0]["value"] == 2 and isinstance(figure["values"][0]["value"], int)


def test_story_sheet_from_the_corpus(tmp_path) -> None:
    from newsfacts.store import Corpus
    from newsfacts.store.story_table import rebuild

    texts = [
        "Two people were killed in a shooting at the Larkspur freight depot in Quillon "
        "on Friday, Quillon police said. The Larkspur depot gunman fled in a grey van.",
        "Three people were killed in a shooting at the Larkspur freight depot in Quillon "
        "on Friday, Quillon police said. The Larkspur depot gunman fled in a grey van.",
    ]
    sheets = [
        article(text, outlet=f"o{i}.example", day=3 + i, order=i).sheet
        for i, text in enumerate(texts)
    ]
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add(sheets)
        assert rebuild(corpus.conn) == 1
        story = corpus.stories()[0]["story"]
        sheet = story_sheet(corpus.conn, story)
        assert {a.id for a in sheet.articles} == {s.id for s in sheets}
        assert _figure(sheet, "killed").disagree
        with pytest.raises(QueryError, match="no story '99'"):
            story_sheet(corpus.conn, 99)
        with pytest.raises(QueryError, match="no story 'abc'"):
            story_sheet(corpus.conn, "abc")


def test_story_sheet_injured_derived_from_shot_minus_killed() -> None:
    shot = article(
        "Four people were shot, one fatally, outside the depot.", outlet="a.example", day=3
    )
    stated = article("Three people were wounded outside the depot.", outlet="b.example", day=4)
    sheet = build("s12", [shot, stated])
    injured = _figure(sheet, "injured")
    assert [d.value for d in injured.derived] == [3] and injured.derived[0].rule
    assert [r.text for r in injured.derived[0].reports] == ["Four people were shot", "one fatally"]
    assert injured.reconciled == 3 and injured.rule == "all agree"
    assert [v.value for v in injured.values] == [3]  # derived counts are not stated values
    assert _figure(sheet, "shot").reconciled == 4
