"""Dates on the two sides compared: months apart, the months a range may cover, as printed."""

from __future__ import annotations

from reslint.model import DateRange, DateValue


def month_gap(a: DateValue | None, b: DateValue | None, today_index: int) -> int | None:
    """Months between two dates, None if either is unknown.

    A year-only date stands for any month of its year, so `Mar 2019` and
    `2019` are 0 apart; two year-only dates are whole years apart.
    """
    if a is None or b is None:
        return None
    if (a.year is None and not a.present) or (b.year is None and not b.present):
        return None
    if a.present and b.present:
        return 0
    if not a.present and not b.present and a.month is None and b.month is None:
        return abs((a.year or 0) - (b.year or 0)) * 12
    return max(
        0,
        a.earliest(today_index) - b.latest(today_index),
        b.earliest(today_index) - a.latest(today_index),
    )


def span(dates: DateRange | None, today_index: int) -> tuple[int, int] | None:
    """The months a date range may cover, widest reading; None without a start."""
    if dates is None or dates.start is None or dates.start.year is None:
        return None
    end = dates.end or dates.start
    return dates.start.earliest(today_index), end.latest(today_index)


def show(value: DateValue | None) -> str:
    if value is None:
        return "no date"
    if value.present:
        return "present"
    return value.raw.strip() or value.iso()
