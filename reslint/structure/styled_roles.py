"""Roles in a header line printed in two styles with no separator between its parts
(`**Desarrollador de aplicaciones** T-Systems Iberia`, `**Lifeguard** Bayside Pools`).

The readers mark where a line changes style (`Line.runs`), structure.style_parts cuts a
piece there; this module reads the parts: by their words where they tell a title from a
name, else by the styles the section's other such lines print a title and an employer in.
Kept beside structure.roles, whose one-line reading it applies to the cut parts.
"""

from __future__ import annotations

from reslint.lexicon.entry_words import is_unit
from reslint.model import Field, Line
from reslint.structure.entries import Entry
from reslint.structure.header_rows import Reading, Row, header_rows
from reslint.structure.one_line_roles import at_reading, read_one_line
from reslint.structure.role_texts import HEADER_LABEL_RE, is_content
from reslint.structure.role_words import (
    employer_score,
    printed_as_name,
    title_evidence,
    without_city,
    without_town,
)
from reslint.structure.roles import read_header
from reslint.structure.style_parts import Look, part_look, style_changes_between, style_cuts


def read_entry_header(entry: Entry) -> Reading:
    """The entry's header read as structure.roles reads it, a line in two styles first
    read by its parts (after a `Title at Company` line, which says more)."""
    rows = header_rows(entry)
    styled = styled_reading(rows) if rows and at_reading(rows) is None else None
    return styled or read_header(entry)


def styled_reading(rows: list[Row]) -> Reading | None:
    """`**Desarrollador de aplicaciones** Acme Sistemas`: a line printed in two styles with
    no separator between, whose words read one part as a title and the other as none, a
    name (capitalised) no other header line outdoes as an employer."""
    for number, row in enumerate(rows):
        if not row.line.runs:
            continue
        pieces = [part for piece in row.pieces for part in _name_cuts(piece, row.line)]
        one = read_one_line(Row(row.line, row.text, pieces))
        if one.title is None or one.company is None:
            continue
        title, company = one.title.value, one.company.value
        if not style_changes_between(row.line, title, company):
            continue
        others = [employer_score(p) for other in rows if other is not row for p in other.pieces]
        if (
            title_evidence(title) > 0
            and title_evidence(company) <= 0
            and printed_as_name(company)
            and not is_unit(company)
            and company not in title
            and title not in company
            and employer_score(company) >= max(others, default=0)
        ):
            return Reading(one.company, one.title, 3, number, number, ())
    return None


def _name_cuts(piece: str, line: Line) -> list[str]:
    """The piece's style cuts, a part in lower case joined to the one before: no name starts
    so (`Desarrollador` and `front-end` in two fonts are one title)."""
    parts: list[str] = []
    for part in style_cuts(piece, line):
        if parts and part[:1].islower():
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def run_layout_reading(rows: list[Row], title_look: Look, company_look: Look) -> Reading | None:
    """A line in two styles whose words leave its parts' roles open (`**Lifeguard** Bayside
    Pools`), read by the styles the section's sure lines print a title and an employer in:
    the part in the title's style is the title, the one in the employer's the employer."""
    for number, row in enumerate(rows):
        if not row.line.runs:
            continue
        parts = [
            part
            for piece in row.pieces
            for part in style_cuts(piece, row.line)
            if is_content(part) and not HEADER_LABEL_RE.match(part)
        ]
        looks = [part_look(row.line, part) for part in parts]
        if len(parts) != 2 or {looks[0], looks[1]} != {title_look, company_look}:
            continue
        title, company = parts if looks[0] == title_look else parts[::-1]
        if title_evidence(company) > 0 or not printed_as_name(company):
            continue
        company_field = Field(without_city(without_town(company)), row.line)
        # Read by the section's layout, not by its own words: not sure enough to teach it.
        return Reading(company_field, Field(title, row.line), 1, number, number, ())
    return None
