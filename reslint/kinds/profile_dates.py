"""Kind `profile-dates`: a position's start or end differs between the resume and LinkedIn."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.profile.dates import month_gap, show
from reslint.kinds.shared.profile.lines import related, where
from reslint.kinds.shared.profile.pairing import MATCH_OPTIONS, Group, Side, pair_positions
from reslint.model import DateRange, Document

OPTIONS = {
    **MATCH_OPTIONS,
    "tolerance_months": Option(
        "int", 3, "Months a start or end date may differ before it counts as a mismatch."
    ),
}


def _date_problems(
    resume: DateRange | None, profile: DateRange | None, tolerance: int, today: int
) -> list[str]:
    if resume is None or profile is None:
        return []
    problems: list[str] = []
    for label, a, b in (("start", resume.start, profile.start), ("end", resume.end, profile.end)):
        gap = month_gap(a, b, today)
        if gap is not None and gap > tolerance:
            problems.append(f"{label} {show(a)} vs {show(b)}")
    return problems


Compared = tuple[Side, Side, DateRange | None, DateRange | None]


def _group_ends(group: Group, today: int) -> list[Compared]:
    """An employer listed as a different number of roles on each side: its first start and
    its last end, each compared at the entries they come from."""

    def first_and_last(sides: tuple[Side, ...]) -> tuple[Side, Side] | None:
        dated = [s for s in sides if s.position.dates and s.position.dates.start]
        if not dated:
            return None

        def start(side: Side) -> int:
            dates = side.position.dates
            return dates.start.earliest(today) if dates and dates.start else 0

        def end(side: Side) -> int:
            dates = side.position.dates
            value = (dates.end or dates.start) if dates else None
            return value.latest(today) if value else 0

        return min(dated, key=start), max(dated, key=end)

    mine, theirs = first_and_last(group.resume), first_and_last(group.profile)
    if mine is None or theirs is None:
        return []
    compared: list[Compared] = []
    for index, (a, b) in enumerate(zip(mine, theirs, strict=True)):
        da, db = a.position.dates, b.position.dates
        if da is None or db is None:
            continue
        if index == 0:  # the first start only
            compared.append(
                (a, b, DateRange(da.start, None, line=da.line), DateRange(db.start, None))
            )
        else:  # the last end only
            compared.append((a, b, DateRange(None, da.end, line=da.line), DateRange(None, db.end)))
    return compared


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    matching = pair_positions(doc, options, ctx)
    tolerance = options["tolerance_months"]
    today = ctx.today_index
    compared: list[Compared] = [
        (a, b, a.position.dates, b.position.dates) for a, b in matching.pairs
    ]
    for group in matching.groups:
        if group.resume and group.profile and len(group.resume) != len(group.profile):
            compared.extend(_group_ends(group, today))
    for resume, profile, mine, theirs in compared:
        problems = _date_problems(mine, theirs, tolerance, today)
        if problems:
            anchor = mine.line if mine is not None and mine.line is not None else resume.line
            yield Hit(
                f"dates of {resume.company.value} differ from LinkedIn ({where(profile.line)}): "
                + "; ".join(problems),
                anchor,
                text=mine.raw or None if mine is not None else None,
                suggestion="Make the resume and LinkedIn agree on when the job started and ended.",
                related=related(profile.line),
            )
