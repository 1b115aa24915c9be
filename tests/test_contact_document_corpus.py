"""Contact and document rules on the real corpus: what a recruiter would and would not flag."""

from __future__ import annotations

import pytest

from reslint.kinds.shared.contact_fields import contact_fields, in_top_block
from reslint.readers import read
from reslint.structure import build_document
from tests.conftest import CORPUS
from tests.rulehelp import family, lint_file

CONTACT = family("contact")
DOCUMENT = family("document")

# Resumes that print a phone number and an email address in the contact block at the top.
CLEAN_CONTACT = [
    "pdf/reactiveresume_azurill.pdf",
    "pdf/reactiveresume_bronzor.pdf",
    "pdf/reactiveresume_ditto.pdf",
    "pdf/reactiveresume_nosepass.pdf",
    "pdf/reactiveresume_onyx.pdf",
    "pdf/reactiveresume_pikachu.pdf",
    "pdf/resumematcher_john_doe.pdf",
    "pdf/resumematcher_modern_two_column.pdf",
    "pdf/resumematcher_bruce_wayne_fullstack.pdf",
    "pdf/soupboss_01-accountant.pdf",
    "pdf/soupboss_02-office_coordinator.pdf",
    "docx/soupboss_01-accountant.docx",
    "docx/soupboss_02-desktop_support.docx",
]


@pytest.mark.parametrize("name", CLEAN_CONTACT)
def test_no_contact_finding_when_phone_and_email_are_at_the_top(name):
    path = CORPUS / name
    doc = build_document(path, read(path))
    for field in ("phone", "email"):
        fields = contact_fields(doc, field)
        assert fields and in_top_block(fields[0].line, doc, 0.5), f"{name}: no {field} at top"
    findings = lint_file(path, CONTACT)
    # A missing LinkedIn URL is a suggestion about something absent, not about phone or email.
    expected = [] if doc.contact.linkedin else ["linkedin-url-missing"]
    assert [f.rule for f in findings] == expected


@pytest.mark.parametrize("name", ["pdf/moderncv_template-es.pdf", "pdf/moderncv_template-zh.pdf"])
def test_moderncv_contact_details_in_the_footer(name):
    findings = {f.rule: f for f in lint_file(CORPUS / name, CONTACT)}
    assert findings["phone-buried"].location.page == 1
    assert "footer" in findings["phone-buried"].message
    assert findings["contact-in-header-footer"].location.page == 1


@pytest.mark.parametrize(
    ("name", "pages"),
    [
        ("pdf/moderncv_banking_red.pdf", 4),  # resume plus cover letter in one file
        ("pdf/moderncv_classic_green.pdf", 4),
        ("pdf/rendercv_engineeringresumes.pdf", 3),
    ],
)
def test_too_many_pages_points_at_the_first_extra_page(name, pages):
    (finding,) = lint_file(CORPUS / name, ["too-many-pages"])
    assert finding.location.page == 3
    assert str(pages) in finding.message


def test_one_and_two_page_resumes_are_not_too_long():
    for path in sorted((CORPUS / "pdf").glob("*.pdf")):
        if "moderncv" in path.name or "engineeringresumes" in path.name:
            continue
        assert lint_file(path, ["too-many-pages"]) == [], path.name


def test_template_leftovers_in_real_templates():
    soupboss = lint_file(CORPUS / "pdf/soupboss_01-accountant.pdf", DOCUMENT)
    assert {(f.rule, f.location.line) for f in soupboss} >= {
        ("placeholder-text", 2),  # 555-0149, a number reserved for fiction
        ("metadata-leak", 1),  # Author: the template's author, not Ebony Moore
    }
    reactive = lint_file(CORPUS / "pdf/reactiveresume_ditto.pdf", DOCUMENT)
    # Its icon-font glyphs before the phone and mail are decoration: no garbled-text.
    assert {f.rule for f in reactive} == {
        "placeholder-text",  # (555) 123-4567
        "references-on-request",
    }


def test_white_banner_text_in_reactive_resume_is_not_hidden_text():
    # ditto and pikachu print the headline and location in white on a coloured banner.
    for name in ("reactiveresume_ditto.pdf", "reactiveresume_pikachu.pdf"):
        path = CORPUS / "pdf" / name
        assert any(line.color and min(line.color) > 0.95 for line in read(path).lines)
        assert lint_file(path, ["hidden-text"]) == []


@pytest.mark.parametrize(
    "name",
    [
        "structured/rendercv_classic.yaml",
        "pdf/rendercv_harvard.pdf",
        "pdf/jakes_resume_jake_ryan.pdf",
    ],
)
def test_no_document_finding_on_clean_files(name):
    # (The JSON Resume schema's sample is not among them: its phone, (912) 555-4321, is a
    # 555 number, which placeholder-text reports as fictional.)
    assert lint_file(CORPUS / name, DOCUMENT) == []
