"""A page top built of floating pieces (a positioned table, text boxes anchored in empty
paragraphs) is read in the order of the pieces' places, not the file's."""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from tests.docx_builder import make_docx, para
from tests.rulehelp import lint_file, where

INCH = 914400
TWIPS = 1440


def _box(inner: str, across: tuple[str, int], down: tuple[str, int], size: tuple[int, int]) -> str:
    """A run holding a text box at `across`/`down` (relativeFrom, EMU), `size` in EMU."""
    place = "".join(
        f'<wp:{axis} relativeFrom="{ref}"><wp:posOffset>{offset}</wp:posOffset></wp:{axis}>'
        for axis, (ref, offset) in (("positionH", across), ("positionV", down))
    )
    return (
        f'<w:r><w:drawing><wp:anchor>{place}<wp:extent cx="{size[0]}" cy="{size[1]}"/>'
        "<a:graphic><a:graphicData><wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>"
        f"{inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></w:r>"
    )


def _floating_table(rows: list[tuple[str, str]], x: int, y: int) -> str:
    """A two-column table positioned on the page at (x, y) twips."""
    cells = "".join(
        f'<w:tr><w:trPr><w:trHeight w:val="900"/></w:trPr><w:tc>{para(left)}</w:tc>'
        f"<w:tc>{para(right)}</w:tc></w:tr>"
        for left, right in rows
    )
    return (
        '<w:tbl><w:tblPr><w:tblpPr w:vertAnchor="page" w:horzAnchor="page" '
        f'w:tblpX="{x}" w:tblpY="{y}"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="4600"/></w:tblGrid>'
        f"{cells}</w:tbl>"
    )


WORK = [
    ("", "Work history"),
    ("03.2019 – 06.2022", "Store assistant, Linden Market"),
    ("07.2022 – today", "Shift lead, Linden Market"),
]
SIDEBAR = [para("Mühlweg 4, 12345 Talstadt"), para("+49 151 2345 6789"), para("Languages")]


def _sidebar_page(tmp_path: Path, lead: str = "") -> Path:
    sidebar = _box(
        "".join(SIDEBAR), ("page", 0), ("paragraph", 30_000), (int(2.9 * INCH), 9 * INCH)
    )
    name = _box(para("Lena Hartmann"), ("page", 0), ("page", 0), (int(2.9 * INCH), INCH))
    body = (
        lead
        + _floating_table(WORK, int(3.2 * TWIPS), int(0.6 * TWIPS))
        + f"<w:p>{sidebar}{name}</w:p>"
        + para()
    )
    return make_docx(tmp_path / "floating.docx", body)


def test_name_sidebar_and_floated_table_read_by_their_places(tmp_path: Path) -> None:
    texts = [line.text for line in read(_sidebar_page(tmp_path)).lines]
    assert texts[:4] == [
        "Lena Hartmann",
        "Mühlweg 4, 12345 Talstadt",
        "+49 151 2345 6789",
        "Languages",
    ]
    assert texts[4] == "Work history"


def test_a_phone_in_the_sidebar_box_is_not_buried(tmp_path: Path) -> None:
    # Read after the whole work table, the number was "below the first section heading".
    assert where(lint_file(_sidebar_page(tmp_path), ["phone-buried"])) == []


def test_floating_pieces_after_text_keep_the_files_order(tmp_path: Path) -> None:
    # Below text in the flow the pieces' tops are not known from the page: file order.
    texts = [line.text for line in read(_sidebar_page(tmp_path, para("Curriculum vitae"))).lines]
    assert texts[:2] == ["Curriculum vitae", "Work history"]
