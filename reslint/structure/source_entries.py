"""Positions and education entries that a source format names the parts of.

A LaTeX `\\cventry{2019--2021}{Engineer}{Acme}{Paris}{}{…}` says which argument is the
employer; its reader hands such entries over as `KnownEntry` records beside the lines
(`ReaderOutput.entries`). Structure still splits the lines into sections, since the
section decides what an entry is: in an experience section `title` is the job title and
`organization` the employer; in an education section they are the degree and the school.

A known entry is merged with the entry inferred from its own lines, not put in its place:
the macro names the parts, and the inference knows what a part holds. So a part the macro
leaves empty (`\\cventry{Lead}{}{}{2019}` under the employer's previous entry) comes from
the inference, a part the inference trimmed (the job title without the department after
it) is the trimmed one, and the dates are read as the inference reads them (a single date
of a degree is its end). When the macro's dates argument holds no date but the inferred
entry has dates, the document's macro is not laid out as its name says (a copy of Jake's
`\\resumeSubheading` with its arguments in another order): the inferred entry stays.
The other inferred entries stay as they were.

An entry given its date argument blank, with a date written in another argument instead,
whose dates lie within those of the entry above it in the section, is a project or a task
of that job (moderncv's date column left empty under the employer's entry): it is no
position of its own. The entry above must be dated by its own date argument: an author
who writes the dates in another argument of every entry leaves no date column blank.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from types import MappingProxyType

from reslint.lexicon.dates import find_dates
from reslint.lexicon.pieces import cut_dates
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
from reslint.structure.education import graduation
from reslint.structure.source_roles import (
    before_place,
    dated,
    remapped,
    role_moves,
    settled,
    worded,
)


def _dates(entry: KnownEntry) -> DateRange | None:
    """The dates argument's range; one left open (`January 2018 --`, europasscv's and
    moderncv's way to write a post still held) runs to now, as a line's does."""
    dates = entry.parts.get("dates")
    if dates is None:
        return None
    found = find_dates(dates.value, dates.line)
    ranges = [match for match in found if match.range.end is not None] or found
    if not ranges:
        return None
    if ranges[0].range.end is None:
        opened = cut_dates(replace(dates.line, text=dates.value.strip())).dates
        if opened is not None and opened.end is not None:
            return opened
    return ranges[0].range


def _body(entry: KnownEntry) -> tuple[tuple[Field, ...], tuple[Field, ...]]:
    header = {id(field.line) for field in entry.parts.values()}
    body = [line for line in entry.lines if id(line) not in header]
    bullets = tuple(Field(line.text, line) for line in body if line.bullet)
    context = tuple(Field(line.text, line) for line in body if not line.bullet)
    return bullets, context


def _placeless(part: Field | None) -> Field | None:
    """An employer with its place written after it in the same argument (`Clearsy,
    Aix-en-Provence, France`): the employer, as the inference cuts a place off a line."""
    head = before_place(part.value) if part is not None else None
    return replace(part, value=head) if part is not None and head else part


def _position(entry: KnownEntry, section: str) -> Position:
    bullets, context = _body(entry)
    return Position(
        company=_placeless(entry.parts.get("organization")),
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
        dates=graduation(_dates(entry)),  # a degree's one date is when it ended
        line=entry.lines[0],
        details=details,
    )


def _trimmed(known: Field | None, inferred: Field | None) -> Field | None:
    """The known part, or the inferred one where the known part is empty or the inferred
    one is that same text trimmed."""
    if known is None or not known.value.strip():
        return inferred or known
    if inferred is not None and inferred.value and _norm(inferred.value) in _norm(known.value):
        return inferred
    return known


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _has_dates(entry: KnownEntry) -> bool:
    return _dates(entry) is not None


def _same_dates(known: DateRange | None, inferred: DateRange | None) -> DateRange | None:
    """The inferred reading of the known dates: the inference's when it read that same
    text (a single degree date is its end), the macro's when it read another entry's."""
    if known is None or inferred is None:
        return inferred or known
    return inferred if _norm(inferred.raw) in _norm(known.raw) else known


def _merged_position(known: Position, inferred: Position | None) -> Position:
    if inferred is None:
        return known
    return replace(
        known,
        company=_trimmed(known.company, inferred.company),
        title=_trimmed(known.title, inferred.title),
        dates=_same_dates(known.dates, inferred.dates),
        location=_trimmed(known.location, inferred.location),
    )


def _merged_education(known: Education, inferred: Education | None) -> Education:
    if inferred is None:
        return known
    return replace(
        known,
        school=_trimmed(known.school, inferred.school),
        degree=_trimmed(known.degree, inferred.degree),
        field=inferred.field if known.degree is None or inferred.degree else known.field,
        dates=_same_dates(known.dates, inferred.dates),
    )


def _reads_known(item: Position | Education, known_lines: set[int]) -> bool:
    if isinstance(item, Position):
        parts = (item.company, item.title, item.location)
    else:
        parts = (item.school, item.degree)
    lines = [item.line, item.dates.line if item.dates else None]
    lines += [part.line for part in parts if part is not None]
    return any(line is not None and id(line) in known_lines for line in lines)


def _inferred_of(entry: KnownEntry, items: list) -> object | None:
    """The first inferred entry that starts on one of the known entry's header lines (an
    entry inferred from its body lines is another entry misread)."""
    ids = {id(part.line) for part in entry.parts.values()}
    return next((item for item in items if id(item.line) in ids), None)


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


_PRESENT = 10**6  # a month index later than any date: `present` ends after all of them


def _span(dates: DateRange | None) -> tuple[int, int, int, int] | None:
    """The earliest and latest month a range may start, and those it may end."""
    if dates is None or dates.start is None:
        return None
    end = dates.end or dates.start
    start = dates.start
    return (
        start.earliest(_PRESENT),
        start.latest(_PRESENT),
        end.earliest(_PRESENT),
        end.latest(_PRESENT),
    )


def _detail_of(entry: KnownEntry, position: Position, above: Position | None) -> bool:
    """Whether a known entry dated only outside its blank date argument is a detail of the
    position above it: its dates may lie within that position's (a year `2017` within
    June 2017 to 2020)."""
    if above is None or "dates" not in entry.empty or "dates" not in entry.parts:
        return False
    inner, outer = _span(position.dates), _span(above.dates)
    if inner is None or outer is None:
        return False
    return inner[1] >= outer[0] and inner[2] <= outer[3]


def _in_order(items: Iterable, order: dict[int, int]) -> tuple:
    return tuple(sorted(items, key=lambda item: order.get(id(item.line), len(order))))


def _as_above(entry: KnownEntry, previous: Field | None, role: str) -> KnownEntry:
    """An entry whose macro was given `role` blank, under an entry of the same section that
    has it: the author's "as above" (a second role at the same employer)."""
    if role in entry.parts or role not in entry.empty or previous is None:
        return entry
    return replace(entry, parts=MappingProxyType({**entry.parts, role: previous}))


def _place(line: Line) -> tuple[str | None, int | None, int | None]:
    return (line.source, line.number, line.column)


def _entry_headings_undone(
    sections: tuple[Section, ...], entries: tuple[KnownEntry, ...]
) -> tuple[Section, ...]:
    """The sections with those undone that a known entry's header line opened: the source
    marks its headings itself (its sectioning macros), and a line its entry macro prints
    is an entry's, even when its title is a heading's word (`\\cventry{2020}{Internship}…`,
    `Estágio`). The entry's own line, whole again, and the lines under it go on with the
    section above; what the heading cut off that line is dropped."""
    known = {id(line) for entry in entries for line in entry.lines}
    by_place = {_place(line): line for entry in entries for line in entry.lines}
    kept: list[Section] = []
    for section in sections:
        heading = section.heading
        own = by_place.get(_place(heading)) if heading is not None else None
        if heading is None or own is None or own.heading or not kept:
            kept.append(section)
            continue
        rest = tuple(
            line
            for line in section.lines
            if id(line) in known or (line.source, line.number) != (own.source, own.number)
        )
        above = kept[-1]
        kept[-1] = replace(above, lines=(*above.lines, own, *rest))
    return tuple(kept)


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
    structure = replace(structure, sections=_entry_headings_undone(structure.sections, entries))
    known_lines = {id(line) for entry in entries for line in entry.lines}
    section_of = {
        id(line): section
        for section in structure.sections
        for line in (section.heading, *section.lines)
        if line is not None
    }
    inferred_positions = list(structure.positions)
    inferred_education = list(structure.education)
    # An inferred entry that starts above a known one (on a sub-heading) but reads its
    # parts from the known entry's lines is that entry misread.
    positions = [p for p in inferred_positions if not _reads_known(p, known_lines)]
    education = [e for e in inferred_education if not _reads_known(e, known_lines)]
    # An entry inferred from lines a known entry's body now holds is that body misread.
    owned = {id(line): entry for entry in entries for line in entry.lines}
    placed: list[tuple[KnownEntry, Section, Position | Education | None]] = []
    for entry in entries:
        section = section_of.get(id(entry.lines[0]))
        if section is None:
            continue
        entry = _followers(entry, section, owned)
        if section.kind in position_sections:
            placed.append((entry, section, _inferred_of(entry, inferred_positions)))
        elif section.kind == "education":
            placed.append((entry, section, _inferred_of(entry, inferred_education)))

    def group(entry: KnownEntry, section: Section) -> str:
        return f"{entry.macro} {section.kind in position_sections}"

    moves = role_moves(
        (group(entry, section), dated(entry), inferred) for entry, section, inferred in placed
    )
    above: dict[int, Field | None] = {}  # per section: the organization of its last entry
    # Per section: its last position, when its own date argument dates it (an author who
    # fills the dates elsewhere in every entry has no date column to leave blank).
    jobs_above: dict[int, Position | None] = {}
    for entry, section, inferred in placed:
        moved = moves.get(group(entry, section), {})
        # Dates in another argument, in a macro the document does not show filled
        # otherwise: its roles are not what its name says, and the inference stays.
        unread = inferred is not None and inferred.dates and not _has_dates(entry) and not moved
        own_dates = dated(entry)
        in_column = "dates" in entry.parts
        entry = settled(remapped(own_dates, moved), inferred)
        if section.kind == "education" and not moved:
            entry = worded(entry)
        entry = _as_above(entry, above.get(id(section)), "organization")
        if section.kind in position_sections:
            if "organization" not in entry.parts and "title" not in entry.parts:
                continue
            if unread:
                position = inferred
            else:
                position = _merged_position(_position(entry, section.title), inferred)
            if _detail_of(own_dates, position, jobs_above.get(id(section))):  # type: ignore[arg-type]
                continue
            positions.append(position)  # type: ignore[arg-type]
            jobs_above[id(section)] = position if in_column else None  # type: ignore[assignment]
            above[id(section)] = positions[-1].company
        else:
            if unread:
                education.append(inferred)  # type: ignore[arg-type]
            else:
                education.append(_merged_education(_education(entry), inferred))
            above[id(section)] = education[-1].school
    order = {id(line): index for index, line in enumerate(lines)}
    return replace(
        structure, positions=_in_order(positions, order), education=_in_order(education, order)
    )
