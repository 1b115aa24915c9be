"""From positioned glyphs to reading-order lines; shared by both PDF engines.

Each engine only turns a page into `Glyph`s, link rectangles and an image
count (`PageData`). Everything about layout lives here so the engines agree:

1. glyphs sharing a baseline form a row; a row splits into words at spaces
   or gaps, and into segments at gaps wider than ~1.5 em (tab stops,
   right-aligned dates, the gutter between two columns);
2. a page whose segments leave a vertical gutter with a left-aligned column
   on its right is read column by column, band by band (a full-width line
   such as a centred name ends a band); a gutter whose two sides share
   baselines row by row is a table (moderncv's date column, Jake's
   right-aligned dates) and is read row by row;
3. segments of one row within one column become one `Line`, joined by three
   spaces where the gap was wide so structure can still tell the parts apart;
4. running headers and footers (same text at the same place on every page,
   `Page N of M`) get their region.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import NamedTuple

from reslint.model import Box, Line, Region
from reslint.readers.base import SEGMENT_JOIN

BULLET_GLYPHS = frozenset("•▪◦‣●■►-*–·○◆◇❖➢➤✓✔♦→▸▹⁃∙\uf0b7\uf0a7\uf076\uf0d8\uf0fc")
# Bullets that mark a line even when glued to its first word (a dash there is a hyphen).
_GLUED_BULLETS = BULLET_GLYPHS - {"-", "*", "–"}
# Gaps, in ems of the font size: wider than WORD_GAP starts a new word, wider
# than SEGMENT_GAP a new segment (a tab stop or a column gutter).
WORD_GAP = 0.15
SEGMENT_GAP = 1.5
MIN_SPACE = 0.08
_PAGE_NUMBER_RE = re.compile(
    r"^(?:page\s*)?\d{1,3}(?:\s*(?:of|/|von|de|sur)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d+")
_SPACES_RE = re.compile(r"(?<! ) {2}(?! )|(?<! ) {4,}")
# Every character `str.isspace` accepts (tests/test_pdf_reader.py checks the list), mapped to a
# plain space; written out because finding them at import took longer than the mapping saves.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_TO_SPACE = str.maketrans(WHITESPACE, " " * len(WHITESPACE))
_BASELINE = attrgetter("baseline")
_X0 = attrgetter("x0")


class Style(NamedTuple):
    """What a run of glyphs shares; engines reuse one Style per text object."""

    size: float
    font: str
    bold: bool
    color: tuple[float, float, float] | None


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
class PageData:
    number: int
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    links: tuple[tuple[Box, str], ...] = ()
    image_count: int = 0
    # Where its images are drawn (top-left origin): a scanned page is one image over it, a
    # sidebar or a photo much less; text lying on an image is measured for visibility.
    images: tuple[Box, ...] = ()

    @property
    def image_cover(self) -> float:
        """The share of the page its images cover (summed, clipped to the page, at most 1)."""
        return cover_share(self.images, self.width, self.height)


@dataclass(frozen=True, slots=True)
class _Segment:
    """Glyphs of one row between wide gaps; its extent and text are asked many times."""

    glyphs: list[Glyph]
    words: list[list[Glyph]]
    x0: float
    x1: float
    baseline: float
    text: str


def _segment(glyphs: list[Glyph], words: list[list[Glyph]], right: float) -> _Segment:
    return _Segment(glyphs, words, glyphs[0].x0, right, glyphs[0].baseline, _words_text(words))


def cover_share(boxes: Sequence[Box], width: float, height: float) -> float:
    """How much of a `width` x `height` page the boxes cover, summed, clipped, at most 1."""
    if width <= 0 or height <= 0:
        return 0.0
    area = 0.0
    for box in boxes:
        w = min(box.x1, width) - max(box.x0, 0.0)
        h = min(box.bottom, height) - max(box.top, 0.0)
        if w > 0 and h > 0:
            area += w * h
    return min(area / (width * height), 1.0)


def is_bold_font(font: str) -> bool:
    """Bold from the font name; the weight PDFs declare is too often wrong to use."""
    name = font.split("+", 1)[-1].lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", "demi", "cmbx"))


# -- rows, words and segments ------------------------------------------------


def _rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
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
    for row in rows:
        row.sort(key=_X0)
    return rows


def _segments(row: list[Glyph]) -> list[_Segment]:
    """Split a row into segments at wide gaps, and each segment into words.

    A space glyph breaks a word only when the next glyph really stands apart
    (PDFium generates spaces that sometimes land inside a word).
    """
    segments: list[_Segment] = []
    glyphs: list[Glyph] = []
    words: list[list[Glyph]] = []
    word: list[Glyph] = []
    right = 0.0
    spaced = False
    for glyph in row:
        text = glyph.text
        if text.isspace():
            spaced = True
            continue
        if word and text == word[-1].text and _overprint(word[-1], glyph):
            continue
        gap = glyph.x0 - right
        em = glyph.style.size
        if em < 1.0:
            em = 1.0
        if not glyphs or gap > SEGMENT_GAP * em:
            if glyphs:
                words.append(word)
                segments.append(_segment(glyphs, words, right))
            glyphs, words, word = [], [], []
            right = glyph.x1
        elif gap > WORD_GAP * em or (spaced and gap > MIN_SPACE * em):
            words.append(word)
            word = []
        spaced = False
        glyphs.append(glyph)
        word.append(glyph)
        if glyph.x1 > right:
            right = glyph.x1
    if glyphs:
        words.append(word)
        segments.append(_segment(glyphs, words, right))
    return segments


def _overprint(previous: Glyph, glyph: Glyph) -> bool:
    """The same glyph drawn again a hair to the side: fake bold, read once."""
    width = previous.x1 - previous.x0
    # Ligatures expand to several characters sharing one box: those are not overprints.
    offset = abs(glyph.x0 - previous.x0)
    return glyph.text == previous.text and 0.01 < offset < 0.3 * max(width, 0.5)


def _words_text(glyph_words: list[list[Glyph]]) -> str:
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


# -- columns ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Gutter:
    left: float
    right: float


_DATEISH_RE = re.compile(r"\b(?:19|20)\d{2}\b|\bpresent\b|\bcurrent\b", re.IGNORECASE)


def _find_gutter(rows: list[list[_Segment]], width: float) -> _Gutter | None:
    """A vertical gap most rows leave empty with a left-aligned column to its right."""
    segments = [segment for row in rows for segment in row]
    if len(segments) < 8:
        return None
    bins = int(width) + 2
    # Segments per point of width: +1 where each starts, -1 after it ends, summed left to right.
    changes = [0] * (bins + 1)
    for segment in segments:
        start, stop = max(0, int(segment.x0)), min(bins, int(segment.x1) + 1)
        if start < stop:
            changes[start] += 1
            changes[stop] -= 1
    coverage = list(itertools.accumulate(changes))
    allowance = max(1, len(rows) // 12)
    runs: list[_Gutter] = []
    start: int | None = None
    end = int(width * 0.85)
    for x in range(int(width * 0.15), end + 1):
        empty = x < bins and coverage[x] <= allowance
        if empty and start is None:
            start = x
        if (not empty or x == end) and start is not None:
            if x - start >= 6:
                runs.append(_Gutter(start, x))
            start = None
    # The widest gap that really separates two columns (a gap before a date column does not).
    for gutter in sorted(runs, key=lambda run: run.left - run.right):
        if _is_column_split(rows, gutter):
            return gutter
    return None


def _is_column_split(rows: list[list[_Segment]], gutter: _Gutter) -> bool:
    left = [s for row in rows for s in row if s.x1 <= gutter.left + 1]
    right = [s for row in rows for s in row if s.x0 >= gutter.right - 1]
    if len(left) < 3 or len(right) < 3:
        return False
    starts = Counter(round(s.x0) for s in right)
    aligned = sum(count for x, count in starts.items() if count >= 2)
    if aligned < 0.4 * len(right):
        return False
    # A column of section titles beside the text labels its rows; it is not read apart.
    sizes = sorted(sum(len(s.text) for s in side) for side in (left, right))
    if sizes[0] < 0.08 * sizes[1]:
        return False
    for side in (left, right):
        texts = [s.text for s in side]
        if sum(bool(_DATEISH_RE.search(t)) for t in texts) > 0.5 * len(texts):
            return False
    # A table: nearly every left segment has a right partner on its baseline.
    right_baselines = [s.baseline for s in right]
    paired = sum(any(abs(s.baseline - b) < 1.0 for b in right_baselines) for s in left)
    return paired < 0.7 * min(len(left), len(right))


def _column_top(side: list[_Segment]) -> float:
    """The baseline where a column starts: its first segment at one of the column's usual
    left edges (starts shared by several segments; centred sidebars have a few)."""
    starts = Counter(round(s.x0) for s in side)
    edges = [x for x, count in starts.items() if count >= 3] or [starts.most_common(1)[0][0]]
    return min(s.baseline for s in side if any(abs(s.x0 - edge) <= 2 for edge in edges))


def _both_sides(row: list[_Segment], gutter: _Gutter) -> bool:
    """Text left and right of the gutter and none across its central half."""
    quarter = (gutter.right - gutter.left) / 4
    core_left, core_right = gutter.left + quarter, gutter.right - quarter
    middle = (gutter.left + gutter.right) / 2
    return (
        any(s.x1 <= core_left + 2 for s in row)
        and any(s.x0 >= core_right - 2 for s in row)
        and not any(min(s.x1, core_right) - max(s.x0, core_left) > 2 for s in row)
        and len({(s.x0 + s.x1) / 2 < middle for s in row}) == 2
    )


def _reading_units(rows: list[list[_Segment]], width: float) -> list[list[list[_Segment]]]:
    """Rows of segments grouped into the blocks read one after another.

    Rows above the point where both columns have started (a banner with name
    and contact line) are read whole, as is any row with a segment running
    across the gutter deep into both columns.
    """
    gutter = _find_gutter(rows, width)
    if gutter is None:
        return [rows]
    middle = (gutter.left + gutter.right) / 2
    zone_top = max(
        _column_top([s for row in rows for s in row if s.x1 <= gutter.left + 1]),
        _column_top([s for row in rows for s in row if s.x0 >= gutter.right - 1]),
    )
    # Centred sidebars have no shared left edge: a row cleanly on both sides starts too.
    zone_top = min([zone_top] + [row[0].baseline for row in rows if _both_sides(row, gutter)])
    units: list[list[list[_Segment]]] = []
    left: list[list[_Segment]] = []
    right: list[list[_Segment]] = []

    def flush() -> None:
        units.extend(unit for unit in (left[:], right[:]) if unit)
        left.clear()
        right.clear()

    for row in rows:
        spanning = any(s.x0 < gutter.left - 5 and s.x1 > gutter.right + 5 for s in row)
        if row[0].baseline < zone_top - 1 or spanning:
            flush()
            units.append([row])
            continue
        row_left = [s for s in row if (s.x0 + s.x1) / 2 < middle]
        row_right = [s for s in row if (s.x0 + s.x1) / 2 >= middle]
        if row_left:
            left.append(row_left)
        if row_right:
            right.append(row_right)
    flush()
    return units


# -- lines --------------------------------------------------------------------


def clean_text(text: str) -> str:
    """NFKC (ligatures, non-breaking and odd spaces) and collapsed runs of spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_TO_SPACE)
    return _SPACES_RE.sub(" ", text).strip()


def _make_line(segments: list[_Segment], page: PageData, number: int) -> Line | None:
    text = clean_text(SEGMENT_JOIN.join([segment.text for segment in segments]))
    if not text:
        return None
    glyphs = [g for s in segments for g in s.glyphs]
    bullet = False
    first_word = segments[0].words[0] if segments[0].words else []
    first = "".join(g.text for g in first_word)
    if first and all(ch in BULLET_GLYPHS for ch in first) and len(text) > len(first):
        bullet = True
        text = clean_text(text[len(clean_text(first)) :])
        glyphs = [g for g in glyphs if g not in first_word] or glyphs
    elif text[0] in _GLUED_BULLETS and len(text) > 1:
        bullet = True
        text = text[1:].strip()
        glyphs = glyphs[1:] or glyphs
    # Segments hold no whitespace glyphs, so every glyph here is visible.
    styles = Counter(map(attrgetter("style"), glyphs))
    style = styles.most_common(1)[0][0]
    bold_count = sum(count for each, count in styles.items() if each.bold)
    box = Box(
        min(map(_X0, glyphs)),
        min(map(attrgetter("top"), glyphs)),
        max(map(attrgetter("x1"), glyphs)),
        max(map(attrgetter("bottom"), glyphs)),
    )
    return Line(
        text=text,
        number=number,
        page=page.number,
        box=box,
        font_size=round(style.size, 1),
        bold=bold_count * 2 > len(glyphs),
        color=style.color,
        font_name=style.font or None,
        page_height=page.height,
        bullet=bullet,
        links=_links_for(box, page.links),
    )


def _links_for(line: Box, links: tuple[tuple[Box, str], ...]) -> tuple[str, ...]:
    found: list[str] = []
    height = max(line.bottom - line.top, 1.0)
    for box, uri in links:
        if box.bottom <= line.top or box.top >= line.bottom:
            continue  # another line's link: most of them, on a page with many
        overlap_y = min(box.bottom, line.bottom) - max(box.top, line.top)
        overlap_x = min(box.x1, line.x1) - max(box.x0, line.x0)
        if overlap_y >= 0.4 * height and overlap_x > 0 and uri not in found:
            found.append(uri)
    return tuple(found)


def page_lines(page: PageData) -> list[Line]:
    """The page's lines in reading order, numbered from 1."""
    # A damaged file can give the engine NaN or infinite boxes: such glyphs have no place.
    if not math.isfinite(page.width):
        return []
    isfinite = math.isfinite
    # A finite sum means every term is finite (infinities and NaN propagate).
    glyphs = [
        g
        for g in page.glyphs
        if isfinite(g.x0 + g.x1 + g.top + g.bottom + g.baseline) or _finite(g)
    ]
    rows = [_segments(row) for row in _rows(glyphs)]
    rows = [row for row in rows if row]
    lines: list[Line] = []
    for unit in _reading_units(rows, page.width):
        for row in unit:
            line = _make_line(row, page, number=len(lines) + 1)
            if line is not None:
                lines.append(line)
    return lines


def _finite(glyph: Glyph) -> bool:
    return all(map(math.isfinite, (glyph.x0, glyph.x1, glyph.top, glyph.bottom, glyph.baseline)))


# -- running headers and footers ------------------------------------------------


def _edge_region(line: Line) -> Region | None:
    if line.box is None or not line.page_height:
        return None
    if line.box.bottom <= line.page_height * 0.12:
        return Region.HEADER
    if line.box.top >= line.page_height * 0.85:
        return Region.FOOTER
    return None


def mark_running_regions(pages: list[list[Line]]) -> list[list[Line]]:
    """Mark text repeated at the same place on every page, and page numbers, as header/footer."""

    def key(line: Line) -> tuple[str, int]:
        assert line.box is not None
        return _DIGITS_RE.sub("#", line.text.lower()), round(line.box.top / 4)

    repeated: set[tuple[str, int]] = set()
    if len(pages) >= 2:
        counts: Counter[tuple[str, int]] = Counter()
        for lines in pages:
            counts.update({key(line) for line in lines if _edge_region(line)})
        repeated = {k for k, count in counts.items() if count == len(pages)}
    marked: list[list[Line]] = []
    for lines in pages:
        out: list[Line] = []
        for line in lines:
            region = _edge_region(line)
            if region is not None and (
                key(line) in repeated or _PAGE_NUMBER_RE.match(line.text.strip())
            ):
                line = replace(line, region=region)
            out.append(line)
        marked.append(out)
    return marked
