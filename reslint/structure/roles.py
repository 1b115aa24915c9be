"""Company and title of a position, read from its header lines.

It owns reading a position's whole header: `Title at Company` anywhere in it, a header of
one line piece by piece (structure.one_line_roles), a header of several lines line by line
(one line names the employer, another the title, in their own styles; the words of each
line's first piece decide, or the section's layout when imposed), and an employer named
only by a web address. A reading says how sure it is, so that the section
(structure.positions) can settle the entries whose words leave it open by the layout its
other entries share. Which header lines count is structure.header_rows'; how far a title
or a name runs on its line, structure.role_texts'.
"""

from __future__ import annotations

from reslint.lexicon.country import is_city, is_country
from reslint.lexicon.entry_words import company_score, is_unit
from reslint.lexicon.pieces import comma_pieces, is_location, sentence_pieces, strong_pieces
from reslint.model import Field
from reslint.structure.entries import Entry
from reslint.structure.header_rows import Reading, Row, header_rows
from reslint.structure.one_line_roles import at_reading, read_one_line
from reslint.structure.prose_lines import DOMAIN_RE
from reslint.structure.role_texts import (
    company_text,
    title_text,
    title_without_unit,
    without_places,
)
from reslint.structure.role_words import (
    NAME_JOINERS,
    employer_score,
    printed_as_name,
    reads_as_duty,
    title_evidence,
)


def _complete(reading: Reading) -> bool:
    """A one-line reading whose words name both a title and an employer (more than a
    department: `Assistant Professor, PI of Acme Lab` is a title; `Analyst | Department of
    Technology` names the team the employer on another line has; `Tech Lead, Software
    Developer` names two titles)."""
    return bool(
        reading.title
        and reading.company
        and title_evidence(reading.title.value) > 0
        and not is_unit(reading.company.value)
        and title_evidence(reading.company.value) <= 0
        and (company_score(reading.company.value) > 0 or employer_score(reading.company.value) >= 3)
    )


def _read_better_elsewhere(rows: list[Row], row: Row, reading: Reading) -> bool:
    """Whether another header line reads more as an employer than the employer a one-line
    reading of `row` found (that part of `row` is the title's team), or more as a title
    than its title (`DevOps Engineer` over `Acme Ltd, Remote - eCommerce & software
    support`: that part is what the employer does)."""
    found = employer_score(reading.company.value) if reading.company else 0
    told = title_evidence(reading.title.value) if reading.title else 0
    for other in rows:
        if other is row:
            continue
        evidence, employer = title_evidence(other.pieces[0]), employer_score(other.pieces[0])
        if (evidence < 0 and employer > found) or (evidence > told and employer <= 0):
            return True
    return False


def read_rows(
    rows: list[Row], title_row: int | None = None, company_row: int | None = None
) -> Reading:
    """Roles in a header of several lines: one is the title line, another the employer's;
    `title_row` imposes the title line (the section's layout, or the line-role model of
    structure.line_roles, which may impose `company_row` too), else the words decide."""
    lines = tuple(row.line for row in rows)
    if title_row is None:
        for row in rows:
            one = read_one_line(row)
            # "año–año Título del puesto, Empleador, Ciudad"; but not `Account Manager,
            # Customer Care Services` over the line that names the employer more, nor a
            # line under one that names the title more.
            if _complete(one) and not _read_better_elsewhere(rows, row, one):
                return Reading(one.company, one.title, one.margin, None, None, lines)
    pieces = [[without_places(piece) for piece in row.pieces] for row in rows]
    evidence = [title_evidence(title_without_unit(row_pieces[0])) for row_pieces in pieces]
    margin = 0
    if title_row is None:
        ranked = sorted(range(len(rows)), key=lambda r: (evidence[r], -r), reverse=True)
        title_row = ranked[0]
        runner_up = evidence[ranked[1]] if len(ranked) > 1 else 0
        margin = evidence[title_row] - runner_up
        if margin == 0:
            title_row = 1 if len(rows) > 1 else 0  # no word tells them apart: employer first
    others = [r for r in range(len(rows)) if r != title_row]
    if company_row is None or company_row == title_row:
        company_row = (
            max(others, key=lambda r: (employer_score(pieces[r][0]), -r)) if others else None
        )
    title_line = rows[title_row].line
    printed_title = title_text(pieces[title_row], rows[title_row].text)
    title = Field(title_without_unit(printed_title), title_line)
    company = None
    if company_row is not None:
        row_pieces = pieces[company_row]
        # `Department of Physics   Northshire University`: the school, not its department.
        start = max(range(len(row_pieces)), key=lambda i: (employer_score(row_pieces[i]), -i))
        text = company_text(row_pieces, rows[company_row].text, start)
        company = Field(text, rows[company_row].line)
        beside = _employer_beside_title(rows[title_row], rows[company_row])
        if beside is not None:
            (company, title), company_row = beside, title_row
    return Reading(company, title, margin, title_row, company_row, lines)


def _employer_beside_title(title_row: Row, other: Row) -> tuple[Field, Field] | None:
    """`Barista | Bluebird Coffee | Denver` (or `Barista, Bluebird Coffee`) over `Prepared
    espresso drinks for regulars`: where the title's line names an employer beside it, a
    line under it written as a sentence is what the work was, not the employer."""
    parts = [part for piece in title_row.pieces for part in comma_pieces(piece)]
    if len(parts) < 2 or not reads_as_duty(other.text):
        return None
    one = read_one_line(title_row)
    if one.company is None or one.title is None:
        return None
    name = one.company.value
    named = all(w[:1].isupper() or not w[:1].isalpha() or w in NAME_JOINERS for w in name.split())
    if not (named and printed_as_name(name)) or title_evidence(name) > 0:
        return None
    return one.company, one.title


def read_header(entry: Entry) -> Reading:
    rows = header_rows(entry)
    if not rows:
        return Reading(None, None, 0, None, None, ())
    at = at_reading(rows)
    if at is not None:
        return at
    reading = read_one_line(rows[0]) if len(rows) == 1 else read_rows(rows)
    if reading.company is None and reading.title is not None:
        named = _domain_employer(entry) or employer_before_country(entry)
        if named is not None:
            return Reading(
                named, reading.title, reading.margin, reading.title_row, None, reading.rows
            )
    return reading


def employer_before_country(entry: Entry) -> Field | None:
    """`2017 – 2018 | Netcrackers, India | Independent Consultant`: a piece that reads as a
    town and its country, in a header where nothing else names the employer, names the
    employer and its country, unless its first part is a city the lexicon knows."""
    for item in entry.header:
        pieces = [p for piece in strong_pieces(item.rest) for p in sentence_pieces(piece)]
        for piece in pieces:
            head, comma, country = piece.rpartition(",")
            head = head.strip()
            if not comma or not is_location(piece) or not is_country(country.strip()):
                continue
            if head and "," not in head and not is_city(head) and head[:1].isupper():
                return Field(head, item.line)
    return None


def _domain_employer(entry: Entry) -> Field | None:
    """`Freelancer` over `upwork.com`: where no line names the employer, a web address alone
    on a header line (a site, no page of it) does."""
    for item in entry.header:
        text = (item.rest or item.line.text).strip()
        if DOMAIN_RE.match(text):
            return Field(text, item.line)
    return None
