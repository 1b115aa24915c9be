"""From positioned glyphs to reading-order lines; shared by both PDF engines.

Each engine only turns a page into `Glyph`s, link rectangles and an image
count (`PageData`). Everything about layout lives here and in the two modules
it drives, so the engines agree:

1. `pdf_rows`: glyphs sharing a baseline form a row; a row splits into words
   at spaces or gaps, and into segments at gaps wider than ~1.5 em;
2. `pdf_columns`: segments are also split at tab stops; two-column bands are
   read column by column, tables and date columns row by row, and a date
   printed over several lines of a margin column joins its entry's line;
   `pdf_bidi` puts right-to-left text in reading order;
3. segments of one row within one block become one `Line`, joined by three
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from reslint.model import Box, Line, Region, StyleRun
from reslint.readers.base import SEGMENT_JOIN
from reslint.readers.pdf_bidi import direction, in_reading_order
from reslint.readers.pdf_columns import reading_units, split_at_tab_stops
from reslint.readers.pdf_rows import (
    Glyph,
    Segment,
    Style,
    attach_accents,
    group_rows,
    is_bold_font,
    make_segment,
    split_segments,
    without_unmapped_marks,
)
from reslint.readers.style_runs import Chunk, is_italic_font, style_runs

__all__ = [
    "Glyph",
    "PageData",
    "Style",
    "clean_text",
    "is_bold_font",
    "mark_running_regions",
    "page_lines",
]

# The em dash too: French typography marks lists with it (babel's french style does).
BULLET_GLYPHS = frozenset("•▪◦‣●■►-*–—·○◆◇❖➢➤✓✔♦→▸▹⁃∙\uf0b7\uf0a7\uf076\uf0d8\uf0fc")
# Bullets that mark a line even when glued to its first word (a dash there is a hyphen).
_GLUED_BULLETS = BULLET_GLYPHS - {"-", "*", "–", "—"}
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
_X0 = attrgetter("x0")


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


# The largest page PDF allows (ISO 32000, annex C: 14,400 units, 200 inches). Page size
# and glyph positions size what layout allocates (the gutter search keeps a bit per point
# across the text), so nothing larger than this reaches it.
MAX_PAGE_POINTS = 14_400.0


def clamp_page(page: PageData) -> PageData:
    """`page` within MAX_PAGE_POINTS: a larger page is cut to it, glyphs beyond it dropped
    (no printed page shows them)."""
    limit = MAX_PAGE_POINTS
    width, height = page.width, page.height
    fits = 0 <= width <= limit and 0 <= height <= limit
    glyphs = page.glyphs
    if not fits or any(
        not (-limit <= g.x0 <= limit and -limit <= g.x1 <= limit)
        or not (-limit <= g.top <= limit and -limit <= g.bottom <= limit)
        for g in glyphs
    ):
        glyphs = tuple(
            g
            for g in glyphs
            if -limit <= g.x0 <= g.x1 <= limit and -limit <= g.top <= g.bottom <= limit
        )
    if fits and glyphs is page.glyphs:
        return page
    return replace(page, width=_clamp(width), height=_clamp(height), glyphs=glyphs)


def _clamp(size: float) -> float:
    return min(max(size, 0.0), MAX_PAGE_POINTS) if math.isfinite(size) else 0.0


# -- lines --------------------------------------------------------------------


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


def clean_text(text: str) -> str:
    """NFKC (ligatures, non-breaking and odd spaces) and collapsed runs of spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_TO_SPACE)
    return _SPACES_RE.sub(" ", text).strip()


def _make_line(segments: list[Segment], page: PageData, number: int) -> Line | None:
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
        runs=_runs(text, segments, styles.keys()),
        color=style.color,
        font_name=style.font or None,
        page_height=page.height,
        bullet=bullet,
        links=_links_for(box, page.links),
    )


def _look(style: Style) -> tuple[bool, bool, float]:
    return style.bold, is_italic_font(style.font), round(style.size)


def _runs(text: str, segments: list[Segment], styles: Iterable[Style]) -> tuple[StyleRun, ...]:
    """The line's runs of one style, word by word (a word takes its glyphs' most common
    style); none when all its glyphs share weight, slant and size, as most lines do."""
    if len({_look(style) for style in styles}) < 2:
        return ()
    chunks = []
    for segment in segments:
        for word in segment.words:
            style = Counter(map(attrgetter("style"), word)).most_common(1)[0][0]
            printed = clean_text("".join(glyph.text for glyph in word))
            chunks.append(Chunk(printed, style.bold, is_italic_font(style.font), style.size))
    return style_runs(text, chunks)


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


def page_lines(page: PageData, rtl: bool | None = None) -> list[Line]:
    """The page's lines in reading order, numbered from 1.

    `rtl` is the document's direction (`pdf_bidi.direction` of all its glyphs); left
    out, the page's own is used.
    """
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
    glyphs = without_unmapped_marks(attach_accents(glyphs))
    if rtl is None:
        rtl = direction(glyphs)
    painted = [g for g in glyphs if g.style.painted]
    if len(painted) == len(glyphs) or not any(not g.text.isspace() for g in painted):
        # All painted, or nothing is (a text layer of its own): one reading of the page.
        return _with_icon_links(_laid_out(glyphs, page, rtl, []), page.links)
    # Text drawn with no paint is on no printed page: read apart, after the page's visible
    # text, so that it neither joins a visible row nor splits a visible entry, and marked
    # hidden. It is kept: software reads it, and hidden-text reports it.
    lines = _with_icon_links(_laid_out(painted, page, rtl, []), page.links)
    unpainted = [g for g in glyphs if not g.style.painted]
    return [
        *lines,
        *(replace(line, hidden=True) for line in _laid_out(unpainted, page, rtl, lines)),
    ]


def _laid_out(
    glyphs: list[Glyph], page: PageData, rtl: bool | None, before: list[Line]
) -> list[Line]:
    """Glyphs into lines in reading order, numbered on from the lines `before` them."""
    rows = [split_segments(row) for row in group_rows(glyphs)]
    rows = split_at_tab_stops([row for row in rows if row])
    lines: list[Line] = []
    for unit in reading_units(rows, right_to_left=bool(rtl)):
        for row in unit:
            if rtl is not None:
                row = in_reading_order(row, rtl)
            for part in _by_size(row):
                line = _make_line(part, page, number=len(before) + len(lines) + 1)
                if line is not None:
                    lines.append(line)
    return lines


def _with_icon_links(lines: list[Line], links: tuple[tuple[Box, str], ...]) -> list[Line]:
    """Links on no text (a LinkedIn or GitHub icon) go to the nearest line beside, above or
    below them, within the icon's own height: the contact line they belong to."""
    attached = {uri for line in lines for uri in line.links}
    for box, uri in links:
        if uri in attached:
            continue
        middle = (box.top + box.bottom) / 2
        reach = max(box.bottom - box.top, 1.0)
        best: tuple[float, int] | None = None
        for index, line in enumerate(lines):
            if line.box is None:
                continue
            gap = max(line.box.top - box.bottom, box.top - line.box.bottom, 0.0)
            if gap <= reach:
                distance = abs((line.box.top + line.box.bottom) / 2 - middle)
                if best is None or distance < best[0]:
                    best = (distance, index)
        if best is not None:
            line = lines[best[1]]
            lines[best[1]] = replace(line, links=(*line.links, uri))
            attached.add(uri)
    return lines


def _by_size(row: list[Segment]) -> list[list[Segment]]:
    """A row cut where its type size changes by half or more.

    A name set large on the baseline of a small contact line beside it, or with
    small pronouns after it, is its own line, so its size still tells what it is;
    a title and its date stay together, and so do a bullet or a superscript and
    their text.
    """
    pieces = [piece for segment in row for piece in _split_by_size(segment)]
    if len(pieces) == 1:
        return [pieces]
    parts = [[pieces[0]]]
    size = _typical_size(pieces[0].glyphs)
    for piece in pieces[1:]:
        other = _typical_size(piece.glyphs)
        if _size_jump(size, other):
            parts.append([])
        parts[-1].append(piece)
        size = other
    return parts


def _split_by_size(segment: Segment) -> list[Segment]:
    # Sizes change between words here, so each word's first glyph tells (a page holds
    # thousands of glyphs, a few hundred words).
    sizes = {word[0].style.size for word in segment.words}
    if len(sizes) == 1 or not _size_jump(min(sizes), max(sizes)):
        return [segment]
    pieces: list[list[list[Glyph]]] = [[segment.words[0]]]
    for previous, word in itertools.pairwise(segment.words):
        worded = _worded(previous) and _worded(word)
        if worded and _size_jump(_typical_size(previous), _typical_size(word)):
            pieces.append([])
        pieces[-1].append(word)
    return [segment] if len(pieces) == 1 else [make_segment(words) for words in pieces]


def _size_jump(size: float, other: float) -> bool:
    return max(size, other) >= 1.5 * max(min(size, other), 1.0)


def _worded(word: list[Glyph]) -> bool:
    return sum(g.text.isalpha() for g in word) >= 2


def _typical_size(glyphs: list[Glyph]) -> float:
    sizes = sorted(g.style.size for g in glyphs)
    return max(sizes[len(sizes) // 2], 1.0)


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
    """Mark text repeated at the same place on every page, and page numbers, as header/footer.

    Each page's header lines are read first and its footer lines last, renumbered: a
    page number or running name found inside a column or beside a date is still the
    page's edge, not part of the entry it happened to sit by.
    """
    tops: dict[str, list[list[float]]] = {}
    if len(pages) >= 2:
        for index, lines in enumerate(pages):
            for line in lines:
                if _edge_region(line) is not None:
                    assert line.box is not None
                    places = tops.setdefault(_running_key(line), [[] for _ in pages])
                    places[index].append(line.box.top)
    marked: list[list[Line]] = []
    for lines in pages:
        edges: dict[Region, list[Line]] = {Region.HEADER: [], Region.BODY: [], Region.FOOTER: []}
        for line in lines:
            region = _edge_region(line)
            if region is not None and (
                _PAGE_NUMBER_RE.match(line.text.strip()) or _on_most_pages(line, tops)
            ):
                line = replace(line, region=region)
            edges.get(line.region, edges[Region.BODY]).append(line)
        ordered = edges[Region.HEADER] + edges[Region.BODY] + edges[Region.FOOTER]
        marked.append(
            [
                line if line.number == number else replace(line, number=number)
                for number, line in enumerate(ordered, start=1)
            ]
        )
    return marked


def _running_key(line: Line) -> str:
    return _DIGITS_RE.sub("#", line.text.lower())


def _on_most_pages(line: Line, tops: dict[str, list[list[float]]]) -> bool:
    """The same text (page numbers aside) within a few points of this place on every page
    or on most pages of a longer document (a Europass CV's annexes, a language passport
    laid out on its own, print no running line)."""
    places = tops.get(_running_key(line))
    if places is None or line.box is None:
        return False
    top = line.box.top
    found = sum(any(abs(other - top) <= 4 for other in page) for page in places)
    return found >= 2 and 2 * found > len(places)
