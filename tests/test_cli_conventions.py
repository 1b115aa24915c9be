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


def test_a_folder_of_skipped_files_prints_each_skip_note_before_the_error(here: Path) -> None:
    """Every file in the folder is passed over as not a resume: each skip note comes first,
    on stderr, then the one "nothing to lint" line, so the reader sees which files and why."""
    (here / "notes").mkdir()
    (here / "notes" / "shopping.txt").write_text("eggs\nmilk\nbread\n", encoding="utf-8")
    (here / "notes" / "ideas.md").write_text("# Ideas\nsome thoughts\n", encoding="utf-8")
    result = invoke("notes")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.startswith("note: ") for line in lines] == [True, True, False]
    assert {Path(line.split(": ")[1]).name for line in lines[:2]} == {"shopping.txt", "ideas.md"}
    assert "nothing to lint in notes" in lines[2]
    quiet = invoke("notes", "--quiet")
    assert quiet.exit_code == 2
    assert [line for line in quiet.stderr.splitlines() if line.startswith("note: ")] == []


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


def test_stdin_is_linted_under_its_stdin_filename(here: Path) -> None:
    result = invoke(
        "-", "--stdin-filename", "cvs/ada.md", "--select", "first-person", stdin=FIRST_PERSON
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("cvs/ada.md:7:1: warning first-person")
    assert not list(here.iterdir())  # nothing written beside anything
    plain = invoke("-", "--select", "first-person", stdin=FIRST_PERSON)
    assert plain.exit_code == 1 and plain.stdout.startswith("-:7:1: warning first-person")


STDIN_CONFIG = """exclude = ["drafts/**"]

[[overrides]]
paths = ["templates/**"]
ignore = ["first-person"]
"""


def _stdin_rules(name: str) -> tuple[int, set[str], str]:
    """Exit code, the rules that fired and the output of linting FIRST_PERSON from stdin."""
    import json

    result = invoke("-", "--stdin-filename", name, "--format", "json", stdin=FIRST_PERSON)
    data = json.loads(result.stdout)
    rules = {f["rule"] for file in data["files"] for f in file["findings"]}
    return result.exit_code, rules, result.stdout


def test_stdin_filename_decides_the_overrides_and_exclude_that_apply(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As ruff does, the config treats stdin as the file it is named after: an override for
    templates/** drops first-person, an excluded draft is not linted, any other name is."""
    (here / ".reslint.toml").write_text(STDIN_CONFIG, encoding="utf-8")
    code, rules, _ = _stdin_rules("cv.md")
    assert code == 1 and "first-person" in rules
    code, rules, out = _stdin_rules("templates/ada.md")
    assert "first-person" not in rules and "templates/ada.md" in out
    assert rules  # the other rules still ran on it
    code, rules, out = _stdin_rules("drafts/ada.md")
    assert (code, rules) == (0, set())
    assert "drafts/ada.md" in out  # the note says it was excluded
    (here / "templates").mkdir()
    monkeypatch.chdir(here / "templates")  # a name relative to the working directory
    code, rules, _ = _stdin_rules("ada.md")
    assert "first-person" not in rules and rules
    code, rules, _ = _stdin_rules("../outside/../cv.md")
    assert "first-person" in rules
    assert sorted(path.name for path in here.iterdir()) == [".reslint.toml", "templates"]


def test_stdin_filename_needs_dash_and_dash_stands_alone(here: Path) -> None:
    (here / "cv.md").write_text(GOOD, encoding="utf-8")
    assert invoke("cv.md", "--stdin-filename", "x.md").exit_code == 2
    assert invoke("-", "cv.md", stdin=GOOD).exit_code == 2


def test_output_file_quiet_statistics_and_exit_zero(here: Path) -> None:
    (here / "cv.md").write_text(FIRST_PERSON, encoding="utf-8")
    written = invoke("cv.md", "--select", "first-person", "-o", "out.txt")
    assert written.exit_code == 1 and written.stdout == ""
    assert (here / "out.txt").read_text(encoding="utf-8").startswith("cv.md:7:1: warning")
    quiet = invoke("cv.md", "--select", "first-person", "--quiet")
    assert quiet.stdout.splitlines()[0].startswith("cv.md:7:1: warning first-person")
    assert "Found" not in quiet.stdout and "reslint explain" not in quiet.stdout
    stats = invoke("cv.md", "--select", "first-person,email-missing", "--statistics")
    assert stats.exit_code == 1
    assert stats.stdout.split()[:3] == ["1", "first-person", "warning"]
    assert invoke("cv.md", "--select", "first-person", "--exit-zero").exit_code == 0
    assert invoke("cv.md", "-o", "cv.md").exit_code == 2  # never overwrite a checked file
    assert (here / "cv.md").read_text(encoding="utf-8") == FIRST_PERSON


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ((), {"FORCE_COLOR": "1"}, True),
        ((), {"NO_COLOR": "1", "FORCE_COLOR": ""}, False),
        (("--color", "always"), {"NO_COLOR": "1"}, True),
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
        (("--no-color",), {"FORCE_COLOR": "1"}, False),
        ((), {"NO_COLOR": "", "FORCE_COLOR": ""}, False),  # a pipe, not a terminal
    ],
)
def test_color_honours_the_flag_then_no_color_and_force_color(
    here: Path, args: tuple[str, ...], env: dict[str, str], coloured: bool
) -> None:
    (here / "cv.md").write_text(FIRST_PERSON, encoding="utf-8")
    result = invoke("cv.md", "--select", "first-person", *args, env=env)
    assert ("\x1b[" in result.stdout) is coloured


@pytest.mark.parametrize(
    ("args", "config", "expected"),
    [
        (("--select", "emial-missing"), None, "did you mean 'email-missing'?"),
        (("--ignore", "statments"), None, "did you mean 'statements'?"),
        ((), "fail_on = 'error'\n", "did you mean 'fail-on'?"),
        ((), "[rules.bullet-too-long]\nmax_wordz = 30\n", "did you mean 'max_words'?"),
        ((), "[rules.emial-missing]\nseverity = 'warning'\n", "did you mean 'email-missing'?"),
    ],
)
def test_unknown_names_get_a_did_you_mean(
    here: Path, args: tuple[str, ...], config: str | None, expected: str
) -> None:
    (here / "cv.md").write_text(GOOD, encoding="utf-8")
    if config:
        (here / ".reslint.toml").write_text(config, encoding="utf-8")
    result = invoke("cv.md", *args)
    assert result.exit_code == 2
    assert expected in result.stderr
    explained = CliRunner().invoke(main, ["explain", "bulet-too-long"])
    assert explained.exit_code == 2 and "did you mean 'bullet-too-long'?" in explained.stderr


def test_a_folder_skips_text_files_that_are_no_resume_with_a_note(here: Path) -> None:
    (here / "cvs").mkdir()
    (here / "cvs" / "ada.md").write_text(FIRST_PERSON, encoding="utf-8")
    (here / "cvs" / "words.txt").write_text("synergy\nleverage\nrockstar\n", encoding="utf-8")
    result = invoke("cvs", "--select", "first-person,email-missing,phone-missing")
    assert result.exit_code == 1
    assert "cvs/words.txt: no contact details or resume sections" in result.stdout
    assert "words.txt:" not in result.stdout.replace("note: cvs/words.txt:", "")
    assert "in 1 file" in result.stdout
    named = invoke("cvs/words.txt", "--select", "email-missing")  # named: linted anyway
    assert named.exit_code == 1 and "cvs/words.txt:1:1: error email-missing" in named.stdout
