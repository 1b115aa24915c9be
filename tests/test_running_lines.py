"""Running headers and footers: the same text at the same place on most pages, and page
numbers in the languages reslint reads (lines built here, as the PDF reader makes them)."""

from __future__ import annotations

import pytest

from reslint.lexicon.entry_words import is_page_number
from reslint.model import Box, Line, Region
from reslint.readers.pdf_layout import mark_running_regions

PAGE_HEIGHT = 842.0


def _line(text: str, page: int, top: float) -> Line:
    return Line(
        text=text,
        page=page,
        box=Box(72.0, top, 300.0, top + 10.0),
        font_size=9.0,
        page_height=PAGE_HEIGHT,
    )


def _pages(count: int, running_on: set[int]) -> list[list[Line]]:
    pages = []
    for page in range(1, count + 1):
        lines = [_line("Curriculum vitae", page, 52.0)] if page in running_on else []
        lines.append(_line(f"Work done on page {page}", page, 300.0))
        pages.append(lines)
    return pages


def _running_regions(pages: list[list[Line]]) -> list[Region]:
    return [
        line.region
        for lines in mark_running_regions(pages)
        for line in lines
        if line.text == "Curriculum vitae"
    ]


def test_a_line_at_one_place_on_most_pages_is_a_running_header() -> None:
    """A long CV whose annex pages (a language passport) print no running line."""
    assert _running_regions(_pages(5, {1, 2, 3, 4})) == [Region.HEADER] * 4


def test_a_line_on_a_few_pages_of_many_is_not_running() -> None:
    assert _running_regions(_pages(5, {1, 2})) == [Region.BODY] * 2


def test_a_line_on_one_page_of_two_is_not_running() -> None:
    assert _running_regions(_pages(2, {1})) == [Region.BODY]


@pytest.mark.parametrize(
    "text",
    ["Page 2 of 3", "Pagina 1 / 13", "Seite 2 von 3", "Página 3 de 4", "Страница 1 из 2", "2 / 3"],
)
def test_page_numbers_in_several_languages(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["Page 2 off 3", "05/2019", "Pagination team"])
def test_what_is_no_page_number(text: str) -> None:
    assert not is_page_number(text)
