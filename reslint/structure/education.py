"""Education: school, degree, dates and details of each entry in an education section.

It owns telling school and degree apart among an entry's header pieces (by the school words
and degree names of lexicon.entry_words), splitting degrees listed without dates by their
school lines, and reading a single date as the graduation. Entries come from
structure.entries.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from reslint.lexicon.entry_words import DEGREE_RE, GRADE_RE, is_school
from reslint.lexicon.pieces import comma_pieces, is_duration, is_location
from reslint.model import DateRange, Education, Field, Line
from reslint.structure.entries import Entry, header_pieces, split_entries


def _education_roles(pieces: list[tuple[str, Line]]) -> tuple[Field | None, Field | None]:
    """School and degree among an education entry's header pieces.

    A piece is split at commas when it holds the school too (`BSc in X,
    State University, City`) or when no other piece could be the school;
    otherwise the commas belong to the degree (`BA in X, Minor in Y`).
    """
    expanded: list[tuple[str, Line]] = []
    for index, (text, line) in enumerate(pieces):
        parts = [p for p in comma_pieces(text) if not is_location(p)]
        has_degree = any(DEGREE_RE.search(p) for p in parts)
        school_elsewhere = any(
            not DEGREE_RE.search(other) for i, (other, _) in enumerate(pieces) if i != index
        )
        if len(parts) > 1 and any(is_school(p) for p in parts):
            expanded.extend((part, line) for part in _join_fields(parts))
        elif len(parts) > 1 and not school_elsewhere:
            expanded.extend((part, line) for part in parts)
        elif has_degree:
            kept = [p for p in parts if not GRADE_RE.match(p)]
            expanded.append((", ".join(kept) or text, line))
        else:
            expanded.append((text, line))
    expanded = [item for text, line in expanded for item in _split_leading_degree(text, line)]
    degrees = [(t, ln) for t, ln in expanded if DEGREE_RE.search(t) and not is_school(t)]
    degree = max(degrees, key=lambda item: len(item[0]), default=None)
    schools = [(t, ln) for t, ln in expanded if is_school(t)]
    school = schools[0] if schools else None
    if school is None:
        others = [
            (t, ln)
            for t, ln in expanded
            if not DEGREE_RE.search(t) and not GRADE_RE.match(t) and not is_duration(t)
        ]
        school = others[0] if others else None
    if school is not None:
        # "Awesome University (MyTown)": the place in brackets is not part of the name.
        school = (re.sub(r"\s*\([^)]*\)?\s*$", "", school[0]) or school[0], school[1])
    return (Field(*school) if school else None), (Field(*degree) if degree else None)


def _join_fields(parts: list[str]) -> list[str]:
    """`PhD, Computer Science, Awesome University`: the field of study stays with the degree."""
    out: list[str] = []
    for part in parts:
        joinable = not is_school(part) and not DEGREE_RE.search(part) and not GRADE_RE.match(part)
        if out and joinable and DEGREE_RE.search(out[-1]) and not is_school(out[-1]):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _split_leading_degree(text: str, line: Line) -> list[tuple[str, Line]]:
    """`PhD Princeton University` (a degree column close to the school) is two pieces."""
    match = DEGREE_RE.match(text)
    rest = text[match.end() :].strip() if match else ""
    if match and rest and is_school(rest) and not DEGREE_RE.search(rest):
        return [(text[: match.end()], line), (rest, line)]
    return [(text, line)]


def _graduation(dates: DateRange | None) -> DateRange | None:
    """A single date on an education entry is when it ended."""
    if dates is None or dates.end is not None or dates.start is None:
        return dates
    return replace(dates, start=None, end=dates.start)


def _split_schools(entry: Entry) -> list[Entry]:
    """Degrees listed without dates or bullets: a second school line starts a second entry
    (as many lines before it as before the first school)."""
    schools = [i for i, item in enumerate(entry.header) if is_school(item.rest)]
    if len(schools) < 2 or any(item.dates is not None for item in entry.header):
        return [entry]
    offset = schools[0]
    starts = [0] + [max(a + 1, b - offset) for a, b in itertools.pairwise(schools)]
    parts = [
        Entry(entry.header[start:end])
        for start, end in zip(starts, [*starts[1:], len(entry.header)], strict=True)
    ]
    parts[-1].body = entry.body
    return parts


def find_education(lines: tuple[Line, ...]) -> list[Education]:
    found: list[Education] = []
    entries = [part for entry in split_entries(lines) for part in _split_schools(entry)]
    for entry in entries:
        school, degree = _education_roles(header_pieces(entry, split_commas=False))
        if school is None and degree is None:
            continue
        if entry.dates is None and not (degree or (school and is_school(school.value))):
            continue
        found.append(
            Education(
                school=school,
                degree=degree,
                dates=_graduation(entry.dates),
                line=entry.line,
                details=tuple(Field(item.text, item.line) for item in entry.body),
            )
        )
    return found
