"""What linter users expect of a command line: standard input, an output file, quiet and
statistics views, --exit-zero, colour that honours NO_COLOR and FORCE_COLOR, "did you mean",
exit code 2 when there is nothing to lint, and `reslint init`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reslint.cli import PRE_COMMIT_SNIPPET, color_wanted, main
from reslint.config import parse_config
from reslint.rulebook import load_rulebook
from reslint.selection import validate
from tests.conftest import REPO

RESUME = """# Ada Lovelace
Data Engineer
ada.lovelace@example.org | +1 609 999 9995

## Experience
Acme Inc. — Data Engineer, Jan 2021 – Present
- I built the billing data pipeline, cutting month-end close by 3 days
"""
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(*args: str, input: bytes | str | None = None, env: dict | None = None):
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture(autouse=True)
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".reslint.toml").write_text("cache = false\n", encoding="utf-8")
    return tmp_path


def test_standard_input_with_a_file_name_for_format_overrides_and_output(here: Path):
    config = '[[overrides]]\npaths = ["templates/**"]\nrules = { first-person = "off" }\n'
    (here / ".reslint.toml").write_text("cache = false\n" + config, encoding="utf-8")
    result = run(
        "check", "-", "--stdin-filename", "cv/ada.md", "--select", "first-person", input=RESUME
    )
    assert result.exit_code == 1
    assert "cv/ada.md:7:3: warning first-person" in result.stdout
    template = run(
        "check", "-", "--stdin-filename", "templates/t.md", "--select", "first-person", input=RESUME
    )
    assert template.exit_code == 0, template.stdout  # the override for templates/** applied
    plain = run("check", "-", "--select", "first-person", "--format", "json", input=RESUME)
    [file] = json.loads(plain.stdout)["files"]
    assert file["path"] == "-" and file["format"] == "markdown"
    assert list(here.iterdir()) == [here / ".reslint.toml"]  # nothing written here


def test_stdin_filename_needs_dash_and_dash_stands_alone(here: Path):
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    assert run("check", "a.md", "--stdin-filename", "x.md").exit_code == 2
    assert run("check", "-", "a.md", input=RESUME).exit_code == 2


def test_output_file_gets_the_report_and_stdout_stays_empty(here: Path):
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    result = run(
        "check",
        "a.md",
        "--select",
        "first-person",
        "-o",
        "out.json",
        "--format",
        "json",
        "--color",
        "always",
    )
    assert result.exit_code == 1 and result.stdout == ""
    data = json.loads((here / "out.json").read_text(encoding="utf-8"))
    assert data["files"][0]["findings"][0]["rule"] == "first-person"


def test_quiet_prints_the_findings_only(here: Path):
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    (here / "b.md").write_text(RESUME, encoding="utf-8")
    quiet = run("check", "a.md", "b.md", "--select", "first-person", "--quiet").stdout
    lines = [line for line in quiet.splitlines() if not line.startswith("    ")]
    assert lines == [
        "a.md:7:3: warning first-person first person 'I' in a statement",
        "b.md:7:3: warning first-person first person 'I' in a statement",
    ]


def test_statistics_count_each_rule(here: Path):
    (here / "a.md").write_text(RESUME + "- I ran it\n", encoding="utf-8")
    result = run("check", "a.md", "--select", "first-person,email-missing", "--statistics")
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert re.match(r"2\s+first-person\s+warning\s+", first)
    as_json = run("check", "a.md", "--select", "first-person", "--statistics", "--format", "json")
    assert json.loads(as_json.stdout) == [
        {
            "rule": "first-person",
            "count": 2,
            "severity": "warning",
            "summary": load_rulebook().rules["first-person"].summary,
        }
    ]
    assert run("check", "a.md", "--statistics", "--format", "sarif").exit_code == 2


def test_exit_zero_with_findings_but_not_with_an_unreadable_file(here: Path):
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    assert run("check", "a.md", "--select", "first-person", "--exit-zero").exit_code == 0
    (here / "broken.md").write_bytes(b"\x00\x01")
    assert run("check", "a.md", "broken.md", "--exit-zero").exit_code == 2


@pytest.mark.parametrize(
    ("choice", "tty", "environ", "wanted"),
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", False, {"FORCE_COLOR": "1"}, True),
        ("auto", True, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        ("auto", True, {"NO_COLOR": ""}, True),  # set but empty: no preference
        ("always", False, {"NO_COLOR": "1"}, True),
        ("never", True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_color_choice(choice, tty, environ, wanted):
    assert color_wanted(choice, tty, environ) is wanted


def test_color_can_be_forced_into_a_pipe(here: Path):
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    forced = run("check", "a.md", "--select", "first-person", "--color", "always").stdout
    assert ANSI.search(forced)
    by_env = run("check", "a.md", "--select", "first-person", env={"FORCE_COLOR": "1"}).stdout
    assert ANSI.search(by_env)
    plain = run("check", "a.md", "--select", "first-person", env={"NO_COLOR": "1"}).stdout
    assert not ANSI.search(plain)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("check", "a.md", "--select", "frist-person"), "did you mean 'first-person'"),
        (("check", "a.md", "--colour", "never"), "--color"),
        (("explain", "phone-mising"), "did you mean 'phone-missing'"),
        (("chekc", "a.md"), "did you mean 'check'"),
    ],
)
def test_did_you_mean(here: Path, args, expected):
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 2 and expected in result.output


def test_no_far_fetched_suggestion_for_an_unknown_flag(here: Path):
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    result = run("check", "a.md", "--fix")
    assert result.exit_code == 2 and "--config" not in result.output


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ('fail_on = "error"\n', "did you mean 'fail-on'"),
        ("[rules.bullet-too-long]\nmax_word = 3\n", "did you mean 'max_words'"),
        ('[rules.bulet-too-long]\nseverity = "off"\n', "did you mean 'bullet-too-long'"),
        ('[[overrides]]\npaths = ["x/**"]\nignor = ["buzzword"]\n', "did you mean 'ignore'"),
    ],
)
def test_config_mistakes_stop_before_linting_with_a_suggestion(here: Path, config, expected):
    (here / ".reslint.toml").write_text(config, encoding="utf-8")
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    result = run("check", "a.md")
    assert result.exit_code == 2 and expected in result.stderr
    assert result.stdout == ""  # no lint output before the error


def test_nothing_to_lint_is_an_error_that_says_why(here: Path):
    (here / "empty").mkdir()
    result = run("check", "empty")
    assert result.exit_code == 2 and "nothing to lint in empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    (here / "old").mkdir()
    for name in ("a.doc", "b.doc", "c.odt", "d.rtf"):
        (here / "old" / name).write_bytes(b"{\\rtf1}")
    result = run("check", "old")
    assert result.exit_code == 2 and "2 .doc, 1 .odt, 1 .rtf" in result.stderr


def test_a_folder_of_non_resumes_is_nothing_to_lint_but_named_foreign_files_pass(here: Path):
    (here / "notes").mkdir()
    (here / "notes" / "ideas.txt").write_text("buy milk\ncall the bank\n", encoding="utf-8")
    result = run("check", "notes")
    assert result.exit_code == 2 and "1 file that are not resumes" in result.stderr
    (here / "package.json").write_text('{"name": "x"}\n', encoding="utf-8")
    named = run("check", "package.json")
    assert named.exit_code == 0 and "not a resume" in named.stdout


def test_an_unreadable_profile_stops_before_linting(here: Path):
    (here / "a.md").write_text(RESUME, encoding="utf-8")
    missing = run("check", "a.md", "--profile", "export.zip")
    assert missing.exit_code == 2 and "export.zip" in missing.stderr and missing.stdout == ""
    (here / "export.zip").write_bytes(b"not a zip")
    broken = run("check", "a.md", "--profile", "export.zip")
    assert broken.exit_code == 2 and "--profile export.zip" in broken.stderr
    assert broken.stdout == ""


def test_init_writes_a_commented_config_that_holds_valid_settings(here: Path):
    (here / ".reslint.toml").unlink()
    result = run("init")
    assert result.exit_code == 0 and PRE_COMMIT_SNIPPET in result.stdout
    written = (here / ".reslint.toml").read_text(encoding="utf-8")
    assert tomllib.loads(written) == {}  # all defaults: nothing set
    # Uncommented, every example setting is one the config accepts.
    settings = "\n".join(
        line[2:] for line in written.splitlines() if re.match(r"# (\[|[a-z-]+ = )", line)
    )
    config = parse_config(tomllib.loads(settings), here / ".reslint.toml")
    validate(config, load_rulebook())
    assert run("init").exit_code == 2  # never overwrites without --force
    assert run("init", "--force").exit_code == 0
    snippet = yaml.safe_load(PRE_COMMIT_SNIPPET)
    assert snippet["repos"][0]["hooks"][0]["id"] == "reslint"


def test_shell_completion_is_documented_and_works():
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "_RESLINT_COMPLETE=bash_source reslint" in docs
    done = subprocess.run(
        [sys.executable, "-c", 'from reslint.cli import main; main(prog_name="reslint")'],
        env={"_RESLINT_COMPLETE": "bash_source", "PATH": ""},
        capture_output=True,
        text=True,
    )
    assert "complete -o nosort -F" in done.stdout


def test_a_named_dotfile_that_is_no_resume_is_skipped_without_a_note(here: Path):
    (here / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    (here / "ci.yaml").write_text("jobs: {}\n", encoding="utf-8")
    result = run("check", ".pre-commit-config.yaml", "ci.yaml")
    assert result.exit_code == 0
    assert "ci.yaml: not a resume" in result.stdout
    assert ".pre-commit-config.yaml" not in result.stdout + result.stderr


def test_the_hook_leaves_out_a_projects_own_documents():
    hook = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    linted = [
        path
        for path in (
            "README.md",
            "docs/guide.md",
            "cv/LICENSE.txt",
            "CHANGELOG.md",
            "CONTRIBUTING.md",
            ".pre-commit-config.yaml",
            ".github/workflows/ci.yml",
            "cv/resume.md",
            "resume.pdf",
            "cv/readme-for-recruiters/resume.docx",
            "package.json",
        )
        if files.search(path) and not exclude.search(path)
    ]
    assert linted == [
        "cv/resume.md",
        "resume.pdf",
        "cv/readme-for-recruiters/resume.docx",
        "package.json",
    ]
