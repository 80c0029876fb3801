"""Word lists kept once (words/lexicon.py, the stages' words.py) and the helpers they share
(extract/spans.py, `lexicon.gender_in`)."""

from __future__ import annotations

import calendar
import importlib
import locale

import pytest

from newsfacts.extract.entities import coref
from newsfacts.extract.entities.find import MentionRecord
from newsfacts.extract.quantities.words import QUALIFIERS
from newsfacts.extract.quotes.words import CLAUSE_VERBS, CUE_VERBS
from newsfacts.extract.spans import TextSpan, strip_span
from newsfacts.extract.times import words as time_words
from newsfacts.extract.times.words import DURATION_QUALIFIERS, MONTHS, WEEKDAYS
from newsfacts.words import lexicon

# Locales whose month names are not English, tried in turn; hosts without any skip the test.
_OTHER_LOCALES = ("de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8", "de_DE.utf8", "fr_FR.utf8")


@pytest.mark.parametrize(
    ("word", "month"),
    [("january", 1), ("jan", 1), ("may", 5), ("sep", 9), ("sept", 9), ("december", 12)],
)
def test_month_names_and_short_names_give_the_month(word: str, month: int) -> None:
    assert MONTHS[word] == month


def test_months_hold_names_short_names_and_sept_only() -> None:
    assert len(MONTHS) == 24  # 12 names, 11 short names ("may" is both), "sept"
    assert all(word.isalpha() and word.islower() for word in MONTHS)


def test_weekdays_are_iso_numbered() -> None:
    assert WEEKDAYS == {
        "monday": 1,
        "tuesday": 2,
        "wednesday": 3,
        "thursday": 4,
        "friday": 5,
        "saturday": 6,
        "sunday": 7,
    }


def _other_time_locale() -> str | None:
    saved = locale.setlocale(locale.LC_TIME)
    try:
        for name in _OTHER_LOCALES:
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            return name
        return None
    finally:
        locale.setlocale(locale.LC_TIME, saved)


def test_month_names_stay_english_under_a_host_programs_time_locale() -> None:
    other = _other_time_locale()
    if other is None:
        pytest.skip("no non-English locale installed")
    saved = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, other)
        assert calendar.month_name[3].lower() != "march"  # the host's names are not English
        reloaded = importlib.reload(time_words)
        assert reloaded.MONTHS == MONTHS
        assert reloaded.WEEKDAYS == WEEKDAYS
    finally:
        locale.setlocale(locale.LC_TIME, saved)
        importlib.reload(time_words)


def test_quantity_and_duration_qualifiers_share_the_approximators_in_order() -> None:
    for qualifiers in (QUALIFIERS, DURATION_QUALIFIERS):
        at = qualifiers.index(lexicon.APPROXIMATORS[0])
        assert qualifiers[at : at + len(lexicon.APPROXIMATORS)] == lexicon.APPROXIMATORS


def test_qualifier_lists_keep_their_own_words() -> None:
    # "only" stays in a duration's span but makes no amount approximate.
    assert "only" in DURATION_QUALIFIERS
    assert "only" not in QUALIFIERS


def test_speech_verbs_are_one_list_for_quotes_and_coreference() -> None:
    assert coref.SPEECH_VERBS is lexicon.SPEECH_VERBS
    assert lexicon.SPEECH_VERBS <= CLAUSE_VERBS <= CUE_VERBS
    assert {"say", "tell", "warn", "insist", "reply"} <= lexicon.SPEECH_VERBS


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("  a b \n", 0, 7, (2, 5)),
        ("abc", 0, 3, (0, 3)),
        ("x   y", 1, 4, (4, 4)),
        ("", 0, 0, (0, 0)),
    ],
)
def test_strip_span_drops_outer_whitespace_only(
    text: str, start: int, end: int, expected: tuple[int, int]
) -> None:
    assert strip_span(text, start, end) == expected


def test_mention_record_keeps_its_field_order_on_the_shared_span() -> None:
    mention = MentionRecord(3, 8, "Harlo", "headline", "pronoun")
    assert isinstance(mention, TextSpan)
    assert (mention.start, mention.end, mention.text) == (3, 8, "Harlo")
    assert (mention.field, mention.kind) == ("headline", "pronoun")
    assert mention == MentionRecord(3, 8, "Harlo", "headline", "pronoun")
    assert mention != TextSpan(3, 8, "Harlo")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("king", "m"), ("queen", "f"), ("pilot", None)],
)
def test_gender_in_reads_a_pair_of_lists(word: str, expected: str | None) -> None:
    assert lexicon.gender_in(word, lexicon.MASCULINE_NOUNS, lexicon.FEMININE_NOUNS) == expected
