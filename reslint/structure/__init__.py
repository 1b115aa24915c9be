"""The only stage that knows what a resume looks like.

`build_document` turns a reader's positioned lines into a Document: the top
block, sections, contact fields, positions and education, each value keeping
the line it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reslint.model import (
    Contact,
    Document,
    Field,
    Line,
    ReaderOutput,
    Region,
    Section,
    Structure,
)
from reslint.structure.contact import (
    find_emails,
    find_urls,
    is_contact_line,
    normalise_phone,
)
from reslint.structure.entries import find_education, find_positions
from reslint.structure.headings import heading_kind, known_title
from reslint.structure.headline import find_role_headline, opening_summary
from reslint.structure.links import find_document_linkedin
from reslint.structure.name import find_person_name
from reslint.structure.phones import find_document_phones

POSITION_SECTIONS = frozenset({"experience", "research", "leadership", "volunteer"})


def body_font_size(lines: tuple[Line, ...]) -> float | None:
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.font_size:
            sizes[round(line.font_size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


_SEGMENTS_RE = re.compile(r"\s{3,}")
# Sections whose contact details belong to other people (referees, co-authors); used only
# when the resume shows no contact details elsewhere.
_OTHER_PEOPLE_SECTIONS = frozenset({"references", "publications"})


def _style(line: Line) -> tuple[float, bool]:
    return (round(line.font_size or 0.0, 1), line.bold)


def _heading_styles(
    lines: tuple[Line, ...], kinds: list[str | None], font_size: float | None
) -> set[tuple[float, bool]]:
    """Styles of the known headings, when they stand out from the body text.

    A resume styles all its section titles alike, so a short line in that style
    is a heading even when its title is not a known one ("Master thesis").
    """
    if font_size is None:
        return set()
    body_bold = sum(len(line.text) for line in lines if line.bold) * 2 > sum(
        len(line.text) for line in lines
    )
    styles: set[tuple[float, bool]] = set()
    for line, kind in zip(lines, kinds, strict=True):
        if kind in (None, "other") or line.font_size is None:
            continue
        if line.font_size >= font_size + 0.5 or (line.bold and not body_bold):
            styles.add(_style(line))
    return styles


def _styled_heading(line: Line, styles: set[tuple[float, bool]]) -> bool:
    text = line.text.strip()
    return (
        _style(line) in styles
        and not line.bullet
        and 1 <= len(text.split()) <= 4
        and len(text) <= 40
        and not any(ch.isdigit() for ch in text)
        and not is_contact_line(text)
    )


def _unglue(line: Line) -> tuple[Line, Line] | None:
    """A title in its own column beside the first entry (`Experience   Acme   2020 – 2022`)."""
    segments = _SEGMENTS_RE.split(line.text.strip(), maxsplit=1)
    if line.bullet or len(segments) < 2 or known_title(segments[0]) is None:
        return None
    # Where the remainder starts on the line is not known: it gets no box of its own.
    return replace(line, text=segments[0]), replace(line, text=segments[1], box=None)


def split_sections(
    lines: tuple[Line, ...], font_size: float | None
) -> tuple[tuple[Line, ...], tuple[Section, ...]]:
    """The lines before the first heading, and the sections after it."""
    kinds = [heading_kind(line, font_size) for line in lines]
    styles = _heading_styles(lines, kinds, font_size)
    top: list[Line] = []
    sections: list[Section] = []
    current: tuple[str, str, Line] | None = None
    body: list[Line] = []
    for original, original_kind in zip(lines, kinds, strict=True):
        glued = _unglue(original)
        for line in glued or (original,):
            kind = original_kind if line is original else heading_kind(line, font_size)
            if kind is None and _styled_heading(line, styles) and (current or top):
                kind = "other"
            if glued and line is glued[1]:
                kind = None
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


def _own_fields(
    own: tuple[Line, ...], lines: tuple[Line, ...], find: Callable[[Line], list[Field]]
) -> list[Field]:
    """Contact fields outside other people's sections; all of them if that leaves none."""
    found = [field for line in own for field in find(line)]
    return found or [field for line in lines for field in find(line)]


def build_structure(lines: tuple[Line, ...], region: str) -> Structure:
    font_size = body_font_size(lines)
    top, sections = split_sections(lines, font_size)
    others = {
        id(line)
        for section in sections
        if section.kind in _OTHER_PEOPLE_SECTIONS
        for line in section.lines
    }
    own = tuple(line for line in lines if id(line) not in others or line.region is not Region.BODY)
    emails = _own_fields(own, lines, find_emails)
    linkedin = find_document_linkedin(lines, own)
    urls = [field for line in lines for field in find_urls(line)]
    addresses = [field.text for field in (*emails, *urls)]
    phones = find_document_phones(lines, top, sections, addresses, region)
    guess = find_person_name(lines, sections, font_size)
    name = guess.field if guess is not None else None
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
    ) or opening_summary(top, name)
    contact = Contact(
        name=name,
        name_confidence=guess.confidence if guess is not None else 0.0,
        headline=find_role_headline(lines, name, sections),
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
