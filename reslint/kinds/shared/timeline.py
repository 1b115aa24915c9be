"""Positions and schooling laid out in time, for the checks that compare their dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from reslint.kinds.shared.positions import describe
from reslint.lexicon.dates import find_dates
from reslint.model import DateRange, DateValue, Document, Line


@dataclass(frozen=True, slots=True)
class Span:
    """One dated entry. A single date (no end) is taken to start and end at that date.

    `complete` is False for such a single date: it may be a one-year job, or a
    range the layout split over two lines ("June 2020 –" above "Present"), so
    checks that compare entries in time leave it out.
    """

    label: str
    start: DateValue
    end: DateValue
    line: Line | None
    section: str
    is_position: bool
    complete: bool = True

    @property
    def current(self) -> bool:
        return self.end.present

    def backwards(self, today: int) -> bool:
        """A finished range that ends before it starts (`May 2019 – March 2019`): a typo
        date-invalid reports, whose real dates no order or gap can be judged by."""
        finished = self.end is not self.start and not self.current
        return finished and self.end.latest(today) < self.start.earliest(today)

    def text(self) -> str:
        """The dates as printed, for messages."""
        if self.end is self.start or self.end.raw == self.start.raw:
            return self.start.raw  # one date, or a range whose ends both carry its text
        return f"{self.start.raw} – {self.end.raw}"


def _span(label: str, dates: DateRange | None, section: str, is_position: bool) -> Span | None:
    if dates is None or dates.start is None or dates.start.present:
        return None
    end = dates.end or dates.start
    return Span(label, dates.start, end, dates.line, section, is_position, dates.end is not None)


def position_spans(doc: Document) -> Iterator[Span]:
    """Dated positions in the order printed."""
    for position in doc.positions:
        span = _span(describe(position), position.dates, position.section, True)
        if span is not None:
            yield span


# `2019-`, `Sep 2019 –` with nothing after the dash: a range left open, studies still going.
_OPEN_AFTER_RE = re.compile(r"\s*[-–—]\s*(?:$|[|·•,;)]|\s{2,})")


def _left_open(dates: DateRange) -> bool:
    """A single date that a dash follows with no end after it, where the line prints it."""
    line = dates.line
    if dates.end is not None or line is None or not dates.raw or dates.raw not in line.text:
        return False
    after = line.text[line.text.index(dates.raw) + len(dates.raw) :]
    return bool(_OPEN_AFTER_RE.match(after))


def education_spans(doc: Document) -> Iterator[Span]:
    """Dated schooling; a school entry whose range is left open (`2019-`) is still going on:
    full-time study covers the time up to now."""
    for entry in doc.education:
        label = (entry.school or entry.degree).value if (entry.school or entry.degree) else ""
        dates = entry.dates
        if dates is not None and dates.start is not None and _left_open(dates):
            ongoing = DateValue(None, present=True, raw=dates.raw)
            dates = replace(dates, end=ongoing)
        span = _span(label or "education", dates, "education", False)
        if span is not None:
            yield span


def other_spans(doc: Document) -> Iterator[Span]:
    """Date ranges printed outside the parsed positions and schooling: volunteering,
    service, projects, activities, a course in another section. Each is a stretch of time
    the resume accounts for, though not a job."""
    parsed = {
        id(dates.line)
        for dates in (
            *(position.dates for position in doc.positions),
            *(entry.dates for entry in doc.education),
        )
        if dates is not None and dates.line is not None
    }
    top = {id(line) for line in doc.structure.top_block}
    for line in doc.lines:
        if id(line) in parsed or id(line) in top:
            continue
        for match in find_dates(line.text, line):
            dates = match.range
            if dates.end is None or dates.start is None or dates.start.present:
                continue
            label = " ".join(line.text.replace(dates.raw, " ").split())[:60] or dates.raw
            yield Span(label, dates.start, dates.end, line, "other", False)


# A school entry with one date gives its end; at least its last year was spent studying.
STUDY_MONTHS_BEFORE_GRADUATION = 12


def covered_spans(doc: Document) -> Iterator[Span]:
    """Every dated stretch of time the resume shows: positions, schooling (one date alone
    counts for the year before it), positions with a single date (for that date), and
    the date ranges printed anywhere else."""
    for span in position_spans(doc):
        # A position with one date covers that month or year, but is no position to
        # measure a gap up to: its range may be split over two lines ("2014 –" above
        # "2015"), and the job lasted at least as long as the one date says.
        yield span if span.complete else replace(span, is_position=False)
    yield from education_spans(doc)
    for entry in doc.education:
        dates = entry.dates
        if dates is None or dates.start is not None or dates.end is None:
            continue
        end = dates.end
        if end.present or end.year is None:
            continue
        months = end.year * 12 + (end.month or 12) - 1 - STUDY_MONTHS_BEFORE_GRADUATION
        start = DateValue(months // 12, months % 12 + 1, raw=end.raw)
        label = (entry.school or entry.degree).value if (entry.school or entry.degree) else ""
        yield Span(label or "education", start, end, dates.line, "education", False, False)
    yield from other_spans(doc)
