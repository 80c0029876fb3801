"""Tests of extract/quotes/cues.py: which words are reporting cues, and their speakers.

A cue set off inside the clause it reports ("The plan, he said, would fail"), a verb of
judging a name, a cue's particle or preposition, a verb of showing the small model reads as a
noun, a state a passive's subject holds; and what is no report: a cue that defines its noun or
opens a subordinate clause, a side taken with no preposition. On the real model (issue #19),
invented sentences ("according to X" and verbs of seeming: test_hearsay.py).
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, reported, speaker, with_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import quotes as _quotes
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue


@pytest.mark.model
def test_verb_defining_its_noun_is_not_a_report(nlp) -> None:
    # A side taken in a relative clause ("farmers who oppose the bill") is a stance, as
    # PolNeAR marks it (side-in-a-relative-clause, below); a plan or a judgment there only says
    # which.
    text = "Farmers hoping to sell their land met in the hall on Monday."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "hoping"]
    text = "Farmers who praised the water bill met in the hall on Monday."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "praised"]


# (sentence, cue, content, speaker): the id names the reading, then the verb.
CUES_SAID = [
    # a side taken in a relative clause is a stance, its source written to the pronoun
    pytest.param(
        "Fishermen who back the quota reform met on Tuesday.",
        "back",
        "the quota reform",
        "Fishermen who",
        id="side-in-a-relative-clause",
    ),
    # "CLAUSE, X argued": a plain inversion reports the clause before
    pytest.param(
        "The ferry fares will double next year, the council argued.",
        "argued",
        "The ferry fares will double next year",
        "the council",
        id="plain-inversion",
    ),
    # a verb of judging reports the name it judges when someone judges in a main clause
    pytest.param(
        "The harbor mayor praised Tim Ortiz.",
        "praised",
        "Tim Ortiz",
        "The harbor mayor",
        id="judged-name-praised",
    ),
    pytest.param(
        "Ann Roe attacked Tim Ortiz on Sunday.",
        "attacked",
        "Tim Ortiz",
        "Ann Roe",
        id="judged-name-attacked",
    ),
    # a cue's preposition: pointing to what is pointed to
    pytest.param(
        "Jo Roe pointed to the new pier as proof.",
        "pointed",
        "the new pier as proof",
        "Jo Roe",
        id="pointed-to",
    ),
    # a verb of showing the small model reads as a noun after its plural subject
    pytest.param(
        "The fund sent 38 million to the party by May 30, state records show.",
        "show",
        "The fund sent 38 million to the party by May 30",
        "state records",
        id="show-read-as-a-noun",
    ),
    # a state a passive's subject holds
    pytest.param(
        "The senators are focused on the new toll.",
        "focused",
        "the new toll",
        "The senators",
        id="focused-on",
    ),
    # a document showing something, in a clause defining it, reports its finding
    pytest.param(
        "Two new polls showing Tim Ortiz far ahead came out on Monday.",
        "showing",
        "Tim Ortiz far ahead",
        "Two new polls",
        id="document-showing",
    ),
    # a view set out by the verb's own subject
    pytest.param(
        "The mayor laid out her plan for the pier.",
        "laid out",
        "her plan for the pier",
        "The mayor",
        id="set-out-laid-out",
    ),
    pytest.param(
        "Jo Roe echoed that criticism.",
        "echoed",
        "that criticism",
        "Jo Roe",
        id="set-out-echoed",
    ),
    pytest.param(
        "She presents herself as a friend of the skippers.",
        "presents",
        "herself as a friend of the skippers",
        "She",
        id="set-out-presents",
    ),
    # more verbs of judging report their object
    pytest.param(
        "The harbor mayor assailed Tim Ortiz.",
        "assailed",
        "Tim Ortiz",
        "The harbor mayor",
        id="judging-assailed",
    ),
    pytest.param(
        "Ann Roe chided the ferry board for its late timetable.",
        "chided",
        "the ferry board for its late timetable",
        "Ann Roe",
        id="judging-chided-for",
    ),
    pytest.param(
        "The harbor mayor lauded the new pier.",
        "lauded",
        "the new pier",
        "The harbor mayor",
        id="judging-lauded",
    ),
    # a verb of referring reports its object for someone
    pytest.param(
        "Ann Roe invoked the old harbor treaty.",
        "invoked",
        "the old harbor treaty",
        "Ann Roe",
        id="referring-invoked",
    ),
    pytest.param(
        "The harbor mayor compared the toll to a tax on fishermen.",
        "compared",
        "the toll to a tax on fishermen",
        "The harbor mayor",
        id="referring-compared-to",
    ),
    # what someone orders: a thing, or someone to act
    pytest.param(
        "The harbor judge ordered an audit of the tolls.",
        "ordered",
        "an audit of the tolls",
        "The harbor judge",
        id="ordered-a-thing",
    ),
    pytest.param(
        "The harbor judge ordered the ferry board to publish the timetable.",
        "ordered",
        "to publish the timetable",
        "The harbor judge",
        id="ordered-someone-to-act",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "source"), CUES_SAID)
@pytest.mark.model
def test_a_cue_reports_its_content_for_its_speaker(nlp, text, cue, content, source):
    assert reported(nlp, text, cue) == (content, source)


@pytest.mark.model
def test_a_relative_clause_set_off_by_a_comma_reports(nlp):
    text = "The harbor board, which declined to comment, closed the pier on Monday."
    quote = one(nlp, text, "declined")
    assert quote.text == "to comment"
    assert speaker(quote).endswith("which")


@pytest.mark.model
def test_a_defining_relative_clause_still_reports_nothing(nlp):
    text = "Riders who declined to pay were left on the pier."
    assert with_cue(nlp, text, "declined") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The harbour will close in May, though the mayor objected.",
        "The ferry will stop in May, although Dobrin insisted.",
        "The ferry fares will double next year, which the council argued.",
    ],
)
def test_subordinate_cue_does_not_report_the_clause_before(nlp, text: str) -> None:
    assert not [quote for quote in _quotes(nlp, text) if quote.text.startswith("The ")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The plan, he said, would fail within a year.",
        "The harbor, officials say, is too shallow for the new ships.",
    ],
)
def test_a_cue_set_off_inside_its_clause_reports_the_whole_clause(nlp, text):
    (quote,) = extract_quotes(nlp(text))
    assert quote.text == text.rstrip(".")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Voters, the mayor suggested, do not have to worry that the ferry will close.",
            "suggested",
            "the mayor",
        ),
        ("The simplest fix, the millers think, is to raise the toll.", "think", "the millers"),
    ],
)
def test_any_cue_set_off_inside_its_clause_reports_the_clause(
    nlp, text: str, cue: str, speaker: str
) -> None:
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1, quotes
    assert quotes[0].cue == cue
    assert _speaker(quotes[0]) == speaker
    assert quotes[0].text.startswith(text.split(",")[0])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Cost figures, he added, came from an old ferry terminal.",
            "Cost figures, he added, came from an old ferry terminal",
        ),
        (
            'But the nets of the town, she added, are like "anchors you cannot lift."',
            'But the nets of the town, she added, are like "anchors you cannot lift."',
        ),
    ],
)
def test_added_set_off_inside_its_clause_reports_the_clause(nlp, text, content):
    quote = one(nlp, text, "added")
    assert quote.text.rstrip(".") == content.rstrip(".")
    assert speaker(quote) in ("he", "she")


@pytest.mark.model
def test_added_after_a_quotation_is_a_report_of_its_own(nlp):
    text = (
        '"We can still sail in May," Jo Roe said. '
        'But the new nets, she added, are "too heavy to haul."'
    )
    said = one(nlp, text, "said")
    added = one(nlp, text, "added")
    assert said.text == "We can still sail in May"
    assert speaker(added) == "she" and "too heavy to haul" in added.text


# Issue #15: the target of a verb is not what was said; a side taken is a stance. Issue #19:
# a verb of judging reports the name it judges when someone judges in a main clause (PolNeAR
# marks it), not in a phrase on a noun.


@pytest.mark.model
def test_person_criticized_by_someone_is_what_was_judged(nlp) -> None:
    text = "Mayor Okafor criticized Bill Ransome at the debate."
    assert _one(nlp, text, "criticized").text == "Bill Ransome"


@pytest.mark.model
def test_person_criticized_in_a_phrase_on_a_noun_is_not_a_quote(nlp) -> None:
    text = "A leaflet criticizing Bill Ransome was handed out at the debate."
    assert not _with_cue(nlp, text, "criticizing")


@pytest.mark.model
def test_a_name_judged_in_a_participle_phrase_is_no_report(nlp):
    assert with_cue(nlp, "A fisherman's post attacking Tim Ortiz went viral.", "attacking") == []


@pytest.mark.model
def test_pointing_at_a_place_is_no_report(nlp):
    assert with_cue(nlp, "The skipper pointed at the harbor.", "pointed") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("As the mayor campaigned in the harbor, the ferry sailed.", "campaigned"),
        ("The crowd pushed against the gate.", "pushed"),
    ],
)
def test_advocacy_with_no_side_taken_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.model
def test_a_show_with_no_plural_subject_before_it_is_no_report(nlp):
    assert with_cue(nlp, "The harbor show drew a big crowd, and the ferry was late.", "show") == []


@pytest.mark.model
def test_the_one_asked_is_no_speaker(nlp):
    quote = one(nlp, "The mayor was asked about the new toll.", "asked")
    assert speaker(quote) is None


@pytest.mark.model
def test_a_person_showing_something_in_a_defining_clause_is_no_report(nlp):
    assert with_cue(nlp, "The guide showing the new pier to tourists waved at us.", "showing") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The crew laid the cable on Monday.", "laid"),
        ("A campaign paper laying out the plan came out on Monday.", "laying out"),
    ],
)
def test_laying_a_thing_or_a_participle_sets_out_no_view(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.model
def test_a_name_scolded_in_a_phrase_is_no_report(nlp) -> None:
    assert with_cue(nlp, "A fisherman's post berating Tim Ortiz went viral.", "berating") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The survey compared the two harbors with the inland towns.", "compared"),
        ("Ann Roe compared herself to Tim Ortiz.", "compared"),
    ],
)
def test_a_verb_of_referring_by_no_one_or_of_oneself_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.model
def test_a_pronoun_chided_before_a_quotation_leaves_it_to_its_verb_of_saying(nlp) -> None:
    text = (
        "Ann Roe chided them: “The pier is unsafe for you,” she said. "
        "“When you build a pier, it should hold.”"
    )
    quotes = extract_quotes(nlp(text))
    assert [quote.cue for quote in quotes if "should hold" in quote.text] == ["said"]
    assert not [quote for quote in quotes if quote.cue == "chided"]


@pytest.mark.model
def test_a_pledge_reports_its_infinitive(nlp) -> None:
    quote = one(nlp, "The harbor mayor pledged to cut the ferry toll by May.", "pledged")
    assert (quote.text, speaker(quote)) == ("to cut the ferry toll by May", "The harbor mayor")


@pytest.mark.model
def test_a_pledge_in_a_clause_defining_its_noun_is_no_report(nlp) -> None:
    text = "The county missed the savings goal it pledged to meet in May."
    assert with_cue(nlp, text, "pledged") == []
