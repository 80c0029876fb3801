"""JSON views: the sheet exactly as SPEC.md spells it."""

from __future__ import annotations

import json

from newsfacts.sheet import FactSheet


def render_json(sheet: FactSheet) -> str:
    return json.dumps(sheet.to_json_dict(), ensure_ascii=False, indent=2)


def render_jsonl(sheet: FactSheet) -> str:
    return json.dumps(sheet.to_json_dict(), ensure_ascii=False, separators=(",", ":"))
