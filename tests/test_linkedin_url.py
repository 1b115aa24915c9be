"""The LinkedIn profile URL: wrapped, glued to a label, cut, or present only as a link."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.model import Box, Line
from reslint.readers import ReadOptions, read
from reslint.structure import build_document
from tests.docx_builder import make_docx, para
from tests.linedocs import document, pdf_line

ENGINES = ("pdfium", "pdfplumber")


def profiles(doc) -> list[str]:
    return [field.value for field in doc.contact.linkedin]


def test_a_url_wrapped_onto_the_next_line_past_an_icon():
    doc = document(
        pdf_line("Jane Doe", 40, font_size=20),
        Line("https://www.linkedin.com/in/jane-", box=Box(60, 80, 180, 90), page_height=792),
        Line("\ue09c", box=Box(45, 84, 55, 94), page_height=792),
        Line("doe-0a1b2c/", box=Box(60, 91, 140, 101), page_height=792),
    )
    assert profiles(doc) == ["linkedin.com/in/jane-doe-0a1b2c"]


def test_a_label_glued_onto_the_url_is_not_part_of_it():
    doc = document(pdf_line("Jane Doe", 40), pdf_line("linkedin.com/in/janedoe(LinkedIn)", 60))
    assert profiles(doc) == ["linkedin.com/in/janedoe"]


def test_the_link_holds_what_the_printed_url_lost():
    cut = pdf_line(
        "linkedin.com/in/Jane Doe Smith",
        60,
        links=("https://linkedin.com/in/Jane%20Doe%20Smith",),
    )
    encoded = pdf_line(
        "linkedin.com/in/josé-pérez",
        75,
        links=("https://www.linkedin.com/in/jos%C3%A9-p%C3%A9rez?trk=1",),
    )
    assert profiles(document(pdf_line("Jane Doe", 40), cut)) == ["linkedin.com/in/jane doe smith"]
    assert profiles(document(pdf_line("José Pérez", 40), encoded)) == ["linkedin.com/in/josé-pérez"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_pdf_link_on_an_icon_reaches_the_contact_line(tmp_path: Path, engine: str):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "icons.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(72, 720, "Jane Doe")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 690, "jane.doe@example.org")
    # A row of icons under the contact line: a link on a picture, no text under it.
    pdf.rect(72, 662, 20, 20)
    pdf.linkURL("https://www.linkedin.com/in/jane-doe-0a1b2c/", (72, 662, 92, 682), relative=0)
    pdf.showPage()
    pdf.save()
    doc = build_document(path, read(path, ReadOptions(pdf_engine=engine)))
    assert profiles(doc) == ["linkedin.com/in/jane-doe-0a1b2c"]


def test_a_docx_link_on_a_picture_reaches_the_line_above(tmp_path: Path):
    picture = '<w:hyperlink r:id="rLinkedIn"><w:r><w:drawing/></w:r></w:hyperlink>'
    body = (
        para("Jane Doe")
        + "<w:p><w:r><w:t>jane.doe@example.org</w:t></w:r><w:r><w:br/></w:r>"
        + picture
        + "</w:p>"
        + para("Experience")
    )
    path = make_docx(
        tmp_path / "resume.docx",
        body,
        links={"rLinkedIn": "https://www.linkedin.com/in/jane-doe-0a1b2c?utm_source=share"},
    )
    doc = build_document(path, read(path))
    assert profiles(doc) == ["linkedin.com/in/jane-doe-0a1b2c"]
