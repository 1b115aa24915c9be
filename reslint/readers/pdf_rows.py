"""Positioned glyphs into rows, words and segments; the first step of the PDF layout.

Glyphs sharing a baseline form a row; a row splits into words at spaces or
gaps, and into segments at gaps wider than ~1.5 em (tab stops, right-aligned
dates, the gutter between two columns). Accents drawn as glyphs of their own
over a letter (LaTeX's OT1 fonts) are put back on the letter first.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

# Gaps, in ems of the font size: wider than WORD_GAP starts a new word, wider
# than SEGMENT_GAP a new segment (a tab stop or a column gutter).
WORD_GAP = 0.15
SEGMENT_GAP = 1.5
MIN_SPACE = 0.08
_BASELINE = attrgetter("baseline")
_X0 = attrgetter("x0")
_TEXT = attrgetter("text")
# Spacing accents and the combining mark each stands for. TeX's OT1 fonts have no accented
# letters: `ö` is an `o` with a `¨` drawn over it, and text extraction reports both.
_COMBINING = {
    "\u00a8": "\u0308",  # ¨
    "\u00b4": "\u0301",  # ´
    "`": "\u0300",
    "\u02c6": "\u0302",  # ˆ
    "^": "\u0302",
    "\u02dc": "\u0303",  # ˜
    "~": "\u0303",
    "\u00b8": "\u0327",  # ¸
    "\u02c7": "\u030c",  # ˇ
    "\u02d8": "\u0306",  # ˘
    "\u02da": "\u030a",  # ˚
    "\u00af": "\u0304",  # ¯
    "\u02d9": "\u0307",  # ˙
    "\u02dd": "\u030b",  # ˝
    "\u02db": "\u0328",  # ˛
}
_COMBINING.update({chr(c): chr(c) for c in range(0x300, 0x370)})
_UNDOTTED = {"\u0131": "i", "\u0237": "j"}  # ı, ȷ
# Content streams draw an accent next to its letter: look this many glyphs either side.
_ACCENT_REACH = 3


class Style(NamedTuple):
    """What a run of glyphs shares; engines reuse one Style per text object."""

    size: float
    font: str
    bold: bool
    color: tuple[float, float, float] | None
    # False when the text is drawn with no paint (a fill of alpha 0): it is on no printed
    # page, though software extracts it (text injected for screening tools).
    painted: bool = True


class Glyph(NamedTuple):
    """One character as an engine saw it; coordinates in points, top-left origin.

    A named tuple, not a dataclass: pages hold thousands and they are built in a loop.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    style: Style

    @property
    def size(self) -> float:
        return self.style.size


@dataclass(frozen=True, slots=True)
class Segment:
    """Glyphs of one row between wide gaps; its extent and text are asked many times."""

    glyphs: list[Glyph]
    words: list[list[Glyph]]
    x0: float
    x1: float
    baseline: float
    text: str

    @property
    def size(self) -> float:
        return self.glyphs[0].style.size


def make_segment(words: list[list[Glyph]]) -> Segment:
    glyphs = [glyph for word in words for glyph in word]
    return Segment(
        glyphs,
        words,
        min(g.x0 for g in glyphs),
        max(g.x1 for g in glyphs),
        glyphs[0].baseline,
        words_text(words),
    )


def is_bold_font(font: str) -> bool:
    """Bold from the font name; the weight PDFs declare is too often wrong to use."""
    name = font.split("+", 1)[-1].lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", "demi", "cmbx"))


# -- accents --------------------------------------------------------------------


def attach_accents(glyphs: list[Glyph]) -> list[Glyph]:
    """Accent glyphs drawn over (or under) a neighbouring letter, merged into that letter.

    Only an accent whose centre lies within a letter's width, on that letter's line
    (a capital's accent sits raised), counts: a backtick or caret in running text
    stands beside its neighbours, not over them. The letter is looked for among the
    accent's neighbours in the content stream first, then anywhere on the page: a TeX
    macro may draw a word's letters first and its accents after them (`EĞİTİM` as
    `EGITIM` and then `˘ ˙ ˙`), and a margin title in pieces between other text.
    """
    combining = _COMBINING
    if combining.keys().isdisjoint(map(_TEXT, glyphs)):
        return glyphs
    merged = list(glyphs)
    dropped: set[int] = set()
    lines: dict[int, list[int]] | None = None
    for index, accent in enumerate(glyphs):
        mark = combining.get(accent.text)
        if mark is None:
            continue
        nearby = range(max(0, index - _ACCENT_REACH), min(len(glyphs), index + _ACCENT_REACH + 1))
        target = _accented_letter(glyphs, index, nearby, dropped)
        if target is None:
            if lines is None:
                lines = _letters_by_line(glyphs)
            reach = 0.6 * max(accent.style.size, 1.0)
            low, high = _line_key(accent.baseline - reach), _line_key(accent.baseline + reach)
            candidates = [other for key in range(low, high + 1) for other in lines.get(key, ())]
            target = _accented_letter(glyphs, index, candidates, dropped)
        if target is None:
            continue
        letter = merged[target]
        # TeX accents an i without its dot (`\'{\i}`): under the accent it is an i (`í`).
        base = _UNDOTTED.get(letter.text, letter.text)
        text = unicodedata.normalize("NFC", base + mark)
        merged[target] = letter._replace(text=text)
        dropped.add(index)
    return [glyph for index, glyph in enumerate(merged) if index not in dropped]


# How far (points) the letter after a mark may start from the end of the one under it.
_TOUCHING = 0.5


def without_unmapped_marks(glyphs: list[Glyph]) -> list[Glyph]:
    """A space drawn inside the letter before it, the next letter starting where that one
    ends (`Torrejo n`, `Espan a`): an accent whose glyph the font maps to a space, not a
    word break. It is dropped (which accent it was the file does not say); a real space
    stands after its letter, in the gap to the next."""
    kept: list[Glyph] = []
    for index, glyph in enumerate(glyphs):
        if glyph.text == " " and kept and index + 1 < len(glyphs):
            before, after = kept[-1], glyphs[index + 1]
            # Inside the letter, ending short of its end: an italic letter's box reaches
            # over the real space after it (`of Bristol`), which ends where the next begins.
            inside = before.x0 <= glyph.x0 and glyph.x1 <= before.x1 - _TOUCHING
            same_line = abs(before.baseline - glyph.baseline) < 1 and before.text.isalpha()
            touching = abs(after.x0 - before.x1) <= _TOUCHING
            if inside and same_line and after.text.isalpha() and touching:
                continue
        kept.append(glyph)
    return kept


_LINE_BAND = 4.0  # points of baseline per bucket when looking for an accent's letter


def _line_key(baseline: float) -> int:
    return int(baseline // _LINE_BAND)


def _letters_by_line(glyphs: list[Glyph]) -> dict[int, list[int]]:
    """The page's letters by baseline band, to find an accent's letter away from it."""
    lines: dict[int, list[int]] = {}
    for index, glyph in enumerate(glyphs):
        if glyph.text.isalpha():
            lines.setdefault(_line_key(glyph.baseline), []).append(index)
    return lines


def _accented_letter(
    glyphs: list[Glyph], index: int, candidates: Iterable[int], dropped: set[int]
) -> int | None:
    accent = glyphs[index]
    centre = (accent.x0 + accent.x1) / 2
    reach = 0.6 * max(accent.style.size, 1.0)
    best: int | None = None
    best_distance = 0.0
    for other in candidates:
        letter = glyphs[other]
        if other == index or other in dropped or not letter.text.isalpha():
            continue
        if not letter.x0 - 0.5 <= centre <= letter.x1 + 0.5:
            continue
        if abs(letter.baseline - accent.baseline) > reach:
            continue
        distance = abs((letter.x0 + letter.x1) / 2 - centre)
        if best is None or distance < best_distance:
            best, best_distance = other, distance
    return best


# -- rows, words and segments ------------------------------------------------


def group_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline (within a fifth of the smaller size of the row's first
    glyph and this one), each row sorted left to right."""
    rows: list[list[Glyph]] = []
    row: list[Glyph] = []
    row_baseline = row_size = 0.0
    for glyph in sorted(glyphs, key=_BASELINE):
        size = glyph.style.size
        if row:
            # max(1.0, 0.2 * min(size, row_size)), without two builtin calls per glyph
            tolerance = 0.2 * (size if size < row_size else row_size)
            if abs(glyph.baseline - row_baseline) <= (tolerance if tolerance > 1.0 else 1.0):
                row.append(glyph)
                continue
        row = [glyph]
        rows.append(row)
        row_baseline, row_size = glyph.baseline, size
    return [_left_to_right(row) for row in rows]


# Two glyphs of one row overlapping by this much of an em are not letters of one word: a
# text run printed over another (a degree too wide for its column running into the school
# beside it, text boxes laid over each other).
_OVERLAP = 1.0


def _left_to_right(row: list[Glyph]) -> list[Glyph]:
    """The row sorted left to right; where runs of text overlap, run by run in the order
    each starts, so that letters of two runs drawn over each other are not interleaved
    (`Licencia` + `Universidad` read as `LicenciaUtnuirvaersidad`). `row` is in the order
    the content stream drew it: a run is a stretch drawn left to right, without going back or
    jumping a gutter."""
    runs: list[list[Glyph]] = []
    for glyph in row:
        em = glyph.style.size
        last = runs[-1][-1] if runs else None
        # A run goes on left to right; a jump back, or on past a gutter, starts another.
        if last is not None and last.x0 - _OVERLAP * em <= glyph.x0 <= last.x1 + SEGMENT_GAP * em:
            runs[-1].append(glyph)
        else:
            runs.append([glyph])
    if len(runs) > 1:
        runs.sort(key=lambda run: min(glyph.x0 for glyph in run))
        if any(_over(a, b) for a, b in itertools.pairwise(runs)):
            return [glyph for run in runs for glyph in sorted(run, key=_X0)]
    return sorted(row, key=_X0)


def _over(earlier: list[Glyph], later: list[Glyph]) -> bool:
    """`later` printed over `earlier` by more than an em, and not the same text drawn again
    a little aside (fake bold, a shadow), which the glyph-by-glyph order reads once."""
    right = max(glyph.x1 for glyph in earlier)
    start = min(glyph.x0 for glyph in later)
    if start >= right - _OVERLAP * later[0].style.size:
        return False
    same = "".join(map(_TEXT, earlier)) == "".join(map(_TEXT, later))
    return not (same and abs(start - min(glyph.x0 for glyph in earlier)) < later[0].style.size)


def split_segments(row: list[Glyph]) -> list[Segment]:
    """Split a row into segments at wide gaps, and each segment into words.

    A space glyph breaks a word when the next glyph really stands apart: past a
    hair's gap, or past the middle of a space the file drew (an italic `f` reaches
    over its own space). PDFium generates zero-width spaces that sometimes land
    inside a word, which the gap test alone judges.
    """
    segments: list[Segment] = []
    glyphs: list[Glyph] = []
    words: list[list[Glyph]] = []
    word: list[Glyph] = []
    right = 0.0
    spaced = False
    space_middle = 0.0
    tracking = _tracking(row)
    for glyph in row:
        text = glyph.text
        if text.isspace():
            spaced = True
            if glyph.x1 - glyph.x0 > 0.1 * glyph.style.size:
                space_middle = (glyph.x0 + glyph.x1) / 2
            continue
        if word and text == word[-1].text and _overprint(word[-1], glyph):
            continue
        gap = glyph.x0 - right
        em = glyph.style.size
        if em < 1.0:
            em = 1.0
        if not glyphs or gap > SEGMENT_GAP * em or gap < -_OVERLAP * em:
            if glyphs:
                words.append(word)
                segments.append(_segment(glyphs, words, right))
            glyphs, words, word = [], [], []
            right = glyph.x1
        elif gap > WORD_GAP * em + (tracked := tracking.get(glyph.style, 0.0)) or (
            spaced
            and (gap > MIN_SPACE * em + tracked or (space_middle and glyph.x0 >= space_middle))
        ):
            words.append(word)
            word = []
        spaced = False
        space_middle = 0.0
        glyphs.append(glyph)
        word.append(glyph)
        if glyph.x1 > right:
            right = glyph.x1
    if glyphs:
        words.append(word)
        segments.append(_segment(glyphs, words, right))
    return segments


# Letters of one style that overlap their neighbours by this much of an em, typically,
# are set with negative tracking (or boxed loosely); letters this far apart, typically,
# are letter-spaced (a designer template's 0.1 em tracking, where PDFium puts zero-width
# spaces between letters that are none): word gaps are measured from there.
_TIGHT = -0.05
_LOOSE = 0.04
_MIN_GAPS = 4


def _tracking(row: list[Glyph]) -> dict[Style, float]:
    """The typical gap between the letters of each tightly set (negative) or letter-spaced
    (positive) style in the row.

    A file that draws no space glyphs leaves word breaks to the gaps; in type set with
    negative tracking (`DIEBOLDNIXDORF` in a bold header) a word gap is wider than a
    letter gap by a space's width but still under the plain threshold. In letter-spaced
    type every letter gap is over the plain threshold, and a zero-width space the engine
    put between two letters of an address (`name. 04@`) is no word break: a word gap is
    the tracking plus a space.
    """
    gaps: dict[Style, list[float]] = {}
    previous: Glyph | None = None
    for glyph in row:
        if glyph.text.isspace():
            previous = None
            continue
        if previous is not None and previous.style == glyph.style:
            gap = glyph.x0 - previous.x1
            # Past half an em of overlap the glyphs are not side by side (an overprint).
            if gap > -0.5 * glyph.style.size:
                gaps.setdefault(glyph.style, []).append(gap)
        previous = glyph
    tracking: dict[Style, float] = {}
    for style, found in gaps.items():
        if len(found) < _MIN_GAPS:
            continue
        found.sort()
        typical = found[len(found) // 2]
        if typical < _TIGHT * max(style.size, 1.0):
            tracking[style] = typical
        # Letter-spaced when even the closer letters stand apart: a quarter of the gaps
        # at least this wide (CJK names set with a gap for each space have half at 0).
        elif (closer := found[len(found) // 4]) > _LOOSE * max(style.size, 1.0):
            tracking[style] = closer
    return tracking


def _segment(glyphs: list[Glyph], words: list[list[Glyph]], right: float) -> Segment:
    return Segment(glyphs, words, glyphs[0].x0, right, glyphs[0].baseline, words_text(words))


def _overprint(previous: Glyph, glyph: Glyph) -> bool:
    """The same glyph drawn again a hair to the side: fake bold, read once."""
    width = previous.x1 - previous.x0
    # Ligatures expand to several characters sharing one box: those are not overprints.
    offset = abs(glyph.x0 - previous.x0)
    return glyph.text == previous.text and 0.01 < offset < 0.3 * max(width, 0.5)


def words_text(glyph_words: list[list[Glyph]]) -> str:
    words = ["".join([g.text for g in word]) for word in glyph_words]
    if len(words) >= 4 and sum(len(w) == 1 for w in words) >= 0.8 * len(words):
        return _unspace(glyph_words)
    return " ".join(words)


def _unspace(words: list[list[Glyph]]) -> str:
    """`J O H N  D O E` -> `JOHN DOE`: letter gaps join, clearly wider gaps stay spaces."""
    gaps = [b[0].x0 - a[-1].x1 for a, b in itertools.pairwise(words)]
    import statistics  # only letter-spaced text gets here; the module imports fractions, decimal

    typical = statistics.median(gaps) if gaps else 0.0
    out = "".join(g.text for g in words[0])
    for gap, word in zip(gaps, words[1:], strict=True):
        if gap > typical * 1.6 + 0.5:
            out += " "
        out += "".join(g.text for g in word)
    return out
