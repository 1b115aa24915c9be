"""The PDF reader: layout on real corpus files, and bad input built inside the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.model import Line, Region
from reslint.readers import ReadError, ReadOptions, detect, read
from tests.conftest import CORPUS

ENGINES = ("pdfium", "pdfplumber")
PDF = CORPUS / "pdf"

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")


def _lines(path: Path, engine: str = "pdfium", **options: int) -> tuple[Line, ...]:
    return read(path, ReadOptions(pdf_engine=engine, **options)).lines


def _find(lines: tuple[Line, ...], text: str) -> Line:
    return next(line for line in lines if text in line.text)


def _index(lines: tuple[Line, ...], text: str) -> int:
    return next(i for i, line in enumerate(lines) if text in line.text)


def _canvas(path: Path, **kwargs: object):
    return canvas_module.Canvas(str(path), pagesize=(612, 792), **kwargs)


def test_pdf_reader_is_registered() -> None:
    reader = detect(Path("resume.PDF"))
    assert reader is not None and reader.name == "pdf"


@pytest.mark.parametrize("engine", ENGINES)
def test_right_aligned_dates_stay_on_their_line(engine: str) -> None:
    lines = _lines(PDF / "jakes_resume_jake_ryan.pdf", engine)
    line = _find(lines, "Bachelor of Arts")
    assert line.text.endswith("Aug. 2018 – May 2021")
    assert (line.page, line.number) == (1, 4)
    assert _find(lines, "Southwestern University").text.endswith("Georgetown, TX")


@pytest.mark.parametrize("engine", ENGINES)
def test_two_columns_read_column_by_column(engine: str) -> None:
    lines = _lines(PDF / "altacv_sample.pdf", engine)
    page1 = tuple(line for line in lines if line.page == 1)
    # Main column (experience, projects) first, then the sidebar (philosophy ... education).
    assert _index(page1, "EXPERIENCE") < _index(page1, "Job Title 2") < _index(page1, "PROJECTS")
    assert _index(page1, "PROJECTS") < _index(page1, "MY LIFE PHILOSOPHY")
    assert _index(page1, "STRENGTHS") < _index(page1, "EDUCATION") < _index(page1, "Stanford")
    assert [line.number for line in page1] == list(range(1, len(page1) + 1))


@pytest.mark.parametrize("engine", ENGINES)
def test_left_sidebar_with_banner_above(engine: str) -> None:
    lines = _lines(PDF / "reactiveresume_ditto.pdf", engine)
    assert lines[0].text == "John Doe"
    # The banner is read first, then the sidebar, then the main column.
    assert _index(lines, "john.doe@gmail.com") < _index(lines, "Skills")
    assert _index(lines, "Skills") < _index(lines, "Summary") < _index(lines, "Experience")
    assert _find(lines, "Creative Solutions Inc.").text.endswith("January 2019 to Present")


@pytest.mark.parametrize("engine", ENGINES)
def test_ligatures_overprint_and_font_facts(engine: str) -> None:
    rendercv = _lines(PDF / "rendercv_classic.pdf", engine)
    assert any("efficient model quantization" in line.text for line in rendercv)
    zh = _lines(PDF / "moderncv_template-zh.pdf", engine)
    assert not any("学学" in line.text for line in zh)  # fake bold drawn three times
    jake = _lines(PDF / "jakes_resume_jake_ryan.pdf", engine)
    assert jake[0].text == "Jake Ryan" and jake[0].font_size == pytest.approx(24.8, abs=0.1)
    assert jake[0].bold and not _find(jake, "Languages:").bold


@pytest.mark.parametrize("engine", ENGINES)
def test_bullets_are_flagged_and_stripped(engine: str) -> None:
    lines = _lines(PDF / "altacv_sample.pdf", engine)
    line = _find(lines, "Job description 1")
    assert line.bullet and line.text == "Job description 1"


@pytest.mark.parametrize("engine", ENGINES)
def test_an_em_dash_opening_a_line_is_its_bullet(tmp_path: Path, engine: str) -> None:
    """French typography marks list items with an em dash; in a word it is punctuation."""
    path = tmp_path / "dashes.pdf"
    pdf = _canvas(path)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 700, "\u2014 Cut the month-end close from 9 days to 4")
    pdf.drawString(72, 680, "Acme \u2014 Data Analyst, 2021 \u2013 2023")
    pdf.save()
    lines = _lines(path, engine)
    bullet = _find(lines, "Cut the month-end close")
    assert bullet.bullet and bullet.text.startswith("Cut")
    assert not _find(lines, "Acme").bullet


@pytest.mark.parametrize("engine", ENGINES)
def test_built_pdf_layout_facts(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "built.pdf"
    pdf = _canvas(path)
    pdf.setAuthor("Ada Lovelace")
    pdf.setTitle("Resume")
    for page in (1, 2):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, 30, "Ada Lovelace - Resume")
        pdf.drawString(280, 770, f"Page {page} of 2")
        if page == 1:
            pdf.setFont("Helvetica-Bold", 20)
            x = 72.0
            for char in "A D A  L O V E":
                pdf.drawString(x, 700, char.strip())
                x += 9 if char == " " else 13
            pdf.setFont("Helvetica", 10)
            pdf.drawString(72, 660, "Email\u00a0me")
            pdf.linkURL("mailto:ada@example.org", (72, 655, 130, 672), relative=0)
            pdf.drawString(72, 640, "- Built the first engine")
            pdf.drawString(72, 620, "Analytical Engines Ltd")
            pdf.drawRightString(540, 620, "Jan 2020 – Present")
            pdf.setFillColorRGB(1, 1, 1)
            pdf.setFont("Helvetica", 2)
            pdf.drawString(72, 600, "python kubernetes")
            pdf.setFillColorRGB(0, 0, 0)
        pdf.showPage()
    pdf.save()
    output = read(path, ReadOptions(pdf_engine=engine))
    lines = output.lines
    assert output.facts.page_count == 2
    assert output.facts.metadata["Author"] == "Ada Lovelace"
    assert _find(lines, "ADA LOVE").text == "ADA LOVE"
    assert _find(lines, "Email me").links == ("mailto:ada@example.org",)
    bullet = _find(lines, "first engine")
    assert bullet.bullet and bullet.text == "Built the first engine"
    assert _find(lines, "Analytical").text == "Analytical Engines Ltd   Jan 2020 – Present"
    hidden = _find(lines, "kubernetes")
    assert hidden.color == pytest.approx((1.0, 1.0, 1.0)) and hidden.font_size == 2.0
    assert all(line.region is Region.FOOTER for line in lines if "Resume" in line.text)
    assert all(line.region is Region.HEADER for line in lines if "Page" in line.text)
    assert _find(lines, "Analytical").region is Region.BODY


@pytest.mark.parametrize("engine", ENGINES)
def test_image_only_page_is_a_fact_not_an_error(tmp_path: Path, engine: str) -> None:
    image_module = pytest.importorskip("PIL.Image")
    picture = tmp_path / "scan.png"
    image_module.new("RGB", (40, 40), "gray").save(picture)
    path = tmp_path / "scan.pdf"
    pdf = _canvas(path)
    pdf.drawImage(str(picture), 20, 20, 572, 752)  # a scanned page: one image over it
    pdf.showPage()
    pdf.drawImage(str(picture), 0, 0, 180, 792)  # a blank page but for a sidebar picture
    pdf.showPage()
    pdf.save()
    output = read(path, ReadOptions(pdf_engine=engine))
    assert output.lines == ()
    assert output.facts.pages_without_text == (1,)
    assert output.facts.image_count == 2


@pytest.mark.parametrize("engine", ENGINES)
def test_page_limit_reads_first_pages_with_a_warning(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "long.pdf"
    pdf = _canvas(path)
    for page in range(1, 8):
        pdf.drawString(72, 700, f"Section {page}")
        pdf.showPage()
    pdf.save()
    output = read(path, ReadOptions(pdf_engine=engine, max_pages=3))
    assert output.facts.page_count == 7
    assert {line.page for line in output.lines} == {1, 2, 3}
    assert output.facts.warnings == ("read only the first 3 of 7 pages",)


def _encrypted(path: Path) -> None:
    pdf = _canvas(path, encrypt="secret")
    pdf.drawString(72, 700, "hidden")
    pdf.save()


def _not_a_pdf(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 this is a zip, not a pdf" * 10)


def _corrupt(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n")


def _zero_pages(path: Path) -> None:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("build", "reason"),
    [
        (_encrypted, "encrypted PDF (password required)"),
        (_not_a_pdf, "not a PDF file"),
        (_corrupt, "PDF"),
        # PDFium already refuses to open a page-less file; pdfminer opens it.
        (_zero_pages, "PDF"),
    ],
)
def test_bad_pdfs_give_one_line_reasons(tmp_path: Path, engine: str, build, reason: str) -> None:
    path = tmp_path / "bad.pdf"
    build(path)
    with pytest.raises(ReadError) as error:
        read(path, ReadOptions(pdf_engine=engine))
    assert reason in str(error.value)
    assert "\n" not in str(error.value)


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 5000)
    with pytest.raises(ReadError, match="too large"):
        read(path, ReadOptions(max_bytes=1000))


def test_parse_command_shows_numbered_pdf_lines() -> None:
    from click.testing import CliRunner

    from reslint.cli import main

    result = CliRunner().invoke(main, ["parse", str(PDF / "jakes_resume_jake_ryan.pdf")])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(line.split()[:3] == ["p1:l4", "10.0", "Bachelor"] for line in lines)
    assert "  education: Bachelor of Arts (Computer Science, Minor in Business)" in result.output


def test_parse_command_reports_a_bad_pdf_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from reslint.cli import main

    path = tmp_path / "broken.pdf"
    _corrupt(path)
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_whitespace_list_is_every_character_python_calls_space():
    from reslint.readers.pdf_layout import WHITESPACE

    assert set(WHITESPACE) == {chr(code) for code in range(0x110000) if chr(code).isspace()}
