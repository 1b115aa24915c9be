"""Whether one line is the next line of another's column: where a value that a line wrap
split (a phone number, an address) goes on, in a sidebar or a header cell."""

from __future__ import annotations

from collections.abc import Sequence

from reslint.model import Line

_ALIGNED_HEIGHTS = 4.0  # left edges this many line heights apart still share a column
_BELOW_HEIGHTS = 2.0


def just_below(first: Line, second: Line) -> bool:
    """`second` is printed on the line under `first`, in its column: aligned on the left,
    or overlapping it (a column set flush right). Lines without boxes follow in order."""
    if first.page != second.page:
        return False
    if first.box is None or second.box is None:
        return True
    height = max(first.box.bottom - first.box.top, 1.0)
    if not 0 < second.box.top - first.box.top <= _BELOW_HEIGHTS * height:
        return False
    aligned = abs(second.box.x0 - first.box.x0) <= _ALIGNED_HEIGHTS * height
    overlap = min(first.box.x1, second.box.x1) > max(first.box.x0, second.box.x0)
    return aligned or overlap


# A sidebar's next line may come a few body lines later in reading order.
_REACH = 3


def lines_after(lines: Sequence[Line], line: Line) -> Sequence[Line]:
    """The few lines that follow `line` in reading order: where the next line of its column
    is, when a page's columns are read row by row."""
    index = next((i for i, other in enumerate(lines) if other is line), None)
    return () if index is None else lines[index + 1 : index + 1 + _REACH]


def next_in_column(lines: Sequence[Line], line: Line) -> Line | None:
    """The line printed under `line` in its column, among the lines that follow it."""
    return next((other for other in lines_after(lines, line) if just_below(line, other)), None)
