"""Which lines a reader of the printed page can see.

Software reads every line a file holds; a person sees only the painted ones. Text set in
white on the white page, in type of a point or two, drawn with no paint, marked hidden,
or measured on the rendered page as not showing (`Line.contrast`) is read by software
and seen by nobody: `hidden-text` reports it, and the checks of what the text says
(statements, first person, garbled words, results in bullets) judge only what shows,
so that a resume is not faulted for words its reader never sees. The lines stay in the
Document: structure reads what software reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reslint.kinds.shared.contact_fields import in_top_block
from reslint.model import Box, Document, Line, Region


class Unseen(Enum):
    """Why a line does not show."""

    MARKED = "marked"  # the file says not to display it (Word's Hidden, a PDF fill of no paint)
    TINY = "tiny"  # type too small to read
    MEASURED = "measured"  # the rendered page shows no contrast beneath it
    WHITE = "white"  # white type where nothing dark is painted beneath


@dataclass(frozen=True, slots=True)
class Sight:
    """What counts as seen; hidden-text's options, with its defaults."""

    min_font_size: float = 4.0
    min_lightness: float = 0.95
    min_contrast: float = 1.25
    top_fraction: float = 0.25


def is_white(line: Line, threshold: float) -> bool:
    return line.color is not None and min(line.color) >= threshold


def _overlaps(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def _over_visible_text(line: Line, visible: list[Line]) -> bool:
    return line.box is not None and any(
        other.page == line.page and other.box is not None and _overlaps(line.box, other.box)
        for other in visible
    )


def unseen_lines(doc: Document, sight: Sight = Sight()) -> dict[int, Unseen]:
    """The lines no reader sees, by `id`, with why.

    Where the reader measured what is painted beneath a line (PDFs) that decides; where
    nothing was measured (DOCX, whose reader leaves the colour unset on shaded paragraphs,
    cells and filled text boxes), white text is unseen only outside a banner at the top
    of page 1 and a sidebar, or on top of visible text.
    """
    threshold = sight.min_lightness
    visible: list[Line] | None = None
    found: dict[int, Unseen] = {}
    for line in doc.lines:
        if line.hidden:
            found[id(line)] = Unseen.MARKED
        elif line.font_size is not None and line.font_size < sight.min_font_size:
            found[id(line)] = Unseen.TINY
        elif line.contrast is not None:
            if line.contrast < sight.min_contrast:
                found[id(line)] = Unseen.MEASURED
        elif is_white(line, threshold):
            if visible is None:
                visible = [
                    other
                    for other in doc.lines
                    if not is_white(other, threshold)
                    and (other.contrast or 21.0) >= sight.min_contrast
                ]
            on_banner = line.region == Region.SIDEBAR or in_top_block(line, doc, sight.top_fraction)
            if not on_banner or _over_visible_text(line, visible):
                found[id(line)] = Unseen.WHITE
    return found


def unseen_ids(doc: Document) -> frozenset[int]:
    """`id`s of the lines a reader does not see, for checks that keep only the others."""
    return frozenset(unseen_lines(doc))
