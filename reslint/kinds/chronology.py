"""Kind `chronology`: positions in a section that are not in reverse-chronological order.

Orders that are reverse-chronological by one reading are accepted: an ongoing role (a
volunteer post held for years) listed last when it began before the finished role above
it, and a role held at the same time as one listed higher up (a second role at the same
employer, an earlier role the parse split off a promotion line). A line with three or
more dates is a list (mentees, courses), not a position, and is left out. Entries under
different sub-headings of a section ("Open Source", "Freelance") are separate lists, each
in its own order (`shared.groups`); the roles under one employer's name are not.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import groupby, pairwise
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.groups import group_keys
from reslint.kinds.shared.timeline import Span, position_spans
from reslint.lexicon.dates import find_dates
from reslint.model import Document

OPTIONS = {
    "message": Option(
        "str",
        "'{later}' ({later_dates}) is listed below '{earlier}' ({earlier_dates})",
        "The message; {later}/{earlier} name the two positions, *_dates their dates.",
    ),
}


def out_of_order(above: Span, below: Span, today: int) -> bool:
    """True when `below` should have been listed above `above`.

    A current role belongs above a finished one. Otherwise `below` must both
    start and end after `above` for certain (year-only dates give way), so
    roles held at the same time, such as a long side role next to a job, may
    come in either order.
    """
    if below.current and not above.current:
        # An ongoing role that began before the finished one above it is in start order.
        return below.start.earliest(today) > above.start.latest(today)
    if above.current and not below.current:
        return False
    return below.start.earliest(today) > above.start.latest(today) and below.end.earliest(
        today
    ) > above.end.latest(today)


def _covers(outer: Span, inner: Span, today: int) -> bool:
    return outer.start.earliest(today) <= inner.start.latest(today) and outer.end.latest(
        today
    ) >= inner.end.earliest(today)


def _a_list(span: Span) -> bool:
    return span.line is not None and len(find_dates(span.line.text)) >= 3


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    today = ctx.today_index
    # A range that ends before it starts is a typo (date-invalid's): its place in the
    # order cannot be judged.
    complete = [
        span
        for span in position_spans(doc)
        if span.complete and not _a_list(span) and not span.backwards(today)
    ]
    groups = group_keys(doc, (span.line for span in complete))
    for _, group in groupby(
        zip(complete, groups, strict=True), key=lambda pair: (pair[0].section, pair[1])
    ):
        spans = [span for span, _ in group]
        for index, (above, below) in enumerate(pairwise(spans)):
            held_alongside = any(_covers(other, below, today) for other in spans[:index])
            if out_of_order(above, below, today) and not held_alongside:
                message = options["message"].format(
                    later=below.label,
                    later_dates=below.text(),
                    earlier=above.label,
                    earlier_dates=above.text(),
                )
                yield Hit(message, below.line, below.text())
                break  # one finding per section: the order is wrong, not each pair
