"""The sarif, github and junit formats, and --redact over every format."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from reslint.cli import CHECK_FORMATS, main
from reslint.formatters import FormatOptions, formatter
from reslint.formatters.github import escape_data, escape_property
from reslint.model import Finding, Location, Severity
from reslint.report import FileResult, Report, finding_dict, finding_from_dict
from tests.conftest import FIXTURES

RESUME = """# Ada Lovelace
Data Engineer
ada.lovelace@example.org | +1 609 999 9995

## Experience
Acme Inc. — Data Engineer, Jan 2021 – Present
- I built the billing data pipeline, cutting month-end close by 3 days
"""
NO_EMAIL = "# Sam Rivera\n\n## Experience\nNorthwind — Clerk, 2020 – 2021\n- Filed invoices\n"
# A rule pack whose rule quotes the contact line, so --redact has something to mask.
CONTACT_RULE = """
summary = "The contact line is quoted."
severity = "warning"
why = "A test rule that repeats contact data in its message."
instead = "Nothing."
kind = "pattern"
[options]
patterns = ["\\\\S+@\\\\S+ \\\\| \\\\+[\\\\d ]+"]
message = "contact line '{match}'"
"""
SELECT = "first-person,email-missing"


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.fixture
def resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a resume that has a first-person bullet and one with no email."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "cv"
    folder.mkdir()
    (folder / "ada.md").write_text(RESUME, encoding="utf-8")
    (folder / "sam.md").write_text(NO_EMAIL, encoding="utf-8")
    (tmp_path / ".reslint.toml").write_text("cache = false\n", encoding="utf-8")
    return folder


def sarif_schema() -> dict:
    return json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate_sarif(log: dict) -> None:
    validator = jsonschema.Draft4Validator
    jsonschema.validate(log, sarif_schema(), cls=validator, format_checker=validator.FORMAT_CHECKER)


def test_sarif_is_valid_and_carries_rules_results_and_locations(resumes: Path):
    code, out = check("cv", "--format", "sarif", "--select", SELECT)
    assert code == 1
    log = json.loads(out)
    validate_sarif(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["email-missing", "first-person"]
    assert all(rule["shortDescription"]["text"] and rule["help"]["text"] for rule in rules)
    assert rules[0]["defaultConfiguration"]["level"] == "error"
    results = {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r
        for r in run["results"]
    }
    assert set(results) == {("first-person", "cv/ada.md"), ("email-missing", "cv/sam.md")}
    person = results["first-person", "cv/ada.md"]
    assert person["level"] == "warning"
    assert person["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 7,
        "startColumn": 1,
    }
    assert rules[person["ruleIndex"]]["id"] == "first-person"
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_reports_unreadable_files_as_notifications(resumes: Path):
    (resumes / "broken.txt").write_bytes(b"\x00\x01binary")
    code, out = check("cv", "--format", "sarif", "--select", SELECT)
    assert code == 2
    log = json.loads(out)
    validate_sarif(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "cv/broken.txt"
    assert len(log["runs"][0]["results"]) == 2


def test_sarif_schema_rejects_a_broken_log(resumes: Path):
    """The validation above can fail: a result without a message is not SARIF."""
    log = json.loads(check("cv", "--format", "sarif", "--select", SELECT)[1])
    del log["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        validate_sarif(log)


def test_github_annotations(resumes: Path):
    code, out = check("cv", "--format", "github", "--select", SELECT)
    assert code == 1
    lines = sorted(out.splitlines())
    assert lines[0].startswith("::error file=cv/sam.md,line=1,col=1,title=email-missing::")
    assert lines[1].startswith("::warning file=cv/ada.md,line=7,col=1,title=first-person::")


def test_github_escaping_follows_the_toolkit():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    finding = Finding(
        "first-person",
        "statements",
        Severity.SUGGESTION,
        "one, two: 100%\nthree",
        Location("dir,1/a:b.pdf", 2, 3),
    )
    result = FileResult("dir,1/a:b.pdf", (finding,), format="pdf")
    out = formatter("github")(Report((result,)), FormatOptions())
    assert out == (
        "::notice file=dir%2C1/a%3Ab.pdf,title=first-person::"
        "one, two: 100%25%0Athree (page 2, line 3)"
    )


def test_junit_structure(resumes: Path):
    (resumes / "broken.txt").write_bytes(b"\x00\x01binary")
    code, out = check("cv", "--format", "junit", "--select", SELECT)
    assert code == 2
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) == {"cv/ada.md", "cv/sam.md", "cv/broken.txt"}
    ada = suites["cv/ada.md"]
    cases = {case.get("name"): case for case in ada.findall("testcase")}
    assert set(cases) == {"email-missing", "first-person"}
    assert cases["email-missing"].find("failure") is None
    failure = cases["first-person"].find("failure")
    assert failure is not None and failure.get("type") == "warning"
    assert "cv/ada.md:7:1" in failure.text
    assert (ada.get("tests"), ada.get("failures"), ada.get("errors")) == ("2", "1", "0")
    broken = suites["cv/broken.txt"]
    [case] = broken.findall("testcase")
    assert case.find("error") is not None and broken.get("errors") == "1"
    totals = [int(root.get(key)) for key in ("tests", "failures", "errors")]
    assert totals == [5, 2, 1]


def test_junit_survives_control_characters():
    finding = Finding(
        "first-person",
        "statements",
        Severity.WARNING,
        "bad \x0c <char> & \x00",
        Location("a.pdf", 1, 1),
    )
    result = FileResult("a.pdf", (finding,), rules=("first-person",))
    out = formatter("junit")(Report((result,)), FormatOptions())
    failure = ET.fromstring(out).find("testsuite/testcase/failure")
    assert failure is not None and "<char> &" in failure.get("message")


@pytest.mark.parametrize("output_format", CHECK_FORMATS)
def test_redact_masks_contact_data_in_every_format(resumes: Path, output_format: str):
    pack = resumes.parent / "pack" / "test"
    pack.mkdir(parents=True)
    (pack / "contact-quoted.toml").write_text(CONTACT_RULE, encoding="utf-8")
    (resumes.parent / ".reslint.toml").write_text(
        'cache = false\nrule-packs = ["pack"]\n', encoding="utf-8"
    )
    args = ("cv", "--format", output_format, "--select", "contact-quoted")
    _, plain = check(*args)
    assert "ada.lovelace@example.org" in plain  # the rule does quote the contact line
    _, redacted = check(*args, "--redact")
    assert "ada.lovelace@example.org" not in redacted
    assert "609 999 9995" not in redacted
    assert "[email]" in redacted and "[phone]" in redacted


def test_a_finding_as_data_reads_back_as_the_same_finding():
    finding = Finding(
        rule="profile-date-mismatch",
        family="profile",
        severity=Severity.WARNING,
        message="dates differ",
        location=Location("cv/ada.md", 1, 6),
        text=None,
        suggestion="Jan 2021",
        related=(Location("profile.zip", None, 3), Location("profile.zip")),
        count=3,
        places=(Location("cv/ada.md", 1, 9), Location("cv/ada.md", 1, 12)),
    )
    data = finding_dict(finding)
    assert (data["path"], data["page"], data["line"]) == ("cv/ada.md", 1, 6)
    assert data["count"] == 3 and [place["line"] for place in data["places"]] == [9, 12]
    assert finding_from_dict(json.loads(json.dumps(data))) == finding
    # A finding written before `count` and `places` existed (a cache entry) still reads.
    del data["count"], data["places"]
    assert finding_from_dict(data).count == 1


def test_junit_findings_below_fail_on_do_not_fail(resumes: Path):
    code, out = check("cv", "--format", "junit", "--select", SELECT, "--fail-on", "error")
    assert code == 1  # sam.md's email-missing is an error
    suites = {suite.get("name"): suite for suite in ET.fromstring(out).findall("testsuite")}
    ada = {case.get("name"): case for case in suites["cv/ada.md"].findall("testcase")}
    assert ada["first-person"].find("failure") is None  # a warning, below --fail-on error
    assert "cv/ada.md:7:1" in ada["first-person"].find("system-out").text
    assert suites["cv/ada.md"].get("failures") == "0"
    sam = {case.get("name"): case for case in suites["cv/sam.md"].findall("testcase")}
    assert sam["email-missing"].find("failure") is not None


def test_sarif_rule_name_differs_from_its_id(resumes: Path):
    log = json.loads(check("cv", "--format", "sarif", "--select", SELECT)[1])
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [(rule["id"], rule["name"]) for rule in rules] == [
        ("email-missing", "EmailMissing"),
        ("first-person", "FirstPerson"),
    ]
