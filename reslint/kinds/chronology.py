"""Kind `chronology`: positions in a section that are not in reverse-chronological order."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import groupby, pairwise
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.timeline import Span, position_spans
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
    if below.current != above.current:
        return below.current
    return below.start.earliest(today) > above.start.latest(today) and below.end.earliest(
        today
    ) > above.end.latest(today)


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    today = ctx.today_index
    complete = (span for span in position_spans(doc) if span.complete)
    for _, group in groupby(complete, key=lambda span: span.section):
        spans = list(group)
        for above, below in pairwise(spans):
            if out_of_order(above, below, today):
                message = options["message"].format(
                    later=below.label,
                    later_dates=below.text(),
                    earlier=above.label,
                    earlier_dates=above.text(),
                )
                yield Hit(message, below.line, below.text())
                break  # one finding per section: the order is wrong, not each pair
