"""The only stage that knows what a resume looks like.

`build_document` is its entry point for every reader. It turns a reader's positioned lines
into a Document: the top block, sections, contact fields (here), positions
(structure.positions) and education (structure.education), each value keeping the line it
came from. Readers of structured formats, which read the fields themselves, hand them over as
`KnownFields` instead, and structure.known makes the Structure of them.
"""

from __future__ import annotations

from pathlib import Path

from reslint.lexicon.contact import find_emails, find_urls
from reslint.lexicon.headings import known_title
from reslint.model import (
    Contact,
    Document,
    Field,
    Line,
    ReaderOutput,
    Section,
    Structure,
)
from reslint.structure.contact_zone import contact_zone
from reslint.structure.education import find_education, studies_among
from reslint.structure.email_wraps import joined_emails
from reslint.structure.heading_styles import body_font_size
from reslint.structure.headline import find_role_headline
from reslint.structure.known import structure_from_known
from reslint.structure.links import find_document_linkedin
from reslint.structure.name import find_person_name
from reslint.structure.opening_summary import opening_summary
from reslint.structure.owners import others_details
from reslint.structure.phones import find_document_phones
from reslint.structure.positions import find_positions
from reslint.structure.sections import split_sections
from reslint.structure.source_entries import with_known_entries

# Sections whose entries are positions: experience under any title; research and volunteer
# work under one of their own titles or a title ending as an experience one ("Research
# Experience", "Volunteer Work Experience"; not "Research Funding" or "Publications –
# Original Research"). Leadership sections list activities, not positions.
POSITION_SECTIONS = frozenset({"experience", "research", "volunteer"})


def _printed_first(emails: tuple[Field, ...]) -> tuple[Field, ...]:
    """The addresses a reader sees: a `mailto:` link to an address the resume prints
    nowhere (an old one, a template's) counts only on a resume that prints none."""
    printed = tuple(field for field in emails if not field.link_only)
    return printed or emails


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
    zone = contact_zone(lines, top, sections)
    found = [field for line in lines for field in find_emails(line)]
    own = tuple(line for line in lines if id(line) not in zone.others)
    linkedin = find_document_linkedin(lines, own)
    handles = [field.value for field in found] + [
        field.line.text for field in linkedin if field.line is not None
    ]
    guess = find_person_name(lines, sections, font_size, handles)
    name = guess.field if guess is not None else None
    found = joined_emails(lines, found, name.value if name is not None else None)
    # A referee's or a supervisor's address and numbers, wherever they stand, are theirs.
    found_emails, theirs = others_details(lines, found, name)
    zone = zone.without(theirs)
    emails = _printed_first(zone.cluster(found_emails, lines))
    urls = [field for line in lines for field in find_urls(line)]
    addresses = [field.text for field in (*emails, *urls)]
    phones = find_document_phones(
        lines, zone.with_lines(f.line for f in emails if f.line), addresses, region
    )
    positions = []
    education = []
    for section in sections:
        if holds_positions(section):
            jobs, studies = studies_among(
                find_positions(section.lines, section.title), section.lines
            )
            positions.extend(jobs)
            education.extend(studies)
        elif section.kind == "education":
            education.extend(find_education(section.lines))
    summary = tuple(
        Field(line.text, line)
        for section in sections
        if section.kind == "summary"
        for line in section.lines
    ) or opening_summary(top, name, sections)
    contact = Contact(
        name=name,
        name_confidence=guess.confidence if guess is not None else 0.0,
        headline=find_role_headline(lines, name, sections, font_size),
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
    reader of a structured format, made from the fields it read (`ReaderOutput.known`).
    Entries whose parts a source format names (`ReaderOutput.entries`) replace the ones
    inferred from their lines (structure.source_entries)."""
    if output.known is not None:
        structure = structure_from_known(output.known, region)
    else:
        structure = build_structure(output.lines, region)
        structure = with_known_entries(structure, output.entries, output.lines, POSITION_SECTIONS)
    return Document(
        path=path,
        kind=output.kind,
        lines=output.lines,
        facts=output.facts,
        structure=structure,
        suppressions=output.suppressions,
    )
