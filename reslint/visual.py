"""What `--format html` shows beside a Report: each file's pages, lines and first impression.

The HTML formatter renders a Report and computes nothing, but a picture of a resume needs
more than findings: the pages as images, the lines as the reader read them (with their
boxes), the contact details a recruiter sees first, and the resume's positions beside the
profile's. `reslint.file_views` gathers these per file into a `FileView`; the formatter
only draws them. They are frozen data at the bottom layer so neither side imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reslint.model import Line

# Where a first-impression field was found: in the top third of page 1 (seen in the first
# ten seconds), further down (found, but late), or nowhere.
Seen = Literal["top", "later", "missing"]


@dataclass(frozen=True, slots=True)
class PagePicture:
    """One page rendered as an image; `width` and `height` are the page's size in PDF
    points, the unit of `Line.box`, so a box is placed as a fraction of them."""

    page: int
    width: float
    height: float
    mime: str
    data: bytes


@dataclass(frozen=True, slots=True)
class GlanceItem:
    """One thing a recruiter looks for at the top of a resume (`field`: name, headline,
    title, employer, phone, email, linkedin) and where it was found."""

    field: str
    value: str | None
    seen: Seen


@dataclass(frozen=True, slots=True)
class ProfileRow:
    """One employer (or one position of it) on the resume and on the LinkedIn profile;
    `differences` names what does not agree (`title`, `dates`, `missing-on-profile`,
    `missing-on-resume`, `roles`: both list the employer with a different number of
    roles)."""

    resume: str | None
    profile: str | None
    differences: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FileView:
    """What the HTML report shows of one file. `finding_lines[i]` is the Line that
    finding `i` of the file's FileResult points at, or None when it points at none
    (a finding about the whole document); `place_lines[i]` the Lines of its other places
    (a finding that counts several occurrences names them in `Finding.places`)."""

    path: str
    lines: tuple[Line, ...]
    finding_lines: tuple[Line | None, ...]
    place_lines: tuple[tuple[Line, ...], ...] = ()
    pictures: tuple[PagePicture, ...] = ()
    glance: tuple[GlanceItem, ...] = ()
    profile: str | None = None
    profile_rows: tuple[ProfileRow, ...] = ()
