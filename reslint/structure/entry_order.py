"""The order a section prints each position's title and employer in, as its sure entries
agree, settling the entries whose words leave it open.

One resume prints all the positions of a section alike: `Title` over `Employer`, or
`Title, Employer` on one line. Where the section's entries print both in one style, the
style cannot say which is which (structure.positions' layouts); their order can. A title
with no title words (`Summer Helper` over `Brightwater`, `Deckhand, Harbour Lines`) is read
in the place the section's entries with title words put their titles, not by the default
(employer first) that the words alone fall back on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

from reslint.structure.entries import Entry
from reslint.structure.header_rows import Reading, header_rows
from reslint.structure.one_line_roles import read_one_line
from reslint.structure.role_words import title_evidence
from reslint.structure.roles import read_rows

_SURE = 2  # as structure.positions: a reading this sure teaches the section
_Vote = TypeVar("_Vote")


@dataclass(frozen=True, slots=True)
class Order:
    """Where the section's sure entries put the title: its header row and the employer's
    (entries of several lines), and whether it comes first (entries of one line); None
    where they do not agree or none is sure."""

    rows: tuple[int, int] | None
    title_first: bool | None


def _sure(reading: Reading) -> bool:
    """A reading its words decide: a margin of its own, or a title with title words over an
    employer with an employer's (`Lifeguard, Reston Association`)."""
    if reading.margin >= _SURE:
        return True
    if reading.title is None or reading.company is None:
        return False
    told = title_evidence(reading.title.value) - title_evidence(reading.company.value)
    return told >= _SURE


def _title_first(reading: Reading) -> bool | None:
    """Whether a one-line reading's title is printed before its employer."""
    if reading.title is None or reading.company is None:
        return None
    if reading.title.line is not reading.company.line:
        return None
    text = reading.title.line.text
    title_at, company_at = text.find(reading.title.value), text.find(reading.company.value)
    if title_at < 0 or company_at < 0 or title_at == company_at:
        return None
    return title_at < company_at


def _winner(votes: Counter[_Vote]) -> _Vote | None:
    """The vote more sure entries cast than all others together, None when none is."""
    if not votes:
        return None
    value, count = votes.most_common(1)[0]
    return value if count * 2 > sum(votes.values()) else None


def section_order(readings: list[Reading]) -> Order:
    row_votes: Counter[tuple[int, int]] = Counter()
    line_votes: Counter[bool] = Counter()
    for reading in readings:
        if not _sure(reading):
            continue
        title_row, company_row = reading.title_row, reading.company_row
        if title_row is not None and company_row is not None and title_row != company_row:
            row_votes[(title_row, company_row)] += 1
            continue
        first = _title_first(reading)
        if first is not None:
            line_votes[first] += 1
    return Order(_winner(row_votes), _winner(line_votes))


def _in_order(reading: Reading, order: Order) -> bool:
    """An unsure reading of a header of more lines than the section's sure ones whose title
    already comes where theirs does, after or before the employer's line (`QUATEST` over a
    descriptor over `Position: Tester`): the order's row numbers, counted in shorter
    headers, would take the descriptor for the title."""
    rows, title_row, company_row = order.rows, reading.title_row, reading.company_row
    if rows is None or title_row is None or company_row is None or title_row == company_row:
        return False
    longer = len(reading.rows) > max(rows) + 1
    return longer and (title_row > company_row) == (rows[0] > rows[1])


def order_settled(entry: Entry, reading: Reading, order: Order) -> Reading:
    """An unsure reading read again in the section's order: its header rows with the title
    on the section's title row, or its one line with the title first."""
    if _sure(reading) or _in_order(reading, order):
        return reading
    rows = header_rows(entry)
    if len(rows) >= 2 and order.rows is not None and max(order.rows) < len(rows):
        return read_rows(rows, title_row=order.rows[0], company_row=order.rows[1])
    if len(rows) == 1 and order.title_first and reading.title_row == 0:
        return read_one_line(rows[0], title_first=True)
    return reading
