"""Lines as the PDF reader gives them, built in tests: one per row, stacked down a page.

A row is its text, or its text and a style: `size` (10 pt), `x` (the left edge, 72 pt),
`bold`, `bullet`, `font` (the font's name), `color`, `width` and `page` (1; a new page
starts again at its top). Far-apart parts of a line are
joined by three spaces, as the reader joins them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reslint.model import Box, Education, Line, Position
from reslint.structure import build_structure

Row = tuple[str, dict[str, Any]] | str


def built_lines(
    *rows: Row,
    width: float = 400.0,
    font_of: Callable[[bool], str | None] = lambda bold: None,
) -> tuple[Line, ...]:
    """The rows as Lines; `font_of` names the font of a row that names none, by its weight."""
    lines: list[Line] = []
    top = 72.0
    page = 1
    for number, row in enumerate(rows, start=1):
        text, style = (row, {}) if isinstance(row, str) else row
        size = style.get("size", 10.0)
        x0 = style.get("x", 72.0)
        bold = style.get("bold", False)
        if style.get("page", page) != page:
            page, top = style["page"], 72.0
        lines.append(
            Line(
                text=text,
                page=page,
                number=number,
                box=Box(x0, top, x0 + style.get("width", width), top + size * 1.2),
                font_size=size,
                bold=bold,
                bullet=style.get("bullet", False),
                font_name=style.get("font", font_of(bold)),
                color=style.get("color"),
                page_height=792.0,
            )
        )
        top += size * 1.2
    return tuple(lines)


def position_parts(
    positions: Sequence[Position], missing: str | None = None
) -> list[tuple[str | None, ...]]:
    """Each position as (company, title, start, end) text, `missing` where a part is not read."""
    return [
        (
            p.company.value if p.company else missing,
            p.title.value if p.title else missing,
            p.dates.start.iso() if p.dates and p.dates.start else missing,
            p.dates.end.iso() if p.dates and p.dates.end else missing,
        )
        for p in positions
    ]


def education_parts(
    education: Sequence[Education], with_field: bool = False
) -> list[tuple[str | None, ...]]:
    """Each entry as (school, degree, [field,] start, end) text, None where a part is not read."""
    return [
        (
            e.school.value if e.school else None,
            e.degree.value if e.degree else None,
            *((e.field.value if e.field else None,) if with_field else ()),
            e.dates.start.iso() if e.dates and e.dates.start else None,
            e.dates.end.iso() if e.dates and e.dates.end else None,
        )
        for e in education
    ]


def parsed_positions(lines: tuple[Line, ...]) -> list[tuple[str | None, ...]]:
    """The positions structure reads from `lines`: (company, title, start, end), as text."""
    return position_parts(build_structure(lines, "US").positions)
