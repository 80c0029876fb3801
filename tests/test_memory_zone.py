"""A long run's vocabulary stays flat: each batch's sheets are made in a spaCy memory zone."""

from __future__ import annotations

import pytest

from newsfacts.article import RawArticle, Source
from newsfacts.jobs import road
from newsfacts.pipeline import build_sheet, clean, extract_many, memory_zone, parse_many

pytestmark = pytest.mark.model


def _invented(batch: int, count: int = 3) -> list[RawArticle]:
    """Texts full of made-up names and numbers no model has seen."""
    articles = []
    for n in range(count):
        tag = f"{batch}x{n}"
        text = (
            f"Mayor Zorbelint Quavendra{tag} opened the Vrellox{tag} bridge in Tamberwick{tag} "
            f'on Tuesday, the council said. "It cost 4{tag}7 florins," she told reporters.\n\n'
            f"Critics from the Plonkavian{tag} Party called it a waste of 31{tag} grobbles."
        )
        articles.append(
            RawArticle(text=text, source=Source("text"), headline=f"Vrellox{tag} bridge opens")
        )
    return articles


def test_strings_return_to_their_size_after_each_batch(nlp) -> None:
    list(extract_many(_invented(0), nlp=nlp))  # the words every such text shares, met once
    before = len(nlp.vocab.strings)
    for batch in range(1, 4):
        sheets = list(extract_many(_invented(batch), nlp=nlp))
        assert len(sheets) == 3
        assert len(nlp.vocab.strings) == before
        # the lexemes go too (spaCy's `len(nlp.vocab)` counts them still: it is never lowered)
        assert f"Vrellox{batch}x0" not in nlp.vocab
        assert f"Vrellox{batch}x0" not in nlp.vocab.strings


def test_road_batches_leave_no_strings(nlp) -> None:
    recipe = road.Recipe(finish=lambda sheet: sheet.text)
    list(road.run(((f"t{n}", a) for n, a in enumerate(_invented(10))), recipe))
    before = len(nlp.vocab.strings)
    entries = ((f"t{n}", a) for n, a in enumerate(_invented(11) + _invented(12)))
    made = [e for batch in road.run(entries, recipe) for e in batch if isinstance(e, road.Made)]
    assert len(made) == 6
    assert len(nlp.vocab.strings) == before


def test_sheets_in_a_zone_equal_sheets_without() -> None:
    from newsfacts.nlp import get_nlp

    nlp = get_nlp()
    raws = _invented(20)
    zoned = list(extract_many(raws, nlp=nlp))
    articles = [clean(raw) for raw in raws]
    plain = [build_sheet(parsed, nlp=nlp) for parsed in parse_many(articles, nlp=nlp)]
    assert not nlp.vocab.in_memory_zone
    assert [sheet.to_json_dict() for sheet in zoned] == [sheet.to_json_dict() for sheet in plain]


def test_zones_do_not_nest(nlp) -> None:
    with memory_zone(nlp):
        assert nlp.vocab.in_memory_zone
        sheets = list(extract_many(_invented(30, 1), nlp=nlp))  # uses the caller's zone
        assert nlp.vocab.in_memory_zone
    assert not nlp.vocab.in_memory_zone
    assert sheets[0].text.startswith("Mayor")
