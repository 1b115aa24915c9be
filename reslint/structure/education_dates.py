"""Education entries whose dates are printed apart from the entry's one line: a date
column stacking the start over the end beside two lines that read as two entries (`2010`
beside the school, `2015` beside the degree). structure.education joins each pair into one
entry before reading it. A school entered on one row and left on the next (`2012年4月 北山
大学 入学` over `2016年3月 北山大学 卒業`) is folded with work's history rows, before
entries are split (structure.event_rows).
"""

from __future__ import annotations

from dataclasses import replace

from reslint.model import DateRange, DateValue
from reslint.structure.education_roles import Roles, education_roles
from reslint.structure.entries import Entry, header_pieces

__all__ = ["join_stacked_dates"]

_MAX_STACKED_LINES = 2


def _single_date(entry: Entry) -> DateValue | None:
    """The one date of a short header, on its first line, when it is a lone date, no range
    (`2018` beside the degree's line, or alone on the line above it)."""
    dates = entry.header[0].dates if entry.header else None
    if len(entry.header) > _MAX_STACKED_LINES or any(i.dates for i in entry.header[1:]):
        return None
    if dates is None or dates.end is not None or dates.start is None:
        return None
    if any(ch in dates.raw for ch in "-–—") or dates.start.year is None:
        return None
    return dates.start


def _names_one(roles: Roles) -> str:
    """ "degree" or "school": which of the two an entry's header names alone, or ""."""
    school = roles.named_school and not roles.unnamed_degree
    degree = roles.degree is not None and not roles.unnamed_degree
    if degree and roles.school is None:
        return "degree"
    if school and roles.degree is None:
        return "school"
    return ""


def _stacked(first: Entry, second: Entry, roles: tuple[Roles, Roles]) -> bool:
    """A date column printing an entry's start and end on two lines (`2010` over `2015`,
    a Word table's date cell): the line beside each reads as an entry of its own with a
    lone date, one naming the school alone and the next the degree alone, the second
    date later."""
    start, end = _single_date(first), _single_date(second)
    if start is None or end is None or first.body or first.line is None:
        return False
    line, last = second.line, first.header[-1].line
    if line is None or line.page != last.page or line.number != last.number + 1:
        return False
    if (end.year or 0) * 12 + (end.month or 0) <= (start.year or 0) * 12 + (start.month or 0):
        return False
    return {_names_one(roles[0]), _names_one(roles[1])} == {"degree", "school"}


def join_stacked_dates(
    entries: list[Entry], all_roles: list[Roles]
) -> tuple[list[Entry], list[Roles]]:
    """Entries whose start and end a date column stacks on two lines made one, dated from
    the first to the second."""
    joined: list[Entry] = []
    roles_of: list[Roles] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        if index + 1 < len(entries) and _stacked(
            entry, entries[index + 1], (all_roles[index], all_roles[index + 1])
        ):
            second = entries[index + 1]
            first_item, second_item = entry.header[0], second.header[0]
            dates = DateRange(
                first_item.dates.start,  # type: ignore[union-attr]
                second_item.dates.start,  # type: ignore[union-attr]
                f"{first_item.dates.raw} – {second_item.dates.raw}",  # type: ignore[union-attr]
                first_item.line,
            )
            merged = Entry(
                [
                    replace(first_item, dates=dates),
                    *entry.header[1:],
                    replace(second_item, dates=None),
                    *second.header[1:],
                ],
                second.body,
            )
            joined.append(merged)
            roles_of.append(education_roles(header_pieces(merged, split_commas=False)))
            index += 2
            continue
        joined.append(entry)
        roles_of.append(all_roles[index])
        index += 1
    return joined, roles_of
