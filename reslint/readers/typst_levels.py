"""Which Typst heading levels are the document's section headings.

A resume marks its sections with one level (`== Experience`) and may use a deeper one for
sub-headings inside them (`=== Programming languages` under `== Skills`, an employer's
name under `== Experience`), which the built PDF sets smaller, as no section of its own.
The heading level is the highest one the document uses more than once (a lone `= Jane
Doe` above them is its title); the lines of deeper levels under one of its headings print
as lines, not headings.
This is how the document is laid out, not what a section is: that is structure's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from reslint.model import Line


def section_level(levels: Mapping[int, int]) -> int | None:
    """The highest level used more than once, None when no level is."""
    counts = Counter(levels.values())
    repeated = [level for level, count in counts.items() if count > 1]
    return min(repeated) if repeated else None


def sub_headings(lines: tuple[Line, ...], levels: Mapping[int, int]) -> tuple[Line, ...]:
    """`lines` with the headings deeper than the section level, under a section heading,
    as plain lines. Deeper headings before any section heading are a column of their own
    (a sidebar's `== Contact` printed before the main column's `= Experience`)."""
    level = section_level(levels)
    if level is None:
        return lines
    out: list[Line] = []
    under = False
    for line in lines:
        own = levels.get(id(line))
        under = under or own == level
        out.append(replace(line, heading=False) if under and own and own > level else line)
    return tuple(out)
