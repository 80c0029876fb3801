"""Units: news spellings to pint units, and values normalised to SI-style units (issue #6).

One pint UnitRegistry per process (building it parses pint's definition file, ~0.3 s), made on
first use and cached like the spaCy model. Spellings come from `words.UNITS`; a symbol
the table does not know ("keV", "mW m−2") is handed to pint, which knows prefixes and SI
symbols. Normalised units are the ones an analyst sorts by: kg, m, m/s, m², m³, °C, s.

A unit's name is spelled out the way quantulum3 and the unit tables do (issue #19): singular,
British spelling, "square"/"cubic" for powers, "per" for a denominator ("kilometre per square
second", "inverse second"), so "TeV" and "teraelectronvolts" get one name.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, cast

from newsfacts.extract.quantities.words import DURATION_UNITS, SYMBOLS_NEEDING_DIGITS, UNITS

if TYPE_CHECKING:
    import pint

# SI-style target per dimension: pint unit -> (kind, unit as shown). Keyed by dimensionality
# at first use (`_targets`), so "keV" and "J" meet at [mass][length]²/[time]².
TARGETS = {
    "kilogram": ("mass", "kg"),
    "meter": ("length", "m"),
    "meter / second": ("speed", "m/s"),
    "meter ** 2": ("area", "m²"),
    "meter ** 3": ("volume", "m³"),
    "degC": ("other", "°C"),
    "second": ("duration", "s"),
    "joule": ("other", "J"),
    "watt": ("other", "W"),
    "pascal": ("other", "Pa"),
    "hertz": ("other", "Hz"),
}
# Units news needs that pint lacks or names otherwise: pint's "decade" is a logarithmic ratio.
NEWS_DEFINITIONS = ("calendar_decade = 10 * year", "calendar_century = 100 * year")
# pint would read these English words as units ("in" inch, "are" 100 m²): never handed to it.
MAX_LOWERCASE_SYMBOL = 4
# Longest unit expression handed to pint: symbols, not sentences.
MAX_SYMBOL_LENGTH = 16
_SYMBOL_SHAPE = re.compile(
    r"^[A-Za-zµμΩÅ°]{1,5}(?:\^?[-−]?\d|[²³])?(?:\s*/?\s*[A-Za-zµμΩÅ°]{1,5}(?:\^?[-−]?\d|[²³])?)*$"
)


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as the sheet names it, with the pint expression that values it."""

    name: str
    expression: str
    kind: str  # SPEC kinds: mass length speed area volume duration percent other


@cache
def registry() -> pint.UnitRegistry:
    """The process's one registry (pint is imported here only, on first use)."""
    import pint

    ureg: pint.UnitRegistry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    for definition in NEWS_DEFINITIONS:
        ureg.define(definition)
    return ureg


@cache
def _targets() -> dict[object, tuple[str, str, str]]:
    """dimensionality -> (kind, pint target, unit as shown)."""
    ureg = registry()
    return {
        ureg.parse_units(target).dimensionality: (kind, target, shown)
        for target, (kind, shown) in TARGETS.items()
    }


@cache
def _tables() -> tuple[dict[str, Unit], dict[str, Unit]]:
    """(words lower-cased, symbols exact) from `words.UNITS`."""
    words: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    for name, expression, spellings in UNITS:
        unit = Unit(name, expression, _kind(name, expression))
        names, _, signs = spellings.partition("|")
        for spelling in names.split(","):
            if spelling.strip():
                words.setdefault(spelling.strip(), unit)
        for sign in signs.split("|"):
            if sign:
                symbols.setdefault(sign, unit)
    return words, symbols


def word_units() -> dict[str, Unit]:
    return _tables()[0]


def symbol_units() -> dict[str, Unit]:
    return _tables()[1]


def lookup_unit(surface: str, *, after_digit: bool = True) -> Unit | None:
    """The unit a surface form names: a known word, a known symbol, else a pint symbol."""
    words, symbols = _tables()
    word = " ".join(surface.lower().split())
    if word in words:
        return words[word]
    if surface in symbols:
        if surface in SYMBOLS_NEEDING_DIGITS and not after_digit:
            return None
        return symbols[surface]
    return parse_symbol(surface)


@cache
def parse_symbol(surface: str) -> Unit | None:
    """A scientific unit pint can read ("keV", "km s−1", "mW m−2"); None for anything else."""
    if len(surface) > MAX_SYMBOL_LENGTH or not _SYMBOL_SHAPE.match(surface):
        return None
    from spacy.lang.en.stop_words import STOP_WORDS

    for piece in surface.split():
        word = piece.isalpha() and piece.islower()
        if word and (len(piece) > MAX_LOWERCASE_SYMBOL or piece in STOP_WORDS):
            return None
    expression = _pint_expression(surface)
    import pint

    try:
        unit = registry().parse_units(expression)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, SyntaxError):
        return None
    except Exception:  # pint's parser raises assorted errors on odd input; none is ours
        return None
    return Unit(spoken_name(unit), expression, _kind_of_dimensionality(unit.dimensionality))


# pint's spellings that the unit tables write otherwise.
_SPELLINGS = (("meter", "metre"), ("liter", "litre"), ("electron_volt", "electronvolt"))
_POWER_NAMES = {2: "square", 3: "cubic"}


def spoken_name(unit: pint.Unit) -> str:
    """ "kilometer / second ** 2" -> "kilometre per square second", "1 / s" -> "inverse second"."""
    # A unit's powers are real numbers (pint types them as any number, complex too).
    items = cast("list[tuple[str, float]]", list(registry().Quantity(1, unit).unit_items()))
    above = [_powered_name(name, power) for name, power in items if power > 0]
    below = [_powered_name(name, -power) for name, power in items if power < 0]
    if not above:
        return " ".join(["inverse", *below])
    return " per ".join(part for part in (" ".join(above), " ".join(below)) if part)


def _powered_name(name: str, power: float) -> str:
    for american, british in _SPELLINGS:
        name = name.replace(american, british)
    name = name.replace("_", " ")
    if power == 1:
        return name
    if power in _POWER_NAMES:
        return f"{_POWER_NAMES[int(power)]} {name}"
    return f"{name} to the power {power:g}"


def powered(unit: Unit, power: int) -> Unit:
    """ "km squared": the unit raised to `power` (2 or 3)."""
    expression = f"({unit.expression})**{power}"
    name = _powered_name(unit.name, power)
    return Unit(name, expression, _kind_of_dimensionality(_dimensionality(expression)))


def rate(name: str, denominator: Unit, *, expression: str | None = None) -> Unit:
    """ "$15/hour", "10 mg per kg": `name` per the denominator; kind `other` unless pint can
    value the ratio (a unit's `expression`), so "km per second" is a speed."""
    full = f"{name} per {denominator.name}"
    if expression is None:
        return Unit(full, "", "other")
    ratio = f"({expression})/({denominator.expression})"
    return Unit(full, ratio, _kind_of_dimensionality(_dimensionality(ratio)))


def _dimensionality(expression: str) -> object:
    return registry().parse_units(expression).dimensionality


def _pint_expression(surface: str) -> str:
    """ "km s−1" -> "km * s**-1", "cm3" -> "cm**3", "μbar" -> "ubar"."""
    text = surface.replace("−", "-").replace("μ", "u").replace("µ", "u").replace("^", "")
    text = text.replace("²", "2").replace("³", "3").replace("^", "")
    pieces = []
    for piece in re.split(r"\s+|(?<=\w)(?=/)|(?<=/)", text):
        if not piece:
            continue
        match = re.fullmatch(r"([A-Za-zÅΩ°]+)(-?\d)", piece)
        pieces.append(f"{match.group(1)}**{match.group(2)}" if match else piece)
    joined = " * ".join(pieces).replace("* / *", "/")
    return joined


def _kind(name: str, expression: str) -> str:
    if name in DURATION_UNITS:
        return "duration"
    if name == "percentage":
        return "percent"
    return _kind_of_dimensionality(registry().parse_units(expression).dimensionality)


def _kind_of_dimensionality(dimensionality: object) -> str:
    target = _targets().get(dimensionality)
    return target[0] if target else "other"


def normalise(value: float, unit: Unit) -> tuple[float, str] | None:
    """(value, unit) in the SI-style unit of the unit's dimension; None when there is none
    (percentages, counts, bytes) or the value cannot be converted."""
    if not math.isfinite(value):
        return None
    ureg = registry()
    try:
        quantity = ureg.Quantity(value, ureg.parse_units(unit.expression))
        target = _targets().get(quantity.dimensionality)
        if target is None:
            return None
        converted = quantity.to(target[1]).magnitude
    except Exception:  # pint raises its own and numeric errors; a failed conversion is no value
        return None
    if not math.isfinite(converted):
        return None
    return float(converted), target[2]


def from_si(value: float, unit: Unit) -> float:
    """The inverse of `normalise`: a value in the SI-style unit back in `unit`."""
    ureg = registry()
    target = _targets()[ureg.parse_units(unit.expression).dimensionality]
    return float(ureg.Quantity(value, ureg.parse_units(target[1])).to(unit.expression).magnitude)
