"""Positions: company, title, location, dates and body of each entry in an experience section.

It owns turning a section's entries into positions: each entry's header is read
(structure.roles), and the section settles what single entries leave open, because one
resume prints all its positions alike: the style its confident entries print titles and
employers in decides the others, and an entry that holds only a title line (a role with its
own dates under the company above) belongs to the company above. Entries come from
structure.entries.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from reslint.lexicon.entry_words import column_labels, on_own_account
from reslint.lexicon.joiners import has_joiner
from reslint.lexicon.pieces import comma_pieces, cut_dates, is_location, strong_pieces, two_parts
from reslint.model import DateRange, Field, Line, Position
from reslint.structure.entries import BULLET, Entry, split_entries
from reslint.structure.entry_lines import HEADER, Item, role_sized
from reslint.structure.entry_order import order_settled, section_order
from reslint.structure.header_rows import Reading, header_rows
from reslint.structure.line_roles import revise_readings
from reslint.structure.role_texts import title_without_unit
from reslint.structure.role_words import employer_name, title_at_company, title_evidence
from reslint.structure.roles import employer_before_country, read_rows
from reslint.structure.style_parts import Look, part_look
from reslint.structure.styled_roles import read_entry_header, run_layout_reading

_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")
_SURE = 2  # a reading this far ahead of its runner-up teaches the section its layout

Style = tuple[bool, float, str]


def _style(line: Line) -> Style:
    """How a line is printed: bold, size and font (without a PDF subset prefix)."""
    font = _SUBSET_RE.sub("", line.font_name or "")
    return line.bold, round(line.font_size or 0.0, 1), font


def _layout(readings: list[Reading]) -> tuple[Style, Style] | None:
    """The styles of the title line and of the employer's line that the section's sure
    readings agree on, if those differ."""
    votes: Counter[tuple[Style, Style]] = Counter()
    for reading in readings:
        if reading.margin < _SURE or reading.title_row is None or reading.company_row is None:
            continue
        if reading.title_row == reading.company_row:
            continue
        pair = (_style(reading.rows[reading.title_row]), _style(reading.rows[reading.company_row]))
        votes[pair] += 1
    if not votes:
        return None
    (title_style, company_style), _ = votes.most_common(1)[0]
    return (title_style, company_style) if title_style != company_style else None


def _settled(entry: Entry, reading: Reading, layout: tuple[Style, Style] | None) -> Reading:
    """An unsure reading of a header of several lines, read again with the section's title
    line style."""
    if layout is None or reading.margin >= _SURE or len(reading.rows) < 2:
        return reading
    styles = [_style(line) for line in reading.rows]
    if layout[0] in styles and layout[1] in styles:
        return read_rows(header_rows(entry), title_row=styles.index(layout[0]))
    return reading


def _role_under(entry: Entry, layout: tuple[Style, Style] | None) -> Field | None:
    """The title of an entry that prints only a title line (in the section's title style,
    or one piece of title words): another role at the company above."""
    rows = header_rows(entry)
    if len(rows) != 1 or on_own_account(rows[0].text):
        return None  # `Freelance Web Developer` under an employer's roles is no role of theirs
    if employer_before_country(entry) is not None:
        return None  # `Netcrackers, India | Consultant`: an employer of its own, and its place
    line, pieces = rows[0].line, rows[0].pieces
    if layout is not None and _style(line) == layout[0] and layout[0] != layout[1]:
        return Field(title_without_unit(pieces[0]), line)
    alone = len(pieces) == 1 and len(comma_pieces(pieces[0])) == 1
    title = title_without_unit(pieces[0])
    # `Инженер в АО Пример`: a title at an employer of its own, by a joiner that may also
    # link a title to its field, is no role at the company above.
    at = has_joiner(pieces[0]) or title_at_company(pieces[0]) is not None
    if alone and title_evidence(title) > 0 and not at:
        return Field(title, line)
    return None


_MAX_ROLE_WORDS = 5


def _roles_in_body(entry: Entry) -> list[tuple[Field, DateRange]]:
    """`Davanni's, Springfield. 09/2017 – Current.` over `• Kitchen employee from 2017 –
    2019` and `• Delivery driver from 2019 – current.`: short bullets that name a title and
    a range of their own are roles at the entry's employer."""
    roles: list[tuple[Field, DateRange]] = []
    for item in entry.body:
        if item.kind != BULLET:
            continue
        dated = cut_dates(item.line)
        title = dated.rest.strip(" .")
        short = 0 < len(title.split()) <= _MAX_ROLE_WORDS
        if dated.dates and dated.dates.end and short and title_evidence(title) > 0:
            roles.append((Field(title, item.line), dated.dates))
    return roles


def _title_in_body(entry: Entry) -> Field | None:
    """A header that names only the employer, over a first bullet that is a title:
    `Bill's Superette, Springfield. 02/2018 – 08/2019.` over `• Shift Supervisor.` The
    title is the bullet's first strong piece: `• Support Consultant – Civil Registry:` adds
    the project after a dash, as a header line would."""
    first = next((item for item in entry.body if item.kind == BULLET), None)
    if first is None:
        return None
    pieces = strong_pieces(first.text)
    text = pieces[0].strip(" .") if pieces else ""
    if 0 < len(text.split()) <= _MAX_ROLE_WORDS and title_evidence(text) > 0:
        return Field(text, first.line)
    return None


def _location(entry: Entry) -> Field | None:
    for item in entry.header:
        for strong in strong_pieces(item.rest):
            for part in (strong, *comma_pieces(strong)):
                if is_location(part):
                    return Field(part, item.line)
    return None


def _run_layout(readings: list[Reading]) -> tuple[Look, Look] | None:
    """The styles a title and its employer printed on one line in two styles take, as the
    section's sure readings of such lines agree (`**Title** Employer`)."""
    votes: Counter[tuple[Look, Look]] = Counter()
    for reading in readings:
        if reading.margin < _SURE or reading.title is None or reading.company is None:
            continue
        line = reading.title.line
        if reading.company.line is not line or not line.runs:
            continue
        title_look = part_look(line, reading.title.value)
        company_look = part_look(line, reading.company.value)
        if title_look is not None and company_look is not None and title_look != company_look:
            votes[(title_look, company_look)] += 1
    return votes.most_common(1)[0][0] if votes else None


def _run_settled(entry: Entry, reading: Reading, layout: tuple[Look, Look] | None) -> Reading:
    """An unsure reading of an entry whose header prints two parts in the styles the
    section's title and employer take on one line, read again by those styles."""
    if layout is None or reading.margin >= _SURE:
        return reading
    return run_layout_reading(header_rows(entry), *layout) or reading


def _body_fields(entry: Entry) -> tuple[tuple[Field, ...], tuple[Field, ...]]:
    bullets = tuple(Field(item.text, item.line) for item in entry.body if item.kind == BULLET)
    context = tuple(Field(item.text, item.line) for item in entry.body if item.kind != BULLET)
    return bullets, context


def _without_group_labels(entries: list[Entry]) -> list[Entry]:
    """`OPEN SOURCE` or `Freelance Work` over an entry printed as the others are: a line
    that groups the entries under it names none of them. Where entries print an employer
    and a title, it is the first of one line more than they have, in a style none of their
    lines is printed in."""
    rows = [header_rows(entry) for entry in entries]
    counts = Counter(len(entry_rows) for entry_rows in rows)
    # The length most entries have; of two as common, the shorter (groups add a line).
    usual, seen = min(counts.items(), key=lambda item: (-item[1], item[0]), default=(0, 0))
    if usual < 2 or seen < 2:
        return entries  # entries of one line (roles under an employer's line) have no groups
    styles = {
        _style(row.line)
        for entry_rows in rows
        for row in (entry_rows if len(entry_rows) <= usual else entry_rows[1:])
    }
    out: list[Entry] = []
    for entry, entry_rows in zip(entries, rows, strict=True):
        first = entry_rows[0].line if entry_rows else None
        label = next((item for item in entry.header if item.line is first), None)
        if (
            len(entry_rows) == usual + 1
            and first is not None
            and _style(first) not in styles
            and label is not None
            and label.dates is None
        ):
            entry = Entry([item for item in entry.header if item is not label], entry.body)
        out.append(entry)
    return out


# An entry of a section that prints no dates has a short header: a title and an employer,
# perhaps a place; a longer run of header lines is a list (skills, courses), not roles.
_MAX_UNDATED_HEADER = 3


def _undated_entries(entries: list[Entry]) -> list[Entry]:
    """A section that prints no date at all (`Additional Experience`, a list of roles held)
    still names its positions: each entry that opens on a few short lines (a title, an
    employer, a place) and goes on to describe the work; a long line after them is that
    description. Where some entry has dates, an undated header is a group label or a
    project, not a role, and stays out (the caller reads only dated entries then)."""
    out: list[Entry] = []
    for entry in entries:
        short = 0
        while short < len(entry.header) and _short(entry.header[short]):
            short += 1
        head, rest = entry.header[:short], entry.header[short:]
        if 0 < short <= _MAX_UNDATED_HEADER and (rest or entry.body) and _names_two(head):
            out.append(Entry(head, [*rest, *entry.body]))
    return out


def _short(item: Item) -> bool:
    """A line that can name a title, an employer or a place: short, and not a sentence."""
    text = item.rest.strip()
    return item.kind == HEADER and bool(text) and role_sized(text)


def _names_two(head: list[Item]) -> bool:
    """A role names a title and an employer: on two lines, or in two pieces of one."""
    if len(head) >= 2:
        return True
    return two_parts(head[0].rest)


def find_positions(lines: tuple[Line, ...], section_title: str) -> list[Position]:
    # A table's head (`期間   業務内容`, period and work done) names no entry.
    lines = tuple(line for line in lines if not column_labels(line.text))
    split = split_entries(lines)
    entries = [entry for entry in split if entry.dates is not None] or _undated_entries(split)
    entries = _without_group_labels(entries)
    # The learned line-role model's seam: off by default, the rules' readings stay.
    readings = revise_readings(entries, [read_entry_header(entry) for entry in entries], lines)
    layout = _layout(readings)
    run_layout = _run_layout(readings)
    order = section_order(readings)
    positions: list[Position] = []
    umbrellas: set[int] = set()  # positions that only named the employer of the roles after
    for entry, reading in zip(entries, readings, strict=True):
        settled = _run_settled(entry, _settled(entry, reading, layout), run_layout)
        # Where no style settles it, the order the section's sure entries print in does.
        reading = settled if settled is not reading else order_settled(entry, reading, order)
        company, title = reading.company, reading.title
        if company is not None:
            company = replace(company, value=employer_name(company.value))
        role = _role_under(entry, layout) if positions else None
        if role is not None:
            above = positions[-1]
            company, title = above.company, role
            if not above.bullets and not (above.title and title_evidence(above.title.value) > 0):
                umbrellas.add(len(positions) - 1)
        if company is None and title is None:
            continue
        roles = _roles_in_body(entry) if company is not None else []
        for role, dates in roles:
            positions.append(
                Position(company, role, dates, role.line, _location(entry), section=section_title)
            )
        if roles:
            continue
        if title is None:
            title = _title_in_body(entry)
        bullets, context = _body_fields(entry)
        positions.append(
            Position(
                company=company,
                title=title,
                dates=entry.dates,
                line=entry.line,
                location=_location(entry),
                bullets=bullets,
                context=context,
                section=section_title,
            )
        )
    # "Acme, Spain   2021 – Present" over its roles with their own dates is not a role.
    return [p for index, p in enumerate(positions) if index not in umbrellas]
