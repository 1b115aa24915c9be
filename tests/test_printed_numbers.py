"""phone-missing stays quiet where the contact block prints a number the phone finder
refuses; an ID, a postcode or a date there is no phone. Invented lines."""

from __future__ import annotations

import pytest

from tests.linedocs import document, pdf_line, run

_BODY = (
    pdf_line("Experience", 200, font_size=14, bold=True),
    pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", 220),
    pdf_line("• Built the billing pipeline for 40 banks", 235),
)


def _phone_missing(contact_line: str) -> list[int]:
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line("jane.doe@example.org", 70),
        pdf_line(contact_line, 85),
        *_BODY,
    )
    return [finding.location.line for finding in run("phone-missing", doc)]


@pytest.mark.parametrize(
    "printed",
    [
        "45·356·2399",  # grouped with middle dots, no country code the finder can place
        "(44+) 20 7946 0958",  # the country code after its digits
        "+FI 45 356 2399",  # the country code in letters
        # the same after a phone label (unseen-5: FALSE on a labelled number)
        "Phone: (66+) 81 234 5678",
        "jane.doe@example.org | Tel. (66+) 81-234-5678",
        "Handy: 45·356·2399",
        "Téléphone : +FI 45 356 2399",
    ],
)
def test_a_number_printed_in_a_form_the_finder_refuses_is_no_missing_phone(printed: str):
    assert _phone_missing(printed) == []


@pytest.mark.parametrize(
    "printed",
    [
        "ORCID: 0000-0002-1825-0097",  # an ID, labelled
        "Scopus Author ID: 57190012345",
        "Phone: 2018 – 2022",  # a label before years is no number
        "Springfield, IL 62701-1234",  # a ZIP+4 after words
        "Born 01.12.2000",  # a date
        "2018 – 2022",  # years
    ],
)
def test_ids_postcodes_and_dates_in_the_contact_block_are_no_phone(printed: str):
    assert _phone_missing(printed) == [1]


def test_a_number_after_a_phone_label_counts_outside_the_contact_block_too():
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line("jane.doe@example.org", 70),
        *_BODY,
        pdf_line("Details", 400, font_size=14, bold=True),
        pdf_line("Mobile: +FI 45 356 2399", 420),
    )
    assert run("phone-missing", doc) == []
    # Another label there says the number is something else.
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line("jane.doe@example.org", 70),
        *_BODY,
        pdf_line("Details", 400, font_size=14, bold=True),
        pdf_line("Licence: 45·356·2399", 420),
    )
    assert [finding.location.line for finding in run("phone-missing", doc)] == [1]
