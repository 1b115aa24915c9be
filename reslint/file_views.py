"""The pictures behind `--format html`: for each file of a Report, a `visual.FileView`.

The run itself hands on findings only (they are what the cache stores and the pool sends
back), so the report's pictures are made here, after the run: each readable file is
loaded again, its PDF pages rendered, each finding tied to the Line it points at, the
first-impression fields looked up, and a resume set beside its profile. Only `--format
html` pays for this. `redact` masks the text as `reslint.redact` masks the Report and
paints over the lines that hold contact details on the page pictures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from reslint.kinds.shared.profile.dates import month_gap, show
from reslint.kinds.shared.profile.pairing import (
    LEGAL_SUFFIXES,
    Side,
    match_positions,
    title_key,
)
from reslint.kinds.shared.profile.text import similar
from reslint.limits import TimedOut, time_limit
from reslint.linting import load_profile, time_left, try_load
from reslint.model import Box, Document, Field, Line, Location, Position
from reslint.options import RunOptions
from reslint.readers import ReadError
from reslint.readers.pdf_pictures import render_pages
from reslint.redact import redact_text
from reslint.report import FileResult, Report
from reslint.visual import FileView, GlanceItem, PagePicture, ProfileRow, Seen

# The same defaults the profile rules use (kinds/shared/profile/pairing.MATCH_OPTIONS).
_COMPANY_THRESHOLD = 85
_TITLE_ALIKE = 80  # rapidfuzz score from which two titles read as the same job
_DATE_SLACK = 2  # months: profiles and resumes round dates differently


def build_views(report: Report, options: RunOptions, redact: bool) -> Mapping[str, FileView]:
    """A FileView for each readable file of `report`, by path."""
    profiles: dict[str, Document | None] = {}
    views = {}
    for result in report.files:
        if result.error:
            continue
        left = time_left(result, options)
        if left <= 0:
            continue  # its lint used the file's whole budget: the report lists its findings
        try:
            # What is left of the file's one time budget: a view is never worth a hang.
            with time_limit(left):
                doc = try_load(Path(result.path), options.loading)
                if isinstance(doc, str):
                    continue  # changed since it was linted: the report lists its findings
                profile = _profile(result, options, profiles)
                views[result.path] = _view(result, doc, profile, options, redact)
        except TimedOut:
            continue
    return MappingProxyType(views)


def _profile(
    result: FileResult, options: RunOptions, loaded: dict[str, Document | None]
) -> Document | None:
    if result.profile is None:
        return None
    if result.profile not in loaded:
        doc = load_profile(Path(result.profile), options.loading)
        loaded[result.profile] = None if isinstance(doc, str) else doc
    return loaded[result.profile]


def _view(
    result: FileResult,
    doc: Document,
    profile: Document | None,
    options: RunOptions,
    redact: bool,
) -> FileView:
    lines = doc.lines
    cover: dict[int, list[Box]] = {}
    if redact:
        lines = tuple(_masked(line, options.region, cover) for line in lines)
    by_place = {(line.source or result.path, line.page, line.number): line for line in lines}

    def line_at(where: Location) -> Line | None:
        return by_place.get((where.path, where.page, where.line)) if where.line else None

    finding_lines = tuple(line_at(f.location) for f in result.findings)
    place_lines = tuple(
        tuple(line for line in map(line_at, f.places) if line is not None) for f in result.findings
    )
    today_index = options.today.year * 12 + options.today.month - 1
    rows = _profile_rows(doc, profile, today_index) if profile is not None else ()
    glance = _glance(doc)
    if redact:
        rows = tuple(_masked_row(row, options.region) for row in rows)
        glance = tuple(
            replace(item, value=redact_text(item.value, options.region)) if item.value else item
            for item in glance
        )
    return FileView(
        path=result.path,
        lines=lines,
        finding_lines=finding_lines,
        place_lines=place_lines,
        pictures=_pictures(doc, options, cover),
        glance=glance,
        profile=result.profile,
        profile_rows=rows,
    )


def _pictures(
    doc: Document, options: RunOptions, cover: dict[int, list[Box]]
) -> tuple[PagePicture, ...]:
    if doc.facts.format != "pdf":
        return ()
    try:
        return render_pages(doc.path, options.read_options, cover)
    except ReadError:  # the text view still shows the file
        return ()


def _masked(line: Line, region: str, cover: dict[int, list[Box]]) -> Line:
    masked = redact_text(line.text, region)
    if masked == line.text:
        return line
    if line.box is not None:
        cover.setdefault(line.page, []).append(line.box)
    return replace(line, text=masked)


def _masked_row(row: ProfileRow, region: str) -> ProfileRow:
    return replace(
        row,
        resume=redact_text(row.resume, region) if row.resume else None,
        profile=redact_text(row.profile, region) if row.profile else None,
    )


# --- the first ten seconds ---------------------------------------------------------------


def _top_third(doc: Document) -> frozenset[tuple[int, int]]:
    """Page 1's lines (page, number) in its top third: by position where the reader measured
    the page, else the first third of the page's lines (text formats have no page size)."""
    first = [line for line in doc.lines if line.page == 1]
    measured = [
        (line, line.box.top / line.page_height)
        for line in first
        if line.box is not None and line.page_height
    ]
    if measured:
        return frozenset((line.page, line.number) for line, height in measured if height < 1 / 3)
    return frozenset((line.page, line.number) for line in first[: max(1, -(-len(first) // 3))])


def _seen(field: Field | None, top: frozenset[tuple[int, int]]) -> Seen:
    if field is None:
        return "missing"
    line = field.line
    return "top" if line is not None and (line.page, line.number) in top else "later"


def _current(positions: Iterable[Position]) -> Position | None:
    """The position a recruiter reads as the current job: one dated `present`, else the
    first listed (resumes list the latest first)."""
    positions = list(positions)
    for position in positions:
        if position.dates is not None and position.dates.is_current:
            return position
    return positions[0] if positions else None


def _glance(doc: Document) -> tuple[GlanceItem, ...]:
    contact = doc.contact
    top = _top_third(doc)
    current = _current(doc.positions)
    fields = (
        ("name", contact.name),
        ("headline", contact.headline),
        ("title", current.title if current else None),
        ("employer", current.company if current else None),
        ("phone", contact.phones[0] if contact.phones else None),
        ("email", contact.emails[0] if contact.emails else None),
        ("linkedin", contact.linkedin[0] if contact.linkedin else None),
    )
    return tuple(
        GlanceItem(name, field.text if field else None, _seen(field, top)) for name, field in fields
    )


# --- resume beside profile ---------------------------------------------------------------


def _describe(side: Side) -> str:
    position = side.position
    parts = [side.title.value if side.title else "", side.company.value]
    dates = position.dates
    if dates is not None:
        parts.append(f"{show(dates.start)} – {show(dates.end)}")
    return " · ".join(part for part in parts if part)


def _differences(resume: Side, profile: Side, today_index: int) -> tuple[str, ...]:
    found = []
    a = title_key(resume.title.value, {}) if resume.title else ""
    b = title_key(profile.title.value, {}) if profile.title else ""
    if similar(a, b) < _TITLE_ALIKE:
        found.append("title")
    ra, pa = resume.position.dates, profile.position.dates
    gaps = [
        month_gap(ra.start if ra else None, pa.start if pa else None, today_index),
        month_gap(ra.end if ra else None, pa.end if pa else None, today_index),
    ]
    if any(gap is None or gap > _DATE_SLACK for gap in gaps):
        found.append("dates")
    return tuple(found)


def _profile_rows(doc: Document, profile: Document, today_index: int) -> tuple[ProfileRow, ...]:
    matching = match_positions(
        doc.positions,
        profile.positions,
        suffixes=LEGAL_SUFFIXES,
        threshold=_COMPANY_THRESHOLD,
        today_index=today_index,
    )
    paired = {id(side) for pair in matching.pairs for side in pair}
    rows = []
    for group in matching.groups:
        for resume, other in matching.pairs:
            if resume in group.resume:
                rows.append(
                    ProfileRow(
                        _describe(resume),
                        _describe(other),
                        _differences(resume, other, today_index),
                    )
                )
        left = [side for side in group.resume if id(side) not in paired]
        right = [side for side in group.profile if id(side) not in paired]
        if left or right:
            rows.append(
                ProfileRow(
                    "; ".join(_describe(side) for side in left) or None,
                    "; ".join(_describe(side) for side in right) or None,
                    _unpaired(left, right),
                )
            )
    return tuple(rows)


def _unpaired(left: list[Side], right: list[Side]) -> tuple[str, ...]:
    if not right:
        return ("missing-on-profile",)
    if not left:
        return ("missing-on-resume",)
    return ("roles",)  # both list the employer, with a different number of roles
