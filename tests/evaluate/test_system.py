"""How every task runs newsfacts over gold documents (evaluate/system.py), without the model:
the parse, sheet and progress steps are replaced by stand-ins, so only the plumbing is tested."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from newsfacts.evaluate import system
from newsfacts.evaluate.matching import right_of_total


@dataclass(frozen=True)
class _Doc:
    text: str


@dataclass
class _Score:
    added: list[tuple[_Doc, list[str]]] = field(default_factory=list)

    def add(self, document: _Doc, predicted: list[str]) -> None:
        self.added.append((document, predicted))


@dataclass
class _Track:
    seen: list[tuple[str, int | None]] = field(default_factory=list)

    def __call__(
        self, items: Iterable[Any], description: str, total: int | None = None
    ) -> Iterator[Any]:
        self.seen.append((description, total))
        yield from items


@dataclass(frozen=True)
class _Sheet:
    text: str


def test_score_sheets_reads_each_sheet_whose_text_is_the_documents(monkeypatch) -> None:
    documents = [_Doc("The tug left."), _Doc("Two boats came.")]
    # The second sheet's text differs from its document: its offsets would not be gold ones.
    sheets = [_Sheet("The tug left."), _Sheet("Two  boats came.")]
    monkeypatch.setattr(system, "gold_sheets", lambda articles, *, nlp: iter(sheets))
    track = _Track()
    score = system.score_sheets(
        _Score(),
        documents,
        [],
        lambda sheet: [f"read {sheet.text}"],
        nlp=None,
        task="boats",
        track=track,
    )
    assert score.added == [(documents[0], ["read The tug left."]), (documents[1], [])]
    assert track.seen == [("boats: newsfacts", 2)]


def test_parsed_sheets_pairs_documents_parses_and_sheets_in_order(monkeypatch) -> None:
    documents = [_Doc("a"), _Doc("b"), _Doc("c")]
    monkeypatch.setattr(system, "parse_gold", lambda articles, *, nlp: iter(["pa", "pb", "pc"]))
    monkeypatch.setattr(system, "build_sheet", lambda parse, *, nlp: f"sheet of {parse}")
    track = _Track()
    found = list(
        system.parsed_sheets(documents, [], nlp=None, track=track, description="boats: all")
    )
    assert found == [
        (documents[0], "pa", "sheet of pa"),
        (documents[1], "pb", "sheet of pb"),
        (documents[2], "pc", "sheet of pc"),
    ]
    assert track.seen == [("boats: all", 3)]


def test_parsed_sheets_refuses_a_parse_count_that_differs(monkeypatch) -> None:
    monkeypatch.setattr(system, "parse_gold", lambda articles, *, nlp: iter(["pa"]))
    monkeypatch.setattr(system, "build_sheet", lambda parse, *, nlp: parse)
    found = system.parsed_sheets(
        [_Doc("a"), _Doc("b")], [], nlp=None, track=_Track(), description=""
    )
    with pytest.raises(ValueError):
        list(found)


@pytest.mark.parametrize(
    ("by_kind", "expected"),
    [
        ({"DATE": (40, 52), "SET": (0, 1)}, "DATE 40/52, SET 0/1"),
        ({}, "none"),
    ],
)
def test_right_of_total(by_kind: dict[str, tuple[int, int]], expected: str) -> None:
    assert right_of_total(by_kind) == expected
