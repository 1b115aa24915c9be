"""An address a narrow column's line wrap split at a hyphen is read whole."""

from __future__ import annotations

from reslint.model import Box, Line
from tests.linedocs import PAGE, document, pdf_line


def cell(text: str, x0: float, top: float, x1: float = 160) -> Line:
    return Line(text, box=Box(x0, top, x1, top + 12), font_size=10.0, page_height=PAGE)


def sidebar_resume(first: str, second: str, name: str = "Alexander Tanaka") -> list[str]:
    """The contact column on the left, the experience beside it, read row by row."""
    doc = document(
        pdf_line(name, 40, font_size=24),
        cell(first, 50, 100),
        cell("Experience", 200, 104, 550),
        cell(second, 50, 114),
        cell("Data Analyst, Northwind Traders, Jan 2021 – Present", 200, 120, 550),
    )
    return [field.value for field in doc.contact.emails]


def test_a_hyphen_the_typesetter_put_into_the_name_is_dropped():
    emails = sidebar_resume("alexan-", "der.tanaka@example.org")
    assert emails == ["alexander.tanaka@example.org"]


def test_the_address_s_own_hyphen_stays():
    emails = sidebar_resume("mary-", "jane.doe@example.org", name="Mary-Jane Doe")
    assert emails == ["mary-jane.doe@example.org"]


def test_without_a_name_word_spelled_the_hyphen_is_the_address_s():
    emails = sidebar_resume("team-", "lead@example.org", name="Priya Raman")
    assert emails == ["team-lead@example.org"]


def test_a_line_that_ends_in_a_hyphen_far_from_the_address_is_not_its_start():
    doc = document(
        pdf_line("Alexander Tanaka", 40, font_size=24),
        cell("full-", 300, 100, 550),
        cell("der.tanaka@example.org", 50, 114),
    )
    assert [field.value for field in doc.contact.emails] == ["der.tanaka@example.org"]


def test_a_column_set_flush_right():
    doc = document(
        pdf_line("Alexander Tanaka", 40, font_size=24),
        cell("alexan-", 110, 100, 160),
        cell("der.tanaka@example.org", 52, 114, 160),
    )
    assert [field.value for field in doc.contact.emails] == ["alexander.tanaka@example.org"]


def test_the_cut_start_of_an_address_the_contact_holds_whole_is_no_broken_address():
    from dataclasses import replace

    from tests.linedocs import run

    # A profile export's sidebar wraps a long address where the column ends; the line's
    # link holds it whole.
    head = replace(
        cell("alexander.tanaka.lindqvist@gmai", 50, 100),
        links=("mailto:alexander.tanaka.lindqvist@gmail.com",),
    )
    doc = document(
        pdf_line("Alexander Tanaka", 40, font_size=24),
        head,
        cell("l.com", 50, 114),
        cell("Experience", 200, 130, 550),
        cell("Data Analyst, Northwind Traders, Jan 2021 – Present", 200, 146, 550),
    )
    assert [field.value for field in doc.contact.emails] == ["alexander.tanaka.lindqvist@gmail.com"]
    assert run("email-invalid", doc) == []
    # An address cut off with nothing holding it whole is still reported.
    alone = document(
        pdf_line("Alexander Tanaka", 40, font_size=24),
        cell("alexander.tanaka.lindqvist@gmai", 50, 100),
        cell("Experience", 200, 130, 550),
    )
    assert [f.location.line for f in run("email-invalid", alone)] == [2]


def test_a_domain_cut_after_its_first_letter_takes_the_letters_below():
    emails = sidebar_resume("ALEX.TANAKA@EXAMPLE.O", "RG")
    assert emails == ["alex.tanaka@example.org"]


def test_an_address_with_a_whole_domain_takes_nothing_from_below():
    emails = sidebar_resume("alex.tanaka@example.org", "RG")
    assert emails == ["alex.tanaka@example.org"]
