"""One file's work (reslint.linting): which rules run, and what a file's result records."""

from __future__ import annotations

from pathlib import Path

import pytest

import reslint.engine
from reslint.config import Config
from reslint.linting import lint_file
from reslint.options import RunOptions
from reslint.rulebook import load_rulebook

RESUME = (
    "# Jane Doe\njane@example.org\n\n## Experience\n"
    "Acme GmbH — Engineer, 2020 – 2021\n- I built it\n"
)


def test_the_rules_that_apply_are_chosen_once_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    calls: list[Path] = []
    original = reslint.engine.applicable

    def counted(rules, doc, ctx):
        calls.append(doc.path)
        return original(rules, doc, ctx)

    monkeypatch.setattr(reslint.engine, "applicable", counted)
    path = tmp_path / "cv.md"
    path.write_text(RESUME, encoding="utf-8")
    result = lint_file(path, RunOptions(config=Config(root=tmp_path), rulebook=load_rulebook()))
    assert calls == [path]
    assert "first-person" in result.rules
    assert "first-person" in {finding.rule for finding in result.findings}
    # Rules that need a profile do not run without one, and are not recorded as run.
    assert "profile-name-mismatch" not in result.rules


def test_the_report_views_get_only_what_the_lint_left_of_the_file_budget(tmp_path: Path):
    from dataclasses import replace

    from reslint.config import Limits
    from reslint.file_views import build_views
    from reslint.linting import time_left
    from reslint.report import Report

    path = tmp_path / "cv.md"
    path.write_text("# Ada Lovelace\n\nada@example.com\n\n## Experience\n", encoding="utf-8")
    options = RunOptions(config=Config(limits=Limits(timeout_seconds=30)), rulebook=load_rulebook())
    result = lint_file(path, options)
    assert 0 < result.seconds < 30 and time_left(result, options) == 30 - result.seconds
    assert set(build_views(Report((result,)), options, False)) == {str(path)}
    spent = replace(result, seconds=30.0)
    assert spent == result  # how long a run took is no part of what it found
    assert time_left(spent, options) == 0
    assert build_views(Report((spent,)), options, False) == {}
