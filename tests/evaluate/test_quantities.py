"""The `quantities` task: span, value and unit scoring, the gold loader, the quantulum3 peer."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts.errors import DataError
from newsfacts.evaluate.gold.quantities import (
    QuantityDocument,
    QuantitySpan,
    load_quantities,
)
from newsfacts.evaluate.peers.quantities import quantulum3_quantities
from newsfacts.evaluate.tasks.quantities import (
    QuantityScore,
    SourcedScore,
    sheet_quantities,
    value_right,
    without_dimensionless,
)
from newsfacts.sheet import Quantity
from tests.builders import bare_sheet

# "It weighs 12 kg, costs $40 and is 3 m long."
KILOS = QuantitySpan(10, 15, "12 kg", 12.0, "kilogram", "mass")
DOLLARS = QuantitySpan(23, 26, "$40", 40.0, "dollar", "currency")
METRES = QuantitySpan(34, 37, "3 m", 3.0, "metre", "length")
GOLD = [KILOS, DOLLARS, METRES]


def _score(gold, predicted) -> QuantityScore:
    score = QuantityScore()
    score.add(gold, predicted)
    return score


def test_quantity_score_perfect_system_is_one() -> None:
    score = _score(GOLD, list(GOLD))
    assert score.overlap.f1 == score.exact.f1 == 1.0
    assert score.value_accuracy == score.unit_accuracy == 1.0


def test_quantity_score_empty_system_is_zero() -> None:
    score = _score(GOLD, [])
    assert score.overlap.f1 == score.exact.f1 == 0.0
    assert score.value_accuracy == score.unit_accuracy == 0.0


def test_quantity_score_partial() -> None:
    predicted = [
        QuantitySpan(10, 12, "12", 12.0, "dimensionless", "dimensionless"),  # overlap, value
        QuantitySpan(23, 26, "$40", 41.0, "dollar", "currency"),  # exact span, unit only
        QuantitySpan(0, 2, "It", None, None, None),  # spurious
    ]
    score = _score(GOLD, predicted)
    assert score.overlap.precision == pytest.approx(2 / 3)
    assert score.overlap.recall == pytest.approx(2 / 3)
    assert score.exact.f1 == pytest.approx(1 / 3)
    assert score.value_accuracy == pytest.approx(1 / 2)
    assert score.unit_accuracy == pytest.approx(1 / 2)


def test_quantity_score_unit_accuracy_by_gold_kind() -> None:
    predicted = [
        QuantitySpan(10, 15, "12 kg", 12.0, "kilogram", "mass"),
        QuantitySpan(23, 26, "$40", 40.0, "USD", "money"),
    ]
    score = _score(GOLD, predicted)
    assert score.unit_accuracy_by_kind() == {"mass": (1, 1), "currency": (0, 1)}


def test_value_right_tolerates_float_noise_only() -> None:
    assert value_right(KILOS, QuantitySpan(10, 15, "", 12.000000001))
    assert not value_right(KILOS, QuantitySpan(10, 15, "", 12.1))
    assert not value_right(KILOS, QuantitySpan(10, 15, "", None))
    assert not value_right(QuantitySpan(0, 1, "1"), QuantitySpan(0, 1, "1", 1.0))


def test_without_dimensionless_drops_bare_numbers_by_unit_or_kind() -> None:
    year = QuantitySpan(0, 4, "1979", 1979.0, "dimensionless", "dimensionless")
    odd = QuantitySpan(5, 8, "101", 101.0, "dimensionless", "unknown")
    assert without_dimensionless([year, KILOS, odd]) == [KILOS]


def _document(source: str, quantities: list[QuantitySpan]) -> QuantityDocument:
    return QuantityDocument("d", source, "s", "", tuple(quantities))


def test_sourced_score_reports_sources_apart() -> None:
    score = SourcedScore()
    score.add(_document("quantulum3", [KILOS]), [KILOS])
    score.add(_document("measeval", [QuantitySpan(0, 3, "2 m")]), [])
    scores = score.metrics()
    assert scores["quantulum3_f1"] == scores["value_accuracy"] == scores["unit_accuracy"] == 1.0
    assert scores["measeval_f1"] == 0.0
    assert scores["precision"] == 1.0
    assert scores["recall"] == 0.5
    assert scores["f1"] == pytest.approx(2 / 3)
    assert scores["exact_f1"] == pytest.approx(2 / 3)


def test_sheet_quantities_use_gold_conventions() -> None:
    text = "It weighs 12 kg and 3 to 5 people came."
    sheet = bare_sheet(
        text,
        quantities=[
            Quantity(text="12 kg", start=10, end=15, value=12, unit="kilogram", kind="mass"),
            Quantity(text="3 to 5", start=20, end=26, low=3, high=5, kind="count"),
        ],
    )
    assert sheet_quantities(sheet) == [
        QuantitySpan(10, 15, "12 kg", 12.0, "kilogram", "mass"),
        QuantitySpan(20, 26, "3 to 5", 4.0, "dimensionless", "count"),  # a range's midpoint
    ]


@pytest.mark.slow  # quantulum3 loads its classifier: ~10 s
def test_quantulum3_peer_gives_span_value_unit_and_kind() -> None:
    text = "It weighs 12 kg."
    assert quantulum3_quantities(text) == [KILOS]


def test_load_quantities_rejects_a_shifted_offset(tmp_path: Path) -> None:
    quantity = {"start": 9, "end": 14, "text": "12 kg", "value": 12, "unit": "kilogram"}
    record = {
        "id": "q",
        "source": "quantulum3",
        "subset": "quantities",
        "text": "It weighs 12 kg.",
        "quantities": [quantity | {"unit_entity": "mass"}],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="does not slice"):
        load_quantities(tmp_path)


@pytest.fixture(scope="module")
def gold_documents(eval_gold: Callable[[str], Path]) -> list[QuantityDocument]:
    return load_quantities(eval_gold("quantities"))


def test_load_quantities_counts_match_source(gold_documents: list[QuantityDocument]) -> None:
    assert len(gold_documents) == 193
    texts = Counter((d.source, d.subset) for d in gold_documents)
    quantities = Counter()
    for document in gold_documents:
        quantities[document.source, document.subset] += len(document.quantities)
    assert texts == {
        ("quantulum3", "quantities"): 76,
        ("quantulum3", "ambiguity"): 15,
        ("measeval", "eval"): 102,
    }
    assert quantities == {
        ("quantulum3", "quantities"): 105,
        ("quantulum3", "ambiguity"): 23,
        ("measeval", "eval"): 359,
    }


def test_load_quantities_values_and_units_only_from_quantulum3(
    gold_documents: list[QuantityDocument],
) -> None:
    for document in gold_documents:
        for quantity in document.quantities:
            given = quantity.value is not None and quantity.unit is not None
            assert given == (document.source == "quantulum3"), document.id


def test_load_quantities_limit(eval_gold: Callable[[str], Path]) -> None:
    assert len(load_quantities(eval_gold("quantities"), limit=3)) == 3
