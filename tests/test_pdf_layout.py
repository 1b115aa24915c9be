"""PDF reading on pages built here: accents, word breaks.

Each test draws a small page with reportlab (fictional people and firms) that
shows one layout mechanism, and checks the lines both engines read from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pytest

from reslint.readers import ReadOptions, read
from reslint.readers.pdf_layout import Glyph, PageData, Style, page_lines

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")

ENGINES = ("pdfium", "pdfplumber")
HEIGHT = 792.0


class Text(NamedTuple):
    """A string drawn with its baseline `y` points below the top of the page."""

    x: float
    y: float
    text: str
    size: float = 10.0
    font: str = "Helvetica"
    right: bool = False  # x is the right edge


def _build(path: Path, pages: Iterable[Iterable[Text]]) -> Path:
    pdf = canvas_module.Canvas(str(path), pagesize=(612, HEIGHT))
    for page in pages:
        for item in page:
            pdf.setFont(item.font, item.size)
            draw = pdf.drawRightString if item.right else pdf.drawString
            draw(item.x, HEIGHT - item.y, item.text)
        pdf.showPage()
    pdf.save()
    return path


def _texts(path: Path, engine: str) -> list[str]:
    return [line.text for line in read(path, ReadOptions(pdf_engine=engine)).lines]


@pytest.mark.parametrize("engine", ENGINES)
def test_accents_drawn_over_their_letters_are_put_back(tmp_path: Path, engine: str) -> None:
    # TeX's OT1 fonts draw `ö` as `o` with a `¨` over it.
    path = tmp_path / "accents.pdf"
    pdf = canvas_module.Canvas(str(path), pagesize=(612, HEIGHT))
    pdf.setFont("Helvetica", 12)
    x = 72.0
    for letter, accent in (
        ("J", ""),
        ("o", "\u00a8"),
        ("r", ""),
        ("g", ""),
        (" ", ""),
        ("E", "\u00b4"),
    ):
        pdf.drawString(x, 700, letter)
        width = pdf.stringWidth(letter, "Helvetica", 12)
        if accent:
            offset = (width - pdf.stringWidth(accent, "Helvetica", 12)) / 2
            pdf.drawString(x + offset, 700 + (3 if letter.isupper() else 0), accent)
        x += width
    pdf.drawString(72, 680, "2^10 and a~b")
    pdf.showPage()
    pdf.save()
    texts = _texts(path, engine)
    assert texts == ["Jörg É", "2^10 and a~b"]


def test_a_space_under_an_overhanging_letter_still_breaks_the_word() -> None:
    # An italic `f` whose box reaches over the space after it (Typst, Libertinus Italic).
    style = Style(9.0, "Serif-Italic", False, None)
    glyphs = []
    for char, x0, x1 in (
        ("o", 67.4, 71.6),
        ("f", 70.7, 76.1),
        (" ", 74.3, 76.5),
        ("B", 76.5, 81.6),
    ):
        glyphs.append(Glyph(char, x0, x1, 270.5, 280.8, 278.5, style))
    assert [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))] == ["of B"]
