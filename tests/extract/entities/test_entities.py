"""Entities: mentions cleaned, typed, found again and merged (extract/entities/find.py, mentions.py,
propagation.py, names.py). Hand-built Docs for the rules; the real model end to end."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from newsfacts.extract.entities.find import find_entities
from newsfacts.extract.entities.propagation import shouting_tokens
from newsfacts.words.names import name_key, person_part_of, title_gender
from tests.builders import hand_doc


def make_doc(
    words: list[str],
    ents: list[str],
    *,
    pos: list[str] | None = None,
    sent_starts: list[bool] | None = None,
    heads: list[int] | None = None,
    deps: list[str] | None = None,
) -> Doc:
    """A Doc by hand: IOB entity tags, part-of-speech tags (PROPN for capitalised words
    unless given), sentences at full stops, a dependency parse when given."""
    if pos is None:
        pos = [
            "PROPN" if w[:1].isupper() else "PUNCT" if not w.isalnum() else "VERB" for w in words
        ]
    if sent_starts is None:
        sent_starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    if heads is not None:
        return hand_doc(words, ents=ents, pos=pos, heads=heads, deps=deps)
    return hand_doc(words, ents=ents, pos=pos, sent_starts=sent_starts)


def by_name(doc: Doc) -> dict[str, object]:
    return {entity.name: entity for entity in find_entities(doc)}


# --- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("U.N. Command", "UN command"),
        ("U.N. Command", "UN Command’s"),
        ("O’Neill", "O'Neill"),
        ("Park Ji-Woo", "Park Ji-woo"),
    ],
)
def test_name_key_merges_case_dot_and_possessive_variants(first: str, second: str) -> None:
    assert name_key(first) == name_key(second)


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        (["ferrante"], ["tobias", "r", "ferrante"], True),
        (["tobias"], ["tobias", "r", "ferrante"], True),
        (["tobias", "ferrante"], ["tobias", "r", "ferrante"], True),
        (["r"], ["tobias", "r", "ferrante"], False),
        (["smith"], ["smithson"], False),
    ],
)
def test_person_part_of(short: list[str], long: list[str], expected: bool) -> None:
    assert person_part_of(short, long) is expected


def test_title_gender() -> None:
    assert title_gender("Mrs.") == "f"
    assert title_gender("Sir") == "m"
    assert title_gender("Col.") is None


@given(st.text(max_size=40))
def test_name_key_is_idempotent(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key


# --- merging ------------------------------------------------------------------------------


def test_entities_surname_joins_full_name_and_inherits_its_type() -> None:
    doc = make_doc(
        ["John", "Smith", "spoke", ".", "Smith", "left", "."],
        ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"],
    )
    [smith] = find_entities(doc)
    assert (smith.name, smith.type) == ("John Smith", "PERSON")
    assert [m.text for m in smith.mentions] == ["John Smith", "Smith"]
    assert smith.aliases == ("Smith",)


@pytest.mark.parametrize("suffix", ["Jr", "III"])
def test_entities_surname_joins_a_full_name_ending_in_a_generational_suffix(suffix: str) -> None:
    doc = make_doc(
        ["Tobias", "Orlen", suffix, "spoke", ".", "Orlen", "left", "."],
        ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"],
    )
    [orlen] = find_entities(doc)
    assert (orlen.name, orlen.type) == (f"Tobias Orlen {suffix}", "PERSON")
    assert [m.text for m in orlen.mentions] == [f"Tobias Orlen {suffix}", "Orlen"]


def test_entities_surname_stays_off_a_suffixed_name_introduced_as_a_relative() -> None:
    # "Her son, Dean Harlow III, won. Harlow left.": the son's relative is in the article,
    # and a bare "Harlow" may be either of them.
    doc = make_doc(
        ["Her", "son", ",", "Dean", "Harlow", "III", ",", "won", ".", "Harlow", "left", "."],
        ["O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O"],
        pos=[
            "PRON",
            "NOUN",
            "PUNCT",
            "PROPN",
            "PROPN",
            "PROPN",
            "PUNCT",
            "VERB",
            "PUNCT",
            "PROPN",
            "VERB",
            "PUNCT",
        ],
        heads=[1, 7, 1, 5, 5, 1, 1, 7, 7, 10, 10, 10],
        deps=[
            "poss",
            "nsubj",
            "punct",
            "compound",
            "compound",
            "appos",
            "punct",
            "ROOT",
            "punct",
            "nsubj",
            "ROOT",
            "punct",
        ],
    )
    names = by_name(doc)
    assert set(names) == {"Dean Harlow III", "Harlow"}
    assert [m.text for m in names["Dean Harlow III"].mentions] == ["Dean Harlow III"]


def test_entities_two_people_one_surname_leave_the_surname_unlinked() -> None:
    doc = make_doc(
        ["Bill", "Clinton", "met", "Hillary", "Clinton", ".", "Clinton", "spoke", "."],
        ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "O"],
    )
    names = by_name(doc)
    assert set(names) == {"Bill Clinton", "Hillary Clinton", "Clinton"}
    assert len(names["Bill Clinton"].mentions) == 1
    assert len(names["Hillary Clinton"].mentions) == 1


def test_entities_title_is_stripped_and_kept_as_descriptor() -> None:
    doc = make_doc(
        ["Col", ".", "Jane", "Doe", "spoke", "."],
        ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
        pos=["PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
    )
    [doe] = find_entities(doc)
    assert doe.name == "Jane Doe"
    assert doe.descriptors == ("Col.",)
    assert "Col. Jane Doe" in doe.aliases
    assert [(m.start, m.end) for m in doe.mentions] == [(5, 13)]


def test_entities_head_noun_repairs_type() -> None:
    doc = make_doc(
        ["Maple", "Grove", "Hospital", "opened", "."],
        ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
        heads=[2, 2, 3, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT", "punct"],
    )
    [hospital] = find_entities(doc)
    assert hospital.type == "ORG"


def test_entities_one_type_per_name_by_vote() -> None:
    doc = make_doc(
        ["Acme", "rose", ".", "Acme", "fell", ".", "Acme", "won", "."],
        ["B-ORG", "O", "O", "B-ORG", "O", "O", "B-PERSON", "O", "O"],
    )
    [acme] = find_entities(doc)
    assert acme.type == "ORG"
    assert len(acme.mentions) == 3


def test_entities_possessive_and_leading_the_are_cut() -> None:
    doc = make_doc(
        ["the", "United", "States", "'s", "envoy", "left", "."],
        ["B-GPE", "I-GPE", "I-GPE", "I-GPE", "O", "O", "O"],
        pos=["DET", "PROPN", "PROPN", "PART", "NOUN", "VERB", "PUNCT"],
    )
    [us] = find_entities(doc)
    assert [m.text for m in us.mentions] == ["United States"]


def test_entities_known_name_found_again_caseless_on_all_caps_lines() -> None:
    words = ["JAPAN", "WIN", "AGAIN", "\n", "Japan", "beat", "Syria", ".", "Japan", "won", "."]
    doc = make_doc(
        words,
        ["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"],
    )
    assert 0 in shouting_tokens(doc)
    names = by_name(doc)
    assert [m.text for m in names["Japan"].mentions] == ["JAPAN", "Japan", "Japan"]


def test_entities_line_break_splits_a_span() -> None:
    doc = make_doc(
        ["Afridi", "\n", "Cairns", "played", "."],
        ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
    )
    assert set(by_name(doc)) == {"Afridi", "Cairns"}


# --- end to end with the model ------------------------------------------------------------

ARTICLE = """Harbour pilots strike over pay

Dr. Maria Olsen, a spokeswoman for the Port Authority, said the strike began on Monday.
Olsen said pilots at the Nordhavn Marine Centre walked out. She said the Port Authority
would meet them. The Port Authority (PA) has run the harbour since 1990.
"""


@pytest.mark.model
def test_sheet_entities_end_to_end(nlp) -> None:
    from newsfacts.article import RawArticle, Source
    from newsfacts.pipeline import extract_one

    sheet = extract_one(RawArticle(text=ARTICLE, source=Source(kind="text")), nlp=nlp)
    assert [e.id for e in sheet.entities] == [f"e{n}" for n in range(1, len(sheet.entities) + 1)]
    for entity in sheet.entities:
        for mention in entity.mentions:
            field = sheet.text if mention.field == "text" else sheet.headline
            assert field[mention.start : mention.end] == mention.text
    olsen = next(e for e in sheet.entities if e.name == "Maria Olsen")
    assert olsen.type == "PERSON"
    assert "Olsen" in olsen.aliases
    assert "Dr." in olsen.descriptors
    assert any(d.startswith("spokeswoman for") for d in olsen.descriptors)
    assert "She" in [m.text for m in olsen.mentions if m.kind == "pronoun"]
    authority = next(e for e in sheet.entities if e.name == "Port Authority")
    assert "PA" in authority.aliases
    assert sheet.acronyms[0].entity == authority.id
    centre = next(e for e in sheet.entities if "Marine Centre" in e.name)
    assert centre.type == "ORG"


@pytest.mark.model
def test_sheet_entities_on_the_shared_sample(nlp, shared) -> None:
    """The done-when of issue #4 on ../shared/sample/defector.txt, read from there."""
    from newsfacts.ingest import read_text_file
    from newsfacts.pipeline import extract_one

    raw = read_text_file(shared("sample", "defector.txt"))
    sheet = extract_one(raw, nlp=nlp)
    people = [e for e in sheet.entities if e.type == "PERSON" and e.named]
    assert people and all(e.descriptors for e in people)
    surnames = [p.name.split()[-1] for p in people]
    assert len(surnames) == len(set(surnames))  # one entity per person
    assert {a.short for a in sheet.acronyms} >= {"UNC", "KPA", "MDL", "JSA"}
    assert all(a.entity for a in sheet.acronyms if a.short in {"UNC", "KPA", "MDL", "JSA"})
    unnamed = [e for e in sheet.entities if not e.named and len(e.mentions) >= 10]
    assert len(unnamed) == 1
    assert unnamed[0].type == "PERSON"
