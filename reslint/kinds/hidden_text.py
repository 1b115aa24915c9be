"""Kind `hidden-text`: text a person cannot see but software reads (white or tiny type).

Many templates print headings, the name and contact details in white on a dark banner
or sidebar. Where the reader measured what is painted beneath a line (`Line.contrast`:
PDFs, from the rendered page) that decides: text that shows at almost no contrast is
hidden (white on white, under an image, off the page). Where nothing was measured
(DOCX, whose reader already leaves the colour unset on shaded paragraphs, cells and
filled text boxes), white text counts as hidden only outside a banner at the top of
page 1 and a sidebar, or on top of visible text. Tiny text counts anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.contact_fields import in_top_block
from reslint.model import Box, Document, Line, Region

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


def _is_white(line: Line, threshold: float) -> bool:
    return line.color is not None and min(line.color) >= threshold


def _overlaps(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def _over_visible_text(line: Line, visible: list[Line]) -> bool:
    return line.box is not None and any(
        other.page == line.page and other.box is not None and _overlaps(line.box, other.box)
        for other in visible
    )


def _letters(line: Line) -> int:
    return sum(map(str.isalpha, line.text))


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    threshold = options["min_lightness"]
    visible = [
        line
        for line in doc.lines
        if not _is_white(line, threshold) and (line.contrast or 21.0) >= options["min_contrast"]
    ]
    white: dict[int, list[Line]] = {}
    tiny: dict[int, list[Line]] = {}
    marked: dict[int, list[Line]] = {}
    unseen: dict[int, list[Line]] = {}  # measured on the rendered page
    for line in doc.lines:
        if _letters(line) < 3:
            continue
        if line.hidden:  # the file itself says "do not display" (Word's Hidden font effect)
            marked.setdefault(line.page, []).append(line)
        elif line.font_size is not None and line.font_size < options["min_font_size"]:
            tiny.setdefault(line.page, []).append(line)
        elif line.contrast is not None:
            if line.contrast < options["min_contrast"]:
                unseen.setdefault(line.page, []).append(line)
        elif _is_white(line, threshold):
            on_banner = line.region == Region.SIDEBAR or in_top_block(
                line, doc, options["top_fraction"]
            )
            if not on_banner or _over_visible_text(line, visible):
                white.setdefault(line.page, []).append(line)
    for page, lines in sorted(unseen.items()):
        how = "that does not show against what is beneath it"
        yield Hit(_message(lines, how, page), lines[0], lines[0].text[:60])
    for page, lines in sorted(white.items()):
        yield Hit(_message(lines, "in white", page), lines[0], lines[0].text[:60])
    for page, lines in sorted(marked.items()):
        yield Hit(_message(lines, "marked hidden", page), lines[0], lines[0].text[:60])
    for page, lines in sorted(tiny.items()):
        size = min(line.font_size or 0 for line in lines)
        yield Hit(_message(lines, f"in {size:g} pt type", page), lines[0], lines[0].text[:60])


def _message(lines: list[Line], how: str, page: int) -> str:
    count = "1 line" if len(lines) == 1 else f"{len(lines)} lines"
    return f"{count} of text {how} on page {page}: invisible to a reader, read by software"
