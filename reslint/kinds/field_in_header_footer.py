"""Kind `field-in-header-footer`: contact fields printed only in running headers or footers,
which many applicant tracking systems drop."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.contact_fields import CONTACT_FIELDS, FIELD_NAMES, contact_fields
from reslint.model import Document, Field, Region

OPTIONS = {
    "fields": Option("strings", ["email", "phone"], "Contact fields to look for: email, phone."),
}


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
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
