"""Gold for `quantities`: quantulum3's own test cases and MeasEval paragraphs, one per line.

The two sources differ in what they give (quantities/SOURCE.md): quantulum3's cases carry a
value and a unit name, MeasEval's only the span (and the unit as written), so they are scored
apart, told by `source`. The same span record serves gold and predictions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsfacts.errors import DataError
from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
QUANTULUM3 = "quantulum3"  # its regression tests: subsets `quantities` and `ambiguity`
MEASEVAL = "measeval"  # SemEval-2021 Task 8 evaluation paragraphs
SOURCES = (QUANTULUM3, MEASEVAL)
# quantulum3's name for a bare number, as unit name and as kind.
DIMENSIONLESS = "dimensionless"


@dataclass(frozen=True, slots=True)
class QuantitySpan:
    """A quantity: half-open offsets into the text, its value and unit where known.

    `unit` is a quantulum3 unit name (`metre`, `pound sterling`, `dimensionless`), `kind` the
    physical kind of that unit (`length`, `currency`, ...); both None where the source (MeasEval)
    or the system gives none. A range's value is its midpoint.
    """

    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None
    kind: str | None = None

    @property
    def dimensionless(self) -> bool:
        return DIMENSIONLESS in (self.unit, self.kind)


@dataclass(frozen=True, slots=True)
class QuantityDocument:
    id: str
    source: str  # quantulum3 | measeval
    subset: str  # quantities | ambiguity | eval
    text: str
    quantities: tuple[QuantitySpan, ...]


def load_quantities(folder: Path, *, limit: int | None = None) -> list[QuantityDocument]:
    """The gold texts of `folder/gold.jsonl`, in file order; every span is checked."""
    path = folder / GOLD_FILE
    return [_document(path, record) for record in read_jsonl(path, limit=limit)]


def _document(path: Path, record: dict[str, Any]) -> QuantityDocument:
    text = record["text"]
    if record["source"] not in SOURCES:
        raise DataError(
            f"{path}: document {record['id']}: source {record['source']!r} is not one of "
            f"{', '.join(SOURCES)} (quantities/SOURCE.md)"
        )
    return QuantityDocument(
        id=record["id"],
        source=record["source"],
        subset=record["subset"],
        text=text,
        quantities=tuple(_quantity(path, record["id"], text, q) for q in record["quantities"]),
    )


def _quantity(path: Path, doc_id: str, text: str, item: dict[str, Any]) -> QuantitySpan:
    value = item["value"]
    span = QuantitySpan(
        start=item["start"],
        end=item["end"],
        text=item["text"],
        value=float(value) if value is not None else None,
        unit=item["unit"],
        kind=item["unit_entity"],
    )
    # A shifted offset would silently score every system lower: refuse the file instead.
    if text[span.start : span.end] != span.text:
        raise DataError(
            f"{path}: document {doc_id}: quantity at {span.start}-{span.end} does not slice to "
            f"{span.text!r}; the file is not in the layout quantities/SOURCE.md describes"
        )
    return span
