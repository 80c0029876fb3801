"""Every fixture's whole fact sheet, byte for byte, against the sheets stored beside it.

A move (a refactor, a speed-up) must keep behaviour: this test fails on any change to any field
of any sheet made from the project's own fixtures and the bundled sample. A deliberate change
(an accuracy gain) is stored again with `make golden` (NEWSFACTS_UPDATE_GOLDEN=1 on this file),
and the diff of `tests/fixtures/sheets/` is reviewed in the commit like code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsfacts.errors import InputError
from newsfacts.ingest import RecordError, RecordSkipped, read_input
from newsfacts.pipeline import extract_many
from newsfacts.render import render_jsonl
from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.model

GOLDEN = FIXTURES / "sheets"
SAMPLE = Path("src/newsfacts/data/sample.txt")
# Inputs named relative to the checkout: a sheet's id and source hash the path as given.
INPUTS = sorted(
    [
        *(p.relative_to(ROOT) for p in (FIXTURES / "scraped").glob("*.txt")),
        *(p.relative_to(ROOT) for p in (FIXTURES / "html").glob("*.html")),
        *(p.relative_to(ROOT) for p in (FIXTURES / "jsonl").glob("*.jsonl")),
        SAMPLE,
    ]
)


def _sheets_of(spec: Path, nlp) -> str:
    """The input's sheets as JSON lines, with a line per record that failed or was skipped."""
    lines: list[str] = []
    raws = []
    try:
        for item in read_input(str(spec)):
            if isinstance(item, RecordError | RecordSkipped):
                lines.append(f"# {type(item).__name__}: {item}")
            else:
                raws.append(item)
    except InputError as error:
        return f"# InputError: {error}\n"
    lines += [render_jsonl(sheet) for sheet in extract_many(raws, nlp=nlp)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("spec", INPUTS, ids=[p.name for p in INPUTS])
def test_sheet_is_byte_identical_to_the_stored_one(spec: Path, nlp, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    produced = _sheets_of(spec, nlp)
    stored = GOLDEN / f"{spec.name}.jsonl"
    if os.environ.get("NEWSFACTS_UPDATE_GOLDEN") == "1":
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_text(produced, encoding="utf-8")
    assert stored.is_file(), f"no stored sheet for {spec}; store it with NEWSFACTS_UPDATE_GOLDEN=1"
    assert produced == stored.read_text(encoding="utf-8"), (
        f"{spec}: the sheet changed; if that is intended, store it again with "
        "NEWSFACTS_UPDATE_GOLDEN=1 and review the diff"
    )


def test_every_fixture_has_a_stored_sheet_and_no_stale_ones() -> None:
    names = {f"{p.name}.jsonl" for p in INPUTS}
    assert names == {p.name for p in GOLDEN.glob("*.jsonl")}
