"""Where a finding is, in every format: a text source's own line and column, a PDF's page and
line in a form no tool reads as a column; the words it is about; a fix hint."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.formatters import where
from reslint.model import Finding, Location, Severity
from reslint.report import finding_dict, finding_from_dict
from tests.conftest import REPO

LONG_BULLET = (
    "Was part of a cross-functional group of people from operations, finance and the warehouse "
    "floor that met every week to look at the inventory report and to discuss what could be "
    "changed in it, which eventually led to a new report"
)
MARKDOWN = f"""# Sam Rivera

sam.rivera@example.com

## Experience

**Northwind Traders** — Operations Associate, Jan 2022 – Present
- {LONG_BULLET}
  - I answered the phones
"""
RENDERCV = """cv:
  name: Sam Rivera
  email: sam.rivera@example.com
  sections:
    experience:
      - company: Northwind Traders
        position: Operations Associate
        start_date: 2022-01
        end_date: present
        highlights:
          - I rebuilt the weekly inventory report in SQL
"""
JSON_RESUME = """{
  "basics": {"name": "Sam Rivera", "email": "sam.rivera@example.com"},
  "work": [
    {
      "name": "Northwind Traders",
      "position": "Operations Associate",
      "startDate": "2022-01",
      "highlights": ["Filed reports", "I rebuilt the weekly inventory report in SQL"]
    }
  ]
}
"""


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--no-cache", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


def findings(*args: str) -> list[dict]:
    _, out = check(*args, "--format", "json")
    return [f for file in json.loads(out)["files"] for f in file["findings"]]


def one(items: list[dict], rule: str) -> dict:
    [found] = [item for item in items if item["rule"] == rule]
    return found


@pytest.mark.parametrize(
    ("name", "text", "line", "column"),
    [
        ("cv.md", MARKDOWN, 9, 5),  # `  - I answered`: the `I` after the nested bullet mark
        ("cv.txt", MARKDOWN.replace("**", ""), 9, 5),
        ("cv.yaml", RENDERCV, 11, 13),  # the value after `- ` in the highlights list
        ("resume.json", JSON_RESUME, 8, 40),  # inside the second string of the array
    ],
)
def test_text_sources_report_their_own_line_and_column(write, name, text, line, column):
    path = write(name, text)
    found = one(findings(str(path), "--select", "first-person"), "first-person")
    assert (found["line"], found["column"]) == (line, column)
    source_line = text.splitlines()[line - 1]
    assert source_line[column - 1 :].startswith("I ")
    code, out = check(str(path), "--select", "first-person")
    assert code == 1 and f"{path}:{line}:{column}: warning first-person" in out


@pytest.mark.parametrize("pdf", ["examples/flawed-resume.pdf", "examples/flawed-resume.docx"])
def test_a_pdf_location_names_page_and_line_in_every_format(
    monkeypatch: pytest.MonkeyPatch, pdf: str
):
    monkeypatch.chdir(REPO)
    found = one(findings(pdf, "--select", "first-person"), "first-person")
    assert found["column"] is None and found["page"] == 1 and found["line"] > 1
    page_line = f"p1:L{found['line']}"
    _, text = check(pdf, "--select", "first-person")
    assert f"{pdf}:{page_line}: warning first-person" in text
    # No `path:N:M` where N:M could be taken for a line and a column.
    assert not re.search(r"flawed-resume\.(pdf|docx):\d+:\d+", text)
    _, github = check(pdf, "--select", "first-person", "--format", "github")
    assert "line=" not in github and f"(page 1, line {found['line']})" in github
    _, sarif = check(pdf, "--select", "first-person", "--format", "sarif")
    [result] = json.loads(sarif)["runs"][0]["results"]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["properties"]["page"] == 1
    assert result["properties"]["pageLine"] == found["line"]
    assert f"(page 1, line {found['line']})" in result["message"]["text"]


def test_where_forms():
    assert where(Location("cv.md", 1, 12, 3)) == "cv.md:12:3"
    assert where(Location("cv.pdf", 2, 14)) == "cv.pdf:p2:L14"
    assert where(Location("cv.pdf")) == "cv.pdf"


def test_findings_quote_the_bullet_and_the_position_line(write):
    path = write("cv.md", MARKDOWN)
    items = findings(str(path), "--select", "bullet-too-long,position-no-result")
    assert one(items, "bullet-too-long")["text"] == LONG_BULLET
    position = one(items, "position-no-result")
    assert position["text"].startswith("Northwind Traders — Operations Associate")
    assert (position["line"], position["column"]) == (7, 3)
    _, out = check(str(path), "--select", "bullet-too-long")
    assert "    | Was part of a cross-functional group" in out


def test_every_finding_has_a_fix_hint_and_the_output_says_how_to_learn_more(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.chdir(REPO)
    items = findings("examples/flawed-resume.md", "examples/flawed-resume.pdf")
    assert len(items) > 20
    assert all(item["suggestion"] for item in items)
    code, out = check("examples/flawed-resume.md")
    assert code == 1
    assert out.count("    help: ") == out.count(": warning ") + out.count(": suggestion ")
    assert "reslint explain" in out.splitlines()[-1]


def test_a_clean_run_does_not_point_to_explain(write):
    path = write("cv.md", MARKDOWN)
    code, out = check(str(path), "--select", "email-missing")
    assert code == 0 and "explain" not in out


def test_json_carries_the_column_and_reads_back(write):
    del write
    finding = Finding("r", "f", Severity.WARNING, "m", Location("cv.md", 1, 3, 7), "t", "s")
    data = finding_dict(finding)
    assert data["column"] == 7
    assert finding_from_dict(data) == finding
    del data["column"]  # a cache entry or a script's file from before columns
    assert finding_from_dict(data).location == Location("cv.md", 1, 3)


def test_a_yaml_value_is_located_where_it_starts(tmp_path: Path):
    path = tmp_path / "cv.yaml"
    path.write_text(RENDERCV, "utf-8")
    found = one(findings(str(path), "--select", "company-no-context"), "company-no-context")
    assert found["line"] == 6
    assert RENDERCV.splitlines()[5][found["column"] - 1 :] == "Northwind Traders"


def test_a_linkedin_export_line_is_located_in_its_csv(monkeypatch: pytest.MonkeyPatch, tmp_path):
    import zipfile

    monkeypatch.chdir(REPO)
    export = "examples/linkedin/Basic_LinkedInDataExport_01-15-2026.zip"
    args = ("examples/good-resume.md", "--select", "profile-date-mismatch")
    found = one(findings(*args, "--profile", export), "profile-date-mismatch")
    [related] = found["related"]
    assert related["member"] == "Positions.csv" and related["column"] is None
    _, out = check(*args, "--profile", export)
    assert f"    see: {export}:Positions.csv:{related['line']}" in out
    _, sarif = check(*args, "--profile", export, "--format", "sarif")
    [other] = json.loads(sarif)["runs"][0]["results"][0]["relatedLocations"]
    assert other["message"]["text"] == f"Positions.csv, line {related['line']}"
    assert "region" not in other["physicalLocation"]
    with zipfile.ZipFile(REPO / export) as archive:  # unpacked, each CSV has a path of its own
        archive.extractall(tmp_path / "export")
    unpacked = one(findings(*args, "--profile", str(tmp_path / "export")), "profile-date-mismatch")
    [related] = unpacked["related"]
    assert related["path"] == str(tmp_path / "export" / "Positions.csv")
    assert (related["line"], related["column"]) == (2, 1)
