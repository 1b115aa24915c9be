"""Where contact fields sit on the page, and which of them are the candidate's own.

Shared by the kinds about contact details: `field-buried` and
`field-in-header-footer` ask where a field is printed, `email-odd`,
`email-employer-domain` and `hidden-text` which lines are the contact block
at the top of page 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reslint.kinds.shared.names import looks_like_person, name_words, words
from reslint.model import Document, Field, Line, Region

CONTACT_FIELDS = ("email", "phone", "linkedin")
_E164_RE = re.compile(r"^\+[1-9]\d{6,14}$")
BOTTOM = 0.75  # below this share of the page height is the bottom of the page
FIELD_NAMES = {"email": "email address", "phone": "phone number", "linkedin": "LinkedIn URL"}


def contact_fields(doc: Document, name: str) -> tuple[Field, ...]:
    """The printed occurrences of a contact field, in reading order.

    Phone candidates that phonenumbers could not read as a possible number are
    left out: a buried figure that only looks like a phone is not a phone.
    """
    contact = doc.contact
    fields = {"email": contact.emails, "phone": contact.phones, "linkedin": contact.linkedin}[name]
    if name == "phone":
        fields = tuple(f for f in fields if _E164_RE.match(f.value))
    return tuple(f for f in fields if f.line is not None)


# Structure's own confidence in the name from which it is trusted without corroboration:
# a labelled name field, or a name in type that stands out (see model.Contact).
TRUSTED_CONFIDENCE = 0.9


def trusted_name(doc: Document) -> str | None:
    """The candidate's name when its reading is corroborated, else None.

    Rules that accuse a file of being someone else's (metadata-leak) must not compare it
    with a headline or a heading misread as the name. The name counts as known when it
    looks like a person's name and either came from a structured format (no line), or is
    the largest text on page 1, or shares a word with the candidate's email address.
    """
    field = doc.contact.name
    if field is None or not looks_like_person(field.value):
        return None
    line = field.line
    if line is None or doc.contact.name_confidence >= TRUSTED_CONFIDENCE:
        return field.value
    if line.page != 1:
        return None
    sizes = [other.font_size for other in doc.lines if other.page == 1 and other.font_size]
    if line.font_size and sizes and line.font_size >= max(sizes) - 0.5:
        return field.value
    parts = [part for part in name_words(field.value) if len(part) >= 3]
    for email in doc.contact.emails:
        local = "".join(words(email.value.split("@", 1)[0]))
        if any(part in local for part in parts):
            return field.value
    return None


def _contact_section_lines(doc: Document) -> set[int]:
    return {
        id(line)
        for section in doc.sections
        if section.kind == "contact"
        for line in section.lines
        if line.page == 1
    }


def height_share(line: Line) -> float | None:
    """How far down its page a line starts (0 top, 1 bottom), if the reader knows."""
    if line.box is None or not line.page_height:
        return None
    return line.box.top / line.page_height


def in_top_block(line: Line, doc: Document, top_fraction: float) -> bool:
    """Whether a reader sees `line` in the contact block at the top of page 1.

    The top block is what comes before the first section heading (the
    structure's top block), a page-1 running header, a section titled
    "Contact" on page 1 (sidebar layouts), or, when the reader knows
    positions, the top `top_fraction` of page 1 (two-column layouts whose
    reading order puts the sidebar after the first heading).
    """
    if line.page != 1 or line.region == Region.FOOTER:
        return False
    if line.region == Region.HEADER:
        return True
    share = height_share(line)
    # When headings go unrecognised the structure's top block is the whole
    # document; the bottom quarter of the page is never the contact block.
    at_bottom = share is not None and share > BOTTOM
    if not at_bottom and (
        any(line is top for top in doc.structure.top_block)
        or id(line) in _contact_section_lines(doc)
    ):
        return True
    return share is not None and share <= top_fraction and not _under_a_heading(line, doc)


def _under_a_heading(line: Line, doc: Document) -> bool:
    """Whether a page-1 section heading other than "Contact" stands above `line` in its column.

    The top-of-page share stands in for the top block only where reading order
    misleads (a sidebar read after the main column); a line printed under a
    heading such as "Experience" in the same column is in that section.
    """
    if line.box is None:
        return False
    for section in doc.sections:
        heading = section.heading
        if heading is None or heading.page != 1 or heading.box is None:
            continue
        if section.kind == "contact":
            continue
        same_column = heading.box.x0 < line.box.x1 and line.box.x0 < heading.box.x1
        if same_column and heading.box.bottom <= line.box.top:
            return True
    return False


def own_fields(doc: Document, name: str, top_fraction: float = 0.5) -> tuple[Field, ...]:
    """The candidate's own contact fields, not a referee's or a co-author's.

    Those in the top block of page 1 or a running header or footer; failing
    that, the first one printed.
    """
    fields = contact_fields(doc, name)
    own = tuple(
        f
        for f in fields
        if f.line is not None
        and (f.line.region != Region.BODY or in_top_block(f.line, doc, top_fraction))
    )
    return own or fields[:1]


def unique_fields(fields: tuple[Field, ...]) -> Iterator[Field]:
    """Fields of the same value once each, the first one kept."""
    seen: set[str] = set()
    for field in fields:
        if field.value not in seen:
            seen.add(field.value)
            yield field
