"""Kind `profile-education`: a school, degree or its years differ between the resume and
LinkedIn.

Degrees are compared by level (bachelor, master, ...), by kind within a level (BA, BS and
BBA differ; `Bachelor of Science - BS` and `B.S.` agree) and by field of study.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.profile.dates import month_gap, show
from reslint.kinds.shared.profile.lines import profile_of, related, value_line, where
from reslint.kinds.shared.profile.schools import (
    degree_subject,
    different_kinds,
    different_subjects,
    match_schools,
)
from reslint.lexicon.degree_levels import degree_level
from reslint.model import DateRange, DateValue, Document, Education

OPTIONS = {
    "school_threshold": Option("int", 85, "Fuzzy score above which two school names match."),
    "subject_threshold": Option(
        "int", 85, "Fuzzy score (0–100) at which two words of a field of study are the same."
    ),
    "tolerance_months": Option("int", 3, "Months a start or end date may differ."),
}

DEGREES_ON_PROFILES = frozenset({"associate", "bachelor", "master", "doctorate"})


def _still_studying(a: DateValue | None, b: DateValue | None, today: int) -> bool:
    """`Present` on one side and an expected graduation still ahead on the other agree."""
    if a is None or b is None or a.present == b.present:
        return False
    ahead = b if a.present else a
    return ahead.latest(today) >= today


def _graduation(dates: DateRange | None) -> DateValue | None:
    """The end of studies; a resume's single date (`2016`) is its graduation."""
    if dates is None:
        return None
    return dates.end if dates.end is not None else dates.start


def _studied(entry: Education) -> str:
    """The degree with its field of study, as one text: `B.S., Computer Science`."""
    parts = (entry.degree, entry.field)
    return ", ".join(part.value for part in parts if part is not None)


def _gap(a: DateValue | None, b: DateValue | None, today: int) -> int | None:
    """Months between two dates of studies. LinkedIn gives years only; a month on the
    resume is then compared by its year, so `12/2017` and LinkedIn's `2018` are a year
    apart (not one month) and only a tolerance of 12 months or more accepts them."""
    if (
        a is not None
        and b is not None
        and a.year is not None
        and b.year is not None
        and not (a.present or b.present)
        and (a.month is None) != (b.month is None)
    ):
        return abs(a.year - b.year) * 12
    return month_gap(a, b, today)


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    profile = profile_of(ctx)
    if not profile.education:
        return
    today = ctx.today_index
    tolerance = options["tolerance_months"]
    for mine, theirs in match_schools(
        doc.education, profile.education, options["school_threshold"]
    ):
        if mine.school is None:
            continue
        if theirs is None:
            level = degree_level(mine.degree.value) if mine.degree is not None else None
            if level not in DEGREES_ON_PROFILES:
                continue  # courses, certificates and school diplomas often stay off LinkedIn
            yield Hit(
                f"school '{mine.school.value}' is not on the LinkedIn profile",
                value_line(mine.school, mine.line),
                text=mine.school.text,
                suggestion="List the same schools on LinkedIn, or check the school's name.",
            )
            continue
        problems: list[str] = []
        other_degree = False
        if mine.degree is not None and theirs.degree is not None:
            a, b = degree_level(mine.degree.value), degree_level(theirs.degree.value)
            other_degree = (
                bool(a and b and a != b)
                or (
                    a is not None
                    and a == b
                    and different_kinds(mine.degree.value, theirs.degree.value)
                )
            ) or different_subjects(
                degree_subject(_studied(mine)),
                degree_subject(_studied(theirs)),
                options["subject_threshold"],
            )
            if other_degree:
                problems.append(f"degree '{_studied(mine)}' vs '{_studied(theirs)}'")
        if mine.dates is not None and theirs.dates is not None:
            end_a, end_b = _graduation(mine.dates), _graduation(theirs.dates)
            gap = _gap(end_a, end_b, today)
            if gap is not None and gap > tolerance and not _still_studying(end_a, end_b, today):
                problems.append(f"end {show(end_a)} vs {show(end_b)}")
            if mine.dates.end is not None:
                gap = _gap(mine.dates.start, theirs.dates.start, today)
                if gap is not None and gap > tolerance:
                    problems.append(f"start {show(mine.dates.start)} vs {show(theirs.dates.start)}")
        if problems:
            anchor = mine.degree.line if other_degree and mine.degree is not None else None
            anchor = anchor or mine.line
            yield Hit(
                f"{mine.school.value} differs from LinkedIn ({where(theirs.line)}): "
                + "; ".join(problems),
                anchor,
                text=mine.school.text,
                suggestion="Make the degree and years the same on the resume and on LinkedIn.",
                related=related(theirs.line),
            )
