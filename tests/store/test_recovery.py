"""Names the corpus knows, found again where the tagger missed them (store/recovery.py)."""

from __future__ import annotations

from newsfacts.store.recovery import Found, recover

TEXT = "Talks in Port Avalon ended. Port Avalon officials and Mira Sol spoke."
NAMES = {"port avalon": 7, "mira sol": 9}


def lookup(key: str) -> int | None:
    return NAMES.get(key)


def test_every_free_occurrence_is_found() -> None:
    found = recover(TEXT, [], lookup, frozenset())
    assert [(TEXT[f.start : f.end], f.canonical) for f in found] == [
        ("Port Avalon", 7),
        ("Port Avalon", 7),
        ("Mira Sol", 9),
    ]


def test_an_occurrence_a_mention_covers_is_not_found_again() -> None:
    first = TEXT.index("Port Avalon")
    covered = [(first + 2, first + 6)]  # any overlap takes the phrase
    found = recover(TEXT, covered, lookup, frozenset())
    assert all(f.start != first for f in found)
    assert len(found) == 2


def test_a_span_that_only_touches_leaves_the_phrase_free() -> None:
    start = TEXT.index("Mira Sol")
    covered = [(start - 4, start), (start + len("Mira Sol"), start + len("Mira Sol") + 1)]
    found = recover(TEXT, covered, lookup, frozenset())
    assert Found(start, start + len("Mira Sol"), 9) in found


def test_an_empty_span_inside_a_phrase_breaks_it() -> None:
    start = TEXT.index("Mira Sol")
    found = recover(TEXT, [(start + 3, start + 3)], lookup, frozenset())
    assert all(f.canonical != 9 for f in found)
