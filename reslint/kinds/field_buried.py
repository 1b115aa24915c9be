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
    yield Hit(
        f"the {FIELD_NAMES[field]} appears {_where(first.line, doc)}",
        first.line,
        first.text,
        "Put it in the contact block under your name at the top of page 1.",
    )
