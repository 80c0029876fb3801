"""Pronoun coreference by salience, agreement and binding (extract/entities/coref.py)."""

from __future__ import annotations

import pytest

from newsfacts.extract.entities.actors import add_actors
from newsfacts.extract.entities.coref import resolve_pronouns
from newsfacts.extract.entities.doubtful import doubtful
from newsfacts.extract.entities.find import find_entities
from newsfacts.extract.entities.roles import add_roles


def _resolve(nlp, text: str) -> dict[int, str]:
    """Pronoun start offset -> name of the entity it was linked to."""
    doc = nlp(text)
    entities = resolve_pronouns(doc, add_actors(doc, add_roles(doc, find_entities(doc))))
    return {m.start: e.name for e in entities for m in e.mentions if m.kind == "pronoun"}


def _at(text: str, word: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start


@pytest.mark.model
def test_coref_subject_of_previous_sentence(nlp) -> None:
    text = "Maria Olsen arrived in Oslo on Monday. She met the mayor."
    assert _resolve(nlp, text)[_at(text, "She")] == "Maria Olsen"


@pytest.mark.model
def test_coref_gender_from_given_names(nlp) -> None:
    text = "John Baker thanked Mary Stone at the meeting. She said the plan would work."
    assert _resolve(nlp, text)[_at(text, "She")] == "Mary Stone"


@pytest.mark.model
def test_coref_gender_from_titles(nlp) -> None:
    text = "Mr. Okafor met Mrs. Lind on Tuesday. Later she flew home."
    assert _resolve(nlp, text)[_at(text, "she")] == "Lind"


@pytest.mark.model
def test_coref_binding_keeps_object_pronoun_off_its_subject(nlp) -> None:
    text = "Peter Dunn was at the port. Tom Berg saw him there."
    assert _resolve(nlp, text)[_at(text, "him")] == "Peter Dunn"


@pytest.mark.model
def test_coref_cataphora_in_fronted_phrase(nlp) -> None:
    text = "Anna Kern lived in Bergen. After leaving her job, Mary Holm moved to Oslo."
    assert _resolve(nlp, text)[_at(text, "her")] == "Mary Holm"


@pytest.mark.model
def test_coref_it_and_they_to_organisations_and_groups(nlp) -> None:
    text = (
        "The Harbour Board met on Monday. It approved the plan. "
        "The parents were angry. They said the school had failed."
    )
    resolved = _resolve(nlp, text)
    assert resolved[_at(text, "It")] == "Harbour Board"
    assert resolved[_at(text, "They")] == "The parents"


@pytest.mark.model
def test_coref_pleonastic_it_is_left_alone(nlp) -> None:
    text = "The Harbour Board met on Monday. It is likely that the plan will pass."
    assert _at(text, "It") not in _resolve(nlp, text)


@pytest.mark.model
def test_coref_speaker_is_not_he_inside_his_own_quote(nlp) -> None:
    text = (
        'The patient was flown to the hospital. "She is stable," surgeon Ann Lee said. '
        '"He will live," Tom Berg said.'
    )
    resolved = _resolve(nlp, text)
    assert resolved.get(_at(text, "He")) != "Tom Berg"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # None of the speaker's mentions takes the "he" of the speaker's quote.
        'Tom Berg met Paul Dunn in May. Tom Berg said, "He was late again."',
        # An apposition is the speaker it renames.
        'Paul Dunn missed the bus on Monday. The coach, Tom Berg, said, "He was late again."',
    ],
)
def test_coref_speaker_entity_is_not_he_in_the_quote(nlp, text: str) -> None:
    assert _resolve(nlp, text)[_at(text, "He")] == "Paul Dunn"


@pytest.mark.model
def test_coref_speaker_is_not_he_inside_a_tex_style_quote(nlp) -> None:
    text = "Paul Dunn missed the bus on Monday. Tom Berg said, ``He was late again.''"
    assert _resolve(nlp, text)[_at(text, "He")] == "Paul Dunn"


# Each case: text, the pronoun, the entity it must name.
SALIENCE_AND_BINDING = [
    # Binding holds of the entity: "Nora" is the subject of "her"'s own clause, so her
    # earlier mention may not take it either.
    ("Clara Voss met Nora Lund in May. Later Nora Lund thanked her warmly.", "her", "Clara Voss"),
    # ... also through a preposition.
    ("Clara Voss met Nora Lund in May. Nora Lund was often annoyed by her.", "her", "Clara Voss"),
    # A reflexive takes its clause's subject, though an earlier mention is no co-argument.
    ("Tom Vik lost his keys. Later Tom Vik blamed himself.", "himself", "Tom Vik"),
    # A prepositional object earns no salience of its own.
    (
        "Anna Berg studied with Maria Holm in Paris. Critics wrote about her often.",
        "her",
        "Anna Berg",
    ),
    # An apposition shares the role of the noun it renames (here the subject).
    ("The judge, Clara Voss, thanked Nora Lund. Later she left the court.", "she", "Clara Voss"),
    # A proper noun the small model types as no entity is still a possible antecedent.
    (
        "The farmers argued at the market. In the end Varnak sold his cattle to the butcher.",
        "his",
        "Varnak",
    ),
    # ... also when it opens the sentence as its subject (a lone opener is a name then).
    (
        "The farmers argued at the market. Quelbrin sold her cattle to the butcher.",
        "her",
        "Quelbrin",
    ),
    ("The storm passed. Tovrik mended his nets at dawn.", "his", "Tovrik"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "pronoun", "expected"), SALIENCE_AND_BINDING)
def test_coref_salience_and_binding(nlp, text: str, pronoun: str, expected: str) -> None:
    assert _resolve(nlp, text)[_at(text, pronoun)] == expected


@pytest.mark.model
def test_coref_untyped_name_no_pronoun_takes_stays_out(nlp) -> None:
    doc = nlp("The farmers argued at the market. In the end Varnak sold the cattle.")
    entities = resolve_pronouns(doc, add_actors(doc, add_roles(doc, find_entities(doc))))
    assert all(e.name != "Varnak" for e in entities)


# Each: a text, and the name its "her" must be linked to.
HER_CASES = {
    # Binding holds for the understood subject of an infinitive: not Clara Holm.
    "control": ("Anna Berg met Clara Holm in Rome. Clara Holm wanted to promote her.", "Anna Berg"),
    # A fronted phrase may point forward to the possessor of the main clause's subject.
    "possessor-cataphora": (
        "Mary Stone wrote to Kari Lund in May. "
        "Since her move to Oslo, Kari Lund's paintings have changed.",
        "Kari Lund",
    ),
    # The subject of the nearest embedded clause outranks the often-named main subject.
    "embedded-subject": (
        "Ellen Dahl was at home in Bergen. Ellen Dahl said Laura Berg was tired of her job.",
        "Laura Berg",
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("case", sorted(HER_CASES))
def test_coref_her_by_clause_structure(nlp, case: str) -> None:
    text, name = HER_CASES[case]
    assert _resolve(nlp, text)[_at(text, "her")] == name


@pytest.mark.model
def test_coref_unisex_given_name_takes_the_articles_pronoun(nlp) -> None:
    # "Jamie" is worn by men and women alike: the name alone may not veto "she"; the
    # article's own pronoun decides.
    text = "Jamie Okafor chairs the water board. She said the vote would wait until May."
    assert _resolve(nlp, text)[_at(text, "She")] == "Jamie Okafor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nothing else may be "she": the usual sex of "Terry" does not veto her.
        ("Terry Okafor chairs the water board. She said the vote would wait.", "Terry Okafor"),
        # A woman's name beside it wins, though the subject ranks higher.
        ("Terry Okafor met Mary Lind at the port. She said the vote would wait.", "Mary Lind"),
    ],
)
@pytest.mark.model
def test_coref_usual_sex_of_a_name_both_sexes_wear_is_a_preference(
    nlp, text: str, expected: str
) -> None:
    assert _resolve(nlp, text)[_at(text, "She")] == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # A country is "it"; "they" is the company, though the country is the subject.
        ("Portugal welcomed Acme Corp last year. They hired forty engineers.", "They", "Acme Corp"),
        # "they" after "someone" is that unknown person, not the organisation before.
        ("Acme Corp runs the ferry. If someone misses the boat, they can wait.", "they", "someone"),
    ],
)
@pytest.mark.model
def test_coref_they_takes_no_place_and_may_take_an_indefinite_person(
    nlp, text: str, pronoun: str, expected: str
) -> None:
    assert _resolve(nlp, text)[_at(text, pronoun)] == expected


@pytest.mark.model
def test_coref_they_takes_a_group_named_after_an_organisation(nlp) -> None:
    # "Acme officials" are people though "Acme" is an organisation's name: the group
    # "officials" is what "they" stands for, not the town of the clause before.
    text = (
        "The Acme Corporation sued the town of Brill. On Monday, Acme officials went to the "
        "police station in Brill, where they filed a complaint."
    )
    assert _resolve(nlp, text)[_at(text, "they")] == "officials"


@pytest.mark.model
def test_coref_possessor_shares_the_role_of_what_it_possesses(nlp) -> None:
    # "Anna Berg's lawyers" is the subject of the clause holding "her": its possessor is as
    # salient as that subject, and nearer than the main clause's.
    text = "Maria Costa said Anna Berg's lawyers would appeal her conviction."
    assert _resolve(nlp, text)[_at(text, "her")] == "Anna Berg"


@pytest.mark.model
def test_coref_month_of_a_date_is_no_antecedent(nlp) -> None:
    text = "The final was played on 3 September 2012. Afterwards she thanked the crowd."
    assert _at(text, "she") not in _resolve(nlp, text)


@pytest.mark.model
def test_coref_place_possessor_gains_no_role(nlp) -> None:
    # "Ohio's governor" makes Ohio no subject: "she" stays with the woman already speaking.
    text = (
        "Dana Whitfield said she had worked in Ohio for years. Ohio's governor never called "
        "her back, and she wrote to him twice."
    )
    resolved = _resolve(nlp, text)
    assert resolved[_at(text, "she", 1)] == "Dana Whitfield"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mark Reyes worked in Lisbon. In 2006 the CDLP praised his work.",
        "Anna Reyes met the OBN in May. The OBN said her plan was sound.",
    ],
)
def test_coref_acronym_yields_he_and_she_to_a_person(nlp, text: str) -> None:
    pronoun = next(w for w in ("his", "her") if f" {w} " in text)
    assert _resolve(nlp, text)[_at(text, f" {pronoun} ") + 1].endswith("Reyes")


@pytest.mark.parametrize(
    ("name", "person", "expected"),
    [
        ("OBN", False, True),
        ("OBN", True, True),
        ("Harrow Rovers Football Club", True, True),
        ("Ada Vance", True, False),
        ("Luis de la Vega", True, False),
        ("Vance", False, False),
        ("John Club", True, False),
    ],
)
def test_doubtful_names_by_shape(name: str, person: bool, expected: bool) -> None:
    assert doubtful(name, person=person) is expected


# Binding through control: the understood subject of a clause with none of its own, and what
# an "as" phrase says of a verb's object, never take the pronoun.
CONTROL_AND_COORDINATION = [
    # An infinitive's understood subject is the object above it: "him" is not Paul Grant.
    ("Tom Reyes begged Paul Grant to let him stay.", "him", "Tom Reyes"),
    # A verb conjoined to another shares its subject: "him" is not Tom Reyes.
    ("Tom Reyes walked into Paul Grant's office and hit him.", "him", "Paul Grant"),
    # A relative clause's "who" is the noun it modifies: "him" is not Paul Grant.
    ("Tom Reyes met Paul Grant, who hired him in May.", "him", "Tom Reyes"),
    # What "as" says of the object is not the object's own.
    ("Anna Berg was ill. In May the court named Clara Holm as her heir.", "her", "Anna Berg"),
    # A possessive on a noun conjoined to a name is that name's.
    ("Tom Reyes met Paul Grant and his brother in Oslo.", "his", "Paul Grant"),
    # A reflexive takes its verb's understood subject: a conjoined verb's, or for a clause on
    # the object, the subject of the object's verb.
    ("Tom Berg walked into the station and turned himself in.", "himself", "Tom Berg"),
    ("Lena Holt had trouble getting herself across the border.", "herself", "Lena Holt"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "pronoun", "expected"), CONTROL_AND_COORDINATION)
def test_coref_control_and_coordination(nlp, text: str, pronoun: str, expected: str) -> None:
    assert _resolve(nlp, text)[_at(text, pronoun)] == expected


def _tagged(nlp, words: list[str], pos: list[str], tags: list[str], deps: list[str]):
    """A Doc whose tags and parse are given: one clause, its verb second, every word on it."""
    from spacy.tokens import Doc

    heads = [1] * len(words)
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads)


@pytest.mark.model
def test_coref_given_name_tagged_as_noun_opening_its_clause_is_a_name(nlp) -> None:
    from newsfacts.extract.entities.antecedents import unrecognised_names

    pos = ["NOUN", "VERB", "ADV", "PUNCT"]
    tags = ["NN", "VBZ", "RB", "."]
    deps = ["nsubj", "ROOT", "advmod", "punct"]
    named = unrecognised_names(_tagged(nlp, ["Hazel", "runs", "home", "."], pos, tags, deps), ())
    assert [e.name for e in named] == ["Hazel"]
    # A common noun opening its clause ("Critics run home") is no name.
    plain = unrecognised_names(_tagged(nlp, ["Critics", "run", "home", "."], pos, tags, deps), ())
    assert plain == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Ilsa Poll met Tovan Brel, her husband, in Rome.", "Brel", "m"),
        ("Ilsa Poll met her husband, Tovan Brel, in Rome.", "Brel", "m"),
        ("The film stars actress Mirela Dask in the lead.", "Dask", "f"),
        ("Ilsa Poll met Tovan Brel in Rome.", "Brel", None),
    ],
)
def test_role_gender_from_a_role_noun_renaming_the_name(
    nlp, text: str, name: str, gender: str | None
) -> None:
    from newsfacts.extract.entities.agreement import role_gender

    doc = nlp(text)
    head = next(t for t in doc if t.text == name)
    assert role_gender(head) == gender


@pytest.mark.parametrize(
    ("name", "kind", "word", "expected"),
    [
        # A given name and a surname the model typed as an organisation: a person, no cost.
        ("Hazel Dask", "ORG", "she", 0.0),
        # ... for a pronoun of the other sex, the usual cost of a mistyped name.
        ("Hazel Dask", "ORG", "he", -1.5),
        # A lone given name typed as a place keeps the cost.
        ("Hazel", "GPE", "she", -1.5),
    ],
)
def test_agreement_mistyped_full_name_of_the_pronouns_sex(
    name: str, kind: str, word: str, expected: float
) -> None:
    from newsfacts.extract.entities.agreement import agreement_score
    from newsfacts.extract.entities.find import EntityRecord

    entity = EntityRecord(name=name, type=kind, mentions=())
    assert agreement_score(word, entity, None, many=False) == expected
