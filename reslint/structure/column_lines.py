"""Whether one line is the next line of another's column: where a value that a line wrap
split (a phone number, an address) goes on, in a sidebar or a header cell."""

from __future__ import annotations

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
