"""The `quotes` task: overlap matching of pieces, subsets by kind, speakers, loader, textacy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsfacts.evaluate.gold.quotes import GoldQuote, PredictedQuote, load_quotes
from newsfacts.evaluate.peers.quotes import (
    paragraph_spans,
    textacy_paragraph_quotes,
    textacy_quotes,
)
from newsfacts.evaluate.tasks.quotes import (
    QuoteScore,
    is_speech,
    match_score,
    sheet_quotes,
)
from newsfacts.sheet import Quote, Speaker
from tests.builders import bare_sheet, hand_doc

# Three attributions in an imaginary article: a direct quote split around its cue (two
# pieces), an indirect one, and a mixed one without a speaker.
DIRECT = GoldQuote("direct", ((10, 30), (45, 65)), ((32, 40),), "said")
INDIRECT = GoldQuote("indirect", ((100, 140),), ((80, 90),), "told")
MIXED = GoldQuote("mixed", ((200, 220),), (), "according to")
GOLD = [DIRECT, INDIRECT, MIXED]


def _score(gold, predicted) -> dict[str, float]:
    score = QuoteScore()
    score.add(gold, predicted)
    return score.metrics()


def test_match_score_sums_shared_characters_over_pieces() -> None:
    # 20 + 5 characters shared; 25 >= half of min(40, 40).
    assert match_score(DIRECT, PredictedQuote(10, 50)) == 25.0


def test_match_score_needs_half_of_the_shorter() -> None:
    # A short prediction inside the gold qualifies: all of it is shared.
    assert match_score(INDIRECT, PredictedQuote(110, 115)) == 5.0
    # 10 shared of a 40-character gold and a 50-character prediction: under 20.
    assert match_score(INDIRECT, PredictedQuote(130, 180)) == 0.0
    assert match_score(INDIRECT, PredictedQuote(120, 160)) == 20.0
    assert match_score(INDIRECT, PredictedQuote(0, 5)) == 0.0


def test_quote_score_perfect_system_is_one() -> None:
    predicted = [
        PredictedQuote(10, 65, "direct", (32, 40)),
        PredictedQuote(100, 140, "indirect", (80, 90)),
        PredictedQuote(200, 220, "mixed", (195, 199)),
    ]
    scores = _score(GOLD, predicted)
    for metric in ("f1", "direct_f1", "mixed_f1", "indirect_f1", "direct_mixed_f1"):
        assert scores[metric] == 1.0, metric
    assert scores["direct_recall"] == 1.0
    assert scores["speaker_accuracy"] == 1.0  # the speakerless gold quote is not checked
    assert scores["speech_f1"] == 1.0  # every gold cue here is speech


def test_quote_score_empty_system_is_zero() -> None:
    assert all(value == 0.0 for value in _score(GOLD, []).values())


def test_quote_score_partial() -> None:
    predicted = [
        PredictedQuote(12, 30, None, (0, 5)),  # unlabelled = direct; matches DIRECT, wrong speaker
        PredictedQuote(100, 140, "direct", (85, 95)),  # matches INDIRECT in `all` only
        PredictedQuote(300, 320, None, None),  # spurious
    ]
    scores = _score(GOLD, predicted)
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["recall"] == pytest.approx(2 / 3)
    assert scores["f1"] == pytest.approx(2 / 3)
    # direct: 3 direct-kind predictions, 1 direct gold, 1 match.
    assert scores["direct_f1"] == pytest.approx(2 * (1 / 3) * 1 / (1 / 3 + 1))
    assert scores["direct_recall"] == 1.0
    assert scores["indirect_f1"] == 0.0
    assert scores["mixed_f1"] == 0.0
    # direct+mixed: 3 predictions, 2 gold, 1 match.
    assert scores["direct_mixed_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    # speech: all 3 gold, all 3 predictions, 2 matches.
    assert scores["speech_f1"] == pytest.approx(2 / 3)
    assert scores["speaker_accuracy"] == pytest.approx(1 / 2)


def test_quote_score_matches_one_to_one_by_overlap() -> None:
    gold = [GoldQuote("direct", ((0, 10),), (), "said")]
    predicted = [PredictedQuote(0, 6), PredictedQuote(0, 10)]
    scores = _score(gold, predicted)
    assert scores["recall"] == 1.0
    assert scores["precision"] == 0.5


def test_quote_score_is_micro_over_documents() -> None:
    score = QuoteScore()
    score.add([DIRECT], [PredictedQuote(10, 65)])
    score.add([INDIRECT, MIXED], [])
    assert score.metrics()["recall"] == pytest.approx(1 / 3)
    assert score.metrics()["precision"] == 1.0


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        ("said", True),
        ("Said in a statement", True),
        ("according to", True),
        ("tweeted", True),
        ("wrote", True),
        ("believes", False),
        (":", False),
        ("", False),
    ],
)
def test_is_speech_reads_cue_stems(cue: str, speech: bool) -> None:
    assert is_speech(GoldQuote("indirect", ((0, 1),), (), cue)) is speech


def test_sheet_quotes_read_kind_content_and_speaker() -> None:
    sheet = bare_sheet(
        "x" * 50,
        quotes=[
            Quote(
                id="q1",
                kind="mixed",
                text="a",
                start=3,
                end=9,
                speaker=Speaker(text="b", start=20, end=25),
            ),
            Quote(id="q2", kind="indirect", text="c", start=30, end=40),
        ],
    )
    assert sheet_quotes(sheet) == [
        PredictedQuote(3, 9, "mixed", (20, 25)),
        PredictedQuote(30, 40, "indirect", None),
    ]


def _two_paragraph_doc() -> Doc:
    """A hand-parsed article: a quote with its speaker, then a paragraph with a stray ’."""
    words = ['"', "We", "will", "win", "this", ",", '"', "Ana", "said", ".", "\n\n"]
    words += ["The", "voters", "’", "choice", "matters", "."]
    spaces = [False, True, True, True, False, False, True, True, False, False, False]
    spaces += [True, False, True, True, False, False]
    heads = [8, 3, 3, 8, 3, 8, 8, 8, 8, 8, 8, 12, 14, 12, 15, 15, 15]
    deps = ["punct", "nsubj", "aux", "ccomp", "dobj", "punct", "punct", "nsubj", "ROOT"]
    deps += ["punct", "dep", "det", "poss", "case", "nsubj", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    pos += ["SPACE", "DET", "NOUN", "PART", "NOUN", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[8] = "say"
    return hand_doc(
        words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
    )


def test_paragraph_spans_split_at_blank_lines() -> None:
    doc = _two_paragraph_doc()
    assert [span.text for span in paragraph_spans(doc)] == [
        '"We will win this," Ana said.',
        "The voters’ choice matters.",
    ]


def test_textacy_whole_article_with_odd_marks_yields_nothing() -> None:
    assert textacy_quotes(_two_paragraph_doc()) == []


def test_textacy_paragraph_fallback_keeps_the_good_paragraph() -> None:
    doc = _two_paragraph_doc()
    (quote,) = textacy_paragraph_quotes(doc)
    assert doc.text[quote.start : quote.end] == "We will win this,"
    assert quote.speaker is not None
    assert doc.text[quote.speaker[0] : quote.speaker[1]] == "Ana"
    assert quote.kind is None


def test_textacy_on_an_even_article_matches_the_fallback() -> None:
    doc = _two_paragraph_doc()[:10].as_doc()
    assert (
        textacy_quotes(doc)
        == textacy_paragraph_quotes(doc)
        == [PredictedQuote(1, 18, None, (20, 23))]
    )


@pytest.fixture(scope="module")
def gold_documents(eval_gold: Callable[[str], Path]):
    return load_quotes(eval_gold("quotes"))


def test_load_quotes_counts_match_source(gold_documents) -> None:
    quotes = [q for d in gold_documents for q in d.quotes]
    assert len(gold_documents) == 751
    assert len(quotes) == 18_129
    kinds = [q.kind for q in quotes]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "direct": 3_690,
        "mixed": 2_162,
        "indirect": 12_277,
    }
    assert sum(not q.speaker for q in quotes) == 1_339
    assert sum(q.cue.lower() == "said" for q in quotes) == 3_607


def test_load_quotes_pieces_lie_in_the_text(gold_documents) -> None:
    for document in gold_documents:
        for quote in document.quotes:
            assert quote.content
            for start, end in quote.content + quote.speaker:
                assert 0 <= start < end <= len(document.text)


def test_load_quotes_limit(eval_gold: Callable[[str], Path]) -> None:
    assert len(load_quotes(eval_gold("quotes"), limit=3)) == 3


def test_sheet_quotes_scores_a_split_quote_as_one_attribution() -> None:
    from newsfacts.evaluate.tasks.quotes import content_overlap, sheet_quotes
    from newsfacts.sheet import Quote, Speaker

    text = '"We are safe," Ana Lind said. "The boat is not."'
    speaker = Speaker(text="Ana Lind", start=15, end=23)
    sheet = bare_sheet(
        text,
        id="sha256:0",
        quotes=[
            Quote(id="q1", kind="direct", text="We are safe,", start=1, end=13, speaker=speaker),
            Quote(
                id="q2",
                kind="direct",
                text="The boat is not.",
                start=31,
                end=47,
                speaker=speaker,
                continues="q1",
            ),
        ],
    )
    (predicted,) = sheet_quotes(sheet)
    assert predicted.pieces == ((1, 13), (31, 47))
    assert predicted.length == 12 + 16 and predicted.speaker == (15, 23)
    gold = GoldQuote(content=((1, 13), (31, 47)), speaker=((15, 23),), kind="direct", cue="said")
    assert content_overlap(gold, predicted) == 28  # the cue between the pieces is not content
