"""Kind `profile-positions`: a position on one side only of the resume and the LinkedIn profile.

Direction of `profile-position-missing`: a resume position with no employer
match on LinkedIn is always reported (a recruiter who checks LinkedIn sees a
job that is not there). A LinkedIn position missing from the resume is only
reported when it overlaps none of the resume's positions and is not older
than the resume's oldest one: resumes rightly leave out early jobs, and a
side role held alongside a listed job (a board seat, volunteering) is a
choice; a LinkedIn job in a gap of the resume or after its latest entry
(an out-of-date resume) is what a recruiter asks about.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit
from reslint.kinds.shared.profile.dates import show, span
from reslint.kinds.shared.profile.lines import profile_of, related, where
from reslint.kinds.shared.profile.pairing import MATCH_OPTIONS, Side, pair_positions
from reslint.lexicon.headings import heading_kind
from reslint.model import Document, Line

OPTIONS = dict(MATCH_OPTIONS)


def _label(side: Side) -> str:
    title = f"{side.title.value} at " if side.title is not None else ""
    dates = side.position.dates
    when = f" ({dates.raw or show(dates.start)})" if dates is not None else ""
    return f"{title}{side.company.value}{when}"


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    profile = profile_of(ctx)
    if not profile.positions or not doc.positions:
        return  # a profile without positions (or a resume without) says nothing about any one
    matching = pair_positions(doc, options, ctx)
    today = ctx.today_index
    resume_spans = [s for s in (span(p.dates, today) for p in doc.positions) if s is not None]
    oldest = min((start for start, _ in resume_spans), default=None)
    experience = next((s.heading for s in doc.sections if s.kind == "experience"), None)
    for group in matching.groups:
        if group.resume and not group.profile:
            for side in group.resume:
                if side.position.section and _section_kind(side.position.section) != "experience":
                    continue  # volunteering, research, leadership: LinkedIn lists them apart
                yield Hit(
                    f"'{_label(side)}' is not on the LinkedIn profile",
                    side.line,
                    text=side.company.text,
                    suggestion="Add the position to LinkedIn, or check the company name matches.",
                )
        elif group.profile and not group.resume and oldest is not None:
            for side in group.profile:
                months = span(side.position.dates, today)
                if months is None or months[1] < oldest:
                    continue  # older than the resume: leaving out early jobs is normal
                if any(months[0] <= end and start <= months[1] for start, end in resume_spans):
                    continue  # held alongside a listed job: a side role the resume may skip
                yield Hit(
                    f"LinkedIn lists '{_label(side)}' ({where(side.line)}), "
                    "which the resume does not",
                    experience or (doc.positions[0].line if doc.positions else None),
                    text=side.company.text,
                    suggestion="Add it to the resume or explain the gap it leaves.",
                    related=related(side.line),
                )


def _section_kind(title: str) -> str | None:
    return heading_kind(Line(title, heading=True))
