"""Tests of extract/quotes/bounds.py: where a reported clause ends when another report
follows it in the same sentence (issue #19), on the real model and invented sentences.

"X said A, while Y said B" is two attributions: the first content ends before the contrasted
report, which is kept as a report of its own (not dropped as nested); so does a clause after
"although", "after" or "even as", a relative clause set off by a comma, and a "when" clause
after an object. A plain "and" keeps one content, unless a second verb of the cue's tense (or
a participle) with no subject of its own follows: "X said A and questioned B" is two reports
of X's. "Records show A, and brokers say B" is two too: a verb of saying after "and" with
someone named as its subject. An object content runs on over the phrase after it that says
what the object is taken for ("criticized the plan as unfair").
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import hand_parsed, one, speaker
from tests.extract.quotes.helpers import one as _by_cue
from tests.extract.quotes.helpers import speaker_text as _speaker

pytestmark = pytest.mark.model


# (sentence, [(content, speaker), ...]): a contrasted report with its own subject, then a
# second report of the cue's own speaker ("and questioned", ", adding that").
TWO_REPORTS = [
    (
        "The mayor said the bridge was safe, while the engineers said it needed repairs.",
        [("the bridge was safe", "The mayor"), ("it needed repairs", "the engineers")],
    ),
    (
        "Most residents said the ferry had done well, while other riders said they had not "
        "been on it.",
        [
            ("the ferry had done well", "Most residents"),
            ("they had not been on it", "other riders"),
        ],
    ),
    (
        "The mayor said the pier had reopened and questioned why the ferry was late.",
        [("the pier had reopened", "The mayor"), ("why the ferry was late", "The mayor")],
    ),
    (
        "The captain said the ship was sound, adding that the crew had trained for weeks.",
        [
            ("the ship was sound", "The captain"),
            ("that the crew had trained for weeks", "The captain"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_REPORTS)
def test_a_second_report_ends_the_first_content(nlp, text, expected):
    quotes = extract_quotes(nlp(text))
    assert [(quote.text, speaker(quote)) for quote in quotes] == expected


def test_a_verb_of_the_reported_subject_stays_in_the_content(nlp):
    text = "The mayor said voters want a new pier and believe the old one is unsafe."
    quote = one(nlp, text, "said")
    assert quote.text == "voters want a new pier and believe the old one is unsafe"


def test_a_report_joined_by_and_stays_in_one_content(nlp):
    text = "The ranger said the trail was closed and that the rangers had found a bear."
    quote = one(nlp, text, "said")
    assert quote.text.endswith("had found a bear")


def test_a_nested_report_is_not_cut_off(nlp):
    text = "The pilot said that the controller believed the runway was clear."
    quote = one(nlp, text, "said")
    assert quote.text == "that the controller believed the runway was clear"


def test_although_clause_is_a_report_of_its_own(nlp) -> None:
    text = (
        "The mayor said the ferry would run again, although the council denied that the "
        "budget allowed it."
    )
    said = _by_cue(nlp, text, "said")
    assert said.text == "the ferry would run again"
    assert _speaker(said) == "The mayor"
    denied = _by_cue(nlp, text, "denied")
    assert denied.text == "that the budget allowed it"
    assert _speaker(denied) == "the council"


def test_after_clause_is_a_report_of_its_own(nlp) -> None:
    text = "The pilot said he was ready after a mechanic told him the engine was fine."
    assert _by_cue(nlp, text, "said").text == "he was ready"
    told = _by_cue(nlp, text, "told")
    assert told.text == "the engine was fine"
    assert _speaker(told) == "a mechanic"


def test_relative_clause_after_a_comma_is_a_report_of_its_own(nlp) -> None:
    text = "The auditor cited the ferry rules, which he said were unfair."
    cited = _by_cue(nlp, text, "cited")
    assert cited.text == "the ferry rules"
    assert _speaker(cited) == "The auditor"
    said = _by_cue(nlp, text, "said")
    assert "were unfair" in said.text
    assert _speaker(said) == "he"


def test_relative_who_keeps_its_own_report(nlp) -> None:
    text = "The senator praised Dobrin, who has vowed to close the harbour."
    assert _by_cue(nlp, text, "praised").text == "Dobrin"
    assert _by_cue(nlp, text, "vowed").text == "to close the harbour"


def test_even_as_clause_is_a_report_of_its_own(nlp) -> None:
    text = (
        "The mayor hopes the council will fix the pier, even as he concedes that the budget "
        "is tight."
    )
    assert _by_cue(nlp, text, "hopes").text == "the council will fix the pier"
    assert _by_cue(nlp, text, "concedes").text == "that the budget is tight"


def test_when_clause_after_an_object_is_another_event(nlp) -> None:
    text = (
        "The host asked about remarks the mayor had made on Monday, when she claimed the "
        "pier was safe."
    )
    assert _by_cue(nlp, text, "asked").text == "remarks the mayor had made on Monday"
    claimed = _by_cue(nlp, text, "claimed")
    assert claimed.text == "the pier was safe"
    assert _speaker(claimed) == "she"


# Issue #19, precision round: the object's phrase, and another's report after "and".


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The skipper criticized the new toll as a burden on small crews.",
            "criticized",
            "the new toll as a burden on small crews",
        ),
        (
            "The skippers denounced the harbour fees as a scandal.",
            "denounced",
            "the harbour fees as a scandal",
        ),
    ],
)
def test_an_object_content_takes_the_phrase_after_it(nlp, text, cue, content):
    assert one(nlp, text, cue).text == content


def test_a_cue_inside_that_phrase_is_part_of_the_report(nlp):
    text = "The skipper attacked the mayor for calling the ferry crews lazy."
    quote = one(nlp, text, "attacked")
    assert quote.text == "the mayor for calling the ferry crews lazy"


def test_a_report_of_someone_else_after_and_ends_the_content(nlp):
    text = (
        "The ferry was insured for nine million crowns in 1998, records show, and brokers "
        "say it is worth half that now."
    )
    shown = one(nlp, text, "show")
    said = one(nlp, text, "say")
    assert "brokers" not in shown.text
    assert (said.text, said.speaker.text if said.speaker else None) == (
        "it is worth half that now",
        "brokers",
    )


def test_and_before_a_pronoun_that_says_more_stays_in_the_content(nlp):
    text = "The mayor said the pier would reopen in June and that the work was nearly done."
    assert one(nlp, text, "said").text == (
        "the pier would reopen in June and that the work was nearly done"
    )


def test_a_second_verb_in_a_later_paragraph_keeps_its_own_speaker(nlp):
    # The parse runs the first sentence on into the next paragraph and hangs "adding" inside
    # its content: the second verb is still the one of the speaker beside it.
    text = (
        'She said that the harbor board "has refused to dredge the channel for years."\n\n'
        '"We have waited long enough," Dunmore said to the mayor, adding, "I ask you to'
        ' replace the harbor master at once."'
    )
    assert speaker(one(nlp, text, "adding")) == "Dunmore"


def test_a_second_verb_of_the_cue_still_takes_its_speaker(nlp):
    text = "The mayor said the tolls would rise by spring and warned that the ferry would stop."
    assert speaker(one(nlp, text, "warned")) == "The mayor"


@pytest.mark.parametrize(
    "text",
    [
        "The clerk said she had counted the ballots twice and thought the tally was right.",
        "The builder said he had studied the plans and believed the tower would stand.",
    ],
)
def test_a_second_verb_of_mind_goes_on_with_the_content(nlp, text):
    # A verb of thinking, finding or taking a side after "and" is the content's own subject
    # going on, not a second report of the cue's speaker: one content, no second quote.
    quotes = extract_quotes(nlp(text))
    assert len(quotes) == 1
    assert quotes[0].text.endswith(text.rstrip(".").split(" and ")[-1])


@pytest.mark.parametrize(
    "text",
    [
        # the second gerund is the preposition's object too ("by A and B")
        "The warden said the thief got into the vault by charming the guards and claiming that"
        " he was an inspector.",
        # the second verb goes on with a relative clause ("who A and B")
        "The clerk said she met a trader who sold her a map and told her the mine was empty.",
    ],
)
def test_a_second_verb_inside_a_phrase_of_the_content_stays_in_it(nlp, text):
    # After "and", a verb hung on a gerund after a preposition or on a relative clause's verb
    # is part of the content, not a second report of the cue's speaker: one content.
    quotes = extract_quotes(nlp(text))
    assert len(quotes) == 1
    assert quotes[0].text.endswith(text.rstrip(".").split(" and ")[-1])


def _found(doc) -> list[tuple[str, str | None]]:
    return [(quote.text, speaker(quote)) for quote in extract_quotes(doc)]


def test_a_second_clause_with_its_own_subject_hung_on_the_cue_is_a_report_of_its_own():
    # "X said A, and most said B" with the second "said" read as a second clause of the first.
    text = "Most riders said the ferry was safe, and a third said the pier was not."
    doc = hand_parsed(
        text,
        """
        Most ADJ JJS amod 1
        riders NOUN NNS nsubj 2
        said VERB VBD ROOT 2 say
        the DET DT det 4
        ferry NOUN NN nsubj 5
        was AUX VBD ccomp 2 be
        safe ADJ JJ acomp 5
        , PUNCT , punct 2
        and CCONJ CC cc 2
        a DET DT det 10
        third NOUN NN nsubj 11
        said VERB VBD ccomp 2 say
        the DET DT det 13
        pier NOUN NN nsubj 14
        was AUX VBD ccomp 11 be
        not PART RB neg 14
        . PUNCT . punct 2
        """,
        tagged=True,
    )
    assert _found(doc) == [
        ("the ferry was safe", "Most riders"),
        ("the pier was not", "a third"),
    ]


def test_a_participle_hung_on_the_cues_object_is_the_cues_second_report():
    # "saying" read as a clause on "claim", the object the cue reports.
    text = "The warden rejected the claim that the vault was weak, saying the locks held."
    doc = hand_parsed(
        text,
        """
        The DET DT det 1
        warden NOUN NN nsubj 2
        rejected VERB VBD ROOT 2 reject
        the DET DT det 4
        claim NOUN NN dobj 2
        that SCONJ IN mark 8
        the DET DT det 7
        vault NOUN NN nsubj 8
        was AUX VBD acl 4 be
        weak ADJ JJ acomp 8
        , PUNCT , punct 4
        saying VERB VBG acl 4 say
        the DET DT det 13
        locks NOUN NNS nsubj 14
        held VERB VBD ccomp 11 hold
        . PUNCT . punct 2
        """,
        tagged=True,
    )
    assert _found(doc) == [
        ("the claim that the vault was weak", "The warden"),
        ("the locks held", "The warden"),
    ]


def test_a_second_verb_takes_its_tense_from_its_own_auxiliary():
    # "insists" and "has praised": both in the present, a second report of the cue's speaker.
    text = "Dunmore insists the guild must change, and has praised the plan."
    doc = hand_parsed(
        text,
        """
        Dunmore PROPN NNP nsubj 1
        insists VERB VBZ ROOT 1 insist
        the DET DT det 3
        guild NOUN NN nsubj 5
        must AUX MD aux 5
        change VERB VB ccomp 1
        , PUNCT , punct 5
        and CCONJ CC cc 5
        has AUX VBZ aux 9 have
        praised VERB VBN conj 5 praise
        the DET DT det 11
        plan NOUN NN dobj 9
        . PUNCT . punct 1
        """,
        tagged=True,
    )
    assert _found(doc) == [("the guild must change", "Dunmore"), ("the plan", "Dunmore")]


def test_the_outer_cue_keeps_the_speaker_it_lends_a_second_verb():
    # "praised" lies in the contents of both "said" and "wants": it is the mayor's, not "she"'s.
    text = "The mayor has said she wants to build a pier and has praised the canal."
    doc = hand_parsed(
        text,
        """
        The DET DT det 1
        mayor NOUN NN nsubj 3
        has AUX VBZ aux 3 have
        said VERB VBN ROOT 3 say
        she PRON PRP nsubj 5
        wants VERB VBZ ccomp 3 want
        to PART TO aux 7
        build VERB VB xcomp 5
        a DET DT det 9
        pier NOUN NN dobj 7
        and CCONJ CC cc 7
        has AUX VBZ aux 12 have
        praised VERB VBN conj 7 praise
        the DET DT det 14
        canal NOUN NN dobj 12
        . PUNCT . punct 3
        """,
        tagged=True,
    )
    assert ("the canal", "The mayor") in _found(doc)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The mayor praised the millers for lowering their fees - steps that she said "
            "eased the queues.",
            "the millers for lowering their fees",
            "she said",
        ),
        (
            "The mayor praised the millers, a guild that the tax board says is the oldest in town.",
            "the millers",
            "the tax board says",
        ),
    ],
)
def test_a_set_off_noun_with_a_relative_report_ends_the_content(nlp, text, first, second):
    # A noun set off by a dash or a comma that sums up or renames what comes before, with a
    # relative clause whose cue has a subject of its own, opens another report.
    assert one(nlp, text, "praised").text == first
    assert second.split()[-1] in {quote.cue for quote in extract_quotes(nlp(text))}
