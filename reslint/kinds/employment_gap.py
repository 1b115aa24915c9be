"""Kind `employment-gap`: months between two positions that show neither work nor study.

Every dated entry covers time: positions, schooling (a single graduation date counts for
its month or year), and date ranges printed anywhere else (volunteering, service,
projects with dates). A gap is measured between two positions and named by the entry
that ended last before it, which may be schooling or volunteering taken up between jobs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.timeline import covered_spans
from reslint.model import Document

OPTIONS = {
    "min_months": Option("int", 6, "The shortest gap reported, in whole months."),
    "message": Option(
        "str",
        "{months}-month gap between '{before}' (ended {ended}) and '{after}' (started {started})",
        "The message; {months}, {before}, {ended}, {after} and {started} describe the gap.",
    ),
}


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    today = ctx.today_index
    # Schooling and volunteering cover time too: a year back at university is no gap.
    # A range that ends before it starts (a typo, date-invalid's) says nothing of the time.
    spans = sorted(
        (span for span in covered_spans(doc) if not span.backwards(today)),
        key=lambda span: span.start.earliest(today),
    )
    covering = None
    working = False  # gaps count from the first position on: not between school and a first job
    for span in spans:
        # A post still held covers every month up to now: a later start (an offer that
        # begins next year) follows no gap.
        still_held = covering is not None and covering.end.present
        if covering is not None and span.is_position and working and not still_held:
            # Year-only dates are read in the way that makes the gap shortest.
            months = span.start.earliest(today) - covering.end.latest(today) - 1
            if months >= options["min_months"]:
                yield Hit(
                    options["message"].format(
                        months=months,
                        before=covering.label,
                        ended=covering.end.raw,
                        after=span.label,
                        started=span.start.raw,
                    ),
                    span.line,
                    span.text(),
                )
        if covering is None or span.end.latest(today) > covering.end.latest(today):
            covering = span
        working = working or span.is_position
