"""Kind `field-buried`: a contact field that is not in the top block of page 1."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.contact_fields import (
    BOTTOM,
    CONTACT_FIELDS,
    FIELD_NAMES,
    contact_fields,
    height_share,
    in_top_block,
)
from reslint.model import Document, Line, Region

OPTIONS = {
    "field": Option("choice", "phone", "Which contact field must be at the top.", CONTACT_FIELDS),
    "top_fraction": Option(
        "float",
        0.5,
        "When the reader knows positions: the share of page 1, from the top, that counts as top.",
    ),
}


def _where(line: Line, doc: Document) -> str:
    if line.region == Region.FOOTER:
        return "only in the page footer"
    if line.page != 1:
        return f"only on page {line.page}"
    share = height_share(line)
    if share is not None:
        return "only at the bottom of page 1" if share > BOTTOM else "only lower down page 1"
    heading = next((s.heading for s in doc.sections if s.heading is not None), None)
    after = f" ('{heading.text.strip()}')" if heading is not None else ""
    return f"only below the first section heading{after}, not in the contact block at the top"


_GROUP_LINES = 4  # how close two contact details must be to be one contact block


def _in_a_contact_group(line: Line, field: str, doc: Document, top_fraction: float) -> bool:
    """Whether another contact detail sits a few lines from this one on page 1, above its
    bottom quarter, and neither is in the top block: a contact block of its own in a
    sidebar (icons, then phone, place and email halfway down the column), which a reader
    finds as easily as one under the name. A phone a few lines below an email that is in
    the top block is still apart from the contact block."""
    share = height_share(line)
    if line.page != 1 or line.region is not Region.BODY or share is None or share > BOTTOM:
        return False
    others = [name for name in CONTACT_FIELDS if name != field]
    return any(
        other.line is not None
        and other.line.page == 1
        and other.line.column == line.column
        and abs(other.line.number - line.number) <= _GROUP_LINES
        and not in_top_block(other.line, doc, top_fraction)
        for name in others
        for other in contact_fields(doc, name)
    )


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    if doc.kind == "profile":
        return
    field = options["field"]
    printed = [f for f in contact_fields(doc, field) if not f.link_only]
    if not printed or any(in_top_block(f.line, doc, options["top_fraction"]) for f in printed):
        return
    first = printed[0]
    assert first.line is not None
    if _in_a_contact_group(first.line, field, doc, options["top_fraction"]):
        return
    yield Hit(
        f"the {FIELD_NAMES[field]} appears {_where(first.line, doc)}",
        first.line,
        first.text,
        "Put it in the contact block under your name at the top of page 1.",
    )
