from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from reslint.cli import main
from tests.conftest import REPO

GOOD = """# Ada Lovelace
Data Engineer
ada.lovelace@example.org | +1 609 999 9995

## Experience
Acme Inc. — Data Engineer, Jan 2021 – Present
- Built the billing data pipeline, cutting month-end close by 3 days
"""


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def rules_in(output: str) -> list[str]:
    return [item["rule"] for item in json.loads(output)["files"][0]["findings"]]


def test_clean_file_exits_zero(write):
    path = write("good.md", GOOD)
    result = run("check", str(path), "--select", "first-person,email-missing")
    assert result.exit_code == 0, result.output


def test_finding_exits_one_and_names_rule_and_line(write):
    path = write("bad.md", GOOD.replace("- Built", "- I built"))
    result = run("check", str(path), "--select", "first-person")
    assert result.exit_code == 1
    assert f"{path}:7:1: warning first-person" in result.output


def test_fail_on_error_ignores_warnings(write):
    path = write("bad.md", GOOD.replace("- Built", "- I built"))
    result = run("check", str(path), "--select", "first-person", "--fail-on", "error")
    assert result.exit_code == 0


def test_select_family_and_ignore_rule(write):
    path = write("bad.md", "Ada\n## Experience\nAcme — Engineer, 2020 – 2021\n- I did it\n")
    out = run("check", str(path), "--format", "json", "--select", "statements,contact").output
    assert set(rules_in(out)) >= {"first-person", "email-missing"}
    out = run(
        "check",
        str(path),
        "--format",
        "json",
        "--select",
        "statements,contact",
        "--ignore",
        "first-person",
    ).output
    assert "first-person" not in rules_in(out)


def test_json_output_is_versioned(write):
    path = write("bad.md", GOOD.replace("- Built", "- I built"))
    data = json.loads(
        run("check", str(path), "--format", "json", "--select", "first-person").output
    )
    assert data["version"] == 1
    finding = data["files"][0]["findings"][0]
    assert (finding["rule"], finding["page"], finding["line"]) == ("first-person", 1, 7)
    assert data["summary"]["warning"] == 1


def test_unknown_rule_on_command_line_is_usage_error(write):
    path = write("good.md", GOOD)
    result = CliRunner().invoke(main, ["check", str(path), "--select", "no-such-rule"])
    assert result.exit_code == 2
    assert "no-such-rule" in result.output


def test_missing_path_is_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["check", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2
    assert "nope.pdf" in result.output


def test_unreadable_file_is_reported_and_others_still_linted(write):
    good = write("a/good.md", GOOD.replace("- Built", "- I built"))
    binary = write("a/broken.txt", "")
    binary.write_bytes(b"\x00\x01\x02binary")
    result = CliRunner().invoke(main, ["check", str(good.parent), "--select", "first-person"])
    assert result.exit_code == 2
    assert "first-person" in result.output
    assert "broken.txt: binary file" in result.output
    assert "Traceback" not in result.output


def test_folder_finds_supported_files_only(write):
    write("t/a.md", GOOD)
    write("t/b.txt", GOOD)
    write("t/notes.csv", "x,y")
    write("t/.hidden/c.md", GOOD)
    data = json.loads(run("check", str(write("t/z.md", GOOD).parent), "--format", "json").output)
    assert sorted(f["path"].rsplit("/", 1)[1] for f in data["files"]) == ["a.md", "b.txt", "z.md"]


UK_RESUME = """# Jane Doe
jane.doe@example.org | 020 7946 0958

## Experience
Acme Ltd — Engineer, 2020 – 2021
- Built the billing pipeline
"""


def read_both(*args: str) -> tuple[list[str], set[str]]:
    """The phones `parse` read from cv.md, and the rules `check` reported on it."""
    parsed = json.loads(run("parse", "cv.md", "--format", "json", *args).output)
    checked = run("check", "cv.md", "--format", "json", "--no-cache", *args)
    return parsed["phones"], set(rules_in(checked.output))


def test_parse_and_check_read_a_number_with_the_configured_region(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("cv.md", UK_RESUME)
    write(".reslint.toml", 'region = "GB"\n')
    phones, rules = read_both()
    assert phones == ["+442079460958"]  # a London number, dialable as written in GB
    assert not {"phone-invalid", "phone-missing"} & rules
    # --region overrides the config for both commands alike.
    phones, rules = read_both("--region", "US")
    assert phones == ["020 7946 0958"]  # kept as written: not a number in the US
    # phone-invalid judges it in the US when the resume points there (its address).
    write("cv.md", UK_RESUME.replace("jane.doe@", "Boston, MA | jane.doe@"))
    assert "phone-invalid" in read_both("--region", "US")[1]
    assert "phone-invalid" not in read_both()[1]


def test_parse_reports_a_config_error_in_one_line(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("cv.md", UK_RESUME)
    write(".reslint.toml", 'region = "Great Britain"\n')
    result = CliRunner().invoke(main, ["parse", "cv.md"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "region" in result.output and "Traceback" not in result.output


def test_parse_json_contract(write):
    path = write("good.md", GOOD)
    data = json.loads(run("parse", str(path), "--format", "json").output)
    assert data["name"] == "Ada Lovelace"
    assert data["headline"] == "Data Engineer"
    assert data["emails"] == ["ada.lovelace@example.org"]
    assert data["phones"] == ["+16099999995"]
    assert data["positions"][0] == {
        **data["positions"][0],
        "company": "Acme Inc.",
        "title": "Data Engineer",
        "start": "2021-01",
        "end": "present",
    }


def test_explain_prints_rule_documentation():
    result = run("explain", "first-person")
    assert result.exit_code == 0
    assert "Why it matters:" in result.output
    assert "What to do instead:" in result.output
    assert 'scope = "prose"' in result.output


def test_explain_prints_options_as_toml_and_each_examples_region():
    import tomllib

    out = run("explain", "phone-invalid").output
    table = out.split("as TOML for .reslint.toml:", 1)[1].split("\n\n")[1]
    parsed = tomllib.loads("\n".join(line.strip() for line in table.splitlines()))
    assert "labels" in parsed["rules"]["phone-invalid"]
    flagged, not_flagged = out.split("Flagged:", 1)[1].split("Not flagged:", 1)
    assert "(phone region US, the default)" in flagged and "(phone region DE)" in not_flagged


def test_explain_unknown_rule():
    result = CliRunner().invoke(main, ["explain", "nope"])
    assert result.exit_code == 2


def test_rules_lists_every_rule():
    result = run("rules")
    assert "first-person" in result.output and "email-missing" in result.output


def imported_after(args: list[str], modules: tuple[str, ...]) -> list[str]:
    """Which of `modules` a fresh interpreter has imported after running `reslint ARGS`."""
    code = (
        "import sys\n"
        "from reslint.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        f"print('LOADED', [m for m in {modules!r} if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    line = next(line for line in out.stdout.splitlines() if line.startswith("LOADED"))
    return ast.literal_eval(line.removeprefix("LOADED").strip())


@pytest.mark.parametrize("args", [["--version"], ["rules"]])
def test_fast_commands_do_not_import_document_stacks(args):
    heavy = ("pdfplumber", "pypdfium2", "docx", "phonenumbers", "rapidfuzz")
    assert imported_after(args, heavy) == []


def test_pdf_check_without_cache_imports_only_what_it_uses():
    """Start-up is a large share of a pre-commit run: a PDF needs no ZIP, cache or
    profile-matching code."""
    pdf = str(REPO / "examples" / "flawed-resume.pdf")
    unused = ("zipfile", "docx", "pdfplumber", "reslint.cache", "statistics")
    assert imported_after(["check", "--no-cache", "--format", "json", pdf], unused) == []


def test_init_writes_a_config_that_loads_and_never_overwrites(tmp_path):
    from reslint.config import load_config

    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0 and "- id: reslint" in result.stdout
    config = load_config(tmp_path / ".reslint.toml")
    assert config.fail_on.value == "warning"
    (tmp_path / ".reslint.toml").write_text("region = 'GB'\n", encoding="utf-8")
    again = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert (tmp_path / ".reslint.toml").read_text(encoding="utf-8") == "region = 'GB'\n"
