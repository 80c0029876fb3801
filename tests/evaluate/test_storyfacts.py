"""The `storyfacts` task: the regex baselines, the scorer, and newsfacts' story sheets on gold."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts.evaluate.gold.storyfacts import GoldArticle, Incident, load_incidents
from newsfacts.evaluate.peers.storyfacts import FIRST_ARTICLE, MAJORITY, baseline, statements
from newsfacts.evaluate.runner import TASK_NAMES
from newsfacts.evaluate.tasks.storyfacts import (
    FIGURES_MD,
    number_tokens,
    provenant,
    score,
    story_line,
)


def _incident(texts: list[str], *, killed: int = 2, injured: int = 3) -> Incident:
    articles = tuple(
        GoldArticle(f"a{n}", "Depot shooting", f"2031-05-0{n + 1}", None, text)
        for n, text in enumerate(texts)
    )
    found = [s for a in articles for s in statements(a.text, article=a.id)]
    stated = {
        f: [
            {"article": s.article, "field": s.field, "value": s.value, "start": s.start}
            for s in found
            if s.figure == f
        ]
        for f in ("killed", "injured")
    }
    return Incident("gva/1", articles, {"killed": killed, "injured": injured}, stated)


def test_storyfacts_is_registered() -> None:
    assert "storyfacts" in TASK_NAMES


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two people were killed and three others wounded.", [("killed", 2), ("injured", 3)]),
        ("The gunman killed 2 and injured 4 people.", [("killed", 2), ("injured", 4)]),
        ("Five people were shot, one fatally.", [("killed", 1)]),
        ("Jones, 19, died at the scene.", []),
        ("A 17-year-old was wounded at 9:30 p.m.", []),
        ("No one was hurt.", []),
        ("The shooting left 1 man dead.", [("killed", 1)]),
    ],
)
def test_storyfacts_regex_statements(text: str, found: list[tuple[str, int]]) -> None:
    assert [(s.figure, s.value) for s in statements(text)] == found
    for statement in statements(text):
        assert text[statement.start : statement.end] == statement.text


def test_storyfacts_number_tokens() -> None:
    assert {"1", "one", "a", "lone"} <= number_tokens(1)
    assert {"21", "twenty-one"} <= number_tokens(21) and "dozen" in number_tokens(12)


def test_storyfacts_provenance_checks_article_offsets_and_value() -> None:
    incident = _incident(["Two people were killed on Friday."])
    good = {"value": 2, "article": "a0", "field": "text", "start": 0, "end": 22}
    assert provenant(good, incident)
    assert not provenant({**good, "value": 3}, incident)
    assert not provenant({**good, "article": "zz"}, incident)
    assert not provenant({**good, "end": 500}, incident)
    assert not provenant({**good, "field": "body"}, incident)


def test_storyfacts_score_baselines_on_an_invented_incident() -> None:
    incident = _incident(
        ["Two people were killed, police said.", "Three people were killed overnight."]
    )
    first = score([incident], [baseline(incident, FIRST_ARTICLE)])
    assert first["reconciled_acc_killed"] == 1.0 and first["provenance"] == 1.0
    assert first["disagreement_recall"] == 0.0  # the invented incident has no gold flag
    assert score([incident], [])["reconciled_acc_killed"] == 0.0  # a missing line is null


def test_storyfacts_baselines_reproduce_metrics_md(eval_gold: Callable[[str], Path]) -> None:
    incidents = load_incidents(eval_gold("storyfacts"))
    scores = {
        system: score(incidents, [baseline(i, system) for i in incidents])
        for system in (FIRST_ARTICLE, MAJORITY)
    }
    for figure in FIGURES_MD:
        assert scores[figure.system][figure.metric] == pytest.approx(
            figure.value, abs=figure.tolerance
        ), figure


def test_storyfacts_regex_matches_the_frozen_gold_statements(
    eval_gold: Callable[[str], Path],
) -> None:
    incidents = load_incidents(eval_gold("storyfacts"), limit=200)
    ours = gold = 0
    for incident in incidents:
        texts = {a.id: a for a in incident.articles}
        found = {
            (s.figure, s.article, s.field, s.value, s.start)
            for a in incident.articles
            for field in ("headline", "text")
            for s in statements(texts[a.id].field(field), article=a.id, field=field)
        }
        frozen = {
            (f, s["article"], s.get("field", "text"), s["value"], s["start"])
            for f in ("killed", "injured")
            for s in incident.stated[f]
        }
        ours += len(found & frozen)
        gold += len(frozen)
    assert ours / gold > 0.99


@pytest.mark.model
def test_storyfacts_system_reads_a_story_back_from_the_store(nlp, tmp_path) -> None:
    from newsfacts.evaluate.system import gold_sheets
    from newsfacts.evaluate.tasks.storyfacts import raw_article

    incident = _incident(
        [
            "Two people were killed and three others were wounded in a shooting at a depot "
            "in Quillon on Friday night, police said.",
            "A gunman killed two people and injured three at a Quillon depot on Friday.",
        ]
    )
    sheets = dict(
        zip(
            [a.id for a in incident.articles],
            gold_sheets((raw_article(a) for a in incident.articles), nlp=nlp),
            strict=True,
        )
    )
    line = story_line(incident, sheets, tmp_path)
    assert line["killed"]["value"] == 2 and line["injured"]["value"] == 3
    assert not line["killed"]["disagreement"]
    scores = score([incident], [json.loads(json.dumps(line))])
    assert scores["provenance"] == 1.0 and scores["reconciled_acc"] == 1.0
