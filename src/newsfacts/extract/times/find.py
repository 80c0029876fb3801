"""Times: every time expression of the article with its TIMEX3 type and value (issue #6).

The grammar (`grammar`) finds the expressions; the parse decides what the words are
(a capitalised "May" that is a verb is no month, a "2000" that counts people is no year) and
gives the tense of the verb that governs each one; `timex` resolves the value against the
publication date. spaCy's DATE and TIME entities are not taken on their own: measured on
TempEval-3 (`newsfacts eval timex`), the ones no rule explains are ages, bare numbers and
anaphora ("the day") whose value cannot be given, and they cost more precision than they add.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import doc_text
from newsfacts.extract.quantities.units import symbol_units, word_units
from newsfacts.extract.times.calendars import iso_week, shift_month
from newsfacts.extract.times.grammar import Expression, find_expressions, select_longest
from newsfacts.extract.times.timex import FUTURE, PAST, PRESENT, Context, Resolved, resolve
from newsfacts.extract.times.words import AMBIGUOUS_MONTHS
from newsfacts.sheet import Time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A past before the past ("had voted by Wednesday"): no deadline word turns it forward.
PAST_PERFECT = "past perfect"
# "a year ago", "a year earlier", "year-earlier": a year back from the narrative's time.
YEAR_BACK_RULES = frozenset({"ago", "year_adj"})
QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
# Anaphoric relatives: "the following month" after "in March 2015" is April 2015.
NARRATIVE_SHIFTS = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}
POINT_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
GRANULARITY = {"year": 1, "month": 2, "week": 3, "day": 3}
YEAR_BACK_WORDS = re.compile(r"year[\s-]+(?:ago|earlier)", re.IGNORECASE)
# Entity labels under which a four-digit number is a count or a name, not a year.
NOT_A_YEAR = frozenset(
    {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT", "ORG", "FAC", "LAW"}
)
# Nouns that make a spaCy DATE/TIME entity worth keeping when no rule explains it.
TIME_NOUNS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "period", "season"}
    | {"decade", "decades", "night", "morning", "evening", "afternoon", "hours", "minutes"}
)
# Entity labels under which a month or weekday word is part of a name ("June Carter").
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "GPE", "NORP"})
TIME_LABELS = frozenset({"DATE", "TIME"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "would", "'d", "wo"})
# Verbs whose date is the date of what is planned ("planned a rally on Saturday").
PLAN_VERBS = frozenset(
    {"plan", "schedule", "expect", "slate", "intend", "set", "due", "postpone", "delay"}
)
# Publication dates the calendar arithmetic accepts (a century of margin either side).
EARLIEST_ANCHOR = date(100, 1, 1)
LATEST_ANCHOR = date(9899, 12, 31)
FORWARD_PREPOSITIONS = frozenset({"until", "till", "by", "through", "next"})
# "payable March 3", "effective May 9", "due June 30": terms that fall due later.
FORWARD_PREPOSITIONS |= {"payable", "effective", "due"}
# "as soon as Tuesday", "as early as next week": the earliest a thing may still happen.
FORWARD_PHRASES = ("as soon as", "as early as")
# Modals before a bare verb look forward ("could land Tuesday"), as "will" does.
MODAL_AUX = frozenset({"could", "might", "may", "can", "should", "must", "ca"})
BACKWARD_PREPOSITIONS = frozenset({"since", "last"})
TENSE_DIRECTIONS: dict[str | None, int] = {PAST: -1, PAST_PERFECT: -1, FUTURE: 1, PRESENT: 0}
UNKNOWN_DIRECTION = -1
# Rules whose value depends on the tense of the verb (the others ignore it).
TENSE_RULES = frozenset({"month_day", "day_month", "month", "weekday", "clock", "holiday"})
TENSE_RULES |= {"clock24", "clock24_at", "clock_word"}


def extract_times(doc: Doc, *, published: date | None) -> list[Time]:
    """Times in document order, ids t1, t2, ...; values anchored on `published` when given."""
    text = doc_text(doc)
    if published is not None and not EARLIEST_ANCHOR <= published <= LATEST_ANCHOR:
        published = None  # calendar arithmetic near year 1 or 9999 would leave the calendar
    found: list[_Found] = []
    for expression in find_expressions(text):
        if not _plausible(expression, doc, text):
            continue
        direction = _direction(doc, text, expression)
        resolved = resolve(expression, Context(published, direction))
        if resolved is None:
            continue
        resolved = _as_set(expression, resolved, doc, text)
        anaphora = _anaphora(expression)
        found.append(_Found(expression.rule, expression.start, expression.end, resolved, anaphora))
    chosen = sorted(select_longest(found), key=lambda f: f.start)
    chosen = _year_back_in_quarters(text, chosen, published)
    chosen = _with_the_narrative(chosen)
    times = [_time(text, f.start, f.end, f.resolved) for f in chosen]
    return [t.model_copy(update={"id": f"t{index}"}) for index, t in enumerate(times, 1)]


@dataclass(frozen=True, slots=True)
class _Found:
    rule: str
    start: int
    end: int
    resolved: Resolved
    anaphora: tuple[int, str] | None = None  # "the following month": (+1, "month")


def _anaphora(expression: Expression) -> tuple[int, str] | None:
    """(shift, unit) of "the following/previous day, week, month, year"; None otherwise."""
    if expression.rule not in ("narrative_day", "relunit"):
        return None
    rel = " ".join(expression.parts.get("rel", "").lower().split()).removeprefix("the ")
    unit = "day" if expression.rule == "narrative_day" else expression.parts.get("unit", "")
    if rel not in NARRATIVE_SHIFTS or unit.lower() not in ("day", "week", "month", "year"):
        return None
    if expression.rule == "relunit" and rel == "next":
        return None  # "the next year" mostly counts from now: "over the next year"
    return NARRATIVE_SHIFTS[rel], unit.lower()


def _year_back_in_quarters(text: str, found: list[_Found], published: date | None) -> list[_Found]:
    """ "Sales rose in the second quarter ... A year earlier they ...": once the narrative
    is about a recent quarter, "a year ago/earlier" is that quarter a year before, not last
    year. A quarter that is itself a year back ("the year-ago quarter") moves nothing."""
    if published is None:
        return found
    last_year = f"{published.year - 1:04d}"
    quarter = None
    moved = []
    for item in found:
        value = item.resolved.value or ""
        match = QUARTER_VALUE.fullmatch(value)
        if match:
            recent = int(match.group(1)) == published.year
            if recent and not YEAR_BACK_WORDS.search(text[item.start : item.end]):
                quarter = match
        elif item.rule in YEAR_BACK_RULES and value == last_year and quarter is not None:
            year, number = int(quarter.group(1)) - 1, quarter.group(2)
            resolved = Resolved("date", f"{year:04d}-Q{number}", True)
            item = _Found(item.rule, item.start, item.end, resolved, item.anaphora)
        moved.append(item)
    return moved


def _with_the_narrative(found: list[_Found]) -> list[_Found]:
    """ "In March 2015 ... The following month ...": "the following/previous day, month, year"
    counts from the story's last date before it, not from the date line; with no such date
    the value stays as resolved."""
    reference: date | None = None
    granularity = ""
    moved = []
    for item in found:
        shifted = _narrative_shift(item, reference, granularity)
        if shifted is not None:
            item = _Found(item.rule, item.start, item.end, shifted, item.anaphora)
        point = POINT_VALUE.fullmatch(item.resolved.value or "")
        if point and item.resolved.type == "date":
            year = int(point.group(1))  # POINT_VALUE's year is not optional
            month, day = (int(g) if g else None for g in point.groups()[1:])
            granularity = "day" if day else ("month" if month else "year")
            reference = date(year, month or 1, day or 1)
        moved.append(item)
    return moved


def _narrative_shift(item: _Found, reference: date | None, granularity: str) -> Resolved | None:
    """The value of an anaphoric "the following/previous <unit>" from the reference date, when
    the reference is at least as fine as the unit."""
    if item.anaphora is None or reference is None:
        return None
    shift, unit = item.anaphora
    if GRANULARITY[granularity] < GRANULARITY[unit]:
        return None  # "in 1995 ... the following day": which day is not told
    if unit == "day":
        value = (reference + timedelta(days=shift)).isoformat()
    elif unit == "week":
        value = iso_week(reference + timedelta(weeks=shift))
    elif unit == "month":
        year, month = shift_month(reference, shift)
        value = f"{year:04d}-{month:02d}"
    else:
        value = f"{reference.year + shift:04d}"
    return Resolved("date", value, True)


def _time(text: str, start: int, end: int, resolved: Resolved) -> Time:
    return Time(
        text=text[start:end],
        start=start,
        end=end,
        type=resolved.type,  # type: ignore[arg-type]
        value=resolved.value,
        anchored=resolved.anchored,
    )


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _plausible(expression: Expression, doc: Doc, text: str) -> bool:
    """Whether the parse agrees that the words are a time (see the module docstring).
    `text` is `doc.text`, which spaCy rebuilds on every access."""
    span = _tokens(doc, expression.start, expression.end)
    if span is None or len(span) == 0:
        return False
    parts = expression.parts
    rule = expression.rule
    if "month" in parts and rule in ("month", "month_year", "month_rel_year", "every"):
        month = _find_token(span, parts["month"])
        if month is not None and not _month_word_ok(month):
            return False
    if rule == "year":
        year = _find_token(span, parts["year"])
        if year is not None and not _year_token_ok(year):
            return False
    if rule in ("year", "year_range") and _unit_follows(text, expression.end):
        return False  # "1323–1423 K", "1500 m": a measure
    if rule == "weekday":
        day = _find_token(span, parts["weekday"].split("'")[0].split("’")[0])
        if day is not None and day.ent_type_ in NAME_LABELS:
            return False
    if (
        rule == "decade"
        and "short2" in parts
        and not text[expression.start :].lower().startswith("the")
    ):
        return False  # "in her 30s" is an age
    after = text[expression.end : expression.end + 4].lower()
    if rule == "season" and "year" not in parts and after.startswith(" of"):
        return False  # "the fall of the regime"
    if rule == "quarter" and parts.get("q", "").lower() == "half" and after.startswith(" of"):
        return "year" in parts or "rel" in parts
    if rule == "duration":
        if "old" in parts:
            return False  # "the 6-year-old" is an age (a quantity), not a time
        num = parts.get("num", "").lower()
        unit = parts.get("unit", "").lower()
        if num in ("a", "an", "one") and unit == "second":
            return False  # "a second time"
        matched = text[expression.start : expression.end]
        if unit.startswith("quarter") and (after.startswith(" of") or "-quarter" in matched):
            return False  # "three-quarters of the vote" is a fraction
    if rule == "reference" and parts["ref"].lower() in ("the past", "the present"):
        # "the past" is a time only on its own, not in "the past tense" or "the past champion".
        return span[-1].head.pos_ != "NOUN" or span[-1].head == span[-1]
    return True


def _unit_follows(text: str, end: int) -> bool:
    following = text[end : end + 24].split()
    if not following:
        return False
    word = following[0].rstrip(".,;:)")
    return word in symbol_units() or word.lower() in word_units() or word in ("%", "‰")


def _find_token(span: Span, word: str) -> Token | None:
    head = word.rstrip(".").lower()
    for token in span:
        if token.lower_.rstrip(".") == head:
            return token
    return None


def _month_word_ok(token: Token) -> bool:
    if token.lower_.rstrip(".") in AMBIGUOUS_MONTHS:
        if not token.text[:1].isupper() or token.pos_ in ("VERB", "AUX"):
            return False
        previous = token.nbor(-1) if token.i > 0 else None
        if previous is not None and (previous.tag_ == "MD" or previous.lower_ == "to"):
            return False  # "may March on", "to March": a verb the tagger took for a name
        if token.ent_type_ in NAME_LABELS:
            return False
    return token.text[:1].isupper()


def _year_token_ok(token: Token) -> bool:
    if token.ent_type_ in NOT_A_YEAR:
        return False
    # "2000 people" counts; "a 2010 raid" is dated: a year modifies a singular noun.
    return token.dep_ != "nummod" or token.head.tag_ != "NNS"


def _as_set(expression: Expression, resolved: Resolved, doc: Doc, text: str) -> Resolved:
    """ "$5 million a year", "twice a day": a unit after an amount is a frequency (SET)."""
    if expression.rule != "duration" or expression.parts.get("num", "").lower() not in ("a", "an"):
        return resolved
    before = text[max(0, expression.start - 20) : expression.start].rstrip().lower()
    if before.endswith(("times", "once", "twice")) or (before and before[-1].isdigit()):
        return Resolved("set", resolved.value)
    span = _tokens(doc, expression.start, expression.end)
    if span is not None and span.start > 0:
        previous = doc[span.start - 1]
        if previous.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") or previous.like_num:
            return Resolved("set", resolved.value)
    return resolved


def _direction(doc: Doc, text: str, expression: Expression) -> int:
    """Where an underspecified date lies from the anchor: a deadline preposition ("until
    Tuesday", "by Jan. 14") looks forward, "since" back; otherwise the verb's tense decides."""
    if expression.rule not in TENSE_RULES:
        return -1
    tense = governing_tense(doc, expression.start, expression.end)
    if tense == PAST_PERFECT:
        return -1  # "until Thursday the club had not paid": before a past, so past itself
    preceding = text[max(0, expression.start - 16) : expression.start].lower()
    before = preceding.split()
    if before and before[-1] in FORWARD_PREPOSITIONS:
        return 1
    if preceding.rstrip().endswith(FORWARD_PHRASES):
        return 1
    if before and before[-1] in BACKWARD_PREPOSITIONS:
        return -1
    return TENSE_DIRECTIONS.get(tense, UNKNOWN_DIRECTION)


def governing_tense(doc: Doc, start: int, end: int) -> str | None:
    """past | past perfect | present | future of the verb the expression hangs from; None
    without a verb."""
    span = _tokens(doc, start, end)
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(12):  # a bound on the climb: parses are trees, but stay safe
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            break
        if token.head.i == token.i:
            return None
        token = token.head
    else:
        return None
    fronted = span.end <= token.i
    return _verb_tense(token, fronted=fronted)


def _verb_tense(verb: Token, *, fronted: bool = False) -> str | None:
    """The tense the verb gives its time; `fronted` when the time stands before the verb
    ("On Friday, the board planned ...": the planning's day, not the plan's)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _past_perfect(verb, auxes):
        return PAST_PERFECT
    if any(a.lower_ in FUTURE_AUX for a in auxes):
        return FUTURE
    if verb.lemma_ in PLAN_VERBS and not (fronted and verb.tag_ == "VBD"):
        return FUTURE
    if any(a.lower_ in MODAL_AUX for a in auxes) and verb.tag_ == "VB":
        return FUTURE  # "could land as early as Tuesday"
    if any(a.lower_ == "to" for a in auxes) or (verb.tag_ == "VB" and not auxes):
        return FUTURE  # an infinitive ("was told to appear on Monday") looks forward
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return PAST  # "has said": present perfect reports the past
    if verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
        return FUTURE  # "is meeting on Monday": the progressive of plans
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return PRESENT
    return None


def _past_perfect(verb: Token, auxes: list[Token]) -> bool:
    """ "had voted", "had been due to lapse": a past before the past; an infinitive
    takes the tense of the verb it completes."""
    if any(a.lower_ in ("had", "'d", "’d") for a in auxes) and verb.tag_ == "VBN":
        return True
    if any(a.lower_ == "to" for a in auxes) and verb.dep_ == "xcomp" and verb.head is not verb:
        head = verb.head
        head_auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        return any(a.lower_ == "had" for a in head_auxes)
    return False


__all__ = ["FUTURE", "PAST", "PRESENT", "extract_times", "governing_tense"]
