"""Views of a fact sheet: json, jsonl, markdown and the rich text view for people."""

from __future__ import annotations

from newsfacts.render.json import render_json, render_jsonl
from newsfacts.render.markdown import render_markdown
from newsfacts.render.text import render_text

FORMATS = ("json", "jsonl", "md", "text")

__all__ = ["FORMATS", "render_json", "render_jsonl", "render_markdown", "render_text"]
