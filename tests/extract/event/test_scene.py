"""When and where of the main event (extract/event/scene.py): rules added in issue #19.

Docs are built by hand with the entity labels a rule reads, so a model mistake cannot hide it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.extract.event.find import pick_when, pick_where
from newsfacts.sheet import Entity, Mention
from tests.builders import hand_doc, iob
from tests.extract.event.test_event import _sentences, _time, parsed


def _doc(text: str, places: dict[int, str]) -> Doc:
    words = text.split()
    return hand_doc(words, ents=iob(len(words), places))


def _entity(doc: Doc, index: int, kind: str) -> Entity:
    token = doc[index]
    mention = Mention(start=token.idx, end=token.idx + len(token), text=token.text)
    return Entity(id=f"e{index}", name=token.text, type=kind, mentions=[mention])


def test_a_wire_dateline_in_the_body_beats_a_country_the_lead_names() -> None:
    text = "Photo OSLO -- Prices rose across Norway , and Norway voted ."
    doc = _doc(text, {1: "GPE", 6: "GPE", 9: "GPE"})
    norway = _entity(doc, 6, "GPE")
    norway.mentions.append(Mention(start=doc[9].idx, end=doc[9].idx + 6, text="Norway"))
    where = pick_where([doc[:]], None, [norway])
    assert where is not None and where.text == "OSLO"
    assert doc.text[where.start : where.end] == "OSLO"


def test_a_facility_the_lead_names_beats_the_dateline() -> None:
    text = "Photo OSLO -- Fire broke out at Vika Station today ."
    doc = _doc(text, {1: "GPE", 7: "FAC", 8: "FAC"})
    station = _entity(doc, 7, "FAC")
    where = pick_where([doc[:]], None, [station])
    assert where is not None and where.entity == station.id


def test_a_dash_after_capitals_that_are_no_place_does_not_override() -> None:
    doc = _doc("UPDATED -- Prices rose across Norway on Monday .", {5: "GPE"})
    where = pick_where([doc[:]], None, [_entity(doc, 5, "GPE")])
    assert where is not None and where.text == "Norway"


def test_the_cleaners_dateline_beats_a_country_the_lead_names() -> None:
    doc = _doc("Prices rose across Norway on Monday .", {3: "GPE"})
    where = pick_where([doc[:]], None, [_entity(doc, 3, "GPE")], dateline="BERGEN")
    assert where is not None and where.text == "BERGEN" and where.field == "dateline"


CITY_OF = """
Fire 1 nsubj NOUN NN fire
hit 1 ROOT VERB VBD hit
the 3 det DET DT the
consulate 1 dobj NOUN NN consulate
in 3 prep ADP IN in
Norvia 4 pobj PROPN NNP Norvia
in 1 prep ADP IN in
the 8 det DET DT the
city 6 pobj NOUN NN city
of 8 prep ADP IN of
Tarvik 9 pobj PROPN NNP Tarvik
. 1 punct PUNCT . .
"""


def test_the_city_of_a_place_names_it_rather_than_a_larger_place() -> None:
    # "the consulate in Norvia" makes Norvia the larger place; "the city of Tarvik" is Tarvik.
    doc = parsed(CITY_OF, ents={5: "GPE", 10: "GPE"})
    where = pick_where(list(doc.sents), None, [_entity(doc, 5, "GPE"), _entity(doc, 10, "GPE")])
    assert where is not None and where.text == "Tarvik"


OUTSIDE_TITLE = """
Crowds 1 nsubj NOUN NNS crowd
gathered 1 ROOT VERB VBD gather
outside 1 prep ADP IN outside
Velmar 4 compound PROPN NNP Velmar
Towers 2 pobj PROPN NNPS Towers
in 1 prep ADP IN in
Norvia 5 pobj PROPN NNP Norvia
. 1 punct PUNCT . .
"""


def test_a_name_only_a_place_can_follow_is_a_place_whatever_its_label() -> None:
    # The recogniser took "Velmar Towers" for a title; "outside" says it is a building.
    doc = parsed(OUTSIDE_TITLE, ents={3: "WORK_OF_ART", 4: "WORK_OF_ART", 6: "GPE"})
    where = pick_where(list(doc.sents), None, [_entity(doc, 6, "GPE")])
    assert where is not None and where.text == "Velmar Towers"
    doc = parsed(OUTSIDE_TITLE.replace("outside", "about"), ents={3: "WORK_OF_ART", 6: "GPE"})
    where = pick_where(list(doc.sents), None, [_entity(doc, 6, "GPE")])
    assert where is not None and where.text == "Norvia"


def test_pick_when_keeps_a_clock_time_the_times_stage_left_before_the_day() -> None:
    # Only the day is a Time here, as when the times stage misses "6.10am".
    doc = _sentences("The mill burned at 6.10am on Monday .")
    when = pick_when(list(doc.sents), None, [_time(doc, 6, "2024-03-11")])
    assert when is not None and when.text == "6.10am on Monday"
    assert doc.text[when.start : when.end] == when.text
    doc = _sentences("The mill burned at 7.45 p.m. Monday .")
    when = pick_when(list(doc.sents), None, [_time(doc, 6, "2024-03-11")])
    assert when is not None and when.text == "7.45 p.m. Monday"
