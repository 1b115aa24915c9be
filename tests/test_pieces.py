"""Entry header text cut into pieces: sentences, brackets and places."""

from __future__ import annotations

import pytest

from reslint.lexicon.pieces import comma_pieces, is_location, sentence_pieces, strong_pieces


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "2018 – Present. Research Fellow. Acme Centre, Northgate University, Australia.",
            ["2018 – Present", "Research Fellow", "Acme Centre, Northgate University, Australia"],
        ),
        ("Research Scientist II. Acme Institute", ["Research Scientist II", "Acme Institute"]),
        (
            "Certificate in Teaching. Acme University",
            ["Certificate in Teaching", "Acme University"],
        ),
        # Abbreviations and periods inside brackets do not end a piece.
        ("B.S. Computer Science", ["B.S. Computer Science"]),
        ("Fluid Dynamics Dept.   Univ. Example", ["Fluid Dynamics Dept.   Univ. Example"]),
        ("Ph.D. (Appl. Phys.), Graduated", ["Ph.D. (Appl. Phys.), Graduated"]),
        ("Acme Inc. Data Engineer", ["Acme Inc.", "Data Engineer"]),
    ],
)
def test_a_period_after_a_word_ends_a_piece(text: str, pieces: list[str]) -> None:
    assert sentence_pieces(text) == pieces


def test_a_bracket_a_piece_opens_and_closes_stays() -> None:
    assert strong_pieces("Master of Science (MSc) – Genetics") == [
        "Master of Science (MSc)",
        "Genetics",
    ]
    assert comma_pieces("Acme Bank (AB), Nairobi") == ["Acme Bank (AB)", "Nairobi"]
    assert strong_pieces("(Remote)") == ["Remote"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Springfield, IL", True),
        ("Kamloops, BC, Canada", True),
        # A city comes just before its state: the first part is a company.
        ("Acme Metals Manufacturing, Springfield, IL", False),
        ("Northgate University, New Zealand", False),
        ("Acme Software, Austin, TX", False),
        # Countries in the languages reslint reads, in scripts with and without capitals.
        ("Нижний Новгород, Россия.", True),
        ("上海, 中国", True),
        ("Köln, Deutschland", True),
        # A big city before the country: the first part is the employer.
        ("Ромашка, Нижний Новгород, Россия", False),
        ("Acme, London, UK", False),
        ("Mountain View, California, USA", True),
        # A city alone after a comma is the employer's town, not a place of its own.
        ("Acme, Berlin", False),
        # An organisation's abbreviation before the country: an employer, not a town.
        ("ÖRNEKSAN Enerji, Türkiye", False),
        ("Deneme Barosu, Türkiye", False),
        ("ANKARA, TÜRKİYE", True),  # a line all in capitals says nothing by its capitals
        ("Ankara, Türkiye", True),
        # A state or province in full after its town, as its two letters would be; alone,
        # or after an employer and a town, it is no place of its own.
        ("Tilden, Oregon", True),
        ("Lakeview, Manitoba", True),
        ("Virginia", False),
        ("Acme Metals, Tilden, Oregon", False),
    ],
)
def test_places_and_names_that_end_with_one(text: str, expected: bool) -> None:
    assert is_location(text) is expected


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # Europass prints the title and the employer on one line, no separator between.
        (
            "Desarrolladora de aplicaciones Ejemplo Norte",
            ["Desarrolladora de aplicaciones", "Ejemplo Norte"],
        ),
        ("Técnico de laboratorio Hospital Muestra", ["Técnico de laboratorio", "Hospital Muestra"]),
        # A seniority after the title is the title's, and a title in capitals stays whole.
        ("Analista de infraestrutura Sênior", ["Analista de infraestrutura Sênior"]),
        ("Jefe de proyecto Senior", ["Jefe de proyecto Senior"]),
        ("Head of Product Acme", ["Head of Product Acme"]),
        ("Responsable de calidad", ["Responsable de calidad"]),
    ],
)
def test_a_lower_case_title_then_a_name_are_two_pieces(text: str, pieces: list[str]) -> None:
    assert sentence_pieces(text) == pieces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niederlassung Leipzig", True),  # a branch in a town, after the employer's name
        ("Sucursal Arequipa", True),
        ("Branch Manager", False),  # a title
        ("Filiale", False),  # no town
    ],
)
def test_a_branch_in_a_town_is_a_place(text: str, expected: bool) -> None:
    assert is_location(text) is expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Roles' sub-ranges first, the entry's own range in the date column.
        ("Group Leader 2011 – 2012, Counselor 2008 – 2011    2008 – 2012", 2008, 2012),
        # No range holds the others: the first one is the entry's.
        ("Tutor 2015 – 2016, Mentor 2017 – 2019", 2015, 2016),
        ("Engineer 2019 – 2021 (contract 2020 – 2021)", 2019, 2021),
    ],
)
def test_cut_dates_takes_the_range_holding_the_others(text: str, start: int, end: int) -> None:
    from reslint.lexicon.pieces import cut_dates
    from reslint.model import Line

    dates = cut_dates(Line(text)).dates
    assert dates is not None and dates.start is not None and dates.end is not None
    assert (dates.start.year, dates.end.year) == (start, end)
