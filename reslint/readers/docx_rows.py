"""How a DOCX table row reads. Resumes use tables for layout: a date or label cell beside
the entry it belongs to, a sidebar beside the main column, `Title | Company | Dates`.
docx_blocks walks a row's cells one after another; `arrange_row` then puts the row's
lines in the order a reader of the page takes them in:

- A row of one-line cells is one line, its cells joined by SEGMENT_JOIN.
- A row with one main cell (the most text) and beside it only date cells (short lines,
  half of them with a year) or labels (one short line, or two with less than half the
  main cell's text) reads across, as the PDF
  reader reads a date column: a small cell's line stands beside the main cell's line at
  its height, joined by SEGMENT_JOIN. A heading, a bullet, a line in another size or
  one beside a wrapped paragraph is not joined but read just before the line it stands
  beside.
- Any other row (a sidebar beside the main column) reads cell after cell.

Heights come from an estimate of each cell's layout (`Measure`: font size, line spacing,
spacing before and after, wrapping in the cell's width). A small cell's blocks
(paragraphs between empty ones) are snapped, in order, to the nearest block of the main
cell that does not open with a bullet, so an estimate some points off still pairs a date
with its entry.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import pairwise

from lxml import etree

from reslint.model import Line
from reslint.readers.base import SEGMENT_JOIN
from reslint.readers.docx_paragraphs import Context, Paragraph

_LEADING = 1.17  # single line spacing, as a multiple of the font size
_CHAR_WIDTH = 0.5  # an average character, as a multiple of the font size
_DEFAULT_WIDTH = 200.0  # points, for a cell whose width the file does not give
_DEFAULT_SIZE = 10.0
_SIDE_WORDS = 8  # a small cell's lines are no longer than this
_LABEL_LINES = 2
_SAME_SIZE = 1.0  # points: lines further apart in size are not one printed line
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

Walked = tuple[Line, int | None, etree._Element | None]  # a line, its level, its paragraph


@dataclass(frozen=True, slots=True)
class Measure:
    """What a paragraph's height in a cell depends on, in points."""

    order: int  # its place among the cell's paragraphs
    parts: tuple[int, ...]  # characters in each part its line breaks make
    size: float
    line: float  # the height of one printed line
    before: float
    after: float


def measure(paragraph: Paragraph, order: int) -> Measure:
    text = "".join(piece.text for piece in paragraph.pieces)
    sizes = [piece.style.size for piece in paragraph.pieces if piece.text.strip()]
    size = max(sizes) if sizes else paragraph.mark_style.size
    spacing = _number(paragraph.spacing("line"))
    rule = paragraph.spacing("lineRule") or "auto"
    if spacing and rule == "exact":
        line = spacing / 20
    elif spacing and rule == "atLeast":
        line = max(spacing / 20, size * _LEADING)
    else:
        line = size * _LEADING * (spacing / 240 if spacing else 1.0)
    return Measure(
        order=order,
        parts=tuple(len(part.strip()) for part in text.split("\n")),
        size=size,
        line=line,
        before=(_number(paragraph.spacing("before")) or 0) / 20,
        after=(_number(paragraph.spacing("after")) or 0) / 20,
    )


def _number(value: str | None) -> int | None:
    return int(value) if value and value.lstrip("-").isdigit() else None


@dataclass(frozen=True, slots=True)
class Cell:
    """A walked cell: where its lines start in the Context, its paragraphs, its width."""

    start: int
    measures: dict[etree._Element, Measure]
    width: float | None  # points


def _tops(cell: Cell) -> dict[etree._Element, tuple[float, float]]:
    """Each paragraph's estimated top in its cell and its line height."""
    width = cell.width or _DEFAULT_WIDTH
    tops: dict[etree._Element, tuple[float, float]] = {}
    y = 0.0
    for element, found in cell.measures.items():
        y += found.before
        tops[element] = (y, found.line)
        per_line = max(1.0, width / (max(found.size, 1.0) * _CHAR_WIDTH))
        printed = sum(max(1, math.ceil(chars / per_line)) for chars in found.parts)
        y += printed * found.line + found.after
    return tops


@dataclass(slots=True)
class _Placed:
    """A cell's line with its estimated height and the place of its paragraph."""

    walked: Walked
    y: float
    order: int

    @property
    def line(self) -> Line:
        return self.walked[0]


def _place(cell: Cell, walked: list[Walked]) -> list[_Placed]:
    tops = _tops(cell)
    seen: Counter[etree._Element] = Counter()
    placed: list[_Placed] = []
    y, order = 0.0, 0
    for item in walked:
        source = item[2]
        if source is not None and source in tops:
            top, line = tops[source]
            y, order = top + seen[source] * line, cell.measures[source].order
            seen[source] += 1
        placed.append(_Placed(item, y, order))
    return placed


def _blocks(placed: list[_Placed]) -> list[list[int]]:
    """Indexes of the cell's lines in blocks: an empty paragraph starts a new one."""
    blocks: list[list[int]] = []
    for index, item in enumerate(placed):
        if not blocks or item.order - placed[index - 1].order > 1:
            blocks.append([])
        blocks[-1].append(index)
    return blocks


def _texts(walked: list[Walked]) -> list[str]:
    return [line.text for line, _, _ in walked]


def _is_dates(walked: list[Walked]) -> bool:
    """A date column: short lines, half of them or more with a year."""
    texts = _texts(walked)
    return all(len(text.split()) <= _SIDE_WORDS for text in texts) and sum(
        bool(_YEAR_RE.search(text)) for text in texts
    ) * 2 >= len(texts)


def _is_label(walked: list[Walked], main_chars: int, main_size: float) -> bool:
    """One short line, or two with at most half the text of the main cell beside them (a
    name over a headline beside the contact lines is a cell of its own), and not both
    set larger than anything in the main cell (a name printed on two lines, `JANE` /
    `DOE`, beside the contact lines)."""
    texts = _texts(walked)
    if len(texts) > _LABEL_LINES or any(len(text.split()) > _SIDE_WORDS for text in texts):
        return False
    if len(texts) == 1:
        return True
    larger = all((line.font_size or 0.0) > main_size + _SAME_SIZE for line, _, _ in walked)
    return not larger and sum(map(len, texts)) * 2 <= main_chars


def _plain(walked: Walked) -> bool:
    line, level, _ = walked
    return level is None and not line.heading and not line.bullet


def _joined(parts: list[Line], main: Line) -> Line:
    """One printed line from lines side by side: the text in cell order, the look of most."""
    longest = max(parts, key=lambda line: len(line.text))
    weight = sum(len(line.text) for line in parts)
    return replace(
        longest,
        text=SEGMENT_JOIN.join(line.text for line in parts),
        page=main.page,
        number=main.number,
        bold=sum(len(line.text) for line in parts if line.bold) * 2 > weight,
        bullet=main.bullet,
        heading=False,
        links=tuple(dict.fromkeys(link for line in parts for link in line.links)),
        hidden=any(line.hidden for line in parts),
    )


def _one_line_row(filled: list[list[Walked]]) -> list[Walked] | None:
    """`Title | Company | Dates`: each cell one plain line on one page."""
    if any(len(items) != 1 for items in filled):
        return None
    lines = [items[0][0] for items in filled]
    first = lines[0]
    if not all(_plain(items[0]) for items in filled) or any(
        (line.region, line.page) != (first.region, first.page) for line in lines
    ):
        return None
    if first.bold and all(
        (first.font_size or 0.0) > (line.font_size or 0.0) + _SAME_SIZE for line in lines[1:]
    ):
        return None  # `Skills | Python, SQL`: a title in the margin, larger and bold, apart
    return [(_joined(lines, first), None, None)]


def _across(cells: list[Cell], filled: list[list[Walked]]) -> list[Walked] | None:
    """A main cell with small cells beside it, read line by line across the row."""
    chars = [sum(map(len, _texts(items))) for items in filled]
    main_at = max(range(len(filled)), key=chars.__getitem__)
    main_size = max((line.font_size or 0.0 for line, _, _ in filled[main_at]), default=0.0)
    if not all(
        _is_dates(items) or _is_label(items, chars[main_at], main_size)
        for at, items in enumerate(filled)
        if at != main_at
    ):
        return None
    across = _Across(_place(cells[main_at], filled[main_at]), main_at, cells[main_at].width)
    for at, items in enumerate(filled):
        if at != main_at:
            across.add_side(at, _place(cells[at], items))
    return across.arranged()


class _Across:
    """The main cell's lines and what goes with each: side lines joined beside it (with
    their cell's place in the row), read just before it, or after its block."""

    def __init__(self, main: list[_Placed], main_at: int, width: float | None) -> None:
        self.main, self.main_at, self.width = main, main_at, width
        self.blocks = _blocks(main)
        self.block_of = {
            index: number for number, block in enumerate(self.blocks) for index in block
        }
        self.beside: dict[int, list[tuple[int, Line]]] = defaultdict(list)
        self.before: dict[int, list[Walked]] = defaultdict(list)
        self.after_block: dict[int, list[Walked]] = defaultdict(list)
        self.trailing: list[Walked] = []

    def add_side(self, at: int, side: list[_Placed]) -> None:
        """A side cell's blocks, each snapped to the nearest main block after the one the
        block above it went to; a date or label stands beside the start of an entry, not
        inside its list, so blocks opening with a bullet are passed over."""
        last = -1
        for block in _blocks(side):
            top = side[block[0]].y
            options = [
                number
                for number in range(last + 1, len(self.blocks))
                if not self.main[self.blocks[number][0]].line.bullet
            ]
            if not options:
                self.trailing += [side[index].walked for index in block]
                continue
            last = min(options, key=lambda number: abs(self.main[self.blocks[number][0]].y - top))
            start = self.blocks[last][0]
            for offset, index in enumerate(block):
                self._pair(at, side[index].walked, start + offset, last)

    def _pair(self, at: int, item: Walked, row: int, block: int) -> None:
        """Side line `item` beside main line `row` of `block`, if the block reaches it."""
        if self.block_of.get(row) != block:
            self.after_block[block].append(item)
        elif (
            _plain(item)
            and _plain(self.main[row].walked)
            and _same_size(item, self.main[row])
            and _one_printed_line(self.main[row].line, self.width)
        ):
            self.beside[row].append((at, item[0]))
        else:
            self.before[row].append(item)

    def arranged(self) -> list[Walked]:
        arranged: list[Walked] = []
        for index, item in enumerate(self.main):
            arranged += self.before[index]
            if self.beside[index]:
                parts = sorted([*self.beside[index], (self.main_at, item.line)], key=lambda p: p[0])
                arranged.append((_joined([line for _, line in parts], item.line), None, None))
            else:
                arranged.append(item.walked)
            block = self.block_of[index]
            if index == self.blocks[block][-1]:
                arranged += self.after_block[block]
        return arranged + self.trailing


def _one_printed_line(line: Line, width: float | None) -> bool:
    """Whether a line fits its cell unwrapped: beside a wrapped paragraph a date stands
    by its first printed line only, and that line is not a Line of its own here."""
    per_line = (width or _DEFAULT_WIDTH) / ((line.font_size or _DEFAULT_SIZE) * _CHAR_WIDTH)
    return len(line.text) <= per_line


def _same_size(item: Walked, main: _Placed) -> bool:
    sizes = (item[0].font_size or 0.0, main.line.font_size or 0.0)
    return abs(sizes[0] - sizes[1]) <= _SAME_SIZE


def arrange_row(ctx: Context, start: int, cells: list[Cell]) -> None:
    """Put the row's lines (ctx.lines from `start`) in reading order; see the module."""
    walked = ctx.cut(start)
    bounds = [cell.start - start for cell in cells] + [len(walked)]
    per_cell = [walked[a:b] for a, b in pairwise(bounds)]
    kept = [(cell, items) for cell, items in zip(cells, per_cell, strict=True) if items]
    arranged = None
    if len(kept) >= 2:
        filled = [items for _, items in kept]
        arranged = _one_line_row(filled) or _across([cell for cell, _ in kept], filled)
    _put_back(ctx, walked if arranged is None else arranged, walked)


def _put_back(ctx: Context, arranged: list[Walked], walked: list[Walked]) -> None:
    """Append the arranged lines, each page's numbers rising in their new order.

    A line read after a line on a later page is on that page too. Each page reuses the
    numbers the row's lines had there, the lowest first; a page that gains lines takes
    new ones, and numbers joined lines no longer use are given back.
    """
    if arranged is walked:
        for line, level, source in walked:
            ctx.add([line], level, source)
        return
    pages: list[int] = []
    for line, _, _ in arranged:
        pages.append(max(line.page, pages[-1]) if pages else line.page)
    numbers: dict[int, list[int]] = defaultdict(list)
    for line, _, _ in walked:
        numbers[line.page].append(line.number)
    needed = Counter(pages)
    for page, count in needed.items():
        pool = sorted(numbers[page])
        while len(pool) < count:
            pool.append(ctx.pager.number(page))
        numbers[page] = sorted(pool)[:count]
    used: Counter[int] = Counter()
    for (line, level, source), page in zip(arranged, pages, strict=True):
        number = numbers[page][used[page]]
        used[page] += 1
        if (line.page, line.number) != (page, number):
            line = replace(line, page=page, number=number)
        ctx.add([line], level, source)
    # The row's lines were the last numbered on their pages: joined lines free theirs.
    for page, given in numbers.items():
        ctx.pager.numbers[page] = max(given[: used[page]], default=min(given, default=1) - 1)
