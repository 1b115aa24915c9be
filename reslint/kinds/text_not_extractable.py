"""Kind `text-not-extractable`: a PDF or DOCX whose pages carry no text layer (scanned or
image-only), so an applicant tracking system reads nothing."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.model import Document

OPTIONS = {
    "formats": Option(
        "strings", ["pdf", "docx"], "File formats whose text may be missing (text formats never)."
    ),
    "max_empty_share": Option(
        "float", 0.5, "A larger share of pages with no text layer means the file is scanned."
    ),
    "min_letters_per_page": Option(
        "int", 150, "Fewer letters than this per page means the text is mostly not extractable."
    ),
}


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    facts = doc.facts
    if facts.format not in options["formats"]:
        return
    pages = max(facts.page_count, 1)
    empty = sorted(set(facts.pages_without_text))
    letters = sum(sum(map(str.isalpha, line.text)) for line in doc.lines)
    first = doc.lines[0] if doc.lines else None
    if not doc.lines or len(empty) >= pages:
        yield Hit("no page has a text layer: the file is scanned or image-only", first)
    elif len(empty) / pages > options["max_empty_share"]:
        listed = ", ".join(map(str, empty))
        yield Hit(f"pages {listed} of {pages} have no text layer (scanned or image-only)", first)
    elif letters < options["min_letters_per_page"] * pages:
        yield Hit(
            f"only {letters} letters of text on {pages} page(s): most of the text is in images",
            first,
        )
