"""PDF tables of multi-line cells, on pages built here: each cell is read whole.

Fictional people and firms; see `reslint/readers/pdf_cells.py` for the mechanism.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.readers.base import SEGMENT_JOIN
from tests.test_pdf_layout import ENGINES, Text, _build, _column, _is_run, _texts

pytest.importorskip("reportlab.pdfgen.canvas")

# (left cell, right cell) per table row: header wrapped in a narrow cell, description beside.
ROWS = [
    (
        ["Web Developer", "(Acme Digital)", "Jun 2016 – Sep", "2016"],
        ["Built the new", "shop pages."],
    ),
    (
        ["Developer (Globex", "Media B.V.)", "Apr 2015 – Sep", "2016"],
        ["Wrote the import", "jobs and a tool", "for the news desk."],
    ),
    (["Web Designer", "(Initech)", "Aug 2013 – Sep", "2013"], ["Built client sites."]),
]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_table_of_multi_line_cells_is_read_cell_by_cell(tmp_path: Path, engine: str) -> None:
    page = [Text(50, 50, "Past Experience", size=14)]
    y = 80.0
    for left, right in ROWS:
        page += _column(50, y, left, pitch=13)
        page += _column(150, y, right, pitch=13)
        y += 13 * max(len(left), len(right)) + 12
    texts = _texts(_build(tmp_path / "cells.pdf", [page]), engine)
    for left, right in ROWS:
        assert _is_run(texts, left + right)
    assert not any(SEGMENT_JOIN in text for text in texts)


@pytest.mark.parametrize("engine", ENGINES)
def test_dates_flush_right_beside_their_titles_stay_on_the_title_line(
    tmp_path: Path, engine: str
) -> None:
    # A bold title wrapped over two lines, its dates right-aligned level with the first.
    entries = [
        (["Chief of Staff to the Deputy", "Minister of Example Affairs"], "10/2020 - 10/2025"),
        (["Policy Adviser, Example Party", "Research Office"], "05/2016 - 10/2020"),
        (["Press Officer, City of", "Springfield"], "2014 - 2016"),
    ]
    page: list[Text] = []
    y = 60.0
    for title, dates in entries:
        page += _column(50, y, title, pitch=12)
        page.append(Text(540, y, dates, size=9, right=True))
        y += 40
    texts = _texts(_build(tmp_path / "flush-dates.pdf", [page]), engine)
    for title, dates in entries:
        assert f"{title[0]}{SEGMENT_JOIN}{dates}" in texts


@pytest.mark.parametrize("engine", ENGINES)
def test_three_columns_side_by_side_are_read_one_after_another(tmp_path: Path, engine: str) -> None:
    contact = ["Contact", "+44 20 7946 0000", "1 Example Street", "Springfield"]
    profile = ["Profile", "My portfolio", "Projects online", "Projects archive"]
    languages = ["Languages", "English", "Spanish", "Polish"]
    page = [Text(200, 50, "Jane Doe", size=24)]
    page += _column(40, 100, contact, pitch=26, size=12)
    page += _column(230, 110, profile, pitch=24, size=11)
    page += _column(420, 95, languages, pitch=25, size=11)
    texts = _texts(_build(tmp_path / "three.pdf", [page]), engine)
    assert _is_run(texts, contact) and _is_run(texts, profile) and _is_run(texts, languages)


# pdfium only: pdfplumber reads a ZapfDingbats glyph as its code letter ("n" for a square).
@pytest.mark.parametrize("engine", ["pdfium"])
def test_an_icon_beside_a_heading_is_no_table_cell(tmp_path: Path, engine: str) -> None:
    page: list[Text] = []
    y = 60.0
    for heading, items in (("Skills", ["Testing", "SQL"]), ("Interests", ["Chess", "Hiking"])):
        page += _column(50, y, [heading, *items], pitch=13)
        page.append(Text(300, y, "*", size=10, font="ZapfDingbats"))
        y += 60
    texts = _texts(_build(tmp_path / "icons.pdf", [page]), engine)
    for heading, first in (("Skills", "Testing"), ("Interests", "Chess")):
        # The icon stays on its heading's line, the heading's items follow it.
        at = next(i for i, text in enumerate(texts) if text.startswith(heading))
        assert texts[at].startswith(heading + SEGMENT_JOIN) and texts[at + 1] == first
