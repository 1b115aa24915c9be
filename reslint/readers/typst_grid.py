"""Typst's `#grid` and `#table`, printed row by row as the page shows them.

A grid's cells come in reading order, row after row, `columns` of them a row. A cell may
hold several lines (`[2021 \\ \\ 2020]`), a column of a year per row beside a column of
roles: what the page shows on one line is the n-th line of each cell of a row. So each
cell's lines are collected apart (a blank line kept, as it keeps the rows aligned) and the
lines of a row's cells are joined side by side with a column gap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from reslint.model import Line, Span
from reslint.readers.base import SEGMENT_JOIN
from reslint.readers.source_faces import joined_face
from reslint.readers.source_lines import LineBuilder
from reslint.readers.typst_syntax import Arg, close_bracket, split_args


@dataclass(slots=True)
class CellLines(LineBuilder):
    """A LineBuilder that keeps each line a cell ends, an empty one as None."""

    rows: list[Line | None] = field(default_factory=list)

    def end(self) -> Line | None:
        line = LineBuilder.end(self)
        self.rows.append(line)
        return line

    def start(self, *, bullet: bool = False, heading: bool = False) -> None:
        line = LineBuilder.end(self)  # a list item starts a line; no empty row for it
        if line is not None:
            self.rows.append(line)
        self._bullet, self._heading = bullet, heading

    def extend(self, lines: Iterable[Line]) -> None:
        self.end()
        for line in lines:
            self.lines.append(line)
            self.rows.append(line)

    def finished(self) -> list[Line | None]:
        """The cell's lines, without the empty ones it ends with."""
        self.end()
        rows = list(self.rows)
        while rows and rows[-1] is None:
            rows.pop()
        return rows


def print_grid(
    text: str, args: list[Arg], cells: list[Callable[[LineBuilder], None]], builder: LineBuilder
) -> bool:
    """Print a grid's cells (each prints itself into the lines it is given; the call in
    `text` has `args`) row by row into `builder`. A grid of one column (`columns: 1fr`)
    shows each cell on lines of its own. False, printing nothing, for a grid whose columns are not
    written, which prints as any call."""
    columns = next((arg for arg in args if arg.name == "columns"), None)
    if columns is None:
        return False
    value = text[columns.start : columns.end].strip()
    count = int(value) if value.isdigit() else 1
    if value.startswith("("):
        count = len(split_args(text, columns.start + 1, close_bracket(text, columns.start) - 1))
    if not cells:
        return False
    builder.end()
    rows: list[list[list[Line | None]]] = []
    for first in range(0, len(cells), count):
        row: list[list[Line | None]] = []
        for one in cells[first : first + count]:
            lines = CellLines(faces=builder.faces, typography=builder.typography)
            one(lines)
            row.append(lines.finished())
        rows.append(row)
    if any(line is not None and line.heading for row in rows for one in row for line in one):
        # A grid whose cells hold headings lays out the page (a sidebar beside the main
        # column): each cell is a column of its own, read whole, one after the other.
        builder.extend(line for row in rows for one in row for line in one if line)
        return True
    for row in rows:
        builder.extend(row_lines(row))
    return True


def row_lines(cells: Sequence[list[Line | None]]) -> list[Line]:
    """The lines a row of cells shows: the n-th line of each cell side by side."""
    out: list[Line] = []
    for index in range(max((len(cell) for cell in cells), default=0)):
        parts = [cell[index] for cell in cells if index < len(cell) and cell[index] is not None]
        if not parts:
            continue
        first = parts[0]
        assert first is not None
        links = tuple(dict.fromkeys(link for part in parts if part for link in part.links))
        text = SEGMENT_JOIN.join(part.text for part in parts if part)
        line = replace(first, text=text, links=links, heading=False, spans=_spans(parts))
        if first.font_size is not None:  # the reader follows the source's typography
            face = joined_face(text, [part for part in parts if part])
            line = replace(
                line, bold=face.bold, font_size=face.size, font_name=face.font_name, runs=face.runs
            )
        out.append(line)
    return out


def _spans(parts: Sequence[Line | None]) -> tuple[Span, ...]:
    """The spans of a row's line: each cell's own (or its start) where the cell is in it."""
    spans: list[Span] = []
    at = 0
    for part in parts:
        if part is None:
            continue
        own = part.spans or (
            Span(0, part.text.split()[0], part.number, part.column or 1, part.source),
        )
        spans.extend(replace(span, start=span.start + at) for span in own)
        at += len(part.text) + len(SEGMENT_JOIN)
    return tuple(spans)
