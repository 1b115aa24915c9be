"""The command behaves as linters people know do: nothing to lint is an error, a bad
--profile stops before linting, and the terminal flags ruff and ESLint users expect."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main

GOOD = """# Ada Lovelace
Data Engineer
ada.lovelace@example.org | +1 609 999 9995

## Experience
Acme Inc. — Data Engineer, Jan 2021 – Present
- Rebuilt the billing pipeline, cutting month-end close by 3 days
"""
FIRST_PERSON = GOOD.replace("- Rebuilt", "- I rebuilt")


def invoke(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):
    runner = CliRunner()
    return runner.invoke(main, ["check", "--no-cache", *args], input=stdin, env=env)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_empty_folder_is_exit_two_with_the_reason(here: Path) -> None:
    (here / "empty").mkdir()
    result = invoke("empty")
    assert result.exit_code == 2
    assert "nothing to lint in empty" in result.stderr
    assert "No problems found" not in result.stdout


def test_a_folder_of_unread_word_formats_names_them(here: Path) -> None:
    (here / "cvs").mkdir()
    for name in ("ada.doc", "sam.odt", "lee.rtf"):
        (here / "cvs" / name).write_bytes(b"{\\rtf1 text}")
    result = invoke("cvs")
    assert result.exit_code == 2
    assert ".doc/.odt/.rtf" in result.stderr


def test_named_foreign_files_alone_are_a_deliberate_nothing(here: Path) -> None:
    """A hook passes every *.json: a package.json alone is skipped with a note, exit 0."""
    (here / "package.json").write_text('{"name": "x"}', encoding="utf-8")
    result = invoke("package.json")
    assert result.exit_code == 0
    assert "package.json" in result.stdout


def test_a_missing_or_broken_profile_stops_before_linting(here: Path) -> None:
    (here / "cv.md").write_text(FIRST_PERSON, encoding="utf-8")
    missing = invoke("cv.md", "--profile", "nope.zip")
    assert missing.exit_code == 2 and "nope.zip" in missing.stderr
    assert "first-person" not in missing.stdout
    (here / "broken.zip").write_bytes(b"not a zip")
    broken = invoke("cv.md", "--profile", "broken.zip")
    assert broken.exit_code == 2 and "broken.zip" in broken.stderr
    assert "first-person" not in broken.stdout
