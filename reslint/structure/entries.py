"""Positions and education entries inside their sections.

An entry is anchored on the line that carries its date range. The non-bullet
lines next to that anchor (before the bullets start) form the entry's header,
from which company, title and location are told apart by the separators and
the words they use. A header with a company but no date of its own opens a
group of roles under that company.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslint.model import DateRange, Education, Field, Line, Position
from reslint.structure.dates import find_dates

TITLE_WORDS = frozenset(
    """
    engineer engineering developer manager analyst intern internship director assistant
    associate coordinator specialist consultant accountant lead head officer designer scientist
    architect administrator admin technician representative rep executive president vice vp
    founder co-founder cofounder owner partner researcher professor lecturer teacher tutor
    instructor advisor adviser programmer supervisor clerk cashier nurse editor writer author
    fellow trainee apprentice chief cto ceo cfo coo principal senior sr junior jr staff student
    volunteer member chair strategist planner producer agent officer auditor controller
    bookkeeper receptionist secretary support operator mechanic electrician attorney lawyer
    paralegal physician therapist pharmacist marketer recruiter buyer merchandiser sales waiter
    barista server chef cook driver specialist sde swe ta ra postdoc postdoctoral doctoral phd
    candidate investigator
    """.split()
)
COMPANY_WORDS = frozenset(
    """
    inc inc. llc ltd ltd. gmbh corp corp. corporation company co co. plc ag sa s.a. bv b.v.
    group technologies technology labs solutions systems partners holdings bank university
    college institute school hospital agency studio studios foundation association consulting
    services software ventures capital international global
    """.split()
)
SCHOOL_WORDS = (
    "university",
    "college",
    "institute",
    "school",
    "academy",
    "polytechnic",
    "universidad",
    "université",
    "universität",
    "hochschule",
    "conservatory",
    "iit",
    "mit",
)
DEGREE_RE = re.compile(
    r"\b(?:bachelor|master|doctor|ph\.?\s?d|b\.?\s?sc?|m\.?\s?sc?|b\.?a\.?|m\.?a\.?|m\.?b\.?a|"
    r"b\.?eng|m\.?eng|b\.?tech|m\.?tech|associate|diploma|certificate|degree|licenciatura|"
    r"ingenier[oí]a?|high school|a\.?a\.?s?|b\.?f\.?a|j\.?d|m\.?d|ged)\b",
    re.IGNORECASE,
)
# A comma before a legal suffix belongs to the company name: "Fabrikam, Inc.".
_SEPARATORS_RE = re.compile(
    r"\s+[|•·@]\s+|\s+[–—-]\s+|\s*,\s+(?!(?:inc|llc|ltd|corp|co|gmbh|plc|l\.?p)\b\.?)"
    r"|\s{3,}|\t+",
    re.IGNORECASE,
)
_AT_RE = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>.+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Entry:
    header: tuple[Line, ...]
    dates: DateRange | None
    body: tuple[Line, ...]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.&'-]+", text.lower())


def title_score(text: str) -> int:
    return sum(1 for word in _words(text) if word.strip(".") in TITLE_WORDS)


def company_score(text: str) -> int:
    return sum(1 for word in _words(text) if word in COMPANY_WORDS)


def _strip_dates(line: Line) -> tuple[str, DateRange | None]:
    matches = find_dates(line.text, line)
    ranges = [m for m in matches if m.range.end is not None] or matches
    if not ranges:
        return line.text, None
    chosen = ranges[0]
    text = line.text[: chosen.start] + " " + line.text[chosen.end :]
    text = re.sub(r"\(\s*[^)]*\b(?:yrs?|years?|mos?|months?)\b[^)]*\)", " ", text)
    text = re.sub(r"\(\s*\)", " ", text)
    return text.strip(" \t|,·•–—-:()"), chosen.range


def _pieces(text: str) -> list[str]:
    return [
        piece.strip(" |,·•–—-:") for piece in _SEPARATORS_RE.split(text) if piece.strip(" |,·•–—-:")
    ]


def _is_location(text: str) -> bool:
    if re.fullmatch(r"[A-Z][\w .'-]+,\s*[A-Z]{2}(?:\s+\d{5})?", text):
        return True
    lowered = text.lower()
    return lowered in {"remote", "hybrid", "on-site", "onsite"} or lowered.startswith("remote")


def _has_date(line: Line) -> bool:
    return any(m.range.end is not None or m.range.start for m in find_dates(line.text))


def _split_entries(lines: tuple[Line, ...]) -> list[_Entry]:
    """Group a section's lines into entries anchored on their date lines."""
    anchors = [i for i, line in enumerate(lines) if not line.bullet and _has_date(line)]
    if not anchors:
        return []
    entries: list[_Entry] = []
    starts: list[int] = []
    for anchor in anchors:
        start = anchor
        # Header lines above the anchor: non-bullet lines back to the previous bullet or entry.
        while (
            start > 0
            and not lines[start - 1].bullet
            and (not starts or start - 1 > anchors[len(starts) - 1])
            and anchor - start < 2
            and not _has_date(lines[start - 1])
        ):
            start -= 1
        starts.append(start)
    for index, (start, anchor) in enumerate(zip(starts, anchors, strict=True)):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        header_end = anchor + 1
        while header_end < end and not lines[header_end].bullet and header_end - anchor < 2:
            if len(lines[header_end].text) > 80 or _has_date(lines[header_end]):
                break
            header_end += 1
        _, dates = _strip_dates(lines[anchor])
        entries.append(_Entry(lines[start:header_end], dates, lines[header_end:end]))
    return entries


def _header_pieces(entry: _Entry) -> list[tuple[str, Line]]:
    pieces: list[tuple[str, Line]] = []
    for line in entry.header:
        text, _ = _strip_dates(line)
        pieces.extend((piece, line) for piece in _pieces(text) if piece)
    return pieces


def _assign_roles(
    pieces: list[tuple[str, Line]],
) -> tuple[Field | None, Field | None, Field | None]:
    """Tell company, title and location apart among an entry's header pieces."""
    company: Field | None = None
    title: Field | None = None
    location: Field | None = None
    rest: list[tuple[str, Line]] = []
    for text, line in pieces:
        at_match = _AT_RE.match(text)
        if at_match and title is None and title_score(at_match.group("title")):
            title = Field(at_match.group("title"), line)
            company = Field(at_match.group("company"), line)
        elif location is None and _is_location(text):
            location = Field(text, line)
        else:
            rest.append((text, line))
    if title is None and rest:
        scored = sorted(rest, key=lambda item: title_score(item[0]) - company_score(item[0]))
        best_text, best_line = scored[-1]
        if title_score(best_text) > company_score(best_text):
            title = Field(best_text, best_line)
            rest = [item for item in rest if item[0] != best_text or item[1] is not best_line]
    if company is None and rest:
        text, line = rest[0]
        company = Field(text, line)
        rest = rest[1:]
    if title is None and rest:
        text, line = rest[0]
        title = Field(text, line)
    return company, title, location


def _bullets(body: tuple[Line, ...]) -> tuple[tuple[Field, ...], tuple[Field, ...]]:
    bullets = tuple(Field(line.text, line) for line in body if line.bullet)
    context = tuple(Field(line.text, line) for line in body if not line.bullet)
    return bullets, context


def find_positions(lines: tuple[Line, ...], section_title: str) -> list[Position]:
    positions: list[Position] = []
    group_company: Field | None = None
    for entry in _split_entries(lines):
        company, title, location = _assign_roles(_header_pieces(entry))
        if company is not None and title is None and group_company is None:
            group_company = company
        elif title is not None and company is None and group_company is not None:
            company = group_company
        bullets, context = _bullets(entry.body)
        anchor = entry.dates.line if entry.dates else (entry.header[0] if entry.header else None)
        positions.append(
            Position(
                company=company,
                title=title,
                dates=entry.dates,
                line=entry.header[0] if entry.header else anchor,
                location=location,
                bullets=bullets,
                context=context,
                section=section_title,
            )
        )
    return positions


def find_education(lines: tuple[Line, ...]) -> list[Education]:
    found: list[Education] = []
    for entry in _split_entries(lines):
        school: Field | None = None
        degree: Field | None = None
        for text, line in _header_pieces(entry):
            lowered = text.lower()
            if school is None and any(word in lowered for word in SCHOOL_WORDS):
                school = Field(text, line)
            elif degree is None and DEGREE_RE.search(text):
                degree = Field(text, line)
        if school is None or degree is None:
            for text, line in _header_pieces(entry):
                if school is None and (degree is None or text != degree.value):
                    school = Field(text, line)
                elif degree is None and text != school.value and not _is_location(text):
                    degree = Field(text, line)
        found.append(
            Education(
                school=school,
                degree=degree,
                dates=entry.dates,
                line=entry.header[0] if entry.header else None,
                details=tuple(Field(line.text, line) for line in entry.body),
            )
        )
    return found
