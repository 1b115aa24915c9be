"""Build the binary example files from the text ones: DOCX and PDF resumes, a LinkedIn export.

    python examples/make_examples.py            # rewrite the files under examples/
    python examples/make_examples.py --out DIR  # write them under DIR instead

The output is byte-for-byte reproducible (fixed timestamps inside the ZIP containers),
so the committed files can be checked against a fresh build (tests/test_examples.py).
Everyone in these files is fictional: phone numbers are in Ofcom's range for drama
(020 7946 0xxx) and email addresses use the reserved `.example` top-level domain.
"""

from __future__ import annotations

import argparse
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document as DocxDocument

from reslint.linkedin_csv import HEADERS, csv_text

HERE = Path(__file__).resolve().parent
FIXED_TIME = datetime(2026, 1, 15, 9, 0, 0)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)
EXPORT_NAME = "Basic_LinkedInDataExport_01-15-2026.zip"
# "**Company** — rest of the line": the employer in bold, as resumes print it.
_BOLD_LEAD = re.compile(r"^\*\*(.+?)\*\*(.*)$")


def markdown_to_docx(markdown: str, author: str, title: str) -> DocxDocument:
    """A Word document with the same lines: Title, Heading 1, List Bullet and bold runs."""
    document = docx.Document()
    for line in markdown.splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            document.add_paragraph(line[2:].strip(), style="Title")
        elif line.startswith("## "):
            document.add_heading(line[3:].strip(), level=1)
        elif line.startswith("- "):
            document.add_paragraph(line[2:].strip(), style="List Bullet")
        elif match := _BOLD_LEAD.match(line):
            paragraph = document.add_paragraph()
            paragraph.add_run(match.group(1)).bold = True
            paragraph.add_run(match.group(2))
        else:
            document.add_paragraph(line.strip())
    properties = document.core_properties
    properties.author = author
    properties.last_modified_by = author
    properties.title = title
    properties.created = FIXED_TIME
    properties.modified = FIXED_TIME
    properties.revision = 1
    return document


def _reproducible_zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def save_docx(document: DocxDocument, path: Path) -> None:
    """Save with fixed member timestamps, so the same input gives the same bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_reproducible_zip(members))


class _PdfPage:
    """Draws wrapped lines top to bottom on A4 pages, starting a new page when one is full."""

    def __init__(self, path: Path, author: str, title: str) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.pdfgen import canvas

        width, height = A4
        self.left, self.right = 20 * mm, width - 20 * mm
        self.top, self.bottom = height - 20 * mm, 20 * mm
        self.y = self.top
        # invariant=1: no creation date or random document ID, so the bytes are reproducible.
        self.pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.pdf.setAuthor(author)
        self.pdf.setTitle(title)
        self.pdf.setCreator("examples/make_examples.py")

    def skip(self, points: float) -> None:
        self.y -= points

    def line(self, text: str, font: str = "Helvetica", size: float = 10.5, indent: float = 0):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        current = ""
        for word in text.split():  # wrap at the right margin
            candidate = f"{current} {word}".strip()
            if current and stringWidth(candidate, font, size) > self.right - self.left - indent:
                self._draw(current, font, size, indent)
                current = word
            else:
                current = candidate
        self._draw(current, font, size, indent)

    def _draw(self, text: str, font: str, size: float, indent: float) -> None:
        if self.y < self.bottom:
            self.pdf.showPage()
            self.y = self.top
        self.pdf.setFont(font, size)
        self.pdf.drawString(self.left + indent, self.y, text)
        self.y -= size * 1.45

    def save(self) -> None:
        self.pdf.save()


def markdown_to_pdf(markdown: str, path: Path, author: str, title: str) -> None:
    """A one-column PDF with the same lines, set in Helvetica: name, headings, bullets."""
    page = _PdfPage(path, author, title)
    for raw in markdown.splitlines():
        text = raw.strip()
        if not text:
            page.skip(4)
        elif text.startswith("# "):
            page.line(text[2:], "Helvetica-Bold", 20)
        elif text.startswith("## "):
            page.skip(6)
            page.line(text[3:].upper(), "Helvetica-Bold", 12)
        elif text.startswith("- "):
            page.line("\u2022 " + text[2:], indent=12)
        elif match := _BOLD_LEAD.match(text):
            page.line(match.group(1) + match.group(2), "Helvetica-Bold", 10.5)
        else:
            page.line(text)
    page.save()


def _csv(name: str, rows: list[list[str]]) -> bytes:
    # LinkedIn's CSVs start with a byte-order mark.
    return csv_text(HEADERS[name], rows, prefix="\ufeff").encode("utf-8")


def linkedin_export() -> bytes:
    """Sam Rivera's LinkedIn data export. Planted mismatch: LinkedIn has the Northwind job
    starting in Jun 2022, the resume in Jan 2022."""
    files = {
        "Profile.csv": _csv(
            "Profile.csv",
            [
                [
                    "Sam",
                    "Rivera",
                    "",
                    "",
                    "",
                    "Operations Analyst | inventory and fulfilment",
                    "Operations analyst who turns warehouse data into faster, cheaper deliveries.",
                    "Wholesale",
                    "",
                    "London, England, United Kingdom",
                    "",
                    "",
                    "",
                ]
            ],
        ),
        "Positions.csv": _csv(
            "Positions.csv",
            [
                [
                    "Northwind Traders",
                    "Operations Associate",
                    "Inventory reporting and warehouse onboarding.",
                    "London",
                    "Jun 2022",
                    "",
                ],
                [
                    "Contoso Ltd",
                    "Customer Service Representative",
                    "Customer calls, emails and returns.",
                    "London",
                    "Jun 2019",
                    "Dec 2021",
                ],
            ],
        ),
        "Education.csv": _csv(
            "Education.csv",
            [["Riverside College", "2017", "2019", "", "BTEC Level 3 Diploma in Business", ""]],
        ),
        "Email Addresses.csv": _csv(
            "Email Addresses.csv",
            [["sam.rivera@mail.example", "Yes", "Yes", "1/15/26, 9:00 AM"]],
        ),
        "PhoneNumbers.csv": _csv("PhoneNumbers.csv", [["", "+44 20 7946 0147", "Mobile"]]),
        "Skills.csv": _csv("Skills.csv", [["SQL"], ["Power BI"], ["Inventory Management"]]),
    }
    return _reproducible_zip(sorted(files.items()))


def build(out: Path) -> list[Path]:
    """Write every generated example under `out`; return the paths written."""
    written: list[Path] = []
    for name in ("good-resume", "flawed-resume"):
        markdown = (HERE / f"{name}.md").read_text(encoding="utf-8")
        path = out / f"{name}.docx"
        save_docx(markdown_to_docx(markdown, "Sam Rivera", "Sam Rivera - Resume"), path)
        written.append(path)
        path = out / f"{name}.pdf"
        markdown_to_pdf(markdown, path, "Sam Rivera", "Sam Rivera - Resume")
        written.append(path)
    export = out / "linkedin" / EXPORT_NAME
    export.parent.mkdir(parents=True, exist_ok=True)
    export.write_bytes(linkedin_export())
    written.append(export)
    center = HERE / "career-center"
    template = (center / "templates" / "chronological.md").read_text(encoding="utf-8")
    path = out / "career-center" / "templates" / "chronological.docx"
    title = "Chronological resume template"
    save_docx(markdown_to_docx(template, "Riverside College Careers", title), path)
    written.append(path)
    # A student's resume made from the Word template, the template's title left in it.
    student = (center / "students" / "alex-morgan.md").read_text(encoding="utf-8")
    for template_text, own in (
        ("**[Company Name]**", "**Halden Books**"),
        ("One line on what the company does.", "Independent bookshop in York."),
    ):
        student = student.replace(template_text, own)
    path = out / "career-center" / "students" / "alex-morgan.docx"
    save_docx(markdown_to_docx(student, "Alex Morgan", title), path)
    written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into")
    for path in build(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
