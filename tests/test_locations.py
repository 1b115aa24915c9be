"""Where findings point: a text source's own line:col, a page format's `pN:lM`, the same in
every output format, with the words the finding is about and a fix hint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.formatters import FormatOptions, formatter, place
from reslint.model import Finding, Location, Severity
from reslint.report import FileResult, Report

RESUME_MD = """# Ada Lovelace
Data Engineer

ada.lovelace@example.org | +1 609 999 9995

## Experience
Acme Inc. — Data Engineer, Jan 2021 – Present
  - I built the billing data pipeline, cutting month-end close by 3 days
"""

RENDERCV = """cv:
  name: Ada Lovelace
  email: ada.lovelace@example.org
  phone: "+1 609 999 9995"
  sections:
    experience:
      - company: Acme Inc.
        position: Data Engineer
        start_date: 2021-01
        end_date: present
        highlights:
          - I built the billing data pipeline, cutting month-end close by 3 days
"""

JSON_RESUME = """{
  "basics": {"name": "Ada Lovelace", "email": "ada.lovelace@example.org",
             "phone": "+1 609 999 9995", "label": "Data Engineer"},
  "work": [
    {"name": "Acme Inc.", "position": "Data Engineer", "startDate": "2021-01",
     "highlights": [
        "I built the billing data pipeline, cutting month-end close by 3 days"]}
  ]
}
"""


def run_check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--no-cache", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [("cv.md", RESUME_MD, "8:3"), ("cv.yaml", RENDERCV, "12:13"), ("cv.json", JSON_RESUME, "7:9")],
)
def test_parse_places_a_text_source_line_where_check_places_its_finding(
    here: Path, name: str, text: str, where: str
) -> None:
    """`parse` shows a text source's lines at line:col, as `check` places findings on them,
    not at page:line: the first-person bullet is listed at the finding's own place."""
    (here / name).write_text(text, encoding="utf-8")
    _, checked = run_check(name, "--select", "first-person")
    assert checked.startswith(f"{name}:{where}: "), checked
    parsed = CliRunner().invoke(main, ["parse", name], catch_exceptions=False).stdout
    [listed] = [line for line in parsed.splitlines() if "I built the billing" in line]
    assert listed.split()[0] == where


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("cv.md", RESUME_MD, "8:3"),  # the bullet's line, indented two columns
        ("cv.yaml", RENDERCV, "12:13"),  # the highlight's scalar in the YAML file
        ("cv.json", JSON_RESUME, "7:9"),  # the string in the JSON file
    ],
)
def test_text_sources_are_placed_at_their_own_line_and_column(
    here: Path, name: str, text: str, where: str
) -> None:
    (here / name).write_text(text, encoding="utf-8")
    code, out = run_check(name, "--select", "first-person")
    assert code == 1
    assert out.startswith(f"{name}:{where}: warning first-person"), out
    data = json.loads(run_check(name, "--select", "first-person", "--format", "json")[1])
    [finding] = data["files"][0]["findings"]
    assert f"{finding['line']}:{finding['column']}" == where
    sarif = json.loads(run_check(name, "--select", "first-person", "--format", "sarif")[1])
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert f"{region['startLine']}:{region['startColumn']}" == where


def test_a_whole_file_finding_in_a_text_source_is_at_one_one(here: Path) -> None:
    (here / "cv.md").write_text("# Sam Rivera\n\n## Experience\n- Filed invoices\n", "utf-8")
    code, out = run_check("cv.md", "--select", "email-missing")
    assert code == 1
    assert out.startswith("cv.md:1:1: error email-missing")


def test_page_formats_use_a_form_no_tool_reads_as_line_and_column() -> None:
    assert place(Location("resume.pdf", 2, 12), True) == "resume.pdf:p2:l12"
    assert place(Location("resume.pdf", 3), True) == "resume.pdf:p3"
    assert place(Location("resume.pdf"), True) == "resume.pdf"
    assert place(Location("cv.md", 1, 12, 4), False) == "cv.md:12:4"
    assert place(Location("cv.md", 1, 12), False) == "cv.md:12:1"


def _paged_report() -> Report:
    finding = Finding(
        "bullet-too-long",
        "statements",
        Severity.WARNING,
        "bullet of 48 words",
        Location("resume.pdf", 2, 12),
        text="Led the migration of every warehouse to the new system",
        suggestion="Keep one bullet to one achievement.",
    )
    return Report((FileResult("resume.pdf", (finding,), format="pdf"),))


def test_page_locations_in_text_sarif_and_github(here: Path) -> None:
    report = _paged_report()
    text = formatter("text")(report, FormatOptions())
    assert text.splitlines()[0].startswith("resume.pdf:p2:l12: warning bullet-too-long")
    assert "    | Led the migration of every warehouse" in text
    assert "    help: Keep one bullet to one achievement." in text
    assert "reslint explain bullet-too-long" in text
    sarif = json.loads(formatter("sarif")(report, FormatOptions()))
    [result] = sarif["runs"][0]["results"]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["message"]["text"].endswith("(page 2, line 12)")
    assert (result["properties"]["page"], result["properties"]["line"]) == (2, 12)
    github = formatter("github")(report, FormatOptions())
    assert "line=" not in github.split("::")[1] and "(page 2, line 12)" in github


def test_every_finding_quotes_its_line_and_carries_a_hint(here: Path) -> None:
    """bullet-too-long's kind gives neither words nor advice of its own: the engine adds the
    bullet's text and the rule file's first sentence of `instead`."""
    words = " ".join(["shipped"] * 45)
    (here / "cv.md").write_text(RESUME_MD + f"- Built and {words}\n", encoding="utf-8")
    data = json.loads(run_check("cv.md", "--format", "json")[1])
    findings = data["files"][0]["findings"]
    assert findings and all(finding["suggestion"] for finding in findings)
    [long] = [f for f in findings if f["rule"] == "bullet-too-long"]
    assert long["line"] == 9 and long["text"].startswith("Built and shipped")


def test_parse_places_a_page_format_line_at_page_and_line() -> None:
    """A PDF has no source lines: `parse` lists its lines as `pN:lM`, the form `check` uses."""
    pdf = Path(__file__).resolve().parent.parent / "examples" / "good-resume.pdf"
    parsed = CliRunner().invoke(main, ["parse", str(pdf)], catch_exceptions=False).stdout
    places = [line.split()[0] for line in parsed.splitlines()[2:] if line.startswith("p")]
    assert places[:2] == ["p1:l1", "p1:l2"]
