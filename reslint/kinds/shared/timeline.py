"""Positions and schooling laid out in time, for the checks that compare their dates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reslint.kinds.shared.positions import describe
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

    def text(self) -> str:
        """The dates as printed, for messages."""
        if self.end is self.start:
            return self.start.raw
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


def education_spans(doc: Document) -> Iterator[Span]:
    for entry in doc.education:
        label = (entry.school or entry.degree).value if (entry.school or entry.degree) else ""
        span = _span(label or "education", entry.dates, "education", False)
        if span is not None:
            yield span
