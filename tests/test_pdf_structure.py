"""Real corpus PDFs through reader and structure: what `reslint parse` must extract."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from reslint.parse_view import as_dict
from reslint.readers import ReadOptions, read
from reslint.structure import build_document
from tests.conftest import CORPUS, corpus_files

PDFS = corpus_files("pdf", ".pdf")


@cache
def parsed(name: str, engine: str = "pdfium") -> dict[str, Any]:
    path = CORPUS / "pdf" / name
    return as_dict(build_document(path, read(path, ReadOptions(pdf_engine=engine))))


def _positions(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(p["company"], p["title"], p["start"], p["end"]) for p in data["positions"]]


def _education(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(e["school"], e["degree"], e["field"], e["start"], e["end"]) for e in data["education"]]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_engines_agree_on_contact_and_positions(path: Path) -> None:
    pdfium, plumber = parsed(path.name, "pdfium"), parsed(path.name, "pdfplumber")
    for key in ("emails", "phones", "linkedin"):
        assert pdfium[key] == plumber[key], key
    assert _positions(pdfium) == _positions(plumber)
    assert _education(pdfium) == _education(plumber)


def test_jakes_resume_right_aligned_dates() -> None:
    data = parsed("jakes_resume_jake_ryan.pdf")
    assert data["name"] == "Jake Ryan"
    assert _education(data) == [
        (
            "Southwestern University",
            "Bachelor of Arts",
            "Computer Science, Minor in Business",
            "2018-08",
            "2021-05",
        )
    ]


def test_two_column_resume() -> None:
    data = parsed("resumematcher_modern_two_column.pdf")
    assert data["emails"] == ["john.doe@email.com"]
    assert data["phones"] == ["+14155550142"]
    assert data["linkedin"] == "linkedin.com/in/johndoe"
    assert _positions(data) == [
        ("Stripe", "Senior Software Engineer", "2023-01", "present"),
        ("Figma", "Software Engineer", "2021-06", "2022-12"),
        ("Notion", "Software Engineer", "2019-07", "2021-05"),
    ]
    first = data["positions"][0]
    assert len(first["bullets"]) == 3
    # The wrapped lines of a bullet are joined to it.
    assert first["bullets"][0].endswith(
        "reducing fraudulent charges by 18% through optimized distributed system architecture"
    )


def test_dates_beside_the_bullets_and_degree_column() -> None:
    data = parsed("rendercv_classic.pdf")
    assert _positions(data)[0] == ("Nexus AI", "Co-Founder & CTO", "2023-06", "present")
    assert len(data["positions"]) == 5
    assert _education(data)[0] == (
        "Princeton University",
        "PhD",
        "Computer Science",
        "2018-09",
        "2023-05",
    )
    # Durations in the date column are not part of the bullets.
    assert not any("months" in b for p in data["positions"] for b in p["bullets"])


def test_link_only_linkedin_and_icon_glyph_phone() -> None:
    data = parsed("resumematcher_bruce_wayne_fullstack.pdf")
    assert data["linkedin"] == "linkedin.com/in/bwayne"
    assert data["phones"] == ["+11234567890"]
    # `June 2020 –` above `Present` in a narrow date column is one range.
    assert _positions(data)[0] == ("OpenAI", "MERN Stack Developer", "2020-06", "present")
    assert _education(data)[2] == (
        "UC San Diego",
        "Bachelor of Science",
        "Computer Science",
        "2003",
        "2007",
    )


def test_sidebar_template_with_company_line_then_title_line() -> None:
    data = parsed("reactiveresume_azurill.pdf")
    assert data["name"] == "John Doe"
    assert data["headline"] == "Creative and Innovative Web Developer"
    assert _positions(data) == [
        ("Creative Solutions Inc.", "Senior Web Developer", "2019-01", "present"),
        ("TechAdvancers", "Web Developer", "2016-06", "2018-12"),
    ]
    assert data["positions"][0]["location"] == "San Francisco, CA"


def test_moderncv_spanish_and_placeholder_dates() -> None:
    data = parsed("moderncv_template-es.pdf")
    sections = {section["kind"] for section in data["sections"]}
    assert {"education", "experience", "languages"} <= sections
    assert _positions(data) == [("Empleador", "título del puesto", None, None)] * 3


def test_word_export_roles_and_education_without_dates() -> None:
    data = parsed("soupboss_01-accountant.pdf")
    assert _positions(data)[2] == (
        "Harrison Money Management",
        "Junior Accountant",
        "2019-05",
        "2020-08",
    )
    assert _education(data) == [
        ("Cloverfield College", "Bachelor of Business Administration", "accounting", None, None)
    ]


def test_coauthor_emails_are_not_the_candidates() -> None:
    data = parsed("altacv_sample.pdf")
    assert data["emails"] == ["your_name@email.com"]


@pytest.mark.parametrize("engine", ("pdfium", "pdfplumber"))
def test_built_resume_with_a_sidebar_on_the_right(tmp_path: Path, engine: str) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "sidebar.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(40, 740, "Grace Hopper")
    main = [
        ("Helvetica-Bold", 13, "Experience"),
        ("Helvetica-Bold", 10, "Remington Rand"),
        ("Helvetica", 10, "Senior Mathematician"),
        ("Helvetica", 10, "Jan 1949 – Dec 1967"),
        ("Helvetica", 10, "• Wrote the first compiler for a commercial computer"),
        ("Helvetica", 10, "• Led the team that built FLOW-MATIC for business data"),
        ("Helvetica-Bold", 10, "Harvard University"),
        ("Helvetica", 10, "Research Fellow"),
        ("Helvetica", 10, "1944 – 1949"),
        ("Helvetica", 10, "• Programmed the Mark I"),
        ("Helvetica-Bold", 13, "Education"),
        ("Helvetica-Bold", 10, "Yale University"),
        ("Helvetica", 10, "Ph.D. in Mathematics"),
        ("Helvetica", 10, "1930 – 1934"),
    ]
    side = [
        ("Helvetica-Bold", 13, "Contact"),
        ("Helvetica", 9, "grace@navy.example"),
        ("Helvetica", 9, "+1 212 555 0188"),
        ("Helvetica", 9, "Arlington, VA"),
        ("Helvetica-Bold", 13, "Skills"),
        ("Helvetica", 9, "COBOL, FLOW-MATIC"),
        ("Helvetica", 9, "Compilers"),
        ("Helvetica", 9, "Teaching"),
    ]
    for column, x, top in ((main, 40, 700), (side, 420, 690)):
        y = top
        for font, size, text in column:
            pdf.setFont(font, size)
            pdf.drawString(x, y, text)
            y -= size + 9
    pdf.showPage()
    pdf.save()
    document = build_document(path, read(path, ReadOptions(pdf_engine=engine)))
    data = as_dict(document)
    assert data["name"] == "Grace Hopper"
    assert data["emails"] == ["grace@navy.example"]
    assert data["phones"] == ["+12125550188"]
    assert _positions(data) == [
        ("Remington Rand", "Senior Mathematician", "1949-01", "1967-12"),
        ("Harvard University", "Research Fellow", "1944", "1949"),
    ]
    assert _education(data) == [("Yale University", "Ph.D.", "Mathematics", "1930", "1934")]
    # The sidebar is read after the main column, not interleaved with it.
    texts = [line.text for line in document.lines]
    last_bullet = next(i for i, text in enumerate(texts) if text.endswith("Programmed the Mark I"))
    assert last_bullet < texts.index("Contact")


def test_built_resume_with_bullets_drawn_as_shapes(tmp_path: Path) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "shapes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    top = 740.0
    rows = [
        ("Helvetica-Bold", 20, 50, "Maria Garcia", None, False),
        ("Helvetica", 10, 50, "maria.garcia@example.com | 555-201-3344", None, False),
        ("Helvetica-Bold", 12, 50, "PROFESSIONAL EXPERIENCE", None, False),
        ("Helvetica-Bold", 10, 50, "Senior Product Manager", "Mar 2021 – Present", False),
        ("Helvetica-Oblique", 10, 50, "Contoso Ltd, Seattle, WA", None, False),
        ("Helvetica", 10, 60, "Owned the payments roadmap for three product lines", None, True),
        ("Helvetica", 10, 60, "Grew revenue by 30% in two years", None, True),
        ("Helvetica-Bold", 10, 50, "Product Manager", "Jun 2018 – Feb 2021", False),
        ("Helvetica-Oblique", 10, 50, "Fabrikam, Inc., Portland, OR", None, False),
        ("Helvetica", 10, 60, "Launched the mobile checkout", None, True),
    ]
    for font, size, x, text, right, dot in rows:
        pdf.setFont(font, size)
        pdf.drawString(x, top, text)
        if right:
            pdf.drawRightString(560, top, right)
        if dot:
            pdf.circle(x - 8, top + 3, 1.5, fill=1)
        top -= size + 6
    pdf.showPage()
    pdf.save()
    data = as_dict(build_document(path, read(path)))
    assert _positions(data) == [
        ("Contoso Ltd", "Senior Product Manager", "2021-03", "present"),
        ("Fabrikam, Inc.", "Product Manager", "2018-06", "2021-02"),
    ]
    assert data["positions"][0]["bullets"] == [
        "Owned the payments roadmap for three product lines",
        "Grew revenue by 30% in two years",
    ]
