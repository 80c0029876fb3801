"""The sheet model matches SPEC.md's contract: every field name there exists here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfacts.sheet import SCHEMA_ID, FactSheet, Generator, Source, json_schema, sheet_id


def _spec_schema_block(spec_file: Path) -> str:
    spec = spec_file.read_text(encoding="utf-8")
    start = spec.index("## The fact sheet")
    block = spec[start:].split("```", 2)[1]
    return block


def _model_field_names() -> set[str]:
    names: set[str] = set()

    def walk(schema: dict) -> None:
        for key, value in schema.items():
            if key == "properties":
                names.update(value)
            if isinstance(value, dict):
                walk(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        walk(item)

    walk(json_schema())
    return names


def test_sheet_has_every_spec_field(shared) -> None:
    block = _spec_schema_block(shared("SPEC.md"))
    spec_names = set(re.findall(r'"(\w+)"\s*:', block))
    assert len(spec_names) > 40, "the SPEC block was not found whole"
    missing = spec_names - _model_field_names()
    assert not missing, f"fields in SPEC.md but not in the sheet model: {sorted(missing)}"


def test_sheet_top_level_order_and_schema_alias() -> None:
    sheet = FactSheet(
        id=sheet_id("Body."),
        source=Source(kind="text"),
        headline="H",
        text="Body.",
        generator=Generator(version="0.1.0", model="m"),
    )
    data = sheet.to_json_dict()
    assert data["schema"] == SCHEMA_ID == "newsfacts/factsheet@1"
    assert list(data)[:3] == ["schema", "id", "source"]
    for key in ("entities", "acronyms", "quotes", "quantities", "times", "timeline", "summary"):
        assert data[key] == []
    assert set(data["event"]) >= {"who", "what", "when", "where", "why", "how"}
    assert FactSheet.model_validate(data) == sheet


def test_sheet_id_is_sha256_prefix_of_clean_text() -> None:
    assert sheet_id("abc") == "sha256:ba7816bf8f01cfea"
    assert sheet_id("abc") != sheet_id("abd")


def test_sheet_rejects_unknown_fields_and_bad_enums() -> None:
    from pydantic import ValidationError

    base = dict(
        id="sha256:0",
        source={"kind": "text"},
        headline="",
        text="",
        generator={"version": "0", "model": "m"},
    )
    with pytest.raises(ValidationError):
        FactSheet.model_validate({**base, "colour": "red"})
    with pytest.raises(ValidationError):
        FactSheet.model_validate({**base, "source": {"kind": "fax"}})
