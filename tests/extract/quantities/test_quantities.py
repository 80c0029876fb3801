"""Quantities, units and their normalisation (extract/quantities/find.py, scan.py, units.py)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extract.quantities.find import extract_quantities
from newsfacts.extract.quantities.scan import NUMBER, read_number
from newsfacts.extract.quantities.units import from_si, lookup_unit, normalise, word_units
from newsfacts.extract.quantities.words import UNITS
from newsfacts.extract.times.find import extract_times


def _read(text: str):
    match = NUMBER.search(text)
    assert match is not None
    return read_number(text, match)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("weighs just 9.4 stone now", "9.4 stone", 9.4, "stone"),
        ("is 5 feet, 7 inches tall", "5 feet, 7 inches", 5 + 7 / 12, "foot"),
        ("stands 5ft 7in tall", "5ft 7in", 5 + 7 / 12, "foot"),
        ("took 1 hour 20 minutes", "1 hour 20 minutes", 4 / 3, "hour"),
        ("a 4-kilometer-wide zone", "4-kilometer", 4, "kilometre"),
        ("a 27-centimetre worm", "27-centimetre", 27, "centimetre"),
        ("the (2 1/2-mile) road", "2 1/2-mile", 2.5, "mile"),
        ("sailing at 45 knots", "45 knots", 45, "knot"),
        ("1.5 million barrels a day", "1.5 million barrels", 1.5e6, "barrel"),
        ("a heat of 300 °C today", "300 °C", 300, "degree Celsius"),
        ("flux of 67 mW m−2 here", "67 mW m−2", 67, "milliwatt per square metre"),
        ("beams at 6.5 TeV each", "6.5 TeV", 6.5, "teraelectronvolt"),
        ("a rate of 3e2 s-1 then", "3e2 s-1", 300, "inverse second"),
        ("pulled at 9.8 km/s2 down", "9.8 km/s2", 9.8, "kilometre per square second"),
        ("a 6 km squared plot", "6 km squared", 6, "square kilometre"),
        ("a 5 kb file", "5 kb", 5, "kilobit"),
    ],
)
def test_read_number_measures(text: str, span: str, value: float, unit: str) -> None:
    reading = _read(text)
    assert text[reading.start : reading.end] == span
    assert reading.value == pytest.approx(value)
    assert reading.unit is not None and reading.unit.name == unit


@pytest.mark.parametrize(
    ("text", "span", "currency", "value"),
    [
        ("paid $1.5 million for it", "$1.5 million", "USD", 1.5e6),
        ("a £20m deal", "£20m", "GBP", 2e7),
        ("spent 20 million pounds", "20 million pounds", "GBP", 2e7),
        ("cost €15", "€15", "EUR", 15),
        ("only 50 cents", "50 cents", "USD", 50),
        ("it was -20€ net", "-20€", "EUR", -20),
        ("four dimes", "four dimes", "USD", 4),
    ],
)
def test_read_number_money(text: str, span: str, currency: str, value: float) -> None:
    reading = _read(text)
    assert text[reading.start : reading.end] == span
    assert reading.currency == currency and reading.value == pytest.approx(value)


def _only_quantity(nlp, text: str):
    quantities = extract_quantities(nlp(text))
    assert len(quantities) == 1, quantities
    return quantities[0]


@pytest.mark.parametrize(
    ("text", "unit", "value", "normalized"),
    [
        ("They paid $1.5 million for it.", "dollar", 1.5e6, (1.5e6, "USD")),
        ("The fee was US$20 a month.", "united states dollar", 20, (20, "USD")),
        ("A £20m deal was struck.", "pound sterling", 2e7, (2e7, "GBP")),
        ("It costs only 50 cents.", "cent", 50, (0.5, "USD")),
        ("The ticket cost 12 €.", "euro", 12, (12, "EUR")),
        ("He earns $12.5/hour there.", "dollar per hour", 12.5, None),
        ("Oil sold at $70 per barrel.", "dollar per barrel", 70, None),
    ],
)
def test_money_unit_is_the_currency_name_and_normalized_the_code(
    nlp, text: str, unit: str, value: float, normalized: tuple[float, str] | None
) -> None:
    quantity = _only_quantity(nlp, text)
    assert (quantity.kind, quantity.unit, quantity.value) == ("money", unit, value)
    found = quantity.normalized
    assert ((found.value, found.unit) if found else None) == normalized


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("Prices rose 5 per cent in March.", "percentage", "percent"),
        ("Turnout was 35% on the day.", "percentage", "percent"),
        ("The probe moved at 3 km per second.", "kilometre per second", "speed"),
        ("The dose was 10 mg per kg daily.", "milligram per kilogram", "other"),
        ("The rock is 40 Ma old.", "megayear", "duration"),
    ],
)
def test_units_are_named_in_words(nlp, text: str, unit: str, kind: str) -> None:
    quantity = _only_quantity(nlp, text)
    assert (quantity.unit, quantity.kind) == (unit, kind)


def test_numbers_listed_before_a_unit_take_it_even_when_parsed_as_a_count(nlp) -> None:
    quantities = extract_quantities(nlp("Mice were given 30 and 60 mg caffeine."))
    assert [(q.text, q.unit, q.counted) for q in quantities] == [
        ("30", "milligram", None),
        ("60 mg", "milligram", None),
    ]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("between 3 and 5 people", "between 3 and 5", 3, 5),
        ("5-10 km away", "5-10 km", 5, 10),
        ("from 44 mg to 50 mg daily", "from 44 mg to 50 mg", 44, 50),
        ("an 8- to 16-meter telescope", "8- to 16-meter", 8, 16),
    ],
)
def test_read_number_ranges(text: str, span: str, low: float, high: float) -> None:
    reading = _read(text)
    assert text[reading.start : reading.end] == span
    assert (reading.value, reading.low, reading.high) == (None, low, high)


def test_read_number_keeps_the_qualifier_out_of_the_span() -> None:
    reading = _read("fired about 40 rounds")
    assert (reading.qualifier, reading.value) == ("about", 40)
    assert "about" not in "fired about 40 rounds"[reading.start : reading.end]


def test_read_number_units_of_a_different_kind_make_two_quantities() -> None:
    reading = _read("from 44 ml to 50 mg ethanol")
    assert reading.unit is not None and reading.unit.name == "millilitre"
    assert reading.high is None


@pytest.mark.parametrize(
    ("value", "unit", "expected", "si"),
    [
        (9.4, "stone", 59.69, "kg"),
        (120, "knots", 61.73, "m/s"),
        (50, "acres", 202343.63, "m²"),
        (1, "barrel", 0.159, "m³"),
        (212, "°F", 100.0, "°C"),
        (3, "decades", 946728000, "s"),
    ],
)
def test_normalise_to_si_style_units(value: float, unit: str, expected: float, si: str) -> None:
    found = lookup_unit(unit)
    assert found is not None
    converted = normalise(value, found)
    assert converted is not None
    assert converted[0] == pytest.approx(expected, rel=1e-3) and converted[1] == si


@pytest.mark.parametrize("word", ["in", "are", "the", "at a", "year-old"])
def test_lookup_unit_refuses_english_words(word: str) -> None:
    assert lookup_unit(word, after_digit=False) is None


_CONVERTIBLE = sorted(name for name, unit in word_units().items() if normalise(1.0, unit))


@given(
    value=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False),
    name=st.sampled_from(_CONVERTIBLE),
)
def test_si_round_trip(value: float, name: str) -> None:
    unit = word_units()[name]
    converted = normalise(value, unit)
    assert converted is not None
    assert from_si(converted[0], unit) == pytest.approx(value, rel=1e-9, abs=1e-9)


def test_every_unit_in_the_table_is_found_by_its_spellings() -> None:
    for name, _, spellings in UNITS:
        names, _, symbols = spellings.partition("|")
        for spelling in [*names.split(","), *symbols.split("|")]:
            if spelling.strip():
                unit = lookup_unit(spelling.strip())
                assert unit is not None and unit.name == name, spelling


@pytest.mark.model
def test_extract_quantities_counts_and_qualifiers(nlp) -> None:
    doc = nlp("Soldiers fired about 40 rounds, and 30,000 North Koreans have fled since then.")
    found = {q.text: q for q in extract_quantities(doc)}
    assert found["40"].counted == "rounds" and found["40"].approximate
    assert found["40"].qualifier == "about" and found["40"].kind == "count"
    assert found["30,000"].value == 30000 and found["30,000"].counted == "North Koreans"


@pytest.mark.model
def test_extract_quantities_ages_and_vague_numbers(nlp) -> None:
    doc = nlp("The 25-year-old, in his mid-20s, joined tens of thousands of protesters.")
    found = {q.text: q for q in extract_quantities(doc)}
    assert found["25-year-old"].kind == "age" and found["25-year-old"].value == 25
    assert (found["mid-20s"].low, found["mid-20s"].high) == (24, 26)
    assert found["tens of thousands"].low == 20000
    assert found["tens of thousands"].counted == "protesters"


@pytest.mark.model
def test_extract_quantities_measures_are_normalised(nlp) -> None:
    doc = nlp("He weighs just 9.4 stone and is 5 feet, 7 inches tall.")
    found = {q.text: q for q in extract_quantities(doc)}
    assert found["9.4 stone"].normalized.model_dump() == {"value": 59.692756, "unit": "kg"}
    assert found["5 feet, 7 inches"].normalized.value == pytest.approx(1.70, abs=0.005)


@pytest.mark.model
def test_extract_quantities_leaves_years_dates_and_labels_alone(nlp) -> None:
    sentence = "In 1998, on November 13 at 2 pm, Figure 3 showed the 2nd of 12 trials."
    doc = nlp(sentence)
    times = extract_times(doc, published=date(2017, 11, 22))
    assert [q.text for q in extract_quantities(doc, times=times)] == ["12"]


@pytest.mark.model
def test_extract_quantities_news_shapes(nlp) -> None:
    doc = nlp("Aged 10, he saw 41C heat as his team won 3-2 before 5-10 people.")
    found = {q.text: q for q in extract_quantities(doc)}
    assert found["10"].kind == "age"
    assert found["41C"].normalized.model_dump() == {"value": 41.0, "unit": "°C"}
    assert "3" not in found and found["5-10"].counted == "people"


@pytest.mark.model
def test_extract_quantities_share_a_unit_across_a_list(nlp) -> None:
    doc = nlp("They were given 45 and 50 mg of ethanol.")
    quantities = extract_quantities(doc)
    assert [(q.text, q.unit) for q in quantities] == [("45", "milligram"), ("50 mg", "milligram")]


@pytest.mark.model
@settings(max_examples=40)
@given(st.text(max_size=120))
def test_extract_quantities_never_raises(nlp, text: str) -> None:
    doc = nlp(text)
    for quantity in extract_quantities(doc, times=extract_times(doc, published=None)):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.value is None or math.isfinite(quantity.value)
