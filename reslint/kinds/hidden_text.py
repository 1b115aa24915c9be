"""Kind `hidden-text`: text a person cannot see but software reads (white or tiny type).

Many templates print headings, the name and contact details in white on a dark banner
or sidebar. Where the reader measured what is painted beneath a line (`Line.contrast`:
PDFs, from the rendered page) that decides: text that shows at almost no contrast is
hidden (white on white, under an image, off the page). Where nothing was measured
(DOCX, whose reader already leaves the colour unset on shaded paragraphs, cells and
filled text boxes), white text counts as hidden only outside a banner at the top of
page 1 and a sidebar, or on top of visible text. Tiny text counts anywhere, and so does
text the file marks hidden (Word's Hidden effect; a PDF's transparent text where nothing
is drawn). The decision is kinds/shared/visibility's: the text checks skip those lines.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.visibility import Sight, Unseen, unseen_lines
from reslint.model import Document, Line

OPTIONS = {
    "min_font_size": Option("float", 4.0, "Text smaller than this (points) is hidden."),
    "min_lightness": Option(
        "float", 0.95, "Text whose red, green and blue are all at least this (0-1) is white."
    ),
    "min_contrast": Option(
        "float",
        1.25,
        "Measured text that shows at a contrast ratio below this (1 = none, 21 = black on "
        "white) against what is painted beneath it is hidden.",
    ),
    "top_fraction": Option(
        "float", 0.25, "Share of page 1 where white text is taken for a coloured banner."
    ),
}


def _letters(line: Line) -> int:
    return sum(map(str.isalpha, line.text))


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    sight = Sight(
        options["min_font_size"],
        options["min_lightness"],
        options["min_contrast"],
        options["top_fraction"],
    )
    found = unseen_lines(doc, sight)
    by_cause: dict[Unseen, dict[int, list[Line]]] = {cause: {} for cause in Unseen}
    for line in doc.lines:
        cause = found.get(id(line))
        if cause is not None and _letters(line) >= 3:
            by_cause[cause].setdefault(line.page, []).append(line)
    for page, lines in sorted(by_cause[Unseen.MEASURED].items()):
        how = "that does not show against what is beneath it"
        yield Hit(_message(lines, how, page), lines[0], lines[0].text[:60])
    for page, lines in sorted(by_cause[Unseen.WHITE].items()):
        yield Hit(_message(lines, "in white", page), lines[0], lines[0].text[:60])
    for page, lines in sorted(by_cause[Unseen.MARKED].items()):
        # A PDF marks no text hidden: its reader marks text drawn in a transparent fill.
        how = "in a transparent fill" if doc.facts.format == "pdf" else "marked hidden"
        yield Hit(_message(lines, how, page), lines[0], lines[0].text[:60])
    for page, lines in sorted(by_cause[Unseen.TINY].items()):
        size = min(line.font_size or 0 for line in lines)
        yield Hit(_message(lines, f"in {size:g} pt type", page), lines[0], lines[0].text[:60])


def _message(lines: list[Line], how: str, page: int) -> str:
    count = "1 line" if len(lines) == 1 else f"{len(lines)} lines"
    return f"{count} of text {how} on page {page}: invisible to a reader, read by software"
