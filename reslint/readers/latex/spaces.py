"""How wide a horizontal space is (`\\hspace{2cm}`, `\\hspace{0.3\\textwidth}`,
`\\hspace*{\\fill}`): what decides whether the text on either side of it is one phrase or
two parts of a line set apart (a header's employer and its place, as the PDF prints them).
"""

from __future__ import annotations

import re

# Points per unit; the font-relative ones at a 10pt body.
_UNITS = {
    "pt": 1.0,
    "bp": 1.00375,
    "dd": 1.07,
    "pc": 12.0,
    "cc": 12.84,
    "mm": 2.845,
    "cm": 28.45,
    "in": 72.27,
    "em": 10.0,
    "ex": 4.3,
    "sp": 1 / 65536,
    "mu": 10.0 / 18,
}
# A line's width (a fraction of it is written before it).
_WIDTHS = ("textwidth", "linewidth", "columnwidth", "hsize", "paperwidth")
_LENGTH_RE = re.compile(
    r"(?P<factor>[-+]?\s*(?:\d+\.?\d*|\.\d+))?\s*(?P<unit>[a-z]{2}\b|\\[A-Za-z]+)"
)
GAP_POINTS = 8.0  # about a word's width: narrower is a space between words


def width(text: str) -> float | None:
    """The width of a length in points (`inf` for a stretch), None when unreadable."""
    text = text.strip()
    if re.search(r"\\(?:fill|hfill|stretch|fil)\b", text):
        return float("inf")
    match = _LENGTH_RE.match(text)
    if match is None:
        return None
    factor = float((match.group("factor") or "1").replace(" ", ""))
    unit = match.group("unit")
    if unit.startswith("\\"):
        return factor * 400.0 if unit[1:] in _WIDTHS else None
    return factor * _UNITS[unit] if unit in _UNITS else None


def is_gap(text: str) -> bool | None:
    """True for a column gap, False for a space between words, None for no space (a
    negative or unreadable one)."""
    points = width(text)
    if points is None or points <= 0:
        return None
    return points >= GAP_POINTS
