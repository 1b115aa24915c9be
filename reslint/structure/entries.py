"""Positions and education entries inside their sections.

A section's lines are first classified: bullets (with the wrapped lines that
continue them), prose (descriptions written as sentences), link lines, and
short header lines. Consecutive header lines form an entry's header block;
the bullets and prose after it are its body. A header block with several
date ranges holds several entries (roles without bullets, one-line education
entries). Dates come from the header, or from a date printed at the right of
the first bullets (themes that put a date column beside the body). Company,
title and location are then told apart among the header pieces by the words
they use; a role with no company of its own belongs to the one above it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from reslint.lexicon.dates import find_dates, parse_date
from reslint.lexicon.entry_words import (
    DEGREE_RE,
    GRADE_RE,
    company_score,
    is_school,
    title_score,
)
from reslint.lexicon.pieces import (
    Dated,
    comma_pieces,
    cut_dates,
    is_duration,
    is_location,
    is_url,
    strong_pieces,
)
from reslint.model import DateRange, Education, Field, Line, Position, Region

_AT_RE = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>.+)$", re.IGNORECASE)
_ICON_BULLET_RE = re.compile(r"^(?:\(cid:\d+\)|[\ue000-\uf8ff])\s")
_DANGLING_RANGE_RE = re.compile(r"\s*[-–—](?:\s|$)")
_PROSE_END = (".", ";", ":", "!", "?")

BULLET, PROSE, LINK, HEADER = "bullet", "prose", "link", "header"


@dataclass(slots=True)
class _Item:
    line: Line
    kind: str
    dates: DateRange | None = None
    side_dates: DateRange | None = None
    rest: str = ""
    parts: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(part.text for part in self.parts) if self.parts else self.line.text


@dataclass(slots=True)
class _Entry:
    header: list[_Item]
    body: list[_Item] = field(default_factory=list)

    @property
    def dates(self) -> DateRange | None:
        for item in self.header:
            if item.dates is not None:
                return item.dates
        for item in self.body:
            if item.side_dates is not None:
                return item.side_dates
        return None

    @property
    def line(self) -> Line | None:
        return self.header[0].line if self.header else None


# -- classifying lines ------------------------------------------------------------


def _join_dangling_ranges(lines: tuple[Line, ...]) -> list[Line]:
    """`June 2020 –` at a line end with `Present …` starting the next: one range, one line."""
    out = list(lines)
    for index in range(len(out) - 1):
        line, following = out[index], out[index + 1]
        matches = find_dates(line.text)
        if not matches or matches[0].range.end is not None:
            continue
        after = line.text[matches[0].end :]
        if not _DANGLING_RANGE_RE.match(after):
            continue
        first = following.text.split(maxsplit=2)
        for width in (2, 1):
            candidate = " ".join(first[:width])
            if len(first) >= width and parse_date(candidate) is not None:
                head = line.text[: matches[0].end] + " – " + candidate
                out[index] = replace(line, text=head + " " + after.lstrip(" –—-"))
                out[index + 1] = replace(following, text=" ".join(first[width:]))
                break
    return [line for line in out if line.text.strip()]


def _detach_side_date(item: _Item) -> None:
    """A date range or duration in a line's last wide-gap segment belongs to the entry."""
    segments = re.split(r"\s{3,}", item.line.text)
    changed = False
    while len(segments) > 1:
        last = segments[-1].strip()
        matches = find_dates(last)
        if is_duration(last):
            segments.pop()
            changed = True
        elif matches and matches[0].start == 0 and matches[0].end >= len(last) - 1:
            if item.side_dates is None:
                item.side_dates = replace(matches[0].range, line=item.line)
            segments.pop()
            changed = True
        else:
            break
    if changed:
        item.line = replace(item.line, text="   ".join(segments).strip())


def _is_continuation(line: Line, previous: _Item | None) -> bool:
    """A non-bullet line under a bullet, at the bullet's text indent and in its style,
    wraps that bullet."""
    if previous is None or previous.kind != BULLET or cut_dates(line).dates is not None:
        return False
    last = previous.parts[-1] if previous.parts else previous.line
    start = previous.line
    if line.box is None or last.box is None or start.box is None or not start.bullet:
        # Without positions (or after a glyph the reader kept), only a lower-case start tells.
        return line.text[:1].islower()
    same_style = (
        line.bold == start.bold and abs((line.font_size or 0) - (start.font_size or 0)) < 0.5
    )
    same_indent = abs(line.box.x0 - start.box.x0) <= 3
    close = 0 <= line.box.top - last.box.bottom <= max(line.box.bottom - line.box.top, 4)
    return same_style and same_indent and close


def _is_prose(line: Line, previous: _Item | None) -> bool:
    text = line.text.strip()
    words = text.split()
    if text.endswith(":") or text[:1].islower():
        return True
    long_line = len(words) >= 11 or (len(words) >= 6 and text.endswith(_PROSE_END))
    if long_line and not line.bold and not _names_parts(text):
        return True
    return (
        previous is not None
        and previous.kind == PROSE
        and not previous.text.rstrip().endswith(_PROSE_END)
    )


def _names_parts(text: str) -> bool:
    """Several parts, one of them a school, degree, place or company: an entry header."""
    pieces = strong_pieces(text)
    return len(pieces) >= 2 and any(
        is_school(p) or DEGREE_RE.search(p) or is_location(p) or company_score(p) for p in pieces
    )


def _has_anchor(dated: Dated, text: str) -> bool:
    """A date makes a header line unless it sits inside a sentence."""
    if dated.dates is None:
        return False
    return (
        dated.placeholder
        or dated.dates.end is not None
        or dated.at_edge
        or len(dated.rest.split()) <= 8
        or len(text.split()) <= 10
    )


def classify(lines: tuple[Line, ...]) -> list[_Item]:
    items: list[_Item] = []
    body = tuple(line for line in lines if line.region in (Region.BODY, Region.SIDEBAR))
    for line in _join_dangling_ranges(body):
        previous = items[-1] if items else None
        if line.bullet or _ICON_BULLET_RE.match(line.text):
            item = _Item(line, BULLET)
            _detach_side_date(item)
            items.append(item)
            continue
        if _is_continuation(line, previous):
            assert previous is not None
            part = _Item(line, BULLET)
            _detach_side_date(part)
            if previous.side_dates is None:
                previous.side_dates = part.side_dates
            previous.parts = (previous.parts or [previous.line]) + [part.line]
            continue
        text = line.text.strip()
        if is_url(text) or is_url(text.split(maxsplit=1)[-1]):
            items.append(_Item(line, LINK))
            continue
        dated = cut_dates(line)
        if _has_anchor(dated, text):
            items.append(_Item(line, HEADER, dates=dated.dates, rest=dated.rest))
            continue
        if _is_prose(line, previous):
            item = _Item(line, PROSE)
            _detach_side_date(item)
            items.append(item)
            continue
        items.append(_Item(line, HEADER, rest=text))
    return items


def split_entries(lines: tuple[Line, ...]) -> list[_Entry]:
    entries: list[_Entry] = []
    current: _Entry | None = None
    for item in classify(lines):
        if item.kind == HEADER:
            if current is None or current.body:
                current = _Entry([item])
                entries.append(current)
            else:
                current.header.append(item)
        elif item.kind == LINK:
            if current is not None and not current.body:
                current.header.append(item)
        elif current is not None:
            current.body.append(item)
    return [_demote_body(part) for entry in entries for part in _split_block(entry)]


def _demote_body(entry: _Entry) -> _Entry:
    """Bullets drawn as shapes carry no glyph: short lines at the end of a header, indented
    and in a font no header line above them uses, are the body."""
    first = entry.header[0].line
    if first.box is None:
        return entry
    for index in range(1, len(entry.header)):
        tail = entry.header[index:]
        above = {item.line.font_name for item in entry.header[:index]}
        if all(
            item.kind == LINK
            or (
                item.dates is None
                and not item.line.bold
                and item.line.box is not None
                and item.line.box.x0 > first.box.x0 + 4
                and item.line.font_name not in above
            )
            for item in tail
        ):
            for item in tail:
                item.kind = BULLET if item.kind == HEADER else item.kind
            entry.body = tail + entry.body
            entry.header = entry.header[:index]
            break
    return entry


def _style(line: Line) -> tuple[bool, float]:
    return line.bold, round(line.font_size or 0.0, 1)


def _split_block(entry: _Entry) -> list[_Entry]:
    """A header block may hold several entries (roles or degrees without bullets).

    Each entry starts with a line in the style of the block's first line when
    that style stands out (a bold school or company name), and a block with
    several date ranges holds one entry per range.
    """
    first = _style(entry.header[0].line)
    if any(_style(item.line) != first for item in entry.header):
        starts = [0] + [
            i for i, item in enumerate(entry.header) if i and _style(item.line) == first
        ]
        if len(starts) > 1:
            parts = [
                _Entry(entry.header[start:end])
                for start, end in zip(starts, [*starts[1:], len(entry.header)], strict=True)
            ]
            parts[-1].body = entry.body
            return [piece for part in parts for piece in _split_dated(part)]
    return _split_dated(entry)


def _split_dated(entry: _Entry) -> list[_Entry]:
    """A header block with several date ranges holds one entry per range."""
    anchors = [i for i, item in enumerate(entry.header) if item.dates is not None]
    if len(anchors) < 2:
        return [entry]
    # Entries repeat one layout: as many lines before each date as before the first.
    offset = anchors[0]
    starts = [0] + [
        max(previous + 1, anchor - offset) for previous, anchor in itertools.pairwise(anchors)
    ]
    parts: list[_Entry] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(entry.header)
        parts.append(_Entry(entry.header[start:end]))
    parts[-1].body = entry.body
    return parts


# -- roles -------------------------------------------------------------------------


def _header_pieces(entry: _Entry, split_commas: bool) -> list[tuple[str, Line]]:
    pieces: list[tuple[str, Line]] = []
    for item in entry.header:
        if item.kind == LINK:
            continue
        for strong in strong_pieces(item.rest):
            if is_location(strong) or is_url(strong) or is_duration(strong):
                continue
            parts = comma_pieces(strong) if split_commas else [strong]
            parts = [_drop_bracketed_place(part) for part in parts]
            pieces.extend((part, item.line) for part in parts if part and not is_location(part))
    return pieces


def _drop_bracketed_place(text: str) -> str:
    """`Initrode (Remote)`: a place in brackets is not part of the name."""
    match = re.search(r"\s*\(([^)]*)\)?\s*$", text)
    if match and is_location(match.group(1)):
        return text[: match.start()].strip()
    return text


def _assign_roles(
    pieces: list[tuple[str, Line]],
) -> tuple[Field | None, Field | None]:
    """Tell company and title apart among an entry's header pieces."""
    for text, line in pieces:
        at_match = _AT_RE.match(text)
        if at_match and title_score(at_match.group("title")):
            return Field(at_match.group("company"), line), Field(at_match.group("title"), line)
    scored = [(title_score(t) - company_score(t), -i) for i, (t, _) in enumerate(pieces)]
    title_index = -max(scored)[1] if scored and max(scored)[0] > 0 else None
    title_end = title_index
    if title_index is not None:
        title_end = _title_extent(pieces, title_index)
    rest = [
        i
        for i in range(len(pieces))
        if title_index is None or not title_index <= i <= (title_end or title_index)
    ]
    company_index = next((i for i in rest if company_score(pieces[i][0]) > 0), None)
    if company_index is None and rest:
        company_index = rest[0]
    if title_index is None:
        rest = [i for i in rest if i != company_index]
        title_index = rest[0] if rest else None
    company = Field(*pieces[company_index]) if company_index is not None else None
    title = None
    if title_index is not None:
        title = Field(_span(pieces, title_index, title_end or title_index), pieces[title_index][1])
    return company, title


def _title_extent(pieces: list[tuple[str, Line]], start: int) -> int:
    """`Director of IT – Hybrid Cloud`: pieces after a title that name no company and no
    place continue it, as long as a piece is left for the company."""
    end = start
    line = pieces[start][1]
    while end + 1 < len(pieces) - 1 or (end + 1 < len(pieces) and start > 0):
        text, other_line = pieces[end + 1]
        if other_line is not line or company_score(text):
            break
        end += 1
    return end


def _span(pieces: list[tuple[str, Line]], start: int, end: int) -> str:
    """The printed text from piece `start` to piece `end` of one line, separators included."""
    first, line = pieces[start]
    if start == end:
        return first
    last = pieces[end][0]
    begin = line.text.find(first)
    finish = line.text.find(last, begin + len(first)) if begin >= 0 else -1
    if begin < 0 or finish < 0:
        return " ".join(text for text, _ in pieces[start : end + 1])
    return line.text[begin : finish + len(last)]


def _location(entry: _Entry) -> Field | None:
    for item in entry.header:
        for strong in strong_pieces(item.rest):
            for part in (strong, *comma_pieces(strong)):
                if is_location(part):
                    return Field(part, item.line)
    return None


def _body_fields(entry: _Entry) -> tuple[tuple[Field, ...], tuple[Field, ...]]:
    bullets = tuple(Field(item.text, item.line) for item in entry.body if item.kind == BULLET)
    context = tuple(Field(item.text, item.line) for item in entry.body if item.kind != BULLET)
    return bullets, context


def find_positions(lines: tuple[Line, ...], section_title: str) -> list[Position]:
    positions: list[Position] = []
    for entry in split_entries(lines):
        dates = entry.dates
        if dates is None:
            continue
        pieces = _header_pieces(entry, split_commas=True)
        company, title = _assign_roles(pieces)
        lone_title = len(pieces) == 1 and not _AT_RE.match(pieces[0][0])
        if lone_title and title_score(pieces[0][0]) and positions:
            # Another role under the company above.
            company, title = positions[-1].company, Field(*pieces[0])
        if company is None and title is None:
            continue
        bullets, context = _body_fields(entry)
        positions.append(
            Position(
                company=company,
                title=title,
                dates=dates,
                line=entry.line,
                location=_location(entry),
                bullets=bullets,
                context=context,
                section=section_title,
            )
        )
    return positions


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


def _split_schools(entry: _Entry) -> list[_Entry]:
    """Degrees listed without dates or bullets: a second school line starts a second entry
    (as many lines before it as before the first school)."""
    schools = [i for i, item in enumerate(entry.header) if is_school(item.rest)]
    if len(schools) < 2 or any(item.dates is not None for item in entry.header):
        return [entry]
    offset = schools[0]
    starts = [0] + [max(a + 1, b - offset) for a, b in itertools.pairwise(schools)]
    parts = [
        _Entry(entry.header[start:end])
        for start, end in zip(starts, [*starts[1:], len(entry.header)], strict=True)
    ]
    parts[-1].body = entry.body
    return parts


def find_education(lines: tuple[Line, ...]) -> list[Education]:
    found: list[Education] = []
    entries = [part for entry in split_entries(lines) for part in _split_schools(entry)]
    for entry in entries:
        school, degree = _education_roles(_header_pieces(entry, split_commas=False))
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
