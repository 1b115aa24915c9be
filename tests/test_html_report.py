"""`--format html`: the self-contained report, its marks, redaction, folders and profiles."""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.formatters import FormatOptions
from reslint.formatters.html import render
from reslint.model import Box, Finding, Line, Location, Severity
from reslint.report import FileResult, Report, RuleInfo
from reslint.visual import FileView, GlanceItem, ProfileRow
from tests.html_fixtures import EMAIL, write_two_page_pdf
from tests.linkedin_fixtures import ADA, export_csvs, resume_markdown, with_job, write_export_zip

pytest.importorskip("reportlab")


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def located(path: Path, *extra: str) -> list[dict]:
    """The findings --format json gives for `path` that point at a line."""
    data = json.loads(run("check", str(path), "--format", "json", "--no-cache", *extra))
    return [f for f in data["files"][0]["findings"] if f["line"] is not None]


def expected_marks(findings: list[dict]) -> list[str]:
    """A mark where each finding points and one at each of its other places."""
    return [f["rule"] for f in findings for _ in range(1 + len(f["places"]))]


def marks(html: str) -> list[str]:
    return re.findall(r'class="mark sev-\w+" href="[^"]+" data-rule="([^"]+)"', html)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return write_two_page_pdf(tmp_path / "juno.pdf")


def test_every_located_pdf_finding_is_a_box_on_its_page(pdf: Path) -> None:
    html = run("check", str(pdf), "--format", "html", "--no-cache")
    expected = located(pdf)
    assert {"bullet-no-action", "references-on-request"} <= {f["rule"] for f in expected}
    assert sorted(marks(html)) == sorted(expected_marks(expected))
    pages = re.findall(r'<div class="page" id="page-1-(\d)"', html)
    assert pages == ["1", "2"]
    # the references line is on page 2: its box sits in page 2's container
    page_two = html[html.index('id="page-1-2"') :]
    assert 'data-rule="references-on-request"' in page_two.split("</div>")[0]


def test_report_makes_no_request_and_inlines_everything(pdf: Path) -> None:
    html = run("check", str(pdf), "--format", "html", "--no-cache")
    assert "default-src 'none'" in html
    # every src is a data URI; no stylesheet or script is linked
    assert set(re.findall(r'src="([a-z]+):', html)) == {"data"}
    assert "<link" not in html and "<script src" not in html
    assert not re.search(r"url\((?!data:)", html)
    assert len(html.encode()) < 1_500_000


def test_first_ten_seconds_marks_what_is_missing(pdf: Path) -> None:
    html = run("check", str(pdf), "--format", "html", "--no-cache")
    found = {field: seen for seen, field in re.findall(r'seen-(\w+)" data-field="(\w+)"', html)}
    assert found["name"] == "top" and found["email"] == "top" and found["phone"] == "top"
    assert found["employer"] == "top"
    assert found["linkedin"] == "missing"


def test_redact_masks_text_and_covers_the_picture(pdf: Path) -> None:
    from PIL import Image

    plain = run("check", str(pdf), "--format", "html", "--no-cache")
    masked = run("check", str(pdf), "--format", "html", "--no-cache", "--redact")
    assert EMAIL in plain and EMAIL not in masked

    def first_page(html: str) -> Image.Image:
        data = re.search(r'id="picture-1-1" alt="page 1" src="data:image/png;base64,([^"]+)"', html)
        assert data is not None
        return Image.open(io.BytesIO(base64.b64decode(data.group(1)))).convert("L")

    # The contact line (baseline 98 pt below the top, 11 pt type) is painted over: its
    # middle is dark on the redacted picture, white between the letters on the plain one.
    scale = first_page(plain).width / 612
    row = [(x, int(94 * scale)) for x in range(int(80 * scale), int(250 * scale), 3)]
    assert min(first_page(plain).getpixel(p) for p in row) < 128  # there is text
    assert max(first_page(plain).getpixel(p) for p in row) > 200  # and paper between it
    assert max(first_page(masked).getpixel(p) for p in row) < 80  # all covered


def test_text_formats_show_the_lines_with_the_same_marks(write) -> None:
    path = write("ada.md", resume_markdown(ADA).replace("\n- ", "\n- Responsible for ", 1))
    html = run("check", str(path), "--format", "html", "--no-cache")
    assert "<img" not in html
    assert sorted(marks(html)) == sorted(expected_marks(located(path)))
    assert 'class="marked sev-warning"' in html
    assert '<ol class="lines">' in html


def test_folder_report_has_an_index_of_files(tmp_path: Path, write) -> None:
    write("cvs/ada.md", resume_markdown(ADA))
    write("cvs/other.md", resume_markdown(with_job(ADA, 0, bullets=("Responsible for it",))))
    html = run("check", str(tmp_path / "cvs"), "--format", "html", "--no-cache")
    index = html[html.index('<nav class="index">') : html.index("</nav>")]
    assert index.count('href="#file-') == 2
    assert 'id="file-1"' in html and 'id="file-2"' in html


def test_profile_side_by_side_marks_a_different_title(tmp_path: Path, write) -> None:
    resume = write("ada.md", resume_markdown(ADA))
    changed = with_job(ADA, 0, linkedin_title="Chief Astronomer")
    export = write_export_zip(tmp_path / "Basic_LinkedInDataExport.zip", export_csvs(changed))
    html = run("check", str(resume), "--profile", str(export), "--format", "html", "--no-cache")
    table = html[html.index('<div class="profile">') :]
    rows = re.findall(r'<tr( class="differs")? data-differences="([^"]*)">', table)
    assert any("title" in differences.split() for _, differences in rows)
    assert any(differences == "" for _, differences in rows)  # the other jobs agree
    assert "Chief Astronomer" in table


def test_file_text_is_escaped() -> None:
    line = Line("<script>alert(1)</script> & co", box=None)
    finding = Finding(
        rule="first-person",
        family="statements",
        severity=Severity.WARNING,
        message="'<b>I</b>' in a bullet",
        location=Location("cv.md", 1, 1),
    )
    info = RuleInfo("first-person", "statements", Severity.WARNING, "s", "why\n<i>", "instead &")
    report = Report((FileResult("cv.md", (finding,)),), rules={"first-person": info})
    glance = (GlanceItem("name", "<img src=x>", "top"),)
    view = FileView("cv.md", (line,), (line,), glance=glance)
    html = render(report, FormatOptions(views={"cv.md": view}))
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "<b>I</b>" not in html and "<img src=x>" not in html
    assert "why &lt;i&gt;" in html  # the rule file's wrapped paragraph as one line
    assert marks(html) == ["first-person"]


def test_unlocated_finding_is_listed_without_a_mark() -> None:
    finding = Finding(
        rule="too-many-pages",
        family="document",
        severity=Severity.WARNING,
        message="3 pages",
        location=Location("cv.pdf", 1, None),
    )
    line = Line("Juno Marsh", box=Box(72, 60, 200, 80))
    report = Report((FileResult("cv.pdf", (finding,)),))
    view = FileView("cv.pdf", (line,), (None,))
    html = render(report, FormatOptions(views={"cv.pdf": view}))
    assert marks(html) == [] and 'id="finding-1-1"' in html and "whole document" in html


def test_unreadable_file_is_listed_with_its_reason(tmp_path: Path, write) -> None:
    write("cvs/ada.md", resume_markdown(ADA))
    (tmp_path / "cvs" / "broken.pdf").write_bytes(b"%PDF-1.7 not really a pdf")
    result = CliRunner().invoke(
        main, ["check", str(tmp_path / "cvs"), "--format", "html", "--no-cache"]
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    index = result.output[result.output.index('<nav class="index">') :]
    assert index.count('href="#file-') == 2
    assert '<p class="error">cannot read:' in result.output


def test_pictures_of_a_damaged_pdf_are_a_read_error(tmp_path: Path) -> None:
    from reslint.readers import ReadError
    from reslint.readers.base import ReadOptions
    from reslint.readers.pdf_pictures import render_pages

    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7 not really a pdf")
    with pytest.raises(ReadError):
        render_pages(path, ReadOptions())


HOSTILE = "A\x1b]52;c;ZWNobw==\x07B\t\x85\u202e\u2066\u2028\ud800Z"
UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def test_control_characters_in_file_text_are_shown_not_passed_on() -> None:
    path = "cv/evil\n" + HOSTILE + ".md"
    finding = Finding(
        rule="first-person",
        family="statements",
        severity=Severity.WARNING,
        message="bad " + HOSTILE,
        location=Location(path, 1, 1),
        suggestion="fix " + HOSTILE,
    )
    line = Line("line " + HOSTILE)
    view = FileView(
        path,
        (line,),
        (line,),
        glance=(GlanceItem("name", HOSTILE, "top"),),
        profile="export" + HOSTILE,
        profile_rows=(ProfileRow(HOSTILE, HOSTILE, ("title",)),),
    )
    report = Report(
        (FileResult(path, (finding,)), FileResult("broken" + HOSTILE, error="bad " + HOSTILE)),
        notes=("note " + HOSTILE,),
    )
    html = render(report, FormatOptions(views={path: view}))
    assert not UNSAFE.findall(html)
    html.encode("utf-8")  # no lone surrogate left
    assert "A\\x1b]52" in html and "\\u202e" in html
