"""Postal addresses printed after an employer's or a school's name: cut off, the name kept
(fictional names and streets)."""

from __future__ import annotations

import pytest

from reslint.lexicon.addresses import without_address
from tests.test_structure_positions import _positions, _text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hotel Miramare Via Roma 2 21047 Saronno, Italien", "Hotel Miramare"),
        ("Acme GmbH Musterstraße 5, 10115 Berlin", "Acme GmbH"),
        ("Northwind Ltd 12 Main Street", "Northwind Ltd"),
        ("Liceo Galilei via San Marco 60 20121 Milano (MI)", "Liceo Galilei"),
        ("Acme AG 8001 Zürich", "Acme AG"),
        ("Café Central Rue de la Paix 12", "Café Central"),
    ],
)
def test_the_address_after_a_name_is_cut_off(text: str, name: str) -> None:
    assert without_address(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Acme 2000 Systems",
        "Class of 2019 Alumni",
        "Route 66 Diner",
        "Studio 54",
        "Via Ferrata Club",
        "Ring 3 Consulting",
        "St. Mary Hospital",
    ],
)
def test_names_with_numbers_or_street_words_stay_whole(text: str) -> None:
    assert without_address(text) == text


def test_an_employer_printed_with_its_address_after_a_joiner() -> None:
    text = (
        "Berufliche Erfahrung\n"
        "6/2011 - 9/2011   Rezeptionist bei Hotel Miramare Via Roma 2 21047 Saronno, Italien.\n"
        "- Empfang der Gäste\n"
    )
    assert _positions(_text(text))[0][:2] == ("Hotel Miramare", "Rezeptionist")
