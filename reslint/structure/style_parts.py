"""A header piece cut where its line changes style: `Desarrollador de aplicaciones` in
bold and `Acme Sistemas` in regular type, printed on one line with no separator between.

The readers mark where a line changes weight, slant or size (`Line.runs`); this module
says which of those changes fall inside a piece, between two of its words. Whether the
parts are a title and an employer is structure.roles' to read from their words.
"""

from __future__ import annotations

from itertools import pairwise

from reslint.model import Line

# A part shorter than this (an icon, a stray letter) is no role of its own.
_MIN_LETTERS = 2
# A piece longer than this is a sentence: its emphasis marks words, not parts.
_MAX_WORDS = 14


def _boundaries(line: Line) -> list[int]:
    """Offsets in the line's text where a run starts after a space: a change of style
    between words (one inside a word, `**Desarrolla**dor`, cuts nothing)."""
    text, cuts, cursor = line.text, [], 0
    previous_end: int | None = None
    for run in line.runs:
        at = text.find(run.text, cursor)
        if at < 0:
            continue
        if previous_end is not None and at > previous_end and text[previous_end:at].isspace():
            cuts.append(at)
        cursor = previous_end = at + len(run.text)
    return cuts


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def style_cuts(piece: str, line: Line) -> list[str]:
    """`piece`, a part of `line`'s text, in the parts its changes of style make; the piece
    alone when none falls inside it between words, or a part would hold no word."""
    if not line.runs or len(piece.split()) > _MAX_WORDS:
        return [piece]
    start = line.text.find(piece)
    if start < 0:
        return [piece]
    end = start + len(piece)
    inside = [cut - start for cut in _boundaries(line) if start < cut < end]
    if not inside:
        return [piece]
    bounds = [0, *inside, len(piece)]
    parts = [piece[a:b].strip() for a, b in pairwise(bounds)]
    if any(_letters(part) < _MIN_LETTERS for part in parts):
        return [piece]
    return parts


def style_changes_between(line: Line, first: str, second: str) -> bool:
    """Whether the line's style changes between two of its parts, in either order: they
    are printed apart even where no separator stands between them."""
    text = line.text
    a, b = text.find(first), text.find(second)
    if not line.runs or a < 0 or b < 0:
        return False
    low, high = (a + len(first), b) if a <= b else (b + len(second), a)
    return any(low <= cut <= high for cut in _boundaries(line))


Look = tuple[bool, bool]  # bold, italic


def part_look(line: Line, part: str) -> Look | None:
    """How `part` of the line is printed, when the line mixes styles and the part lies
    within one of its runs; None otherwise."""
    start = line.text.find(part)
    if not line.runs or start < 0 or not part:
        return None
    end, cursor = start + len(part), 0
    for run in line.runs:
        at = line.text.find(run.text, cursor)
        if at < 0:
            continue
        cursor = at + len(run.text)
        if at <= start and end <= cursor:
            return run.bold, run.italic
    return None
