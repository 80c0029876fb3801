"""Tests of extract/quotes/sources.py: who a speaker is, the entity it links to and its
source type.

Speakers that make sense (issue #15), on hand-built parses and entities and on the real
model, invented names. A wrong link is worse than none: when the entity a speaker phrase points
at cannot be the speaker, the quote keeps the speaker's words and no entity. A relative pronoun
is written with the noun it stands for.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.extract.quotes.sources import entity_gender
from newsfacts.sheet import Entity, Mention
from tests.extract.quotes.helpers import SAID_CLAUSE
from tests.extract.quotes.helpers import hand_parsed as _doc
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

NAME_INSIDE = """
" PUNCT punct 9
Orla PROPN compound 2
Banning PROPN nsubj 3
is AUX ccomp 9 be
a DET det 5
fraud NOUN attr 3
, PUNCT punct 9
" PUNCT punct 9
he PRON nsubj 9
said VERB ROOT 9 say
. PUNCT punct 9
"""


PRONOUN_AFTER = """
Peter PROPN compound 1
Olszak PROPN nsubj 2
arrived VERB ROOT 2 arrive
. PUNCT punct 2
" PUNCT punct 11
We PRON nsubj 6
are AUX ccomp 11 be
ready ADJ acomp 6
, PUNCT punct 11
" PUNCT punct 11
she PRON nsubj 11
said VERB ROOT 11 say
. PUNCT punct 11
"""


SOURCES_CLOSE = """
" PUNCT punct 10
It PRON nsubj 2
is AUX ccomp 10 be
over ADV advmod 2
, PUNCT punct 10
" PUNCT punct 10
sources NOUN nsubj 10 source
close ADJ amod 6
to ADP prep 7
Banning PROPN pobj 8
said VERB ROOT 10 say
. PUNCT punct 10
"""


def _mention(text: str, part: str, kind: str = "name", after: int = 0) -> Mention:
    start = text.index(part, after)
    return Mention(start=start, end=start + len(part), text=part, kind=kind)


def test_quote_with_a_name_inside_is_not_given_to_that_name() -> None:
    text = '"Orla Banning is a fraud," he said.'
    banning = Entity(
        id="e1",
        name="Orla Banning",
        type="PERSON",
        mentions=[_mention(text, "Orla Banning"), _mention(text, "he", "pronoun")],
    )
    (quote,) = extract_quotes(_doc(text, NAME_INSIDE), entities=[banning])
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.entity) == ("he", None)


def _olszak(text: str, pronoun: str) -> Entity:
    return Entity(
        id="e1",
        name="Peter Olszak",
        type="PERSON",
        mentions=[_mention(text, "Peter Olszak"), _mention(text, pronoun, "pronoun", 20)],
    )


def test_pronoun_speaker_of_the_wrong_gender_is_left_unresolved() -> None:
    text = 'Peter Olszak arrived. "We are ready," she said.'
    (quote,) = extract_quotes(_doc(text, PRONOUN_AFTER), entities=[_olszak(text, "she")])
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.entity) == ("she", None)


def test_pronoun_speaker_of_the_right_gender_keeps_its_entity() -> None:
    text = 'Peter Olszak arrived. "We are ready," he said.'
    parse = PRONOUN_AFTER.replace("she PRON", "he PRON")
    (quote,) = extract_quotes(_doc(text, parse), entities=[_olszak(text, "he")])
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.entity) == ("he", "e1")


def test_sources_close_to_someone_are_not_that_someone() -> None:
    text = '"It is over," sources close to Banning said.'
    banning = Entity(
        id="e1", name="Orla Banning", type="PERSON", mentions=[_mention(text, "Banning")]
    )
    (quote,) = extract_quotes(_doc(text, SOURCES_CLOSE), entities=[banning])
    assert quote.speaker is not None
    assert quote.speaker.entity is None
    assert quote.speaker.text.startswith("sources")
    assert quote.source_type == "unnamed"


def test_entity_gender_from_names_titles_and_pronouns() -> None:
    text = "Mrs. Quill met Peter Olszak; he smiled."
    quill = Entity(id="e1", name="Quill", type="PERSON", mentions=[_mention(text, "Mrs. Quill")])
    assert entity_gender(quill) == "f"
    assert entity_gender(_olszak(text, "he")) == "m"
    unknown = Entity(id="e2", name="Banning", type="PERSON", mentions=[_mention(text, "Quill")])
    assert entity_gender(unknown) is None


def test_body_mentions_keep_entity_order_and_body_only() -> None:
    from newsfacts.extract.quotes.sources import body_mentions

    first = Entity(
        id="e1",
        name="Orla Banning",
        type="PERSON",
        mentions=[
            Mention(start=0, end=12, text="Orla Banning"),
            Mention(field="headline", start=0, end=7, text="Banning"),
            Mention(start=40, end=42, text="he", kind="pronoun"),
        ],
    )
    second = Entity(
        id="e2", name="Quindor", type="ORG", mentions=[Mention(start=20, end=27, text="Quindor")]
    )
    assert body_mentions([first, second]) == ((0, 12, first), (40, 42, first), (20, 27, second))


def test_quotes_pronoun_speaker_links_through_entity_mentions() -> None:
    text = "He said the bridge was unsafe."
    doc = _doc(text, SAID_CLAUSE.replace("Officials NOUN nsubj 1 official", "He PRON nsubj 1"))
    skipper = Entity(
        id="e1",
        name="Rowan Ashby",
        type="PERSON",
        mentions=[Mention(start=0, end=2, text="He", kind="pronoun")],
    )
    (quote,) = extract_quotes(doc, entities=[skipper])
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.entity) == ("He", "e1")
    assert quote.source_type == "person"


@pytest.mark.model
def test_quotes_model_statement_is_a_document_source(nlp) -> None:
    quote = _one(nlp, "The company's statement said the plant would close in May.")
    assert quote.source_type == "document"


@pytest.mark.model
def test_quotes_model_unnamed_speakers(nlp) -> None:
    quote = _one(nlp, "Officials said the road would stay closed until Monday.")
    assert (_speaker(quote), quote.source_type) == ("Officials", "unnamed")


# A relative pronoun whose noun no entity covers is written from the noun to the pronoun:
# the noun for the reader, the pronoun the source as the gold marks it.


@pytest.mark.model
def test_which_speaker_is_written_with_its_noun(nlp) -> None:
    text = "The board released an inspection report, which concluded that the old dam was unsafe."
    quote = _with_cue(nlp, text, "concluded")[0]
    assert _speaker(quote) == "an inspection report, which"


@pytest.mark.model
def test_that_speaker_is_written_with_its_noun(nlp) -> None:
    text = "The plan has fallen from favour with ferry guilds that long regarded it as a fair deal."
    quote = _with_cue(nlp, text, "regarded")[0]
    assert _speaker(quote) == "ferry guilds that"


# "who" speakers: the noun as written up to the pronoun when no entity names it.


@pytest.mark.model
def test_who_speaker_is_named_up_to_the_pronoun(nlp) -> None:
    quote = _one(nlp, "Residents who said the flood was coming left early.", "said")
    assert _speaker(quote) == "Residents who"
