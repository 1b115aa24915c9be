"""Right-to-left text (Arabic, Persian, Hebrew) from the order on the page to reading order.

The layout reads glyphs left to right, which spells a right-to-left word
backwards and puts a line's last word first. A right-to-left row is read right
to left, segment by segment and word by word, except that runs of
left-to-right words inside it (a Latin name, `Asp.Net Mvc 5`, a number) keep
their order; a right-to-left word is spelled from its rightmost glyph. In a
left-to-right row only the right-to-left runs turn.
"""

from __future__ import annotations

import re
import unicodedata
from operator import attrgetter

from reslint.readers.pdf_rows import Glyph, Segment, make_segment

_RTL_SCRIPT_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_TEXT = attrgetter("text")
Row = list[Segment]


def direction(glyphs: list[Glyph]) -> bool | None:
    """True when most letters read right to left, False when some do, None when none do
    (most documents: one regular-expression scan)."""
    text = "".join(map(_TEXT, glyphs))
    if not _RTL_SCRIPT_RE.search(text):
        return None
    directions = [unicodedata.bidirectional(ch) for ch in text if ch.isalpha()]
    rtl = sum(d in ("R", "AL") for d in directions)
    return rtl > len(directions) - rtl


def in_reading_order(row: Row, rtl: bool) -> Row:
    """The row's segments and words as they are read (see the module docstring).

    In a right-to-left document (`rtl`) every row reads right to left: a Latin item in
    a Persian list still has its bullet on the right. In a left-to-right one, a row
    most of whose letters read right to left (a name in Hebrew) does.
    """
    if not rtl:
        letters = "".join(g.text[:1] for segment in row for g in segment.glyphs)
        if _RTL_SCRIPT_RE.search(letters):
            directions = [unicodedata.bidirectional(ch) for ch in letters if ch.isalpha()]
            right = sum(d in ("R", "AL") for d in directions)
            rtl = right > len(directions) - right
    segments = [_segment_in_order(segment, rtl) for segment in row]
    return segments[::-1] if rtl else segments


def _segment_in_order(segment: Segment, rtl: bool) -> Segment:
    words = segment.words
    turned = [_is_rtl(word) for word in words]
    if not any(turned) and not rtl:
        return segment
    reads_rtl = _resolve(turned, [_is_ltr(word) for word in words], rtl)
    # Runs of words read left to right (Latin, digits) and runs read right to left,
    # as they stand on the page.
    runs: list[tuple[bool, list[list[Glyph]]]] = []
    for word, word_rtl, direction in zip(words, turned, reads_rtl, strict=True):
        if not runs or runs[-1][0] != direction:
            runs.append((direction, []))
        runs[-1][1].append(word[::-1] if word_rtl else word)
    ordered: list[list[Glyph]] = []
    for direction, run in runs[::-1] if rtl else runs:
        ordered.extend(run[::-1] if direction else run)
    return make_segment(ordered)


def _resolve(rtl_words: list[bool], ltr_words: list[bool], rtl: bool) -> list[bool]:
    """Which words read right to left: a mark or a symbol between two words of one
    direction takes theirs, otherwise the page's (Unicode's rule for neutrals, by word)."""
    strong: list[bool | None] = [
        True if is_rtl else False if is_ltr else None
        for is_rtl, is_ltr in zip(rtl_words, ltr_words, strict=True)
    ]
    resolved: list[bool] = []
    for index, direction in enumerate(strong):
        if direction is None:
            before = (
                next((d for d in strong[index - 1 :: -1] if d is not None), rtl) if index else rtl
            )
            after = next((d for d in strong[index + 1 :] if d is not None), rtl)
            direction = before if before == after else rtl
        resolved.append(direction)
    return resolved


def _is_rtl(word: list[Glyph]) -> bool:
    strong = [unicodedata.bidirectional(g.text[:1]) for g in word if g.text[:1].isalpha()]
    rtl = sum(d in ("R", "AL") for d in strong)
    return rtl > 0 and rtl >= len(strong) - rtl


def _is_ltr(word: list[Glyph]) -> bool:
    return any(g.text[:1].isalnum() for g in word)
