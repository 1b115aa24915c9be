"""The only stage that knows what a resume looks like.

`build_document` is its entry point for every reader. It turns a reader's positioned lines
into a Document: the top block, sections, contact fields (here), positions
(structure.positions) and education (structure.education), each value keeping the line it
came from. Readers of structured formats, which read the fields themselves, hand them over as
`KnownFields` instead, and structure.known makes the Structure of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reslint.lexicon.contact import (
    find_emails,
    find_linkedin,
    find_phones,
    find_urls,
    is_contact_line,
)
from reslint.lexicon.headings import heading_kind, known_title
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
from reslint.structure.education import find_education
from reslint.structure.known import structure_from_known
from reslint.structure.positions import find_positions

# Sections whose entries are positions: experience under any title; research and volunteer
# work under one of their own titles or a title ending as an experience one ("Research
# Experience", "Volunteer Work Experience"; not "Research Funding" or "Publications –
# Original Research"). Leadership sections list activities, not positions.
POSITION_SECTIONS = frozenset({"experience", "research", "volunteer"})
_NAME_RE = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,4}$")
_LOCATION_RE = re.compile(r"^[A-Z][\w .'-]+,\s*[A-Z][\w .]+$")


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


_DOCUMENT_TITLE_RE = re.compile(
    r"^(?:curriculum vitae|resume|résumé|resumé|cv|lebenslauf|currículum)$", re.IGNORECASE
)
_NAME_SEPARATOR_RE = re.compile(r"\s{3,}|\s+[|·•]\s+")


def _looks_like_name(text: str) -> bool:
    text = text.strip()
    if is_contact_line(text) or any(ch.isdigit() for ch in text):
        return False
    if re.fullmatch(r"(?:\w\s)+\w", text):
        return True
    return bool(_NAME_RE.match(text)) and not _DOCUMENT_TITLE_RE.match(text)


def _name_part(line: Line) -> str | None:
    """The part of a line that may be a name: `John Doe | Resumé title`, `Curriculum Vitae
    John Doe` (far apart) hold one."""
    for part in _NAME_SEPARATOR_RE.split(line.text.strip()):
        if _looks_like_name(part):
            return part
    return None


def find_name(top: tuple[Line, ...]) -> Field | None:
    candidates = [
        (part, line) for line in top if line.page == 1 and (part := _name_part(line)) is not None
    ]
    if not candidates:
        return None
    sized = [item for item in candidates if item[1].font_size]
    text, chosen = max(sized, key=lambda item: item[1].font_size or 0) if sized else candidates[0]
    if re.fullmatch(r"(?:\w\s)+\w", text):
        text = text.replace(" ", "")
    return Field(" ".join(text.split()), chosen, chosen.text)


def _headline_candidate(line: Line) -> bool:
    text = line.text.strip()
    if is_contact_line(text) or _LOCATION_RE.match(text) or len(text.split()) > 25:
        return False
    return sum(map(str.isalpha, text)) >= 3


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


def _own_fields(
    own: tuple[Line, ...], lines: tuple[Line, ...], find: Callable[[Line], list[Field]]
) -> list[Field]:
    """Contact fields outside other people's sections; all of them if that leaves none."""
    found = [field for line in own for field in find(line)]
    return found or [field for line in lines for field in find(line)]


def holds_positions(section: Section) -> bool:
    if section.kind == "experience":
        return True
    if section.kind not in POSITION_SECTIONS:
        return False
    words = section.title.split()
    return known_title(section.title) == section.kind or any(
        known_title(" ".join(words[start:])) == "experience" for start in range(1, len(words))
    )


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
    phones = _own_fields(own, lines, lambda line: find_phones(line, region))
    linkedin = _own_fields(own, lines, find_linkedin)
    urls = [field for line in lines for field in find_urls(line)]
    name = find_name(top)
    positions = []
    education = []
    for section in sections:
        if holds_positions(section):
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


def build_document(path: Path, output: ReaderOutput, region: str = "US") -> Document:
    """The Document of a reader's output: its layout inferred from the lines, or, from a
    reader of a structured format, made from the fields it read (`ReaderOutput.known`)."""
    if output.known is not None:
        structure = structure_from_known(output.known, region)
    else:
        structure = build_structure(output.lines, region)
    return Document(
        path=path, kind=output.kind, lines=output.lines, facts=output.facts, structure=structure
    )
