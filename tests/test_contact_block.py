"""Whose contact details a resume prints: the candidate's in the contact block, other
people's in the body (structure/contact_zone.py), and addresses as text layers and
authors write them (lexicon/contact.py)."""

from __future__ import annotations

import pytest

from reslint.examples import example_document
from reslint.model import Line
from tests.linedocs import body, document, pdf_line


def contact(text: str) -> tuple[list[str], list[str]]:
    doc = example_document(text, "markdown", "US")
    return [f.value for f in doc.contact.emails], [f.value for f in doc.contact.phones]


def test_a_supervisors_details_inside_an_entry_are_not_the_candidates():
    text = """
# Priya Raman
priya.raman@example.org | +1 617 555 0123

## Experience
Acme Inc., Data Engineer, 2020 - 2023
Supervisor: Tom Hale, tom.hale@acme.example, (617) 555-0199
- Built the billing pipeline
"""
    assert contact(text) == (["priya.raman@example.org"], ["+16175550123"])


def test_an_employers_labelled_switchboard_is_not_the_candidates():
    text = """
# Priya Raman
priya.raman@example.org | +1 617 555 0123

## Experience
Acme Inc., 1 Main St, Boston MA, Tel: (617) 555-0100
Data Engineer, 2020 - 2023
"""
    assert contact(text)[1] == ["+16175550123"]


def test_without_details_in_the_contact_block_the_body_is_read():
    text = """
# Priya Raman
Data Engineer

## Experience
Acme Inc., Data Engineer, 2020 - 2023

## Get in touch
priya.raman@example.org
+1 617 555 0123
"""
    assert contact(text) == (["priya.raman@example.org"], ["+16175550123"])


def test_two_addresses_in_the_contact_block_are_both_the_candidates():
    text = "# Priya Raman\npriya.raman@example.org | praman@cs.example.edu | +1 617 555 0123\n"
    assert contact(text)[0] == ["priya.raman@example.org", "praman@cs.example.edu"]


def test_a_referees_details_in_a_sidebar_are_not_the_candidates():
    doc = document(
        pdf_line("Priya Raman", 40, font_size=22),
        pdf_line("priya.raman@example.org", 65),
        *body(),
        pdf_line("References", 200, font_size=14, bold=True),
        pdf_line("Tom Hale, tom.hale@acme.example, (617) 555-0199", 220, region="sidebar"),
    )
    assert [f.value for f in doc.contact.emails] == ["priya.raman@example.org"]
    assert [f.value for f in doc.contact.phones] == []


@pytest.mark.parametrize(
    "printed",
    [
        "priya.raman [at] example [dot] org",
        "priya.raman(at)example.org",
        "priya.raman {at} example.org",
        "priya.raman at example dot org",
        "Email: priya.raman AT example DOT org | Boston, MA",
    ],
)
def test_an_obfuscated_address_is_read(printed: str):
    doc = example_document(f"# Priya Raman\n{printed}\n", "markdown", "US")
    (email,) = doc.contact.emails
    assert email.value == "priya.raman@example.org"
    assert email.line is not None and email.line.number == 2
    assert doc.contact.headline is None  # the address is no role


def test_at_and_dot_in_a_sentence_are_no_address():
    text = "# Priya Raman\npriya.raman@example.org\n\n## Summary\nShe works at Acme dot com\n"
    assert contact(text)[0] == ["priya.raman@example.org"]


@pytest.mark.parametrize(
    ("printed", "email", "phone"),
    [
        ("priya.raman@example.orgLinkedIn   (617) 555-0123", "priya.raman@example.org", None),
        ("priya.raman@example.org617-555-0123", "priya.raman@example.org", "+16175550123"),
        ("priya@example.co.ukGitHub", "priya@example.co.uk", None),
        ("PRIYA.RAMAN@EXAMPLE.ORG", "priya.raman@example.org", None),
    ],
)
def test_what_a_text_layer_glues_after_an_address(printed: str, email: str, phone: str | None):
    doc = document(pdf_line("Priya Raman", 40, font_size=22), pdf_line(printed, 65), *body())
    assert [f.value for f in doc.contact.emails] == [email]
    if phone:
        assert [f.value for f in doc.contact.phones] == [phone]


def test_a_mailto_link_under_another_printed_address_adds_none():
    line = Line("priya@raman.example   (617) 555-0123", links=("mailto:old@example.org",))
    doc = document(pdf_line("Priya Raman", 40, font_size=22), line, *body())
    assert [f.value for f in doc.contact.emails] == ["priya@raman.example"]


def test_a_referee_under_a_title_reslint_does_not_know_keeps_their_details():
    text = """
# Priya Raman
priya.raman@example.org | +1 617 555 0123

## Experience
Acme Inc., Data Engineer, 2020 - 2023

## Contact
Boston, MA
Referee: Tom Hale, Manager at Acme Inc.
tom.hale@acme.example | (617) 555-0199
"""
    assert contact(text) == (["priya.raman@example.org"], ["+16175550123"])


def test_a_referee_in_a_table_cell_read_before_the_candidates_details():
    # Reading order of a layout table: no contact block at the top, a referee beside.
    doc = document(
        pdf_line("Experience", 40, font_size=14, bold=True),
        pdf_line("Priya Raman", 60, font_size=22),
        pdf_line("priya.raman@example.org", 85),
        pdf_line("Tom Hale", 100),
        pdf_line("tom.hale@acme.example", 112),
        pdf_line("(617) 555-0199", 124),
    )
    assert [f.value for f in doc.contact.emails] == ["priya.raman@example.org"]
    assert doc.contact.phones == ()


def test_an_address_not_made_of_the_name_above_it_stays_the_candidates():
    # Whatever the line above it reads like, `praman@` is made of the candidate's name.
    doc = document(
        pdf_line("Experience", 40, font_size=14, bold=True),
        pdf_line("Priya Raman", 60, font_size=22),
        pdf_line("Lead Designer", 85),
        pdf_line("Tom Hale", 100),
        pdf_line("praman@example.org", 112),
    )
    assert [f.value for f in doc.contact.emails] == ["praman@example.org"]


def test_without_a_contact_block_the_first_group_of_addresses_is_the_candidates():
    # A layout read with a section title first: no contact block at the top, and a
    # professor's address further on, in the education entry.
    doc = document(
        pdf_line("Profile", 40, font_size=14, bold=True),
        pdf_line("Priya Raman", 60, font_size=22),
        pdf_line("priya.raman@example.org", 85),
        pdf_line("Data engineer who builds billing pipelines.", 100),
        pdf_line("Education", 130, font_size=14, bold=True),
        pdf_line("Example University, BSc Physics, 2016 – 2020", 150),
        pdf_line("Thesis supervised by the physics faculty", 165),
        pdf_line("Graduate office", 180),
        pdf_line("Department of Physics", 195),
        pdf_line("Building 4, Room 12", 210),
        pdf_line("physics-office@university.example", 225),
    )
    assert [f.value for f in doc.contact.emails] == ["priya.raman@example.org"]


def test_a_mailto_link_to_an_address_printed_nowhere_yields_to_the_printed_one():
    doc = document(
        pdf_line("Priya Raman", 40, font_size=22),
        Line("\uf0e0", links=("mailto:old.address@example.org",)),
        pdf_line("priya.raman@example.org", 65),
        *body(),
    )
    assert [f.value for f in doc.contact.emails] == ["priya.raman@example.org"]
