"""Kind `pdf-out-of-date`: source lines whose text the PDF built from the source lacks.

A LaTeX or Typst reader hands on the text of the PDF with the same stem beside the source
(`FileFacts.built_text`). The text is compared letters and digits only, case and accents
aside, with the PDF's lines run together, so line wraps, hyphenation, small capitals and
column gaps make no difference. A source line is compared piece by piece (the parts that
stand apart on the line, such as a title and its dates), word by word, since the PDF's
reading order may put a column's text between the words of a piece: a piece with a word
that the PDF does not hold is reported at its source line. When most of the source is missing
from the PDF, the PDF is not a build of this source and nothing is reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.model import Document

OPTIONS = {
    "min_chars": Option(
        "int", 8, "Pieces with fewer letters and digits than this are not compared."
    ),
    "min_shared": Option(
        "float",
        0.5,
        "The share of the source's pieces the PDF must hold to count as its build.",
    ),
}

_SEGMENTS_RE = re.compile(r"\s{3,}")


def normalise(text: str) -> str:
    """Letters and digits only, lower case, without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isalnum())


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    built = doc.facts.built_text
    if not built:
        return
    pdf = normalise("".join(built))
    pieces = [
        (line, piece)
        for line in doc.lines
        for piece in _SEGMENTS_RE.split(line.text)
        if len(normalise(piece)) >= options["min_chars"]
    ]
    missing = [
        (line, piece)
        for line, piece in pieces
        if any(normalise(word) not in pdf for word in piece.split())
    ]
    if not pieces or len(missing) > (1 - options["min_shared"]) * len(pieces):
        return
    name = doc.facts.built_pdf or "the PDF"
    for line, piece in missing:
        yield Hit(f"'{piece}' is not in {name}: the PDF was not rebuilt", line, piece)
