"""Inline suppression in Markdown, plain text and YAML, and the rule that reports unused
and unknown suppressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main

HEAD = "# Ada Lovelace\nData Engineer\nada.lovelace@example.org | +1 609 999 9995\n\n"
RULES = "first-person,suppression-unused"
JOB = "## Experience\nAcme Inc. — Data Engineer, Jan 2021 – Present\n"


def findings(path: Path) -> list[tuple[str, int]]:
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--select", RULES, "--format", "json", str(path)]
    )
    data = json.loads(result.stdout)
    return [(f["rule"], f["line"]) for f in data["files"][0]["findings"]]


@pytest.mark.parametrize(
    ("name", "above", "after"),
    [
        ("cv.md", "<!-- reslint: ignore first-person -->", " <!-- reslint: ignore statements -->"),
        ("cv.txt", "# reslint: ignore first-person", "  # reslint: ignore statements"),
    ],
)
def test_a_comment_silences_its_line_and_the_line_below(
    tmp_path: Path, name: str, above: str, after: str
) -> None:
    path = tmp_path / name
    path.write_text(
        HEAD
        + JOB
        + f"{above}\n- I built the pipeline\n\n- I ran the audit{after}\n\n"
        + "- I kept the books\n",
        encoding="utf-8",
    )
    # line 8: silenced from line 7; line 10: by its own comment; line 12 still fires.
    assert findings(path) == [("first-person", 12)]


def test_markdown_comments_are_not_read_as_resume_text(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(
        HEAD + "<!-- I wrote this note -->\n" + JOB,
        encoding="utf-8",
    )
    assert findings(path) == []


def test_a_yaml_comment_silences_one_place_of_a_grouped_finding(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "cv:\n  name: Ada Lovelace\n  email: ada.lovelace@example.org\n  sections:\n"
        "    experience:\n      - company: Acme Inc.\n        position: Data Engineer\n"
        "        highlights:\n          # reslint: ignore first-person\n"
        "          - I built the pipeline\n          - I ran the pipeline\n",
        encoding="utf-8",
    )
    assert findings(path) == [("first-person", 11)]


def test_unknown_and_unused_suppressions_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(
        HEAD + JOB + "<!-- reslint: ignore first-person, emial-missing -->\n"
        "- Built the pipeline\n\n<!-- reslint: ignore -->\n- Ran the audit\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--select", RULES, "--color", "never", str(path)]
    )
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if "warning suppression-unused" in line]
    assert len(lines) == 3
    assert "cv.md:7:1:" in lines[0] and "did you mean 'email-missing'?" in result.stdout
    assert sum("cv.md:7:1:" in line for line in lines) == 2  # unknown name, unused name
    assert "cv.md:10:1:" in lines[2]  # the bare comment, which nothing fired under


def test_a_used_suppression_is_not_reported(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(
        HEAD + JOB + "<!-- reslint: ignore first-person -->\n- I built the pipeline\n",
        encoding="utf-8",
    )
    assert findings(path) == []
