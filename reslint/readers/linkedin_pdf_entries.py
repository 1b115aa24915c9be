"""LinkedIn Profile.pdf's Experience and Education: entries read by their type sizes.

Split from `linkedin_pdf` (which finds the columns, sections and contact block): an
entry is anchored on its date line, with its title just above in a smaller size than
the company above that; roles under one company share the company line and a
total-duration line. An entry the profile prints without a date line (a company and
title in their larger type, then its description) is a position without dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from reslint.lexicon.dates import find_dates
from reslint.lexicon.joiners import first_joined
from reslint.lexicon.pieces import DURATION_UNITS
from reslint.lexicon.profile_words import UNDER_A_YEAR
from reslint.model import DateRange, Education, Field, Line, Position

_DURATION_RE = re.compile(
    rf"^(?:\d+\s+(?:{DURATION_UNITS})\s*)+$|^(?:{UNDER_A_YEAR})$",
    re.IGNORECASE,
)
_TRAILING_DURATION_RE = re.compile(r"\s*\([^()]*\)\s*$")
_LOCATION_WORDS_RE = re.compile(r"\b(?:area|remote|region|metropolitan)\b", re.IGNORECASE)
SIZE_STEP = 0.25  # font sizes closer than this are the same size


# --- layout helpers -------------------------------------------------------------------------


def _size(line: Line) -> float:
    return round(line.font_size or 0.0, 2)


def _common_size(lines: Sequence[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[_size(line)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _join(lines: Sequence[Line]) -> str:
    return " ".join(" ".join(line.text.split()) for line in lines).strip()


def _date_range(line: Line) -> DateRange | None:
    """The range of a date line such as `April 2021 - Present (4 years 3 months)`."""
    text = _TRAILING_DURATION_RE.sub("", line.text).strip()
    matches = find_dates(text, line)
    if len(matches) != 1 or matches[0].range.end is None:
        return None
    match = matches[0]
    if match.start > 0 or match.end < len(text):
        return None
    return match.range


# --- experience and education ---------------------------------------------------------------


def _is_location(line: Line, date_line: Line, body: float) -> bool:
    text = line.text.strip()
    if _size(line) > body + SIZE_STEP or len(text) > 60 or text.endswith("."):
        return False
    if line.color is not None and date_line.color is not None:
        return line.color == date_line.color
    return "," in text or bool(_LOCATION_WORDS_RE.search(text))


def _positions(lines: Sequence[Line], section: str) -> list[Position]:
    body = _common_size(lines)
    anchors = [(i, dates) for i, line in enumerate(lines) if (dates := _date_range(line))]
    if not anchors:  # an experience heading over no dated entry (a profile in another language)
        return []
    positions: list[Position] = []
    group_company: Field | None = None
    previous_end = 0
    blocks: list[tuple[int, int]] = []
    for index, _ in anchors:
        blocks.append((previous_end, index))
        previous_end = index + 1
    tails = [*(start for start, _ in blocks[1:]), len(lines)]
    for (start, index), (_, dates), tail_end in zip(blocks, anchors, tails, strict=True):
        block = lines[start:index]
        # The previous entry's location and description come first in the block; then this
        # entry's company (largest), an optional total-duration line, and its title.
        cut = len(block)
        title_lines: list[Line] = []
        while cut > 0 and _size(block[cut - 1]) > body + SIZE_STEP:
            if title_lines and abs(_size(block[cut - 1]) - _size(title_lines[0])) >= SIZE_STEP:
                break
            title_lines.insert(0, block[cut - 1])
            cut -= 1
        if cut > 0 and _DURATION_RE.match(block[cut - 1].text.strip()):
            cut -= 1
        company_lines: list[Line] = []
        title_size = _size(title_lines[0]) if title_lines else body
        while cut > 0 and _size(block[cut - 1]) > title_size + SIZE_STEP / 2:
            company_lines.insert(0, block[cut - 1])
            cut -= 1
        if cut > 0:
            tail, undated = _undated(block[:cut], body, section)
            if undated and not company_lines and _heads_a_group(undated[-1], block[:cut]):
                # A company over a total duration this reader cannot read (`6년 10개월`),
                # then this entry's title: the company of a group of roles, not an entry.
                company_lines = [undated.pop().line]
            if positions:
                positions[-1] = _with_tail(positions[-1], tail, body)
            positions.extend(undated)
        title: Field | None = Field(_join(title_lines), title_lines[0]) if title_lines else None
        if company_lines:
            group_company = Field(_join(company_lines), company_lines[0])
        company = group_company
        # The older one-column layout prints no company line at all: `Title at Company`.
        # A role under a company group keeps its ` at ` (`Associate Director at Center for
        # Data Science`), since the group already named the employer.
        if title is not None and group_company is None:
            at = first_joined(title.value)
            if at is not None:
                company = Field(at.company, title.line)
                title = Field(at.title, title.line)
        first = (company_lines or title_lines or [lines[index]])[0]
        positions.append(
            Position(company=company, title=title, dates=dates, line=first, section=section)
        )
        if tail_end == len(lines):
            tail, undated = _undated(lines[index + 1 :], body, section)
            positions[-1] = _with_tail(positions[-1], tail, body)
            positions.extend(undated)
    return positions


def _heads_a_group(entry: Position, block: Sequence[Line]) -> bool:
    """Whether an undated entry found last before a dated one is one line in the type of a
    company with at most one short line under it: a group's company and total duration."""
    lines = block[block.index(entry.line) :]
    return len(lines) <= 2 and all(len(line.text) <= 40 for line in lines)


def _undated(
    segment: Sequence[Line], body: float, section: str
) -> tuple[list[Line], list[Position]]:
    """What follows one entry before the next dated one: that entry's own tail, then the
    entries that print no date line (a company and title in their larger type, then their
    description), each a position without dates."""

    def header(line: Line) -> bool:
        return _size(line) > body + SIZE_STEP

    starts = [
        i
        for i, line in enumerate(segment)
        if header(line) and (i == 0 or not header(segment[i - 1]))
    ]
    if not starts:
        return list(segment), []
    positions: list[Position] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(segment)
        stop = start
        while stop < end and header(segment[stop]):
            stop += 1
        lines = segment[start:stop]
        largest = max(map(_size, lines))
        # Company over title, as on dated entries; a lone line is the title.
        split = next(
            (i for i, line in enumerate(lines) if _size(line) < largest - SIZE_STEP / 2), 0
        )
        company = Field(_join(lines[:split]), lines[0]) if split else None
        title = Field(_join(lines[split:]), lines[split])
        position = Position(
            company=company, title=title, dates=None, line=lines[0], section=section
        )
        positions.append(_with_tail(position, segment[stop:end], body))
    return list(segment[: starts[0]]), positions


def _with_tail(position: Position, tail: Sequence[Line], body: float) -> Position:
    """Attach what follows an entry's date line: its location, then its description."""
    tail = [line for line in tail if line.text.strip()]
    location: Field | None = None
    date_line = position.dates.line if position.dates else None
    if tail and date_line is not None and _is_location(tail[0], date_line, body):
        location = Field(tail[0].text.strip(), tail[0])
        tail = tail[1:]
    return replace(
        position,
        location=location or position.location,
        context=position.context + tuple(Field(line.text.strip(), line) for line in tail),
    )


def _graduation(dates: DateRange) -> DateRange:
    """LinkedIn prints one year, `(2014)`, for a school whose start was left out: the
    year it ended."""
    if dates.end is None and dates.start is not None:
        return replace(dates, start=None, end=dates.start)
    return dates


def _education(lines: Sequence[Line]) -> list[Education]:
    body = _common_size(lines)
    entries: list[tuple[list[Line], list[Line]]] = []
    for line in lines:
        if not line.text.strip():
            continue
        header = _size(line) > body + SIZE_STEP
        if header and (not entries or entries[-1][1]):
            entries.append(([line], []))
        elif header:
            entries[-1][0].append(line)  # a school name wrapped over two lines
        elif entries:
            entries[-1][1].append(line)
    found: list[Education] = []
    for school_lines, detail_lines in entries:
        text = _join(detail_lines)
        degree_text, _, when = text.rpartition("·") if "·" in text else (text, "", "")
        dates_text = when or text
        ranges = [
            m.range for m in find_dates(dates_text, detail_lines[0] if detail_lines else None)
        ]
        if not when and ranges:  # no `·`: cut the parenthesised years off the degree
            degree_text = re.sub(r"\(\s*[^()]*\d{4}[^()]*\)\s*$", "", text)
        # LinkedIn prints the degree, then the field of study after a comma.
        degree, _, field_of_study = degree_text.strip(" ,·").partition(", ")
        on = detail_lines[0] if detail_lines else None
        found.append(
            Education(
                school=Field(_join(school_lines), school_lines[0]),
                degree=Field(degree.strip(), on) if degree.strip() and on else None,
                dates=_graduation(ranges[0]) if ranges else None,
                line=school_lines[0],
                field=Field(field_of_study.strip(), on) if field_of_study.strip() and on else None,
            )
        )
    return found
