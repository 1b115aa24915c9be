"""Section titles printed in a margin column left of the body, read out of the lines.

It owns one layout for structure.sections: academic CV classes set each section's title in a
margin column beside the section's first lines, and a PDF reader joins the title's words to
the body text beside them (`Professional   Northwind University`, `Appointments   Associate
Professor   2020 – Present`). Found by place, such a title is a heading whatever its words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from reslint.lexicon.headings import heading_kind
from reslint.model import Line, Region

_SEGMENTS_RE = re.compile(r"\s{3,}")
_MAX_HEADING_WORDS = 4


# A margin column of titles stands this far left of the body's edge, and holds at least
# this many lines, at most one for this many of the body's.
_MARGIN_GAP = 30.0
_MIN_MARGIN_LINES = 3
_BODY_PER_MARGIN_LINE = 3
_MIN_KNOWN_MARGIN_TITLES = 2


def margin_titles(lines: tuple[Line, ...], font_size: float | None) -> tuple[Line, ...]:
    """Section titles printed in a margin column left of the body (`Professional` over
    `Appointments`, `Mentorship`, each beside the first lines of its section): the reader
    joins each title's words to the body text beside them. Where every body-size line that
    starts at the margin opens with a few words without digits, and two of the titles they
    make are known ones, each run of such lines is a title, whatever its words: the title as
    one line, then the rest of each line, starting at the body's edge."""
    boxed = [line for line in lines if line.box is not None and line.region is Region.BODY]
    edges = Counter(round(line.box.x0) for line in boxed if line.box is not None)
    if not edges:
        return lines
    body_edge, body_count = edges.most_common(1)[0]
    margins = [(edge, n) for edge, n in edges.items() if edge < body_edge - _MARGIN_GAP]
    if not margins:
        return lines
    margin, count = max(margins, key=lambda item: item[1])
    if count < _MIN_MARGIN_LINES or count * _BODY_PER_MARGIN_LINE > body_count:
        return lines

    def in_margin(line: Line) -> bool:
        return (
            line.box is not None
            and line.region is Region.BODY
            and abs(line.box.x0 - margin) <= 1
            and (font_size is None or (line.font_size or 0) <= font_size + 0.5)
        )

    firsts = [_margin_part(line) for line in lines if in_margin(line)]
    if any(
        len(first.split()) > _MAX_HEADING_WORDS or any(char.isdigit() for char in first)
        for first in firsts
    ):
        return lines  # a date column (`2015 – 2019   Acme`) or text that starts there
    runs: list[list[int]] = []
    for index, line in enumerate(lines):
        if not in_margin(line) or line.bullet:
            continue
        if runs and _next_line_down(lines[runs[-1][-1]], line):
            runs[-1].append(index)
        else:
            runs.append([index])
    titles = [" ".join(_margin_part(lines[i]) for i in run) for run in runs]
    known = [
        heading_kind(replace(lines[run[0]], text=title, heading=True)) not in (None, "other")
        for run, title in zip(runs, titles, strict=True)
    ]
    beside = sum(
        len(_SEGMENTS_RE.split(lines[run[0]].text.strip(), maxsplit=1)) > 1 for run in runs
    )
    if sum(known) < _MIN_KNOWN_MARGIN_TITLES or 2 * beside < len(runs):
        # A sidebar's lines stand alone; a margin title has its section's text beside it.
        return lines
    # Lines at the margin above the first known title are the top block (the name, a
    # headline), not titles.
    first_known = known.index(True)
    runs, titles = runs[first_known:], titles[first_known:]
    # Each margin line gives way to the rest of its text, moved to the body's edge; the
    # first line of a run gives way to the title before it.
    replaced: dict[int, list[Line]] = {}
    for run, title in zip(runs, titles, strict=True):
        for index in run:
            source = lines[index]
            assert source.box is not None
            parts = _SEGMENTS_RE.split(source.text.strip(), maxsplit=1)
            rest_box = replace(source.box, x0=float(body_edge))
            replaced[index] = (
                [replace(source, text=parts[1], box=rest_box)] if len(parts) > 1 else []
            )
        first = lines[run[0]]
        assert first.box is not None
        box = replace(first.box, x1=min(first.box.x1, float(body_edge)))
        replaced[run[0]].insert(0, replace(first, text=title, heading=True, box=box))
    return tuple(new for index, line in enumerate(lines) for new in replaced.get(index, [line]))


def _next_line_down(line: Line, below: Line) -> bool:
    """Whether `below` is printed on the line under `line` (a title wrapped in its column,
    with the body's lines read between them)."""
    if line.box is None or below.box is None or line.page != below.page:
        return False
    height = max(line.box.bottom - line.box.top, 4)
    return -height / 2 <= below.box.top - line.box.bottom <= height


# The number of a list's first item, read into the title beside it (`Invited Talks [1]`).
_ITEM_NUMBER_RE = re.compile(r"\s*\[\d+\]\s*")


def _margin_part(line: Line) -> str:
    """The words a line opens with before its first wide gap, without an item number."""
    first = _SEGMENTS_RE.split(line.text.strip(), maxsplit=1)[0]
    return " ".join(_ITEM_NUMBER_RE.sub(" ", first).split())
