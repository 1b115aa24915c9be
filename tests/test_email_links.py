"""Emails found only in a `mailto:` link (an icon, a word like `Email`), as editors write it."""

from __future__ import annotations

import pytest

from reslint.lexicon.contact import find_emails
from reslint.model import Line
from tests.linedocs import document, pdf_line


@pytest.mark.parametrize(
    ("link", "emails"),
    [
        ("mailto:%20jane.doe@example.org", ["jane.doe@example.org"]),
        ("mailto:jane.doe%40example.org", ["jane.doe@example.org"]),
        ("mailto://jane.doe@example.org/", ["jane.doe@example.org"]),
        ("mailto:Jane.Doe@Example.org?subject=Hello", ["jane.doe@example.org"]),
        ("mailto:", []),
        ("mailto:Email", []),
        ("mailto:@", []),
    ],
)
def test_an_email_only_in_a_mailto_link(link: str, emails: list[str]):
    line = Line("\uf0e0 Email", links=(link,))
    assert [field.value for field in find_emails(line)] == emails
    assert all(field.link_only for field in find_emails(line))


def test_a_link_to_the_printed_address_adds_nothing():
    line = Line("jane.doe@example.org", links=("mailto:%20Jane.Doe@example.org",))
    assert [(f.value, f.link_only) for f in find_emails(line)] == [("jane.doe@example.org", False)]


@pytest.mark.parametrize(
    ("printed", "email", "phone"),
    [
        ("617-555-0123jane.doe@example.org", "jane.doe@example.org", "+16175550123"),
        ("+44 7700 900123jane.doe@example.org", "jane.doe@example.org", "+447700900123"),
        # Digits without separators may be the address's own: left alone.
        ("jane2019@example.org", "jane2019@example.org", None),
    ],
)
def test_a_number_glued_onto_the_email_after_it(printed: str, email: str, phone: str | None):
    doc = document(
        pdf_line("Jane Doe", 40, font_size=22),
        pdf_line(printed, 65),
        pdf_line("Experience", 100, font_size=14, bold=True),
        pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", 120),
    )
    assert [field.value for field in doc.contact.emails] == [email]
    assert [field.value for field in doc.contact.phones] == ([phone] if phone else [])
