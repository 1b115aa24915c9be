"""A position's heading line that names its place with the state spelled out (`Dayton,
Ohio`), or as `Various Locations`, and parts its fields with an em dash spaced on one side
only: the place is no part of the title or employer. Invented DOCX files, built here."""

from __future__ import annotations

from pathlib import Path

from reslint.lexicon.pieces import is_location, strong_pieces
from reslint.readers import read
from reslint.structure import build_document
from tests.docx_builder import make_docx, para


def _positions(path: Path) -> list[tuple[str | None, str | None]]:
    document = build_document(path, read(path))
    return [
        (
            position.company.value if position.company else None,
            position.title.value if position.title else None,
        )
        for position in document.structure.positions
    ]


def test_a_city_and_its_state_in_full_is_a_place() -> None:
    assert is_location("Dayton, Ohio")
    assert is_location("Red Deer, Alberta")
    assert is_location("Macon, Georgia")
    assert is_location("Various Locations")
    # A state alone may be a name or a country: only after its city is it a place.
    assert not is_location("Georgia")
    assert not is_location("Initech Corp, Ohio")


def test_an_em_dash_spaced_on_one_side_parts_the_fields() -> None:
    pieces = strong_pieces("Initech Corp —Line Cook —March 2015 - May 2016")
    assert pieces == ["Initech Corp", "Line Cook", "March 2015", "May 2016"]
    # A hyphen inside a word, and a spaced en dash between dates, stay as they were.
    assert strong_pieces("Co-op Grocer — Stocker") == ["Co-op Grocer", "Stocker"]


def test_the_place_after_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    body = (
        para("Ann Example")
        + para("ann@example.org | 555-010-7788")
        + para("Experience")
        + para("Globex Hardware — Store Clerk — Dayton, Ohio — Jan. 2019 - Mar 2020")
        + para("• Stocked shelves and ran the register")
        + para("Umbrella Foods —Delivery Driver —Macon, Georgia — Apr 2020 - Present")
        + para("• Planned routes for the morning deliveries")
    )
    path = make_docx(tmp_path / "cv.docx", body)
    assert _positions(path) == [
        ("Globex Hardware", "Store Clerk"),
        ("Umbrella Foods", "Delivery Driver"),
    ]


def test_various_locations_is_not_part_of_the_employer(tmp_path: Path) -> None:
    body = (
        para("Ann Example")
        + para("ann@example.org")
        + para("Experience")
        + para("UNITED STATES COAST GUARD – Various Locations\tJun 2012 – Jul 2016")
        + para("Boatswain Mate")
        + para("• Led a crew of six on harbor patrols")
    )
    path = make_docx(tmp_path / "cv.docx", body)
    assert _positions(path) == [("UNITED STATES COAST GUARD", "Boatswain Mate")]
