"""Names the corpus knows, found again where the tagger missed them (store/recovery.py)."""

from __future__ import annotations

from newsfacts.store.recovery import Found, phrases, recover, recover_phrases

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


def test_phrases_planned_with_the_taken_spans_find_what_recover_finds() -> None:
    first, sol = TEXT.index("Port Avalon"), TEXT.index("Mira Sol")
    for covered in ([], [(first + 2, first + 6)], [(sol + 3, sol + 3)], [(sol - 4, sol)]):
        planned = phrases(TEXT, frozenset(), covered)
        again = recover_phrases(len(TEXT), covered, lookup, planned)
        assert again == recover(TEXT, covered, lookup, frozenset())


def test_a_phrase_a_taken_span_overlaps_is_never_looked_up() -> None:
    first = TEXT.index("Port Avalon")
    asked: list[str] = []

    def asking(key: str) -> int | None:
        asked.append(key)
        return lookup(key)

    planned = phrases(TEXT, frozenset({"talk", "ended"}), [(first, first + 4)])
    recover_phrases(len(TEXT), [(first, first + 4)], asking, planned)
    assert "port avalon" in asked  # the second one, free
    assert asked.count("port avalon") == 1 and "port" not in asked
