"""Kind `count-over`: pages, positions or words over a limit."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.model import Document

OPTIONS = {
    "count": Option("choice", "pages", "What to count.", ("pages", "positions", "words")),
    "max": Option("int", 2, "The most allowed."),
    "message": Option(
        "str", "{count} {what}; keep it to {max}", "The message; {count}, {what}, {max}."
    ),
}


def _count(doc: Document, what: str) -> int:
    if what == "pages":
        return doc.facts.page_count
    if what == "positions":
        return len(doc.positions)
    return sum(len(line.text.split()) for line in doc.lines)


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    """A count over a limit; LinkedIn profiles are long by design and not counted."""
    del ctx
    if doc.kind == "profile":
        return
    count = _count(doc, options["count"])
    if count > options["max"]:
        last = next((line for line in doc.lines if line.page > options["max"]), None)
        if options["count"] != "pages":
            last = doc.lines[0] if doc.lines else None
        yield Hit(
            options["message"].format(count=count, what=options["count"], max=options["max"]), last
        )
