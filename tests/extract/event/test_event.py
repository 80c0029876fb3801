"""The main event (extract/event/find.py, phrases.py): who, what, when, where, why, how.

Syntactic rules are tested on Docs built by hand (words, heads, deps, tags), so a model mistake
cannot hide a rule's; a few end-to-end tests run the real model on invented articles.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from newsfacts.extract.event.adverbials import cause_phrase, manner_phrase
from newsfacts.extract.event.find import extract_event, pick_when, pick_where
from newsfacts.extract.event.phrases import (
    HeadlinePart,
    clauses,
    headline_nominal,
    headline_parts,
    headline_verb,
    noun_phrase,
    shorten,
    verb_phrase,
)
from newsfacts.extract.event.scene import text_dateline
from newsfacts.sheet import Entity, Mention, Time, TimeType
from tests.builders import hand_doc, iob, table


def parsed(rows: str, *, ents: dict[int, str] | None = None) -> Doc:
    """A one-sentence Doc from rows "word head dep pos tag lemma" (head: 0-based, self=root)."""
    parse = table(rows)
    words = [r[0] for r in parse]
    return hand_doc(
        words,
        heads=[int(r[1]) for r in parse],
        deps=[r[2] for r in parse],
        pos=[r[3] for r in parse],
        tags=[r[4] for r in parse],
        lemmas=[r[5] for r in parse],
        ents=iob(len(words), ents or {}),
        sent_starts=[True] + [False] * (len(words) - 1),
    )


POLICE = """
Police 1 nsubj NOUN NNS police
name 1 ROOT VERB VBP name
three 3 nummod NUM CD three
victims 1 dobj NOUN NNS victim
after 1 prep ADP IN after
crash 4 pobj NOUN NN crash
. 1 punct PUNCT . .
"""


def test_clauses_subject_and_verb() -> None:
    doc = parsed(POLICE)
    (clause,) = clauses(next(doc.sents), field="text", rank=1)
    assert clause.subject is not None and clause.subject.text == "Police"
    assert clause.verb.text == "name"


def test_verb_phrase_keeps_the_object_and_leaves_the_circumstance() -> None:
    doc = parsed(POLICE)
    assert verb_phrase(doc[1]).text == "name three victims"


REPORTED = """
Officials 1 nsubj NOUN NNS official
said 1 ROOT VERB VBD say
the 3 det DET DT the
driver 4 nsubj NOUN NN driver
crashed 1 ccomp VERB VBD crash
. 1 punct PUNCT . .
"""


def test_clauses_reported_clause_comes_first() -> None:
    doc = parsed(REPORTED)
    found = list(clauses(next(doc.sents), field="text", rank=1))
    assert [c.verb.text for c in found] == ["crashed", "said"]
    assert found[0].subject is not None and found[0].subject.text == "the driver"


PASSIVE = """
The 1 det DET DT the
consulate 3 nsubjpass NOUN NN consulate
was 3 auxpass AUX VBD be
bombed 3 ROOT VERB VBN bomb
by 3 agent ADP IN by
militants 4 pobj NOUN NNS militant
. 3 punct PUNCT . .
"""


def test_clauses_passive_agent_is_who() -> None:
    doc = parsed(PASSIVE)
    (clause,) = clauses(next(doc.sents), field="text", rank=1)
    assert clause.subject is not None and clause.subject.text == "militants"


LIST = """
Ann 5 nsubj PROPN NNP Ann
, 0 punct PUNCT , ,
Bob 0 appos PROPN NNP Bob
and 2 cc CCONJ CC and
Cy 2 conj PROPN NNP Cy
crash 5 ROOT VERB VBP crash
out 5 prt ADP RP out
"""


def test_noun_phrase_keeps_a_list_the_parser_read_as_apposition() -> None:
    doc = parsed(LIST)
    assert noun_phrase(doc[0]).text == "Ann, Bob and Cy"
    assert verb_phrase(doc[5]).text == "crash out"


PATH = """
Riders 1 nsubj NOUN NNS rider
crossed 1 ROOT VERB VBD cross
the 3 det DET DT the
bridge 1 dobj NOUN NN bridge
near 3 prep ADP IN near
the 6 det DET DT the
mill 4 pobj NOUN NN mill
at 6 prep ADP IN at
dawn 7 pobj NOUN NN dawn
"""


def test_shorten_drops_trailing_phrases_before_words() -> None:
    doc = parsed(PATH)
    whole = doc[1:9]
    assert shorten(whole, 6).text == "crossed the bridge near the mill"
    assert shorten(whole, 3).text == "crossed the bridge"


SHOWN = """
Video 1 nsubj NOUN NN video
shows 1 ROOT VERB VBZ show
soldier 4 poss NOUN NN soldier
's 2 case PART POS 's
escape 1 dobj NOUN NN escape
across 4 prep ADP IN across
border 5 pobj NOUN NN border
"""


def test_clauses_what_a_video_shows() -> None:
    doc = parsed(SHOWN)
    clause = next(clauses(next(doc.sents), field="headline", rank=0))
    assert clause.subject is not None and clause.subject.text == "soldier"
    assert clause.what.text == "escape across border"


KILLED = """
Seven 1 nsubj NUM CD seven
killed 1 ROOT VERB VBN kill
in 1 prep ADP IN in
crash 2 pobj NOUN NN crash
"""


def test_what_of_an_agentless_passive_keeps_its_subject() -> None:
    doc = parsed(KILLED)
    (clause,) = clauses(next(doc.sents), field="headline", rank=0)
    assert clause.what.text == "Seven killed in crash"


LANDS = """
Trump 1 compound PROPN NNP Trump
lands 1 ROOT NOUN NNS land
in 1 prep ADP IN in
Washington 2 pobj PROPN NNP Washington
"""


def test_headline_verb_recovers_a_verb_read_as_a_noun() -> None:
    sent = next(parsed(LANDS).sents)
    assert list(clauses(sent, field="headline", rank=0)) == []
    clause = headline_verb(sent, frozenset({"land"}))
    assert clause is not None and clause.subject is not None
    assert clause.subject.text == "Trump" and clause.what.text == "lands in Washington"
    assert headline_verb(sent, frozenset({"arrive"})) is None


ATTACK = """
Fatal 1 amod ADJ JJ fatal
attack 1 ROOT NOUN NN attack
on 1 prep ADP IN on
consulate 2 pobj NOUN NN consulate
"""


def test_headline_nominal_of_a_verbless_headline() -> None:
    found = headline_nominal([HeadlinePart(0, parsed(ATTACK))])
    assert found is not None and found.text == "Fatal attack on consulate"


CAUSE = """
Fans 1 nsubj NOUN NNS fan
protested 1 ROOT VERB VBD protest
because 4 mark SCONJ IN because
prices 4 nsubj NOUN NNS price
rose 1 advcl VERB VBD rise
. 1 punct PUNCT . .
"""

PURPOSE = """
Guards 1 nsubj NOUN NNS guard
fired 1 ROOT VERB VBD fire
in 1 prep ADP IN in
a 5 det DET DT a
desperate 5 amod ADJ JJ desperate
bid 2 pobj NOUN NN bid
to 7 aux PART TO to
stop 5 acl VERB VB stop
him 7 dobj PRON PRP he
"""

AFTER = """
Two 1 nsubj NUM CD two
died 1 ROOT VERB VBD die
after 4 mark SCONJ IN after
trams 4 nsubj NOUN NNS tram
collided 1 advcl VERB VBD collide
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (CAUSE, "because prices rose"),
        (PURPOSE, "in a desperate bid to stop him"),
        (AFTER, "after trams collided"),
    ],
)
def test_cause_phrase(rows: str, expected: str) -> None:
    doc = parsed(rows)
    found = cause_phrase(next(doc.sents))
    assert found is not None and found.text == expected


DUE_TO = """
Driver 1 nsubj NOUN NN driver
withdrew 1 ROOT VERB VBD withdraw
due 1 prep ADP IN due
to 2 pcomp ADP IN to
engine 5 compound NOUN NN engine
problems 2 pobj NOUN NNS problem
during 5 prep ADP IN during
the 10 det DET DT the
Grand 10 compound PROPN NNP Grand
Prix 10 compound PROPN NNP Prix
race 6 pobj NOUN NN race
in 10 prep ADP IN in
Sao 13 compound PROPN NNP Sao
Paulo 11 pobj PROPN NNP Paulo
"""

DRIVEN = """
The 1 det DET DT the
change 3 nsubjpass NOUN NN change
was 3 auxpass AUX VBD be
driven 3 ROOT VERB VBN drive
by 3 agent ADP IN by
higher 6 amod ADJ JJR high
costs 4 pobj NOUN NNS cost
"""

BLAMES = """
Mayor 1 nsubj NOUN NN mayor
blames 1 ROOT VERB VBZ blame
loss 1 dobj NOUN NN loss
on 1 prep ADP IN on
rivals 3 pobj NOUN NNS rival
"""

FRAGMENT = """
because 2 mark SCONJ IN because
he 2 nsubj PRON PRP he
cleared 2 ROOT VERB VBD clear
her 2 dobj PRON PRP she
"""

TALKS = """
Leader 1 nsubj NOUN NN leader
arrives 1 ROOT VERB VBZ arrive
for 1 prep ADP IN for
talks 2 pobj NOUN NNS talk
"""

FIRST_TIME = """
Leader 1 nsubj NOUN NN leader
came 1 ROOT VERB VBD come
for 1 prep ADP IN for
the 5 det DET DT the
first 5 amod ADJ JJ first
time 2 pobj NOUN NN time
"""


REVENGE = """
Rebels 1 nsubj NOUN NNS rebel
staged 1 ROOT VERB VBD stage
a 4 det DET DT a
revenge 4 compound NOUN NN revenge
attack 1 dobj NOUN NN attack
for 4 prep ADP IN for
air 7 compound NOUN NN air
strikes 5 pobj NOUN NNS strike
"""

ARRIVES = """
Leader 1 nsubj NOUN NN leader
arrives 1 ROOT VERB VBZ arrive
at 1 prep ADP IN at
Castle 4 compound PROPN NNP Castle
Hall 2 pobj PROPN NNP Hall
for 4 prep ADP IN for
talks 5 pobj NOUN NNS talk
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (REVENGE, "revenge attack for air strikes"),
        (ARRIVES, "for talks"),  # "for" hung on the place the leader arrives at
        (DUE_TO, "due to engine problems"),  # the trailing circumstances cut off
        (DRIVEN, "by higher costs"),
        (FRAGMENT, "because he cleared her"),  # a headline part that is only a cause
        (TALKS, "for talks"),
    ],
)
def test_cause_phrase_more_cues(rows: str, expected: str) -> None:
    found = cause_phrase(next(parsed(rows).sents))
    assert found is not None and found.text == expected


@pytest.mark.parametrize("rows", [BLAMES, FIRST_TIME])
def test_cause_phrase_not_a_culprit_or_a_count(rows: str) -> None:
    # "blames X on Y": Y is a culprit, not a cause; "for the first time" is no purpose.
    assert cause_phrase(next(parsed(rows).sents)) is None


def test_cause_phrase_strong_ignores_a_causative_verb() -> None:
    # Away from the event's own sentence, "driven by" tells the cause of something else.
    assert cause_phrase(next(parsed(DRIVEN).sents), strong=True) is None


def test_cause_phrase_strong_ignores_after() -> None:
    doc = parsed(AFTER)
    assert cause_phrase(next(doc.sents), strong=True) is None


def test_cause_phrase_none_without_a_cue() -> None:
    assert cause_phrase(next(parsed(POLICE).sents), strong=True) is None


MEANS = """
He 1 nsubj PRON PRP he
escaped 1 ROOT VERB VBD escape
by 1 prep ADP IN by
swimming 2 pcomp VERB VBG swim
across 3 prep ADP IN across
the 6 det DET DT the
river 4 pobj NOUN NN river
"""

FOOT = """
They 1 nsubj PRON PRP they
fled 1 ROOT VERB VBD flee
on 1 prep ADP IN on
foot 2 pobj NOUN NN foot
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(MEANS, "by swimming across the river"), (FOOT, "on foot")],
)
def test_manner_phrase(rows: str, expected: str) -> None:
    found = manner_phrase(next(parsed(rows).sents))
    assert found is not None and found.text == expected


SPEED = """
The 1 det DET DT the
tram 2 nsubj NOUN NN tram
entered 2 ROOT VERB VBD enter
a 4 det DET DT a
bend 2 dobj NOUN NN bend
at 2 prep ADP IN at
high 7 amod ADJ JJ high
speed 5 pobj NOUN NN speed
"""

LADEN = """
A 1 det DET DT a
car 3 nsubj NOUN NN car
laden 1 acl VERB VBN laden
hit 3 ROOT VERB VBD hit
the 5 det DET DT the
wall 3 dobj NOUN NN wall
"""


def test_manner_phrase_speed_holds_in_any_sentence() -> None:
    found = manner_phrase(next(parsed(SPEED).sents), strong=True)
    assert found is not None and found.text == "at high speed"


@pytest.mark.model
def test_manner_phrase_load_holds_in_any_sentence(nlp) -> None:
    doc = nlp("A truck packed with explosives was driven into the gate.")
    found = manner_phrase(doc[:], strong=True)
    assert found is not None and found.text == "packed with explosives"


def test_manner_phrase_strong_skips_the_other_cues() -> None:
    assert manner_phrase(next(parsed(FOOT).sents), strong=True) is None
    assert manner_phrase(next(parsed(LADEN).sents), strong=True) is None  # no "with" load


def test_manner_phrase_none_without_a_cue() -> None:
    assert manner_phrase(next(parsed(POLICE).sents)) is None


def test_headline_parts_split_label_and_drop_quote() -> None:
    headline = "Harbour fire: Crews save ferry 'We never gave up'"
    parts = headline_parts(headline, "Crews from the harbour saved the ferry.")
    assert [text for _, text in parts] == ["Harbour fire", "Crews save ferry 'We never gave up'"]
    quoted = headline_parts("'We will rebuild' Mayor vows to reopen pier", "The Mayor spoke.")
    assert [text for _, text in quoted] == ["Mayor vows to reopen pier"]
    kept = headline_parts("'Never again' Mayor's pier plan wins vote", "The Mayor spoke.")
    assert [text for _, text in kept] == ["Mayor's pier plan wins vote"]


def test_headline_parts_read_title_case_in_sentence_case() -> None:
    body = "Storm winds cut power to Dunmore on Sunday, officials said."
    ((start, text),) = headline_parts("Storm Cuts Power To Dunmore Homes", body)
    assert start == 0
    assert text == "Storm cuts power to Dunmore homes"


@given(st.text(alphabet="AbİI: -|'\"x.", max_size=40), st.text(alphabet="Ab x", max_size=20))
def test_headline_parts_keep_offsets(headline: str, body: str) -> None:
    for start, text in headline_parts(headline, body):
        assert text
        assert headline[start : start + len(text)].lower() == text.lower()


def _time(doc: Doc, index: int, value: str, kind: TimeType = "date") -> Time:
    token = doc[index]
    return Time(
        text=token.text,
        start=token.idx,
        end=token.idx + len(token),
        type=kind,
        value=value,
    )


def _sentences(text: str) -> Doc:
    words = text.split()
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return hand_doc(words, spaces=True, sent_starts=starts)


def test_pick_when_prefers_a_day_near_publication() -> None:
    doc = _sentences("Fire hit the mill Monday . It was built in 1901 . Now it is gone .")
    sents = list(doc.sents)
    times = [
        _time(doc, 4, "2024-03-11"),
        _time(doc, 10, "1901"),
        _time(doc, 13, "PRESENT_REF"),
    ]
    when = pick_when(sents, sents[0], times[::-1], published=date(2024, 3, 12))
    assert when is not None and when.text == "Monday" and when.value == "2024-03-11"
    assert pick_when(sents, None, times[1:], published=date(2024, 3, 12)) is None


def test_pick_when_joins_a_clock_time_and_day_told_together() -> None:
    doc = _sentences("The mill burned at 6am on Monday after 40 years on Monday .")
    times = [
        _time(doc, 4, "2024-03-11T06:00", "time"),
        _time(doc, 6, "2024-03-11"),
        _time(doc, 8, "P40Y", "duration"),
        _time(doc, 12, "2024-03-11"),
    ]
    when = pick_when(list(doc.sents), None, times[1:2], published=date(2024, 3, 12))
    assert when is not None and when.text == "Monday"
    when = pick_when(list(doc.sents), None, times, published=date(2024, 3, 12))
    assert when is not None and when.text == "6am on Monday"
    assert doc.text[when.start : when.end] == when.text


def test_pick_when_keeps_the_part_of_the_day_written_before_it() -> None:
    doc = _sentences("The mill burned in the early hours of Monday .")
    when = pick_when(list(doc.sents), None, [_time(doc, 8, "2024-03-11")])
    assert when is not None and when.text == "in the early hours of Monday"
    assert doc.text[when.start : when.end] == when.text
    doc = _sentences("The mill burned late on Monday .")
    when = pick_when(list(doc.sents), None, [_time(doc, 5, "2024-03-11")])
    assert when is not None and when.text == "late on Monday"
    doc = _sentences("The mill burned on Monday .")
    when = pick_when(list(doc.sents), None, [_time(doc, 4, "2024-03-11")])
    assert when is not None and when.text == "Monday"


def test_pick_when_day_without_year_counts_when_unpublished() -> None:
    doc = _sentences("The ship sank on May 2 .")
    when = pick_when(list(doc.sents), None, [_time(doc, 5, "XXXX-05-02")])
    assert when is not None and when.value == "XXXX-05-02"


def _entity(doc: Doc, entity_id: str, index: int, kind: str) -> Entity:
    token = doc[index]
    mention = Mention(start=token.idx, end=token.idx + len(token), text=token.text)
    return Entity(id=entity_id, name=token.text, type=kind, mentions=[mention])


PLACES = """
Rain 1 nsubj NOUN NN rain
hit 1 ROOT VERB VBD hit
US 3 compound PROPN NNP US
farms 1 dobj NOUN NNS farm
in 3 prep ADP IN in
Ohio 4 pobj PROPN NNP Ohio
"""


def test_pick_where_skips_a_place_that_only_modifies_a_noun() -> None:
    doc = parsed(PLACES, ents={2: "GPE", 5: "GPE"})
    entities = [_entity(doc, "e1", 2, "GPE"), _entity(doc, "e2", 5, "GPE")]
    where = pick_where(list(doc.sents), None, entities)
    assert where is not None and where.text == "Ohio" and where.entity == "e2"


def test_pick_where_ignores_pronoun_mentions_of_a_place() -> None:
    doc = parsed(PLACES, ents={5: "GPE"})
    ohio = _entity(doc, "e2", 5, "GPE")
    rain = doc[0]
    ohio.mentions.append(Mention(start=rain.idx, end=rain.idx + 4, text="Rain", kind="pronoun"))
    where = pick_where(list(doc.sents), None, [ohio])
    assert where is not None and where.text == "Ohio"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("By Ann Lee OSLO, Mar 3 (Wirefeed) - The council voted to close the port.", "OSLO"),
        ("Photo NEW HAVEN -- The council voted to close the port.", "NEW HAVEN"),
    ],
)
def test_pick_where_falls_back_on_a_dateline_inside_the_body(text: str, place: str) -> None:
    # Page furniture before the dateline hides it from the cleaner; no other place is named.
    doc = hand_doc(text.split())
    where = pick_where([doc[:]], None, [])
    assert where is not None and where.text == place and where.field == "text"
    assert doc.text[where.start : where.end] == place


def test_text_dateline_needs_a_dash_and_a_capitalised_sentence() -> None:
    assert text_dateline("The NHS - a body of many parts - said so.") is None
    assert text_dateline("The council of OSLO voted.") is None
    assert text_dateline("US - The vote") is None


def test_extract_event_empty_inputs_degrade_to_nothing() -> None:
    event = extract_event(hand_doc([]))
    assert event.who is None and event.what is None and event.when is None
    assert event.where is None and event.why is None and event.how is None


ARTICLE = """Ferry crew rescues 40 swimmers off Brighton pier

The crew of a passenger ferry rescued 40 swimmers off Brighton pier on Saturday after a \
sudden squall swept them out to sea, the coastguard said.

The ferry Marisol turned back from its crossing at 10am when a deckhand spotted swimmers \
waving from the water, captain Ilse Navarro said.

Crew members threw life rings and pulled the swimmers aboard by hand. Three were taken to \
hospital.

"We saw arms in the water everywhere," Navarro said.
"""


def _ferry(nlp, text: str = ARTICLE):
    from newsfacts.article import RawArticle, Source
    from newsfacts.pipeline import extract_one

    raw = RawArticle(text=text, source=Source(kind="text"), published=date(2024, 6, 3))
    return extract_one(raw, nlp=nlp)


@pytest.fixture(scope="module")
def ferry_sheet(nlp):
    return _ferry(nlp)


@pytest.mark.model
def test_extract_event_on_an_invented_article(ferry_sheet) -> None:
    event = ferry_sheet.event
    assert event.who is not None and "crew" in event.who.text.lower()
    assert event.what is not None and event.what.startswith("rescue")
    assert event.when is not None and event.when.value == "2024-06-01"
    assert event.where is not None and "Brighton" in event.where.text
    assert event.why is not None and event.why.startswith("after a sudden squall")


TITLE_CASE = "Ferry Crew Rescues 40 Swimmers Off Brighton Pier"


@pytest.mark.model
@pytest.mark.parametrize("headline", [None, TITLE_CASE])
def test_event_parts_keep_their_offsets(nlp, ferry_sheet, headline: str | None) -> None:
    """Every part is its field's own text at its offsets, a title-case headline included."""
    sheet = (
        ferry_sheet if headline is None else _ferry(nlp, headline + ARTICLE[ARTICLE.index("\n") :])
    )
    fields = {"text": sheet.text, "headline": sheet.headline}
    event = sheet.event
    for part in (event.who, event.when, event.where):
        if part is not None and part.field in fields:
            assert fields[part.field][part.start : part.end] == part.text
    for phrase, span in ((event.what, event.what_span), (event.why, event.why_span)):
        if phrase is not None:
            assert span is not None
            assert fields[span.field][span.start : span.end] == phrase


@pytest.mark.model
def test_extract_event_on_the_shared_sample(nlp, shared) -> None:
    """issue #7: who is the unnamed actor the article is about, when the day of the action,
    where the place of it. Checked by structure: no fact of the sample is written here."""
    from newsfacts.article import RawArticle, Source
    from newsfacts.pipeline import extract_one

    path = shared("sample", "defector.txt")
    sheet = extract_one(RawArticle(text=path.read_text(), source=Source(kind="text")), nlp=nlp)
    event = sheet.event
    entities = {e.id: e for e in sheet.entities}
    most = max(sheet.entities, key=lambda e: len(e.mentions))
    assert event.who is not None and event.who.entity == most.id and not most.named
    assert event.when is not None and re.fullmatch(r"XXXX-\d\d-\d\d", event.when.value or "")
    assert event.where is not None and entities[event.where.entity or ""].type == "GPE"
    assert event.where.start is not None and event.when.start is not None
    sentence = next(s for s in sheet.sentences if s.start <= event.when.start < s.end)
    assert sentence.start <= event.where.start < sentence.end
