"""Entries a section numbers in a cell of their own (`1   Acme, 2017.04 ~ 2017.06` over
`2   Beta, 2018.01 ~ 2019.03`): the counter before each header names no part of it, and is
dropped before the section's lines are read (structure.entries)."""

from __future__ import annotations

import re
from dataclasses import replace

from reslint.model import Line

__all__ = ["uncounted"]

# A counter set apart from its header by a cell's gap; `1. Led the …` in a description is
# an ordered list's item, which the gap tells apart.
_COUNTER_RE = re.compile(r"^\s*(\d{1,2})\s{3,}(?=\S)")
_MIN_COUNTED = 2


def uncounted(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines without the counters of the entries they number 1, 2, 3 …, in order; lines
    whose leading numbers do not count so (a table's figures, a year's digits) stay."""
    counted = [
        (index, match)
        for index, line in enumerate(lines)
        if not line.bullet and (match := _COUNTER_RE.match(line.text))
    ]
    numbers = [int(match.group(1)) for _, match in counted]
    if len(counted) < _MIN_COUNTED or numbers != list(range(1, len(numbers) + 1)):
        return lines
    out = list(lines)
    for index, match in counted:
        out[index] = replace(lines[index], text=lines[index].text[match.end() :])
    return tuple(out)
