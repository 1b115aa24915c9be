"""The word between a title and its employer (`at`, `@`, `bei`, `chez`, `presso`, `bij`,
`en`): one list in lexicon/data/entry_words.toml, read by lexicon.joiners for every stage."""

from __future__ import annotations

import pytest

from reslint.lexicon.joiners import JOINERS, LOOSE_JOINERS, first_joined, has_joiner
from reslint.structure import build_structure
from reslint.structure.role_words import title_at_company
from tests.built_lines import built_lines, parsed_positions

HEADING = {"size": 14.0, "bold": True}
BULLET = {"bullet": True, "x": 80.0}


def test_one_list_of_joiners_with_the_loose_ones_marked() -> None:
    assert {"at", "@", "bei", "chez", "presso", "bij", "en"} <= JOINERS
    # `en` also links a title to its field (`Ingeniero en Sistemas`); `at` does not.
    assert "en" in LOOSE_JOINERS and "at" not in LOOSE_JOINERS


def test_a_joiner_stands_between_spaces() -> None:
    assert first_joined("Dev @ Northwind") is not None
    assert first_joined("mail me: kai@example.org") is None
    assert has_joiner("Praktikant bei Kessler Werke")
    assert not has_joiner("Ingeniero en Sistemas")  # strict joiners only, unless asked
    assert has_joiner("Ingeniero en Sistemas", loose=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data Analyst at Northwind Traders", ("Data Analyst", "Northwind Traders")),
        ("Werkstudent bei Kessler Werke GmbH", ("Werkstudent", "Kessler Werke GmbH")),
        ("Stagiaire chez Brunel Conseil", ("Stagiaire", "Brunel Conseil")),
        ("Sviluppatore presso Ortica Sistemi", ("Sviluppatore", "Ortica Sistemi")),
        ("Stagiair bij Gemeente Zwolle", ("Stagiair", "Gemeente Zwolle")),
        # A loose joiner splits where an employer's words follow it.
        ("Desarrolladora en Lumbre Digital S.L.", ("Desarrolladora", "Lumbre Digital S.L.")),
    ],
)
def test_title_at_company_in_each_language(text: str, expected: tuple[str, str]) -> None:
    assert title_at_company(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A town or a place after the joiner names no employer.
        "Relief Coordinator at Three Points, AZ",
        "Nurse at Remote",
        # A share of time, not a company.
        "Team Lead @ 50% time",
        # `in` joins no title to an employer.
        "Specialist in Data",
        # Spanish `en` before a field of work or study.
        "Ingeniero en Sistemas",
        "Especialista en Marketing Digital",
        # A school whose name holds `at`.
        "University of Colorado at Boulder",
    ],
)
def test_no_title_at_company(text: str) -> None:
    assert title_at_company(text) is None


def _positions(*rows) -> list[tuple[str | None, str | None]]:
    lines = built_lines(("Rhea Okafor", {"size": 20.0}), ("Experience", HEADING), *rows)
    return [
        (p.company.value if p.company else None, p.title.value if p.title else None)
        for p in build_structure(lines, "US").positions
    ]


def test_a_place_after_at_is_no_company_in_a_parse() -> None:
    got = _positions(
        ("Volunteer Coordinator at Three Points, AZ   2019 – 2021", {"bold": True}),
        ("Ran the weekend food bank.", BULLET),
    )
    assert got and got[0][0] != "Three Points"


def test_spanish_field_after_en_keeps_the_title_whole() -> None:
    got = _positions(
        ("Ingeniero en Sistemas   2019 – 2021", {"bold": True}),
        ("Consultora Pereda Asociados", {}),
        ("Mantuve los servidores de la oficina.", BULLET),
    )
    assert got == [("Consultora Pereda Asociados", "Ingeniero en Sistemas")]


def test_french_titles_joined_to_their_employer_by_a_preposition_and_article() -> None:
    """`Stage à la Direction des Espaces Verts`, `Stagiaire au Cabinet Durand Conseil`,
    `Animateur pour le Centre Social Les Tilleuls`: French joins a title to its employer
    with `à la`, `au` or `pour le` as with `chez`."""
    assert title_at_company("Stage à la Direction des Espaces Verts de Villebrune") == (
        "Stage",
        "Direction des Espaces Verts de Villebrune",
    )
    assert title_at_company("Stagiaire au Cabinet Durand Conseil") == (
        "Stagiaire",
        "Cabinet Durand Conseil",
    )
    lines = built_lines(
        ("Expérience professionnelle", HEADING),
        "Animateur pour le Centre Social Les Tilleuls   2019 – 2021",
        ("Organisation des activités", BULLET),
    )
    assert parsed_positions(lines) == [("Centre Social Les Tilleuls", "Animateur", "2019", "2021")]


def test_a_french_phrase_after_au_or_a_la_is_no_employer() -> None:
    """`Chef de projet au sein de la DSI`, `Développeur à la demande`: `au` and `à la` as
    often start a phrase; only a capitalised name after them is an employer."""
    assert title_at_company("Chef de projet au sein de la DSI") is None
    assert title_at_company("Développeur à la demande") is None
