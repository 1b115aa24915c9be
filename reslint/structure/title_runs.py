"""A section title printed in larger type than the rest of its line.

A reader gives a line the size that most of its letters have: `경력` at 12.5 pt followed by
`총 2년 11개월` (two years eleven months in all) at 8 pt reads as an 8 pt line, plainer than
the document's headings, and so as a label inside a section. The title is what the line
says, so its run's type is the line's as far as headings go.
"""

from __future__ import annotations

from dataclasses import replace

from reslint.lexicon.headings import known_title
from reslint.model import Line

# The first run must be this much larger than the line reads for its type to lead.
_LEAD_STEP = 1.2


def title_run_first(line: Line) -> Line:
    """`line` in its first run's size and weight when that run is a known section title
    printed larger than the rest and the whole line reads as that title; else `line`."""
    if len(line.runs) < 2 or line.font_size is None:
        return line
    first = line.runs[0]
    if first.size is None or first.size < line.font_size * _LEAD_STEP:
        return line
    kind = known_title(first.text)
    if kind is None or known_title(line.text) != kind:
        return line
    return replace(line, font_size=first.size, bold=first.bold)
