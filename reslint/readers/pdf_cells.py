"""Tables of multi-line cells on a PDF page: each cell read whole, left then right.

An HTML or word-processor table often sets an entry as one row of two cells: the
title, employer and dates wrapped in a narrow left cell, the description wrapped
in the right one. Read row by row, the two cells' lines interleave (`Web
Developer | Developed new features for`, `(Acme) | the website.`), and neither
the header nor the description survives. Such a table row is told by its shape:

- a run of lines set closer than the space between rows (one cell row), whose
  segments all stand left or right of one edge where its right-hand lines start;
- both cells begin on the row's first line, the left one runs over two or more
  lines, and the two cells do not pair line for line (a label/value table does);
- the left cell opens with words, not a date (a date margin's cells are joined to
  their entry by `pdf_columns.attach_margin_cells`), and the right one is more than
  a date level with the title's line (which stays on that line);
- and the block has two or more such rows whose right cells start at one edge: a
  table, not one wrapped line, nor dates set flush right beside their titles.
"""

from __future__ import annotations

import re

from reslint.readers.pdf_rows import Segment

Row = list[Segment]
# Font sizes: a baseline gap wider than this starts a new row of cells.
ROW_GAP = 1.6
# Points: how far a right cell's lines may start from their common edge.
EDGE_SLACK = 2.0
_DIGIT_RE = re.compile(r"\d")


def read_cells(rows: list[Row]) -> list[Row]:
    """Rows with each table row of multi-line cells read cell by cell (module docstring)."""
    groups = _row_groups(rows)
    split = [_cells(group) for group in groups]
    edges = [None if cells is None else cells[1] for cells in split]
    # A table's right cells start at one edge; a date set flush right beside each title
    # starts wherever its width puts it.
    common = [edge for edge in edges if edge is not None]
    if not common:
        return rows
    mode = max(common, key=lambda x: sum(abs(x - other) <= EDGE_SLACK for other in common))
    keep = [edge is not None and abs(edge - mode) <= EDGE_SLACK for edge in edges]
    if sum(keep) < 2:
        return rows
    out: list[Row] = []
    for group, cells, kept in zip(groups, split, keep, strict=True):
        out.extend(cells[0] if cells is not None and kept else group)
    return out


def _row_groups(rows: list[Row]) -> list[list[Row]]:
    """Consecutive rows, cut where the gap between two baselines exceeds ROW_GAP sizes."""
    groups: list[list[Row]] = []
    for row in rows:
        if groups:
            last = groups[-1][-1]
            size = max(max(s.size for s in row), max(s.size for s in last), 1.0)
            if 0 <= row[0].baseline - last[0].baseline <= ROW_GAP * size:
                groups[-1].append(row)
                continue
        groups.append([row])
    return groups


def _cells(group: list[Row]) -> tuple[list[Row], float] | None:
    """The group's left cell's lines then its right cell's, and the edge between them;
    None if it is no cell row."""
    inner = [s.x0 for row in group for s in row[1:]]
    if len(group) < 2 or not inner or len(group[0]) < 2:
        return None
    edge = min(inner)
    left: list[Row] = []
    right: list[Row] = []
    for row in group:
        row_left = [s for s in row if s.x1 < edge]
        row_right = [s for s in row if s.x0 >= edge - EDGE_SLACK]
        if len(row_left) + len(row_right) != len(row) or len(row_right) > 1:
            return None  # a segment straddles the edge, or a third column
        if row_right and abs(row_right[0].x0 - edge) > EDGE_SLACK:
            return None  # the right cell's lines start at one edge
        if row_left:
            left.append(row_left)
        if row_right:
            right.append(row_right)
    if len(left) < 2 or not right or _DIGIT_RE.search(left[0][0].text):
        return None
    if all(len(row) == 2 for row in group):
        return None  # every line has its partner: a label/value table, read row by row
    if len(right) == 1 and _DIGIT_RE.search(right[0][0].text):
        return None  # a date level with its title: read on the title's line
    if not any(char.isalpha() for row in right for s in row for char in s.text):
        return None  # an icon beside a heading is no cell of text
    return left + right, edge
