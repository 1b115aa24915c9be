"""Document rules on documents built the way the PDF and DOCX readers build them."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from reslint.engine import activate, lint
from reslint.kinds import Context
from reslint.kinds.personal_data import national_ids
from reslint.model import Box, Line, Region, Severity
from tests.linedocs import RULEBOOK, body, document, pdf_line, run
from tests.rulehelp import lint_file

WHITE = (1.0, 1.0, 1.0)


def resume_lines() -> list[Line]:
    return [
        pdf_line("Ada Lovelace", 40, font_size=20),
        pdf_line("ada.lovelace@gmail.com | +1 609 999 9995", 60),
        *body(),
    ]


# text-not-extractable


@pytest.mark.parametrize(
    ("pages", "empty", "fires"),
    [(2, (1, 2), True), (3, (2, 3), True), (2, (2,), False), (1, (), False)],
)
def test_pages_without_text(pages, empty, fires):
    lines = [*resume_lines(), pdf_line("Education " * 20, 300, page=pages)]
    doc = document(*lines, pages_without_text=empty)
    assert bool(run("text-not-extractable", doc)) is fires


def test_text_formats_are_always_extractable():
    doc = document(Line("Ada Lovelace"), fmt="markdown")
    assert run("text-not-extractable", doc) == []


# garbled-text


def test_garbled_text_is_one_finding_per_cause_with_the_first_line():
    doc = document(
        pdf_line("Ada Lovelace", 40),
        pdf_line("\uf0e0 ada.lovelace@gmail.com", 60),
        pdf_line("\uf095 +1 609 999 9995", 72),
        pdf_line("(cid:68)(cid:97)(cid:116)(cid:97) Engineer", 90),
        pdf_line("Built a scienti c model for e cient pricing", 110),
        pdf_line("Cut costs by (cid:36)20,000", 130),
    )
    findings = run("garbled-text", doc)
    # The icons before the contact details are decoration; the lost letters are not.
    assert [(f.location.line, f.text) for f in findings] == [
        (4, "(cid:68)(cid:97)(cid:116)(cid:97)"),
        (5, "scienti c"),
    ]
    assert findings[0].message.startswith("2 lines")


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        ("Studium fu ̈r Informatik", True),
        ("̇ ̇ ̈", True),
        ("S U M M A R Y", True),
        ("DDaattaa EEnnggiinneeeerr", True),
        ("Data Engineer Data Engineer", True),
        ("The work ow and the dierent teams", True),
        ("Zoë Müller, Almería, für", False),
        # Spacing accents inside words (TeX's OT1 fonts), not an acute typed as apostrophe.
        ("Universit\u00b4e de Lyon", True),
        ("Garc\u00b4\u0131a Marquez", True),
        ("Gesti\u00b4on de proyectos", True),
        ("J\u00a8org M\u00a8uller", True),
        ("Master\u00b4s degree, don\u00b4t", False),
        ("l\u00b4\u00e9cole et dell\u00b4anno, nell\u00b4ambito", False),
        ("O\u00b4Brien and D\u00b4Angelo, lorsqu\u00b4il", False),
        ("A B C analysis", False),
        ("Coffee and staff offers", False),
        ("\ue0ab", False),
        # An icon glued to the front of what it decorates is decoration too; a letter lost
        # at a word's start, or inside one, is not.
        ("\uf09bGitHub \uf08clinkedin.com/in/ada-l \uf095+44 20 7946 0000", False),
        ("Projects: \uf0c1ada.dev/notes", False),
        ("Corporate \uf001nance for small firms", True),
        ("Made the teams e\uf001cient", True),
        # Glyphs with no character at all leading a line before a label or link: an icon
        # in an unmapped font; before lower case, letters of a word are lost.
        ("(cid:65533)(cid:65533) Portfolio | github.com/ada-l", False),
        ("(cid:131)(cid:132)Inventory Dashboard \u2013 side project", False),
        ("(cid:3)(cid:4) engineer for the data platform", True),
    ],
)
def test_garbled_text_mechanisms(text, garbled):
    doc = document(pdf_line("Ada Lovelace", 40), pdf_line(text, 60))
    assert bool(run("garbled-text", doc)) is garbled


def test_control_characters_make_a_garbled_line():
    doc = document(
        pdf_line("Ada Lovelace", 40), pdf_line("\x01\x02\x03 \x04\x05\x06 Eng \x07\x08", 60)
    )
    (finding,) = run("garbled-text", doc)
    assert finding.location.line == 2


# personal-data


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("SSN: 123-45-6789", True),
        ("Social Security Number 123 45 6789", True),
        ("123-45-6789", True),
        ("666-12-3456", False),  # never issued
        ("900-12-3456", False),
        ("078-05-1120", False),  # the famous wallet-card sample number
        ("+1 609-555-0123", False),
        ("NI number: AB 12 34 56 C", True),
        ("Passport No: X1234567", True),
        ("Part 2019-10-1234 shipped", False),
    ],
)
def test_national_ids(text, found):
    assert bool(list(national_ids(text))) is found


def test_personal_data_severities_and_config_override():
    doc = document(
        Line("Ada Lovelace"),
        Line("SSN: 123-45-6789"),
        Line("Date of birth: 10 December 1985"),
        fmt="text",
    )
    rule = RULEBOOK.rules["personal-data"]
    # ID numbers are a warning until judged on real resumes (docs/rules.md); a config may
    # grade them apart from the other details.
    assert {f.severity for f in lint(doc, [activate(rule)], Context())} == {Severity.WARNING}
    graded = activate(rule, None, {"id_severity": "error"})
    findings = lint(doc, [graded], Context())
    assert [(f.location.line, f.severity) for f in findings] == [
        (2, Severity.ERROR),
        (3, Severity.WARNING),
    ]
    configured = lint(doc, [activate(rule, Severity.SUGGESTION)], Context())
    assert {f.severity for f in configured} == {Severity.SUGGESTION}


# hidden-text


def test_white_keywords_at_the_bottom_are_hidden_but_a_white_banner_is_not():
    banner = [
        pdf_line("Ada Lovelace", 40, font_size=20, color=WHITE),
        pdf_line("ada.lovelace@gmail.com | +1 609 999 9995", 60, color=WHITE),
    ]
    stuffing = pdf_line("Python Kubernetes Spark Airflow Snowflake", 760, color=WHITE)
    assert run("hidden-text", document(*banner, *body())) == []
    (finding,) = run("hidden-text", document(*banner, *body(), stuffing))
    assert finding.location.line == 6


def test_white_text_in_a_sidebar_is_not_hidden_but_white_text_over_visible_text_is():
    sidebar = pdf_line("Skills: Python, SQL", 400, color=WHITE, region=Region.SIDEBAR)
    assert run("hidden-text", document(*resume_lines(), sidebar)) == []
    overlay = Line(
        "machine learning expert",
        number=2,
        box=Box(60, 62, 300, 70),
        font_size=10,
        color=WHITE,
        page_height=792,
    )
    (finding,) = run("hidden-text", document(*resume_lines(), overlay))
    assert finding.location.line == 6


def test_tiny_text_is_hidden_but_tiny_punctuation_is_not():
    lines = [*resume_lines(), pdf_line("␣␣␣", 300, font_size=2)]
    assert run("hidden-text", document(*lines)) == []
    lines.append(pdf_line("senior staff principal architect", 320, font_size=1))
    (finding,) = run("hidden-text", document(*lines))
    assert finding.location.line == 7


# metadata-leak


@pytest.mark.parametrize(
    ("metadata", "fires"),
    [
        ({"Author": "Grace Hopper"}, True),
        ({"author": "Grace Hopper"}, True),  # DOCX core properties
        ({"Author": "Microsoft Office User"}, False),
        ({"Author": "python-docx"}, False),
        ({"Author": "Apache POI"}, False),
        ({"Author": "anonymous"}, False),  # reportlab's default
        ({"Author": "pc1"}, False),
        ({"Author": "DESKTOP-4F2K9QX"}, False),
        ({"Author": "Acme Corp User"}, False),
        ({"Author": "alovelace"}, False),
        ({"Author": "Lovelace, Ada"}, False),
        # A template's placeholder names no one (unseen-5: FALSE on a placeholder Author)
        ({"Author": "Your Name"}, False),
        ({"Author": "[Your Name]"}, False),
        ({"Author": "Nome Cognome"}, False),
        ({"Author": "Firstname Lastname"}, False),
        ({"Author": "CV"}, False),
        ({"Author": ""}, False),
        ({"Title": "Microsoft Word - Resume_Template.docx"}, True),
        ({"Title": "Ada Lovelace – Resumé title"}, True),  # moderncv's default title
        ({"Title": "Resume Matcher"}, True),
        ({"Title": "Ada Lovelace - CV", "Creator": "LaTeX with hyperref"}, False),
    ],
)
def test_metadata_leak(metadata, fires):
    doc = document(*resume_lines(), metadata=MappingProxyType(metadata))
    assert bool(run("metadata-leak", doc)) is fires


def test_metadata_leak_compares_the_author_only_with_a_name_it_is_sure_of():
    metadata = MappingProxyType({"Author": "Grace Hopper"})
    # The first line is no bigger than the rest and the address shares no word with it:
    # it may be a headline read as the name.
    unsure = document(
        pdf_line("Data Engineer", 40),
        pdf_line("al@gmail.com | +1 609 999 9995", 60),
        *body(),
        metadata=metadata,
    )
    assert unsure.contact.name is None or unsure.contact.name_confidence < 0.9
    assert run("metadata-leak", unsure) == []
    assert run("metadata-leak", document(*resume_lines(), metadata=metadata))


def test_linkedin_profiles_are_not_checked_for_length_or_metadata():
    doc = document(
        *resume_lines(),
        pdf_line("Page 3 of 3", 60, page=3),
        metadata=MappingProxyType({"Author": "LinkedIn", "Title": "Resume"}),
    )
    profile = type(doc)(doc.path, "profile", doc.lines, doc.facts, doc.structure)
    assert run("too-many-pages", doc) and not run("too-many-pages", profile)
    assert run("metadata-leak", doc) and not run("metadata-leak", profile)


# Real PDFs made with reportlab, read by the PDF reader


def _pdf(path, pages, author: str = "") -> None:
    """Write a PDF: `pages` is a list of pages, each a list of (text, y, size, rgb) or None."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter)
    if author:
        pdf.setAuthor(author)
    for page in pages:
        pdf.rect(72, 300, 200, 200, fill=1)  # a drawing, as a scanned page has an image
        for text, y, size, rgb in page:
            pdf.setFont("Helvetica", size)
            pdf.setFillColorRGB(*rgb)
            pdf.drawString(72, letter[1] - y, text)
        pdf.showPage()
    pdf.save()


BLACK = (0.0, 0.0, 0.0)
RESUME_PAGE = [
    ("Ada Lovelace", 60, 20, BLACK),
    ("ada.lovelace@gmail.com | +1 609 999 9995", 90, 10, BLACK),
    ("Experience", 130, 14, BLACK),
    ("Acme Inc. - Data Engineer, Jan 2021 - Present", 150, 10, BLACK),
    ("Built the billing data pipeline, cutting month-end close by 3 days", 170, 10, BLACK),
    ("Moved 40 reports to dbt, cutting the nightly run from 6 hours to 50 minutes", 190, 10, BLACK),
    ("Education", 230, 14, BLACK),
    ("BSc Mathematics, University of London, 2014 - 2018", 250, 10, BLACK),
]


def test_image_only_pdf_has_no_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    _pdf(path, [[], []])
    (finding,) = lint_file(path, ["text-not-extractable"])
    assert finding.rule == "text-not-extractable"
    assert lint_file(_written(tmp_path, [RESUME_PAGE]), ["text-not-extractable"]) == []


def test_white_and_tiny_text_in_a_real_pdf(tmp_path):
    stuffed = [
        *RESUME_PAGE,
        ("Python Kubernetes Spark Airflow Snowflake Terraform", 700, 10, WHITE),
        ("principal staff architect machine learning", 720, 2, BLACK),
    ]
    findings = lint_file(_written(tmp_path, [stuffed]), ["hidden-text"])
    assert sorted(f.location.line for f in findings) == [9, 10]
    assert lint_file(_written(tmp_path, [RESUME_PAGE]), ["hidden-text"]) == []


def test_hidden_text_is_decided_by_what_the_rendered_page_shows(tmp_path):
    """White on a dark banner or sidebar shows; white on white, text under a picture and
    text off the page do not."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "designed.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFillColorRGB(0.1, 0.3, 0.35)
    pdf.rect(0, 672, 612, 120, fill=1, stroke=0)  # the banner
    pdf.setFillColorRGB(*WHITE)
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(72, 730, "Ada Lovelace")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 700, "Data Engineer | ada.lovelace@gmail.com")
    pdf.setFillColorRGB(*BLACK)
    for y, (text, *_rest) in zip(range(620, 400, -20), RESUME_PAGE[2:], strict=False):
        pdf.drawString(72, y, text)
    pdf.showPage()
    pdf.setFillColorRGB(0.15, 0.15, 0.2)
    pdf.rect(0, 0, 180, 792, fill=1, stroke=0)  # a sidebar on page 2
    pdf.setFillColorRGB(*WHITE)
    pdf.drawString(20, 700, "Skills: Python, SQL, Airflow")
    pdf.drawString(300, 300, "Kubernetes Terraform Snowflake Databricks")  # white on white
    pdf.setFillColorRGB(*BLACK)
    pdf.drawString(300, 200, "principal architect machine learning")
    white = ImageReader(Image.new("RGB", (40, 4), "white"))
    pdf.drawImage(white, 290, 190, width=300, height=30)  # a picture over it
    pdf.drawString(700, 100, "staff engineer distributed systems")  # off the page
    pdf.showPage()
    pdf.save()
    findings = lint_file(path, ["hidden-text"])
    assert [(f.location.page, f.location.line) for f in findings] == [(2, 2)]
    assert "3 lines" in findings[0].message


def test_pdf_author_of_someone_else(tmp_path):
    findings = lint_file(_written(tmp_path, [RESUME_PAGE], "Grace Hopper"), ["metadata-leak"])
    assert [f.rule for f in findings] == ["metadata-leak"]
    assert lint_file(_written(tmp_path, [RESUME_PAGE], "Ada Lovelace"), ["metadata-leak"]) == []


def _written(tmp_path, pages, author: str = ""):
    path = tmp_path / f"resume-{len(list(tmp_path.iterdir()))}.pdf"
    _pdf(path, pages, author)
    return path


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Madrid, 29 años", "29 años"),
        ("15 años, liderando equipos de ventas", None),
        ("Stockholm | 29 år", "29 år"),
        ("Berlin | 35 Jahre alt", "35 Jahre alt"),
        ("Budapest | 32 éves", "32 éves"),
        ("上海 | 28岁", "28岁"),
        ("London | 29 years old", "29 years old"),
        # Years of experience go on into a sentence, or are English years without "old".
        ("12 años de experiencia en ventas", None),
        ("Sales lead, 12 years", None),
        ("30 lat doświadczenia w branży", None),
    ],
)
def test_an_age_standing_as_a_field_in_any_language(text, age):
    from reslint.lexicon.ages import stated_age

    assert stated_age(text) == age
    doc = document(pdf_line("Ada Lovelace", 40), pdf_line(text, 60))
    assert [f.location.line for f in run("personal-data", doc)] == ([2] if age else [])
