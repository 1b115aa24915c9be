"""LinkedIn's "Save to PDF" profile (Profile.pdf): detected by its metadata, parsed by layout.

The generic PDF reader gives positioned lines; this module knows LinkedIn's
page: a left sidebar (Contact, Top Skills, Languages, Certifications, …)
and a main column (name, headline, location, Summary, Experience,
Education), told apart by x position. Headings are told from wrapped body
text by font size, not by their words, since the PDF follows the viewer's
interface language.

Experience is anchored on its date lines (`September 2017 - November 2024
(7 years 3 months)`): the title sits right above, in a smaller size than the
company above it; several roles under one company share one company line
and a total-duration line. The older one-column layout prints `Title at
Company` instead. Emails and profile URLs that wrap in the narrow sidebar
are joined again. What it reads goes to structure as KnownFields.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from reslint.lexicon.contact import (
    EMAIL_RE,
    LINKEDIN_RE,
    canonical_linkedin,
    find_emails,
    find_phones,
    find_urls,
    normalise_phone,
)
from reslint.lexicon.country import named_countries
from reslint.lexicon.headings import heading_kind
from reslint.model import (
    Education,
    Field,
    KnownFields,
    Line,
    Position,
    ReaderOutput,
    Region,
    Section,
)
from reslint.readers.base import ReadOptions
from reslint.readers.linkedin_pdf_entries import (
    _LOCATION_WORDS_RE,
    _TRAILING_DURATION_RE,
    SIZE_STEP,
    _date_range,
    _education,
    _join,
    _positions,
    _size,
)

_CONTACT_RE = re.compile(r"@|linkedin\.com|\+?\d[\d ()-]{6,}")
_EDUCATION_LINE_RE = re.compile(r"·\s*\(\s*(?:\w+\s+)?(?:19|20)\d{2}\s*[-–]")
_PAGE_RE = re.compile(r"^(?:page|página|seite|pagina)\s+\d+\s+(?:of|de|von|di|sur)\s+\d+$", re.I)
# LinkedIn's own phone line: the number as its owner typed it, then its kind in brackets
# (`(Mobile)`, `(Home)`, `(Móvil)`). Typed without separators (`4915123456789`), it is a
# phone all the same.
_TYPED_PHONE_RE = re.compile(r"^(?P<number>\+?\d[\d\s().\-/]{5,20}\d)\s*\([^\W\d_]+\)$")


def read_linkedin_pdf(path: Path, options: ReadOptions) -> ReaderOutput:
    from reslint.readers.pdf import read_pdf

    output = read_pdf(path, options)  # the file facts, limits and errors of any PDF
    lines, known = parse_profile(_column_lines(path, options) or output.lines)
    facts = replace(output.facts, format="linkedin-pdf")
    return ReaderOutput(lines=lines, facts=facts, known=known, kind="profile")


def _column_lines(path: Path, options: ReadOptions) -> list[Line]:
    """Lines made separately for the sidebar and the main column.

    The generic layout reads a page row by row when the two columns share
    baselines (it takes them for a table), which glues a sidebar item to the
    main column's line beside it. Splitting the glyphs at the main column's
    edge (where the name, the largest text on page 1, starts) first keeps
    each line, and its font size, in its own column.
    """
    from reslint.readers import pdf
    from reslint.readers.pdf_backdrop import measure_lines
    from reslint.readers.pdf_layout import mark_running_regions, page_lines

    # The PDF reader's engines; private, so a change there shows in the tests here.
    extract = pdf._pdfium_pages if options.pdf_engine == "pdfium" else pdf._plumber_pages
    data = pdf.pdf_bytes(path, options)
    _, _, pages = extract(data, options.max_pages)
    first = [g for g in pages[0].glyphs if not g.text.isspace()] if pages else []
    if not first:
        return []
    largest = max(g.size for g in first)
    edge = min(g.x0 for g in first if g.size >= largest - SIZE_STEP) - 4
    per_page: list[list[Line]] = []
    for page in pages:
        left = tuple(g for g in page.glyphs if g.x1 <= edge)
        right = tuple(g for g in page.glyphs if g.x1 > edge)
        lines = page_lines(replace(page, glyphs=left)) + page_lines(replace(page, glyphs=right))
        per_page.append([replace(line, number=n) for n, line in enumerate(lines, start=1)])
    # The sidebar's white contact details show on its dark fill: measured, as read_pdf does.
    measured = measure_lines(data, pages, mark_running_regions(per_page))
    return [line for page in measured for line in page]


@dataclass(frozen=True, slots=True)
class _Columns:
    name: Line | None
    main: tuple[Line, ...]
    sidebar: tuple[Line, ...]


def _split_columns(lines: Sequence[Line]) -> _Columns:
    """Sidebar lines end left of where the name (the largest text on page 1) starts."""
    page_one = [line for line in lines if line.page == 1 and line.box is not None]
    name = max(page_one, key=_size, default=None)
    if name is None or name.box is None:
        return _Columns(None, tuple(lines), ())
    edge = name.box.x0 - 4
    main: list[Line] = []
    sidebar: list[Line] = []
    for line in lines:
        if line.box is not None and line.box.x1 <= edge:
            sidebar.append(replace(line, region=Region.SIDEBAR))
        else:
            main.append(line)
    return _Columns(name, tuple(main), tuple(sidebar))


def _sections(lines: Sequence[Line], heading_size: float) -> list[tuple[Line | None, list[Line]]]:
    """Lines grouped under the headings (lines in the heading size); the first has none."""
    groups: list[tuple[Line | None, list[Line]]] = [(None, [])]
    for line in lines:
        if heading_size and abs(_size(line) - heading_size) < SIZE_STEP:
            groups.append((line, []))
        else:
            groups[-1][1].append(line)
    return groups


def _heading_size(lines: Sequence[Line], name: Line | None) -> float:
    """The size of the section headings: the size of lines named like one, else the next
    size below the name's."""
    named = Counter(_size(line) for line in lines if heading_kind(line) is not None)
    if named:
        return named.most_common(1)[0][0]
    sizes = sorted({_size(line) for line in lines if line is not name}, reverse=True)
    return sizes[0] if sizes else 0.0


def _kind_by_content(lines: Sequence[Line]) -> str:
    """A section under a heading in another language, known by what it holds."""
    if any(_TRAILING_DURATION_RE.search(line.text) and _date_range(line) for line in lines):
        return "experience"
    if any(_EDUCATION_LINE_RE.search(line.text) for line in lines):
        return "education"
    return "other"


def _kind(heading: Line) -> str:
    kind = heading_kind(replace(heading, heading=True))
    return kind or "other"


# --- the contact block ----------------------------------------------------------------------


def _continues(previous: str, current: str) -> bool:
    """Whether `current` is the wrapped rest of a URL or email that ends `previous`."""
    previous, current = previous.strip(), current.strip()
    # `(LinkedIn)`, `(Personal)` on a line of its own label the item above; they continue
    # nothing.
    if not previous or not current or previous.endswith(")") or current.startswith("("):
        return False
    if " " in previous:
        return False
    looks_url = "linkedin.com" in previous.lower() or previous.lower().startswith(("www.", "http"))
    if looks_url:
        return True
    if "@" in previous:
        if not EMAIL_RE.fullmatch(previous):
            return True
        return bool(re.fullmatch(r"[a-z0-9.-]{1,20}", current))
    # The local part of a long address, wrapped before its `@`.
    return bool(re.fullmatch(r"[\w.+-]+", previous)) and (
        "@" in current.split()[0] or current.startswith((".", "-", "_"))
    )


def _contact_items(lines: Sequence[Line]) -> list[tuple[Line, Line]]:
    """Contact lines with wrapped emails and URLs joined, each with the line it starts on."""
    items: list[tuple[Line, Line]] = []
    for line in lines:
        if items and _continues(items[-1][0].text, line.text):
            joined, first = items[-1]
            items[-1] = (replace(joined, text=joined.text.strip() + line.text.strip()), first)
        else:
            items.append((line, line))
    return items


def _contact_fields(
    lines: Sequence[Line],
) -> tuple[tuple[Field, ...], tuple[Field, ...], tuple[Field, ...], tuple[Field, ...]]:
    emails: list[Field] = []
    phones: list[Field] = []
    linkedin: list[Field] = []
    urls: list[Field] = []
    for item, first in _contact_items(lines):
        emails.extend(replace(f, line=first) for f in find_emails(item))
        # No region here: only +-prefixed numbers normalise; checks that know it do the rest.
        found = find_phones(item, "ZZ")
        typed = _TYPED_PHONE_RE.match(item.text.strip())
        raw = typed.group("number") if typed is not None else ""
        if not found and 7 <= sum(map(str.isdecimal, raw)) <= 15:
            found = [Field(normalise_phone(raw, "ZZ") or raw, item, raw)]
        phones.extend(replace(f, line=first) for f in found)
        for match in LINKEDIN_RE.finditer(item.text):
            linkedin.append(Field(canonical_linkedin(match.group(0)), first, match.group(0)))
        urls.extend(replace(f, line=first) for f in find_urls(item))
    return tuple(emails), tuple(phones), tuple(linkedin), tuple(urls)


# --- the whole profile ----------------------------------------------------------------------


@dataclass
class _Parts:
    """What the sections of both columns hold, gathered while walking them."""

    sections: list[Section] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)
    summary: list[Field] = field(default_factory=list)
    contact_lines: list[Line] = field(default_factory=list)

    def main(self, heading: Line | None, body: list[Line]) -> None:
        title = heading.text.strip() if heading is not None else ""
        kind = _kind(heading) if heading is not None else "other"
        if kind == "other":
            kind = _kind_by_content(body)
        self.sections.append(Section(title, kind, heading, tuple(body)))
        if kind == "experience":
            self.positions.extend(_positions(body, title))
        elif kind == "education":
            self.education.extend(_education(body))
        elif kind == "summary":
            self.summary.extend(Field(line.text.strip(), line) for line in body)

    def sidebar(self, heading: Line | None, body: list[Line], first: bool) -> None:
        kind = _kind(heading) if heading is not None else "other"
        if kind == "other" and first and any(_CONTACT_RE.search(line.text) for line in body):
            kind = "contact"  # the sidebar opens with Contact, whatever the interface language
        title = heading.text.strip() if heading is not None else ""
        self.sections.append(Section(title, kind, heading, tuple(body)))
        if kind == "contact":
            self.contact_lines.extend(body)


def _is_place(text: str) -> bool:
    """A LinkedIn location: "Tampere, Pirkanmaa, Finland", "Greater Seattle Area", "Brasil"."""
    last = text.rsplit(",", 1)[-1]
    return "|" not in text and (
        bool(named_countries([last])) or bool(_LOCATION_WORDS_RE.search(text))
    )


def _contact(top: Sequence[Line], name: Line | None, contact_lines: list[Line]) -> KnownFields:
    """Name, headline and location from the top of the main column; contact details from the
    sidebar's Contact section, or under the headline in the one-column layout."""
    after_name = [line for line in top if line is not name and (name is None or _below(line, name))]
    headline = [line for line in after_name if _size(line) == _size(after_name[0])][:4]
    # The location may be printed in the headline's size: "City, Region, Country" last.
    if len(headline) > 1 and _is_place(headline[-1].text):
        headline = headline[:-1]
    elif len(headline) > 3:
        headline = headline[:3]
    rest = [line for line in after_name if line not in headline]
    if headline and not any(char.isalpha() for char in _join(headline)):
        headline = []  # a headline left as "-"
    emails, phones, linkedin, urls = _contact_fields(contact_lines or rest)
    location = next((line for line in rest if not EMAIL_RE.search(line.text)), None)
    return KnownFields(
        name=Field(" ".join(name.text.split()), name) if name is not None else None,
        headline=Field(_join(headline), headline[0]) if headline else None,
        location=Field(location.text.strip(), location) if location is not None else None,
        emails=emails,
        phones=phones,
        linkedin=linkedin,
        urls=urls,
    )


def parse_profile(lines: Sequence[Line]) -> tuple[tuple[Line, ...], KnownFields]:
    """The profile's lines (sidebar marked as such) and the fields read from them."""
    content = [
        line
        for line in lines
        if line.text.strip()
        and not _PAGE_RE.match(line.text.strip())
        and line.region is not Region.FOOTER
    ]
    columns = _split_columns(content)
    main = sorted(columns.main, key=_reading_order)
    sidebar = sorted(columns.sidebar, key=_reading_order)
    parts = _Parts()
    groups = _sections(main, _heading_size(main, columns.name))
    for heading, body in groups[1:]:
        parts.main(heading, body)
    if sidebar:
        side_heading = max(_size(line) for line in sidebar)
        for number, (heading, body) in enumerate(_sections(sidebar, side_heading)[1:]):
            parts.sidebar(heading, body, first=number == 0)
    known = replace(
        _contact(groups[0][1], columns.name, parts.contact_lines),
        sections=tuple(parts.sections),
        positions=tuple(parts.positions),
        education=tuple(parts.education),
        summary=tuple(parts.summary),
        top_block=tuple(groups[0][1]),
    )
    in_sidebar = {(line.page, line.number): line for line in sidebar}
    marked = tuple(in_sidebar.get((line.page, line.number), line) for line in lines)
    return marked, known


def _reading_order(line: Line) -> tuple[int, float]:
    return line.page, line.box.top if line.box is not None else float(line.number)


def _below(line: Line, anchor: Line) -> bool:
    if line.page != anchor.page:
        return line.page > anchor.page
    if line.box is None or anchor.box is None:
        return line.number > anchor.number
    return line.box.top >= anchor.box.top
