"""The only stage that knows what a resume looks like.

`build_document` turns a reader's positioned lines into a Document: the top
block, sections, contact fields, positions and education, each value keeping
the line it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from reslint.model import Contact, Document, Field, Line, ReaderOutput, Section, Structure
from reslint.structure.contact import (
    find_emails,
    find_linkedin,
    find_phones,
    find_urls,
    is_contact_line,
    normalise_phone,
)
from reslint.structure.entries import find_education, find_positions
from reslint.structure.headings import heading_kind

POSITION_SECTIONS = frozenset({"experience", "research", "leadership", "volunteer"})
_NAME_RE = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,4}$")
_LOCATION_RE = re.compile(r"^[A-Z][\w .'-]+,\s*[A-Z][\w .]+$")


def body_font_size(lines: tuple[Line, ...]) -> float | None:
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.font_size:
            sizes[round(line.font_size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def split_sections(
    lines: tuple[Line, ...], font_size: float | None
) -> tuple[tuple[Line, ...], tuple[Section, ...]]:
    """The lines before the first heading, and the sections after it."""
    top: list[Line] = []
    sections: list[Section] = []
    current: tuple[str, str, Line] | None = None
    body: list[Line] = []
    for line in lines:
        kind = heading_kind(line, font_size)
        if kind == "other" and current is None and not top:
            kind = None  # a styled first line with no section title is the name
        if kind is not None:
            if current is not None:
                sections.append(Section(current[0], current[1], current[2], tuple(body)))
            current = (line.text.strip(" :"), kind, line)
            body = []
        elif current is None:
            top.append(line)
        else:
            body.append(line)
    if current is not None:
        sections.append(Section(current[0], current[1], current[2], tuple(body)))
    return tuple(top), tuple(sections)


def _looks_like_name(line: Line) -> bool:
    text = line.text.strip()
    if is_contact_line(text) or any(ch.isdigit() for ch in text):
        return False
    if re.fullmatch(r"(?:\w\s)+\w", text):
        return True
    return bool(_NAME_RE.match(text)) and len(text.split()) >= 1


def find_name(top: tuple[Line, ...]) -> Field | None:
    candidates = [line for line in top if line.page == 1 and _looks_like_name(line)]
    if not candidates:
        return None
    sized = [line for line in candidates if line.font_size]
    chosen = max(sized, key=lambda line: line.font_size or 0) if sized else candidates[0]
    text = chosen.text
    if re.fullmatch(r"(?:\w\s)+\w", text):
        text = text.replace(" ", "")
    return Field(" ".join(text.split()), chosen, chosen.text)


def _headline_candidate(line: Line) -> bool:
    text = line.text.strip()
    if is_contact_line(text) or _LOCATION_RE.match(text) or len(text.split()) > 25:
        return False
    return sum(ch.isalpha() for ch in text) >= 3


def find_headline(
    top: tuple[Line, ...], name: Field | None, sections: tuple[Section, ...]
) -> Field | None:
    name_line = name.line if name is not None else None
    after = top.index(name_line) + 1 if name_line in top else 0
    # Below the name first; then above it, where some templates print "Name | Title" or a
    # title line, and where a mistaken name (a quote at the end of the top block) leaves it.
    for line in (*top[after:], *top[: max(after - 1, 0)]):
        if _headline_candidate(line):
            return Field(line.text.strip(), line)
    for section in sections:
        if section.kind == "summary" and section.lines:
            return Field(section.lines[0].text, section.lines[0])
    return None


def build_structure(lines: tuple[Line, ...], region: str) -> Structure:
    font_size = body_font_size(lines)
    top, sections = split_sections(lines, font_size)
    emails: list[Field] = []
    phones: list[Field] = []
    linkedin: list[Field] = []
    urls: list[Field] = []
    for line in lines:
        emails.extend(find_emails(line))
        phones.extend(find_phones(line, region))
        linkedin.extend(find_linkedin(line))
        urls.extend(find_urls(line))
    name = find_name(top)
    positions = []
    education = []
    for section in sections:
        if section.kind in POSITION_SECTIONS:
            positions.extend(find_positions(section.lines, section.title))
        elif section.kind == "education":
            education.extend(find_education(section.lines))
    summary = tuple(
        Field(line.text, line)
        for section in sections
        if section.kind == "summary"
        for line in section.lines
    )
    contact = Contact(
        name=name,
        headline=find_headline(top, name, sections),
        emails=tuple(emails),
        phones=tuple(phones),
        linkedin=tuple(linkedin),
        urls=tuple(urls),
    )
    return Structure(
        contact=contact,
        sections=sections,
        positions=tuple(positions),
        education=tuple(education),
        summary=summary,
        top_block=top,
    )


def _phones_in_region(structure: Structure, region: str) -> Structure:
    """Readers of structured formats do not know the region: normalise their national numbers."""
    phones = tuple(
        replace(phone, value=normalise_phone(phone.text, region) or phone.value)
        if not phone.value.startswith("+")
        else phone
        for phone in structure.contact.phones
    )
    return replace(structure, contact=replace(structure.contact, phones=phones))


def build_document(path: Path, output: ReaderOutput, region: str = "US") -> Document:
    if output.structure is not None:
        structure = _phones_in_region(output.structure, region)
    else:
        structure = build_structure(output.lines, region)
    return Document(
        path=path, kind=output.kind, lines=output.lines, facts=output.facts, structure=structure
    )
