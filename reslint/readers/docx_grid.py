"""Where each cell of a DOCX table sits in the table's grid, and the order a layout table
built with vertically merged cells reads in.

A table is read row by row (docx_blocks). A cell merged down over several rows
(`w:vMerge`) breaks that when it holds a block of its own: a sidebar's `Interests`
section merged over the two rows where the main column prints `Education` and then its
entries. Read row by row, the sidebar's block would stand between the main column's
title and its entries. So rows joined by merged cells make a band; a band whose merged
cell holds paragraphs of text is read in stripes, left to right: grid columns no cell of
the band spans across, side by side stripes that break into the same rows joined into
one (a date column beside its entries), each stripe read row by row. A merged cell of
one short line (a label, `Acme Corp` beside the rows of its job) leaves the rows as
they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from lxml import etree

from reslint.readers.docx_xml import TRANSPARENT, val, w

_TC, _SDT, _TC_PR, _V_MERGE = w("tc"), w("sdt"), w("tcPr"), w("vMerge")
_P, _TEXT = w("p"), w("t")
# A merged cell with this many paragraphs of text holds a block of its own.
_BLOCK_PARAGRAPHS = 3


@dataclass(frozen=True, slots=True)
class Placed:
    """A cell where it sits: its row, its first grid column and the ones it spans, its
    width in points (None when the file gives none), and the rows it is merged down over."""

    cell: etree._Element
    row: int
    column: int
    span: int
    width: float | None
    rows: int = 1

    @property
    def end(self) -> int:
        return self.column + self.span


def twips(value: str | None) -> float | None:
    return int(value) / 20 if value and value.isdigit() else None


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        if child.tag == _TC:
            yield child
        elif child.tag == _SDT:
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _cells(content)
        elif child.tag in TRANSPARENT:
            yield from _cells(child)


def continues_merge(cell: etree._Element) -> bool:
    """A cell under a vertically merged one: its text, if any, was read with the first."""
    merge = cell.find(f"{_TC_PR}/{_V_MERGE}")
    return merge is not None and merge.get(w("val"), "continue") == "continue"


def _in_grid(row: etree._Element, index: int, grid: list[float | None]) -> Iterator[Placed]:
    """The row's cells with their grid columns and widths in points: their own, or the
    grid columns they span."""
    before = row.find(f"{w('trPr')}/{w('gridBefore')}")
    column = int(val(before) or 0) if (val(before) or "0").isdigit() else 0
    for cell in _cells(row):
        tc_pr = cell.find(_TC_PR)
        span_value = val(tc_pr.find(w("gridSpan"))) if tc_pr is not None else None
        span = int(span_value) if span_value and span_value.isdigit() else 1
        width_element = tc_pr.find(w("tcW")) if tc_pr is not None else None
        width = None
        if width_element is not None and width_element.get(w("type"), "dxa") == "dxa":
            width = twips(width_element.get(w("w")))
        spanned = grid[column : column + span]
        if width is None and spanned and None not in spanned:
            width = sum(spanned)  # type: ignore[arg-type]
        yield Placed(cell, index, column, max(span, 1), width)
        column += max(span, 1)


def placed_rows(rows: list[etree._Element], grid: list[float | None]) -> list[list[Placed]]:
    """Each row's cells that start there (not the continuations of merged ones), each
    with the number of rows it is merged down over."""
    placed = [list(_in_grid(row, index, grid)) for index, row in enumerate(rows)]
    kept: list[list[Placed]] = []
    for index, cells in enumerate(placed):
        row_cells: list[Placed] = []
        for cell in cells:
            if continues_merge(cell.cell):
                continue
            depth = 1
            while index + depth < len(placed) and any(
                below.column == cell.column and continues_merge(below.cell)
                for below in placed[index + depth]
            ):
                depth += 1
            row_cells.append(Placed(cell.cell, index, cell.column, cell.span, cell.width, depth))
        kept.append(row_cells)
    return kept


def _holds_block(cell: etree._Element) -> bool:
    written = sum(1 for p in cell.iter(_P) if any((t.text or "").strip() for t in p.iter(_TEXT)))
    return written >= _BLOCK_PARAGRAPHS


def bands(rows: list[list[Placed]]) -> Iterator[tuple[int, int]]:
    """Runs of rows [first, last) that merged cells join."""
    first = 0
    while first < len(rows):
        last = first + 1
        reach = max((cell.row + cell.rows for cell in rows[first]), default=last)
        while last < reach:
            reach = max([reach, *(cell.row + cell.rows for cell in rows[last])])
            last += 1
        yield first, last
        first = last


def stripes(band: list[Placed]) -> list[list[Placed]] | None:
    """A band's cells in stripes to read one after another, left to right, or None when
    the band reads row by row (no merged cell in it holds a block of text)."""
    if not any(cell.rows > 1 and _holds_block(cell.cell) for cell in band):
        return None
    width = max(cell.end for cell in band)
    cuts = [0]
    for line in range(1, width):
        if not any(cell.column < line < cell.end for cell in band):
            cuts.append(line)
    cuts.append(width)
    groups: list[tuple[frozenset[tuple[int, int]], list[Placed]]] = []
    for start, end in pairwise(cuts):
        cells = [cell for cell in band if start <= cell.column < end]
        if not cells:
            continue
        breaks = frozenset((cell.row, cell.row + cell.rows) for cell in cells)
        if groups and groups[-1][0] == breaks:
            groups[-1][1].extend(cells)  # rows alike: a date column beside its entries
        else:
            groups.append((breaks, cells))
    if len(groups) < 2:
        return None
    return [sorted(cells, key=lambda cell: (cell.row, cell.column)) for _, cells in groups]
