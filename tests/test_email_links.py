"""Emails found only in a `mailto:` link (an icon, a word like `Email`), as editors write it."""

from __future__ import annotations

import pytest

from reslint.lexicon.contact import find_emails
from reslint.model import Line


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
