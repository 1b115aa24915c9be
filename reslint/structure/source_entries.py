"""Positions and education entries that a source format names the parts of.

A LaTeX `\\cventry{2019--2021}{Engineer}{Acme}{Paris}{}{…}` says which argument is the
employer; its reader hands such entries over as `KnownEntry` records beside the lines
(`ReaderOutput.entries`). Structure still splits the lines into sections, since the
section decides what an entry is: in an experience section `title` is the job title and
`organization` the employer; in an education section they are the degree and the school.
The entries inferred from those same lines give way to the known ones; the others stay.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from reslint.lexicon.dates import find_dates
from reslint.model import (
    DateRange,
    Education,
    Field,
    KnownEntry,
    Line,
    Position,
    Section,
    Structure,
)


def _dates(entry: KnownEntry) -> DateRange | None:
    dates = entry.parts.get("dates")
    if dates is None:
        return None
    found = find_dates(dates.value, dates.line)
    ranges = [match for match in found if match.range.end is not None] or found
    return ranges[0].range if ranges else None


def _body(entry: KnownEntry) -> tuple[tuple[Field, ...], tuple[Field, ...]]:
    header = {id(field.line) for field in entry.parts.values()}
    body = [line for line in entry.lines if id(line) not in header]
    bullets = tuple(Field(line.text, line) for line in body if line.bullet)
    context = tuple(Field(line.text, line) for line in body if not line.bullet)
    return bullets, context


def _position(entry: KnownEntry, section: str) -> Position:
    bullets, context = _body(entry)
    return Position(
        company=entry.parts.get("organization"),
        title=entry.parts.get("title"),
        dates=_dates(entry),
        line=entry.lines[0],
        location=entry.parts.get("location"),
        bullets=bullets,
        context=context,
        section=section,
    )


def _education(entry: KnownEntry) -> Education:
    bullets, context = _body(entry)
    note = entry.parts.get("note")
    details = ((note,) if note else ()) + context + bullets
    return Education(
        school=entry.parts.get("organization"),
        degree=entry.parts.get("title"),
        dates=_dates(entry),
        line=entry.lines[0],
        details=details,
    )


def _followers(entry: KnownEntry, section: Section, owned: dict[int, KnownEntry]) -> KnownEntry:
    """The entry with the lines under it up to the next entry: a macro that prints only an
    entry's header (Jake's `\\resumeSubheading`) has its bullets after it."""
    lines = list(section.lines)
    ids = [id(line) for line in lines]
    if id(entry.lines[-1]) not in ids:
        return entry
    extra = []
    for line in lines[ids.index(id(entry.lines[-1])) + 1 :]:
        if id(line) in owned:
            break
        extra.append(line)
    return replace(entry, lines=entry.lines + tuple(extra)) if extra else entry


def _in_order(items: Iterable, order: dict[int, int]) -> tuple:
    return tuple(sorted(items, key=lambda item: order.get(id(item.line), len(order))))


def with_known_entries(
    structure: Structure,
    entries: tuple[KnownEntry, ...],
    lines: tuple[Line, ...],
    position_sections: frozenset[str],
) -> Structure:
    """`structure` with the positions and education of `entries` in place of what was
    inferred from their lines; `position_sections`: the section kinds that hold jobs."""
    if not entries:
        return structure
    section_of = {
        id(line): section
        for section in structure.sections
        for line in (section.heading, *section.lines)
        if line is not None
    }
    known_lines = {id(line) for entry in entries for line in entry.lines}
    positions = [p for p in structure.positions if id(p.line) not in known_lines]
    education = [e for e in structure.education if id(e.line) not in known_lines]
    # An entry inferred from lines a known entry's body now holds is that body misread.
    owned = {id(line): entry for entry in entries for line in entry.lines}
    for entry in entries:
        section = section_of.get(id(entry.lines[0]))
        if section is None:
            continue
        entry = _followers(entry, section, owned)
        if section.kind in position_sections and (
            "organization" in entry.parts or "title" in entry.parts
        ):
            positions.append(_position(entry, section.title))
        elif section.kind == "education":
            education.append(_education(entry))
    order = {id(line): index for index, line in enumerate(lines)}
    return replace(
        structure, positions=_in_order(positions, order), education=_in_order(education, order)
    )
