"""The `coref` task: GUM antecedent checks, GAP's scorer, the closest-mention baselines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsfacts.evaluate.gold.coref import (
    GapExample,
    GumDocument,
    GumMention,
    load_gap,
    load_gum,
)
from newsfacts.evaluate.peers.coref import (
    closest_candidate_answer,
    closest_named_antecedent,
    closest_person_answer,
    compatible_types,
    ner_docs,
)
from newsfacts.evaluate.tasks.coref import (
    GapScore,
    antecedent_right,
    sheet_antecedent,
    sheet_gap_answer,
)
from newsfacts.sheet import Entity, FactSheet, Mention
from tests.builders import bare_sheet, hand_doc

# "Ana Lopes met the mayor. She thanked him for his help."
TEXT = "Ana Lopes met the mayor. She thanked him for his help."
ANA = GumMention(0, 9, "Ana Lopes", "1")
MAYOR = GumMention(14, 23, "the mayor", "2")
SHE = GumMention(25, 28, "She", "1")
HIM = GumMention(37, 40, "him", "2")
HIS = GumMention(45, 48, "his", "2")
HELP = GumMention(45, 53, "his help", "3")
DOCUMENT = GumDocument(
    "gum/x",
    TEXT,
    None,
    tuple(sorted([ANA, MAYOR, SHE, HIM, HIS, HELP], key=lambda m: (m.start, m.end))),
)


def test_anaphoric_pronouns_need_an_earlier_mention() -> None:
    cataphoric = GumMention(0, 2, "It", "9")
    document = GumDocument("gum/y", "It", None, (cataphoric,))
    assert document.anaphoric_pronouns() == []
    assert DOCUMENT.anaphoric_pronouns() == [SHE, HIM, HIS]


@pytest.mark.parametrize(
    ("antecedent", "right"),
    [
        ((0, 9), True),  # exactly Ana
        ((4, 9), True),  # "Lopes": smallest containing mention is Ana
        ((14, 23), False),  # the mayor
        ((0, 12), True),  # no mention contains it: most overlap is Ana
        ((25, 28), False),  # the pronoun itself is no antecedent
        ((100, 105), False),  # nothing there
        (None, False),
    ],
)
def test_antecedent_right_finds_the_gold_mention(antecedent, right: bool) -> None:
    assert antecedent_right(DOCUMENT, SHE, antecedent) is right


def test_antecedent_right_skips_the_pronoun_itself() -> None:
    # "his" lies inside "his help" (entity 3); the pronoun itself does not count.
    assert antecedent_right(DOCUMENT, HIS, (45, 48)) is False
    assert antecedent_right(DOCUMENT, HIS, (37, 40)) is True


def _sheet(entities: list[Entity], text: str = TEXT) -> FactSheet:
    return bare_sheet(
        text,
        entities=entities,
    )


def _entity(id_: str, *spans: tuple[int, int], text: str = TEXT) -> Entity:
    mentions = [Mention(start=s, end=e, text=text[s:e]) for s, e in spans]
    return Entity(id=id_, name=mentions[0].text, type="PERSON", mentions=mentions)


def test_sheet_antecedent_is_the_latest_earlier_mention() -> None:
    sheet = _sheet([_entity("e1", (0, 9), (25, 28)), _entity("e2", (14, 23), (37, 40), (45, 48))])
    assert sheet_antecedent(sheet, 45, 48) == (37, 40)
    assert sheet_antecedent(sheet, 25, 28) == (0, 9)
    assert sheet_antecedent(sheet, 14, 23) is None  # first mention: nothing earlier
    assert sheet_antecedent(_sheet([]), 25, 28) is None


def _gap(answer: str, pronoun: str = "her", text: str = "") -> GapExample:
    return GapExample("gap/x", text, pronoun, (50, 53), a=(0, 9), b=(20, 30), answer=answer)


def test_gap_score_perfect_system_is_one() -> None:
    score = GapScore()
    for answer, said in (("A", (True, False)), ("B", (False, True)), ("neither", (False, False))):
        score.add(_gap(answer, "she"), said)
        score.add(_gap(answer, "his"), said)
    metrics = score.metrics()
    assert metrics == {
        "f1": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "f1_feminine": 1.0,
        "f1_masculine": 1.0,
        "bias": 1.0,
    }


def test_gap_score_empty_system_is_zero() -> None:
    score = GapScore()
    score.add(_gap("A", "she"), (False, False))
    score.add(_gap("B", "him"), (False, False))
    assert all(value == 0.0 for value in score.metrics().values())


def test_gap_score_partial_by_gender() -> None:
    score = GapScore()
    score.add(_gap("A", "her"), (True, False))  # feminine: TP
    score.add(_gap("B", "She"), (True, False))  # feminine: FP (A) + FN (B)
    score.add(_gap("neither", "he"), (False, True))  # masculine: FP
    score.add(_gap("A", "his"), (True, False))  # masculine: TP
    metrics = score.metrics()
    assert metrics["precision"] == pytest.approx(2 / 4)
    assert metrics["recall"] == pytest.approx(2 / 3)
    assert metrics["f1"] == pytest.approx(4 / 7)
    assert metrics["f1_feminine"] == pytest.approx(2 * (1 / 2) * (1 / 2))  # P = R = 1/2
    assert metrics["f1_masculine"] == pytest.approx(2 * (1 / 2) / (1 / 2 + 1))  # P 1/2, R 1
    assert metrics["bias"] == pytest.approx(0.5 / (2 / 3))


def test_sheet_gap_answer_follows_the_pronoun_entity() -> None:
    text = "Ana Lopes met Orla Bank, who thanked her."
    example = GapExample("gap/x", text, "her", (37, 40), (0, 9), (14, 23), "A")
    ana = _entity("e1", (0, 9), (37, 40), text=text)
    orla = _entity("e2", (14, 23), text=text)
    assert sheet_gap_answer(_sheet([orla, ana], text), example) == (True, False)
    assert sheet_gap_answer(_sheet([orla], text), example) == (False, False)
    assert sheet_gap_answer(_sheet([], text), example) == (False, False)


def test_sheet_pronoun_entity_prefers_the_best_fitting_mention() -> None:
    text = "Ana Lopes met Orla Bank, who thanked her."
    example = GapExample("gap/x", text, "her", (37, 40), (0, 9), (14, 23), "A")
    ana = _entity("e1", (0, 9), (37, 40), text=text)
    # Another entity whose longer mention contains the pronoun, listed first.
    thanks = _entity("e2", (14, 23), (29, 40), text=text)
    assert sheet_gap_answer(_sheet([thanks, ana], text), example) == (True, False)
    assert sheet_antecedent(_sheet([thanks, ana], text), 37, 40) == (0, 9)


@pytest.mark.parametrize(
    ("pronoun", "types"),
    [("She", {"PERSON"}), ("its", {"ORG", "GPE", "LAW"}), ("their", {"NORP", "ORG"})],
)
def test_compatible_types_by_pronoun_class(pronoun: str, types: set[str]) -> None:
    assert types <= compatible_types(pronoun)
    assert not compatible_types("you")


def _ents_doc() -> Doc:
    """'Ana met Orla in Lisbon and Acme staff before she left .' with hand-set entities."""
    words = ["Ana", "met", "Orla", "in", "Lisbon", "and", "Acme", "staff", "before", "she"]
    words += ["left", "."]
    ents = ["B-PERSON", "O", "B-PERSON", "O", "B-GPE", "O", "B-ORG", "O", "O", "O", "O", "O"]
    return hand_doc(words, spaces=True, ents=ents)


def test_closest_named_antecedent_takes_the_closest_compatible_entity() -> None:
    doc = _ents_doc()
    she = doc[9].idx
    assert closest_named_antecedent(doc, "she", she) == (8, 12)  # Orla, not Acme
    assert closest_named_antecedent(doc, "it", she) == (27, 31)  # Acme
    assert closest_named_antecedent(doc, "they", she) == (27, 31)
    assert closest_named_antecedent(doc, "she", 3) == (0, 3)  # ending at the pronoun start
    assert closest_named_antecedent(doc, "she", 2) is None  # no PERSON ends before it
    assert closest_named_antecedent(doc, "you", she) is None


@pytest.mark.parametrize(
    ("pronoun", "a", "b", "said"),
    [
        ((45, 48), (0, 3), (8, 12), (False, True)),  # the closest person (Orla) is B
        ((45, 48), (0, 3), (16, 22), (False, False)),  # the closest person is neither name
        ((0, 0), (0, 3), (8, 12), (False, False)),  # no person before the pronoun
    ],
)
def test_closest_person_answer_links_the_overlapped_name(pronoun, a, b, said) -> None:
    doc = _ents_doc()
    example = GapExample("g", doc.text, "she", pronoun, a, b, "A")
    assert closest_person_answer(doc, example) == said


def test_closest_person_answer_prefers_the_later_name_when_both_overlap() -> None:
    doc = _ents_doc()
    she = (doc[9].idx, doc[9].idx + 3)
    example = GapExample("g", doc.text, "she", she, (8, 10), (10, 12), "B")
    assert closest_person_answer(doc, example) == (False, True)


def test_closest_candidate_answer() -> None:
    assert closest_candidate_answer(_gap("A")) == (False, True)  # B ends at 30, closer to 50
    before_b = GapExample("g", "", "she", (15, 18), (0, 9), (20, 30), "A")
    assert closest_candidate_answer(before_b) == (True, False)
    before_both = GapExample("g", "", "she", (0, 3), (5, 9), (20, 30), "A")
    assert closest_candidate_answer(before_both) == (False, False)


@pytest.mark.model
def test_ner_docs_run_only_the_entity_recognizer(nlp) -> None:
    (doc,) = ner_docs(["Ana Lopes flew to Lisbon on Monday."], nlp=nlp)
    assert doc.ents
    assert not doc.has_annotation("DEP")
    assert "ner" in nlp.pipe_names and "parser" in nlp.pipe_names  # the model is unchanged


@pytest.fixture(scope="module")
def gum_documents(eval_gold: Callable[[str], Path]):
    return load_gum(eval_gold("coref"))


def test_load_gum_counts_match_source(gum_documents) -> None:
    assert len(gum_documents) == 18
    mentions = [m for d in gum_documents for m in d.mentions]
    assert len(mentions) == 4_236
    entities = {(d.id, m.entity) for d in gum_documents for m in d.mentions}
    assert len(entities) == 2_311
    assert sum(len(d.anaphoric_pronouns()) for d in gum_documents) == 275
    for document in gum_documents:
        for mention in document.mentions:
            assert document.text[mention.start : mention.end] == mention.text


def test_load_gap_counts_match_source(eval_gold: Callable[[str], Path]) -> None:
    examples = load_gap(eval_gold("coref"))
    assert len(examples) == 3_335
    answers = [e.answer for e in examples]
    assert {a: answers.count(a) for a in set(answers)} == {"A": 1_467, "B": 1_502, "neither": 366}
    for example in examples:
        start, end = example.pronoun_span
        assert example.text[start:end] == example.pronoun


def test_load_coref_limit(eval_gold: Callable[[str], Path]) -> None:
    folder = eval_gold("coref")
    assert len(load_gum(folder, limit=3)) == 3
    assert len(load_gap(folder, limit=3)) == 3
