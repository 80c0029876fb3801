"""Imports run down the layers: stages -> pipeline -> jobs -> cli / serve / spark.

Read from the source with ast (nothing is imported), so a late import inside a function counts
as much as one at the top: the store keeps what it is given and never reaches up to the
pipeline, the readers or the model; the stages never reach the store or the drivers; Spark
never reaches the CLI.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsfacts"

# The package (a folder or a top-level module of newsfacts), and what it must never import.
FORBIDDEN = {
    "store": (
        "pipeline",
        "ingest",
        "nlp",
        "clean",
        "extract",
        "spark",
        "cli",
        "serve",
        "jobs",
        "render",
    ),
    "extract": ("store", "cli", "serve", "spark", "jobs", "pipeline", "evaluate"),
    "clean": ("store", "cli", "serve", "spark", "jobs", "pipeline", "extract"),
    "ingest": ("store", "cli", "serve", "spark", "jobs", "pipeline", "extract"),
    "pipeline": ("store", "cli", "serve", "spark", "jobs"),
    "render": ("cli", "serve", "spark", "jobs", "pipeline"),  # it draws the store's stories
    "jobs": ("cli", "serve"),
    "spark": ("cli", "serve"),
    "serve": ("cli",),
    # The word lists and name keys every layer shares read nothing of newsfacts but each other.
    "words": (
        "store",
        "extract",
        "pipeline",
        "ingest",
        "nlp",
        "clean",
        "jobs",
        "cli",
        "serve",
        "spark",
        "render",
        "evaluate",
    ),
}


def modules(package: str) -> Iterator[Path]:
    folder = PACKAGE / package
    yield from sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{package}.py"]


def imported(path: Path) -> Iterator[tuple[int, str]]:
    """(line, name under newsfacts) of every import in the file, at any depth."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name.startswith("newsfacts."):
                yield node.lineno, name.removeprefix("newsfacts.")


def breaks(package: str) -> list[str]:
    found = []
    for path in modules(package):
        for line, name in imported(path):
            if name.split(".")[0] in FORBIDDEN[package]:
                found.append(f"{path.relative_to(PACKAGE)}:{line} imports newsfacts.{name}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_only_run_down(package: str) -> None:
    assert breaks(package) == []


def test_the_check_sees_an_arrow_up(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def f():\n    from newsfacts.pipeline import extract_one\n")
    assert list(imported(wrong)) == [
        (2, "pipeline"),
        (2, "pipeline.extract_one"),
    ]


def test_no_cli_back_end_beside_the_stage_packages() -> None:
    back_ends = ("extracting", "storing", "evaluating")
    assert [name for name in back_ends if (PACKAGE / f"{name}.py").exists()] == []
