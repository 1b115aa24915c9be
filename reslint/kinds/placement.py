"""Where contact details sit on the page: the top of page 1, or somewhere a reader misses them.

Two generic kinds: `field-buried` (a field is not in the top block of page 1)
and `field-in-header-footer` (fields appear only in running headers or
footers, which many applicant tracking systems drop).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.model import Document, Field, Line, Region

CONTACT_FIELDS = ("email", "phone", "linkedin")
_E164_RE = re.compile(r"^\+[1-9]\d{6,14}$")
BOTTOM = 0.75  # below this share of the page height is the bottom of the page
FIELD_NAMES = {"email": "email address", "phone": "phone number", "linkedin": "LinkedIn URL"}

BURIED_OPTIONS = {
    "field": Option("choice", "phone", "Which contact field must be at the top.", CONTACT_FIELDS),
    "top_fraction": Option(
        "float",
        0.5,
        "When the reader knows positions: the share of page 1, from the top, that counts as top.",
    ),
}

HEADER_FOOTER_OPTIONS = {
    "fields": Option("strings", ["email", "phone"], "Contact fields to look for: email, phone."),
}


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


def _contact_section_lines(doc: Document) -> set[int]:
    return {
        id(line)
        for section in doc.sections
        if section.kind == "contact"
        for line in section.lines
        if line.page == 1
    }


def _height_share(line: Line) -> float | None:
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
    share = _height_share(line)
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


def _where(line: Line, doc: Document) -> str:
    if line.region == Region.FOOTER:
        return "only in the page footer"
    if line.page != 1:
        return f"only on page {line.page}"
    share = _height_share(line)
    if share is not None:
        return "only at the bottom of page 1" if share > BOTTOM else "only lower down page 1"
    heading = next((s.heading for s in doc.sections if s.heading is not None), None)
    after = f" ('{heading.text.strip()}')" if heading is not None else ""
    return f"only below the first section heading{after}, not in the contact block at the top"


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


def check_buried(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    if doc.kind == "profile":
        return
    field = options["field"]
    printed = [f for f in contact_fields(doc, field) if not f.link_only]
    if not printed or any(in_top_block(f.line, doc, options["top_fraction"]) for f in printed):
        return
    first = printed[0]
    assert first.line is not None
    yield Hit(
        f"the {FIELD_NAMES[field]} appears {_where(first.line, doc)}",
        first.line,
        first.text,
        "Put it in the contact block under your name at the top of page 1.",
    )


def check_header_footer(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    hidden: list[tuple[str, Field]] = []
    for name in options["fields"]:
        if name not in CONTACT_FIELDS:
            continue
        printed = [f for f in contact_fields(doc, name) if not f.link_only]
        if printed and all(
            f.line is not None and f.line.region in (Region.HEADER, Region.FOOTER) for f in printed
        ):
            hidden.append((name, printed[0]))
    if not hidden:
        return
    first = hidden[0][1]
    assert first.line is not None
    what = " and ".join(FIELD_NAMES[name] for name, _ in hidden)
    verb = "appear" if len(hidden) > 1 else "appears"
    yield Hit(
        f"the {what} {verb} only in the page {first.line.region.value}, "
        "which many applicant tracking systems drop",
        first.line,
        first.text,
        "Repeat your contact details in the body of page 1, under your name.",
    )
