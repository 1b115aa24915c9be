"""Phone numbers a line wrap split: `+44 20` at the end of one line of the contact block,
`7946 0958` alone on the line under it, as a narrow sidebar or header cell prints them.

Neither half is a number on its own (the first has too few digits, the second lacks its
country or area code), so the halves are joined where the first line ends in the start of
a number (its `+`, `00` or bracket, or after a separator or label) and the next line, just
below in the same column, holds nothing but the rest of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from reslint.model import Line
from reslint.structure.column_lines import just_below
from reslint.structure.contact_zone import ContactZone

_TAIL_RE = re.compile(r"(?:^|(?<=[\s:：|•·,;]))((?:\+|00|\()?\d[\d\s().\-]*?)\s*$")
_HEAD_RE = re.compile(r"^\s*(\d[\d\s().\-]*\d)\s*[|•·,;]?\s*$")
_OPENED_RE = re.compile(r"(?:^|[:：|•·,;]|\s{3,})\s*$")
_MIN_DIGITS, _MAX_DIGITS = 7, 15


@dataclass(frozen=True, slots=True)
class WrappedNumber:
    """A number printed over two lines: joined, where it starts, and its second half."""

    raw: str
    line: Line
    before: str  # what precedes the number on its first line (a label, another item)
    following: Line
    head: str  # the half on the second line, as printed


def _digits(text: str) -> int:
    return sum(map(str.isdecimal, text))


def wrapped_numbers(lines: Sequence[Line], zone: ContactZone) -> Iterator[WrappedNumber]:
    """The numbers of the contact block that a line wrap split, in reading order."""
    for first, second in pairwise(lines):
        if not (zone.holds(first) and zone.holds(second)) or not just_below(first, second):
            continue
        tail = _TAIL_RE.search(first.text)
        head = _HEAD_RE.match(second.text)
        if tail is None or head is None or not 1 <= _digits(tail.group(1)) < _MIN_DIGITS:
            continue
        start, before = tail.group(1), first.text[: tail.start(1)]
        if not (start.startswith(("+", "00", "(")) or _OPENED_RE.search(before)):
            continue
        raw = f"{start.strip()} {head.group(1)}"
        if _MIN_DIGITS <= _digits(raw) <= _MAX_DIGITS:
            yield WrappedNumber(raw, first, before, second, head.group(1))
