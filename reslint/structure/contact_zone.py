"""Where a resume prints its owner's contact details: the contact block.

The candidate's email and phone stand at the top of page 1 (before the first section), in
a contact section (`Contact`, `Kontakt`, `Datos personales`), in the running header or
footer, or in a sidebar. An email or a number in the body is most often someone else's:
a supervisor's inside an experience entry, an employer's switchboard, a professor's, a
referee's, a co-author's. So the contact block is read first; only a resume that prints
none of a field there has it read from the rest of the document, and other people's
sections (references, publications) come last of all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reslint.model import Field, Line, Region, Section

# Sections whose contact details belong to other people (referees, co-authors).
OTHER_PEOPLE_SECTIONS = frozenset({"references", "publications"})
# Regions a page repeats or sets beside the body: what they print is the owner's.
_OWN_REGIONS = frozenset({Region.HEADER, Region.FOOTER, Region.SIDEBAR})
_TOP_LINES = 30
# How far apart the lines of one group of contact details may stand.
_CLUSTER_LINES = 6


@dataclass(frozen=True, slots=True)
class ContactZone:
    """The lines of the contact block, and those of other people's sections (by `id`)."""

    block: frozenset[int]
    others: frozenset[int]

    def holds(self, line: Line | None) -> bool:
        return line is not None and id(line) in self.block

    def without(self, lines: frozenset[int]) -> ContactZone:
        """The zone with `lines` (by `id`: another person's block) as other people's."""
        return ContactZone(self.block - lines, self.others | lines)

    def with_lines(self, lines: Iterable[Line]) -> ContactZone:
        """The zone grown by `lines` (the lines that hold the person's own email)."""
        return ContactZone(self.block | {id(line) for line in lines}, self.others)

    def choose(self, fields: Sequence[Field]) -> tuple[Field, ...]:
        """The fields printed in the contact block; without any there, those outside other
        people's sections. A referee's details are never the candidate's, even on a resume
        that prints none of its own."""
        for keep in (
            lambda field: id(field.line) in self.block,
            lambda field: id(field.line) not in self.others,
        ):
            chosen = tuple(field for field in fields if keep(field))
            if chosen:
                return chosen
        return ()

    def cluster(self, fields: Sequence[Field], lines: Sequence[Line]) -> tuple[Field, ...]:
        """`choose`, and when the contact block prints none, only the first group of them
        in reading order: the candidate's details stand together (a sidebar's contact
        section), an address further on is an employer's or a professor's."""
        chosen = self.choose(fields)
        if not chosen or any(id(field.line) in self.block for field in chosen):
            return chosen
        order = {id(line): index for index, line in enumerate(lines)}
        first = chosen[0].line
        start = order.get(id(first), 0)
        return tuple(
            field
            for field in chosen
            if field.line is not None
            and field.line.page == (first.page if first else 1)
            and order.get(id(field.line), start) - start <= _CLUSTER_LINES
        )


def contact_zone(
    lines: Sequence[Line], top: Sequence[Line], sections: Sequence[Section]
) -> ContactZone:
    """The contact block of a document: the lines before its first section (at the head of
    page 1), its contact sections (with their headings, which a margin-column layout
    prints on the same line as the first details), and its running headers, footers and
    sidebars, less other people's sections printed in the body or a sidebar."""
    others = {
        id(line)
        for section in sections
        if section.kind in OTHER_PEOPLE_SECTIONS
        for line in section.lines
        if line.region not in (Region.HEADER, Region.FOOTER)
    }
    # A top block past the first page, or longer than a page's head, is a document whose
    # sections were not found: only the head of page 1 is its contact block.
    block = {id(line) for line in top[:_TOP_LINES] if line.page == 1}
    for section in sections:
        if section.kind == "contact":
            block.update(id(line) for line in section.lines)
            if section.heading is not None:
                block.add(id(section.heading))
    block.update(id(line) for line in lines if line.region in _OWN_REGIONS)
    return ContactZone(frozenset(block - others), frozenset(others))
