"""Scraping boilerplate: whole lines that are not the article ("License this content")."""

from __future__ import annotations

from newsfacts.clean.patterns import BOILERPLATE

# Boilerplate is short; a long line is prose even when it starts like a prompt.
MAX_BOILERPLATE_CHARS = 220


def match_boilerplate(line: str) -> tuple[str, str] | None:
    """(reason, detail) when the whole line is boilerplate."""
    if len(line) > MAX_BOILERPLATE_CHARS:
        return None
    for pattern, reason, detail in BOILERPLATE:
        if pattern.match(line):
            return reason, detail
    return None
