"""Reading order on a PDF page: columns, bands, tab stops and margin cells.

Works on rows of `Segment`s (see `pdf_rows`), top to bottom:

1. a word that starts at a tab stop (an edge where other rows start and other
   words stand after a wide gap) starts a new segment, so a date column set
   close to its text still stands apart;
2. a run of consecutive rows that all leave one vertical gap free, with a
   left-aligned column on its right, is a two-column band: it is read left
   column first, then the right one. Rows above and below it (a banner with
   name and contact, a full-width summary, a footer band) are read on their
   own, so a sidebar that starts lower than the main column still reads as one
   block. A gap whose two sides pair up row by row is a table (a date or label
   column) and is read row by row;
3. in a block with a narrow margin column of dates, a date printed over two or
   more lines (`Sep 2019 –` / `Present`, a range whose first line sits above its
   entry's title) becomes one segment at the front of its entry's first line.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from reslint.lexicon.date_vocabulary import DURATION_WORDS, PRESENT_WORDS, alternatives
from reslint.lexicon.entry_words import END_EVENTS, ONGOING_WORDS, START_EVENTS
from reslint.readers.pdf_cells import read_cells
from reslint.readers.pdf_rows import Glyph, Segment, make_segment

# Points: the narrowest vertical gap taken for a gutter between two columns.
MIN_GUTTER = 6
# Ems: a gap before a word at a tab stop that is wider than a space, however justified.
TAB_GAP = 0.5
# Font sizes: the largest baseline distance between two lines of one margin cell.
CELL_PITCH = 1.4
# The lines of one margin cell share a size: a line this much larger is no part of it.
CELL_SIZES = 1.2
# The widest margin column, as a share of the block's width.
MARGIN_SHARE = 0.35
# What a date column prints: years, `present` words, the length of a stay (`7개월`, `2 yrs`)
# and what the dates mark (`재학중`, still enrolled; `졸업`, graduated; `退社`, left).
# One-letter words (`今`, now) are left out: they stand in prose as often.
_STATUS_WORDS = (*PRESENT_WORDS, *ONGOING_WORDS, *START_EVENTS, *END_EVENTS)
_DATEISH_RE = re.compile(
    rf"\b(?:19|20)\d{{2}}\b|\d\s*(?:{alternatives(DURATION_WORDS)})(?!\w)"
    rf"|(?<!\w)(?:{alternatives(word for word in _STATUS_WORDS if len(word) > 1)})(?!\w)",
    re.IGNORECASE,
)
_RANGE_DASH = ("-", "–", "—")
_DIGIT_RE = re.compile(r"\d")
_GAP_RE = re.compile(f"1{{{MIN_GUTTER},}}")
Row = list[Segment]


@dataclass(frozen=True, slots=True)
class _Gutter:
    left: float
    right: float


# -- tab stops -------------------------------------------------------------------


def split_at_tab_stops(rows: list[Row]) -> list[Row]:
    """Rows whose segments are also split before words that start at a tab stop.

    A tab stop is an x where at least two rows begin and at least three words or
    segments start after a gap wider than a space: the left edge of the text
    beside a date or label column. Words landing there by chance in justified text
    are too few to make one.
    """
    row_starts: Counter[int] = Counter(round(row[0].x0) for row in rows)
    inner: Counter[int] = Counter()
    # (row, segment, where its words after wide gaps start)
    candidates: list[tuple[int, int, list[int]]] = []
    for row_index, row in enumerate(rows):
        for index, segment in enumerate(row):
            if index:
                inner[round(segment.x0)] += 1
            words = segment.words
            if len(words) < 2:
                continue
            wide = TAB_GAP * max(segment.size, 1.0)
            starts = [
                round(word[0].x0)
                for previous, word in itertools.pairwise(words)
                if word[0].x0 - previous[-1].x1 >= wide
            ]
            if starts:
                inner.update(starts)
                candidates.append((row_index, index, starts))
    if not candidates:
        return rows
    stops = {x for x in inner if _near(inner, x) >= 3 and 2 <= _near(row_starts, x) < len(rows)}
    near_stops = stops | {x - 1 for x in stops} | {x + 1 for x in stops}
    out = rows
    for row_index, index, starts in reversed(candidates):
        if near_stops.isdisjoint(starts):
            continue
        if out is rows:
            out = [list(row) for row in rows]
        out[row_index][index : index + 1] = _split(rows[row_index][index], near_stops)
    return out


def _near(counts: Counter[int], x: int) -> int:
    return counts[x - 1] + counts[x] + counts[x + 1]


def _split(segment: Segment, stops: set[int]) -> list[Segment]:
    """The segment cut before each word that starts at one of `stops` after a wide gap."""
    parts: list[list[list[Glyph]]] = [[segment.words[0]]]
    wide = TAB_GAP * max(segment.size, 1.0)
    for previous, word in itertools.pairwise(segment.words):
        at_stop = word[0].x0 - previous[-1].x1 >= wide and round(word[0].x0) in stops
        # A bullet or an icon before the text is the line's own mark, not a column.
        if at_stop and any(g.text.isalnum() for part in parts[-1] for g in part):
            parts.append([])
        parts[-1].append(word)
    if len(parts) == 1:
        return [segment]
    return [make_segment(words) for words in parts]


# -- columns -------------------------------------------------------------------


def reading_units(rows: list[Row], right_to_left: bool = False) -> list[list[Row]]:
    """Rows grouped into the blocks read one after another (see the module docstring).

    A right-to-left page reads its right column first, and its margin cells and table
    cells are not joined (its margin stands on the right). A table of multi-line cells
    is read cell by cell (`pdf_cells`) before margin cells are looked for.
    """
    units = _bands(rows, right_to_left)
    return units if right_to_left else [attach_margin_cells(read_cells(unit)) for unit in units]


def _bands(rows: list[Row], right_to_left: bool) -> list[list[Row]]:
    """The tallest two-column band first, then the same search above and below it.

    Each start row's band reaches down as far as a gap stays free in every row;
    the longest band whose gap really separates two columns wins, so a contact
    line above the columns, whose own gaps happen to line up with the gutter for
    a while, does not cut the true band short.
    """
    count = len(rows)
    if count < 2:
        return [rows] if rows else []
    # Gutters lie well inside the text: the page's margins are no gap between columns.
    left = min(row[0].x0 for row in rows)
    right = max(row[-1].x1 for row in rows)
    low, high = int(left + 0.15 * (right - left)), int(left + 0.85 * (right - left))
    if high - low < MIN_GUTTER:
        return [rows]
    masks = [_mask(row, low, high) for row in rows]
    ends = _band_ends(masks, (1 << (high - low)) - 1)
    for start in sorted(range(count), key=lambda i: (i - ends[i][0], i)):
        end, free = ends[start]
        # A band that ends where the one starting a row earlier ends, with the same gaps,
        # lies inside it.
        if end - start < 2 or (start and ends[start - 1] == ends[start]):
            continue
        band = rows[start : end + 1]
        gutter = _band_gutter(band, free, low)
        if gutter is not None:
            return [
                *_bands(rows[:start], right_to_left),
                *(
                    inner
                    for unit in _read_columns(band, gutter, right_to_left)
                    for inner in _split_column(unit, right_to_left)
                ),
                *_bands(rows[end + 1 :], right_to_left),
            ]
    return [rows]


def _split_column(column: list[Row], right_to_left: bool) -> list[list[Row]]:
    """A column that is itself two columns from top to bottom (three columns side by
    side, a sidebar in two), read as two; any other column as it is.

    A two-column stretch inside a column (a table of skills and their ratings, of
    courses and their classes) is read row by row, as a table is.
    """
    inner = _bands(column, right_to_left)
    return inner if len(inner) == 2 else [column]


def _band_ends(masks: list[int], full: int) -> list[tuple[int, int]]:
    """For each start row, the last row its band reaches and the bits left free there.

    Bands only reach further as their start moves down, so one pass with a sliding
    window does it; the window's union of covered bits is kept in two stacks (the
    newer rows as one running union, the older ones each with the union of all
    rows after them), which makes dropping the oldest row cheap.
    """
    count = len(masks)
    ends: list[tuple[int, int]] = []
    older: list[int] = []  # unions, oldest row's last
    newer_union = 0
    newer: list[int] = []
    end = -1
    for start in range(count):
        if end < start:
            older, newer, newer_union, end = [], [], 0, start - 1
        covered = (older[-1] if older else 0) | newer_union
        while end + 1 < count and _has_gap(full & ~(covered | masks[end + 1])):
            end += 1
            newer.append(masks[end])
            newer_union |= masks[end]
            covered |= masks[end]
        if end < start:
            ends.append((-1, 0))
            continue
        ends.append((end, full & ~covered))
        if not older:
            union = 0
            for mask in reversed(newer):
                union |= mask
                older.append(union)
            newer, newer_union = [], 0
        older.pop()
    return ends


def _mask(row: Row, low: int, high: int) -> int:
    """The points of [low, high) the row's segments cover, as bits."""
    mask = 0
    for segment in row:
        start, stop = max(low, int(segment.x0)), min(high, int(segment.x1) + 1)
        if start < stop:
            mask |= ((1 << (stop - start)) - 1) << (start - low)
    return mask


def _has_gap(free: int) -> bool:
    """Whether `free` holds MIN_GUTTER (6) consecutive set bits."""
    run = free & (free >> 1)  # bit i: bits i..i+1 set
    run &= run >> 2  # i..i+3
    run &= run >> 2  # i..i+5
    return run != 0


def _gaps(free: int, low: int) -> list[_Gutter]:
    bits = bin(free)[:1:-1]  # least significant first: index = point - low
    return [_Gutter(low + match.start(), low + match.end()) for match in _GAP_RE.finditer(bits)]


def _band_gutter(band: list[Row], free: int, low: int) -> _Gutter | None:
    if sum(map(len, band)) < 8:
        return None
    # The widest gap that really separates two columns (a gap before a date column does not).
    for gutter in sorted(_gaps(free, low), key=lambda gap: gap.left - gap.right):
        if _is_column_split(band, gutter):
            return gutter
    return None


def _is_column_split(rows: list[Row], gutter: _Gutter) -> bool:
    left = [s for row in rows for s in row if s.x1 <= gutter.left + 1]
    right = [s for row in rows for s in row if s.x0 >= gutter.right - 1]
    if len(left) < 3 or len(right) < 3:
        return False
    # Text flush with the right margin (dates, places, a degree under them) belongs to the
    # lines beside it: a right column starts its lines at one edge.
    if _aligned(s.x0 for s in right) < 0.4 * len(right) or _flush_right(right):
        return False
    # A column of section titles beside the text labels its rows; it is not read apart.
    sizes = sorted(sum(len(s.text) for s in side) for side in (left, right))
    if sizes[0] < 0.08 * sizes[1]:
        return False
    for side in (left, right):
        texts = [s.text for s in side]
        if sum(bool(_DATEISH_RE.search(t)) for t in texts) > 0.5 * len(texts):
            return False
    # A margin of labels and dates (Europass) has a few lines, each standing alone beside
    # its entry; a sidebar's lines follow each other.
    narrow, wide = sorted((left, right), key=lambda side: sum(len(s.text) for s in side))
    rows_ratio = len({s.baseline for s in narrow}) / len({s.baseline for s in wide})
    if rows_ratio < 0.4 and _lone_share(narrow) >= 0.6:
        return False
    # A table: nearly every left segment has a right partner on its baseline; or in its
    # row, when the left cells are labels flush against the text they name (Europass
    # cells in two sizes, top-aligned a point apart).
    enough = 0.7 * min(len(left), len(right))
    ordered = sorted(s.baseline for s in right)
    paired = 0
    for segment in left:
        index = bisect.bisect_left(ordered, segment.baseline - 1.0)
        paired += index < len(ordered) and ordered[index] < segment.baseline + 1.0
    if paired >= enough:
        return False
    in_rows = sum(
        sum(s.x1 <= gutter.left + 1 for s in row)
        for row in rows
        if any(s.x0 >= gutter.right - 1 for s in row)
    )
    return in_rows < enough or not _flush_right(left)


def _flush_right(side: list[Segment]) -> bool:
    """Whether a column's lines end at one edge rather than start at one.

    The same text twice (`City`, `2019 – 2021`) shares both edges, so it counts once.
    """
    starts = {(s.text, round(s.x0)) for s in side}
    ends = {(s.text, round(s.x1)) for s in side}
    return _aligned(x for _, x in ends) > _aligned(x for _, x in starts) + 0.2 * len(starts)


def _aligned(edges: Iterable[float]) -> int:
    """How many of the edges share their x (to the point) with another."""
    counts = Counter(round(x) for x in edges)
    return sum(count for x, count in counts.items() if count + counts[x - 1] + counts[x + 1] >= 2)


def _banner_end(band: list[Row], top: int, middle: float, on_left: bool) -> int:
    """How many of the band's first `top` rows (one column only) form a banner; 0 if none.

    The banner must hold text at least a fifth larger than anything in the other
    column, and it ends at the last clear vertical gap (over one and a half lines)
    before the columns: the rows after that gap are the top of their column.
    """
    largest = max(s.size for row in band[:top] for s in row)
    other = [s.size for row in band for s in row if ((s.x0 + s.x1) / 2 < middle) != on_left]
    if not other or largest < 1.2 * max(other):
        return 0
    # The banner's side only: the other column may start just below the banner's last row.
    below = [
        next(
            (s for row in band[end:] for s in row if ((s.x0 + s.x1) / 2 < middle) == on_left), None
        )
        for end in range(top + 1)
    ]
    for end in range(top, 0, -1):
        after = below[end]
        if after is None:
            continue
        gap = after.baseline - band[end - 1][0].baseline
        if gap >= 1.6 * after.size:
            banner = band[:end]
            return end if any(s.size >= largest for row in banner for s in row) else 0
    return 0


def _lone_share(side: list[Segment]) -> float:
    """The share of a column's lines with no other line of it within two type sizes."""
    baselines = sorted({round(s.baseline, 1) for s in side})
    size = max(1.0, sorted(s.size for s in side)[len(side) // 2])
    lone = 0
    for index, baseline in enumerate(baselines):
        above = index > 0 and baseline - baselines[index - 1] <= 2 * size
        below = index + 1 < len(baselines) and baselines[index + 1] - baseline <= 2 * size
        lone += not (above or below)
    return lone / len(baselines)


def _read_columns(band: list[Row], gutter: _Gutter, right_to_left: bool) -> list[list[Row]]:
    """The band's left column, then its right one; a banner above them first.

    The banner is the rows at the top where only one column has begun, when they
    hold text clearly larger than anything in the other column (the name over a
    main column, beside a sidebar that starts lower). Without such text those rows
    are simply the top of their column (a main column beginning above its sidebar).
    """
    middle = (gutter.left + gutter.right) / 2
    sides = [{(s.x0 + s.x1) / 2 < middle for s in row} for row in band]
    both = next((i for i, side in enumerate(sides) if len(side) == 2), len(band))
    first_left = next((i for i, side in enumerate(sides) if True in side), len(band))
    first_right = next((i for i, side in enumerate(sides) if False in side), len(band))
    top = min(max(first_left, first_right), both)
    units: list[list[Row]] = []
    cut = _banner_end(band, top, middle, True in sides[0]) if 0 < top < len(band) else 0
    if cut:
        units.append(band[:cut])
        band = band[cut:]
    left: list[Row] = []
    right: list[Row] = []
    for row in band:
        row_left = [s for s in row if (s.x0 + s.x1) / 2 < middle]
        row_right = [s for s in row if (s.x0 + s.x1) / 2 >= middle]
        if row_left:
            left.append(row_left)
        if row_right:
            right.append(row_right)
    sides = (right, left) if right_to_left else (left, right)
    return units + [side for side in sides if side]


# -- margin cells ------------------------------------------------------------------


def attach_margin_cells(rows: list[Row]) -> list[Row]:
    """Rows with each multi-line date cell of a margin column joined into its entry's line.

    The margin is what stands left of the block's text edge (the tab stop most
    rows' second segments start at); a cell is a run of margin lines one line
    pitch apart that continue each other: a line alone in its row, a range dash
    ending or starting a line, or a month before its year. Only a margin whose
    cells mostly hold digits (dates) is read this way; a label column is not.
    """
    edge = _text_edge(rows)
    if edge is None:
        return rows
    kinds = [_split_margin(row, edge) for row in rows]
    cells = _cells(rows, kinds)
    dated = sum(bool(_DIGIT_RE.search(_cell_text(kinds, cell))) for cell in cells)
    if not cells or dated * 2 < len(cells):
        return rows
    out = [list(row) for row in rows]
    drop: set[int] = set()
    for cell in cells:
        anchor = next((i for i in cell if kinds[i][1]), None)
        if anchor is None or len(cell) == 1:
            continue
        words = [word for i in cell for segment in kinds[i][0] for word in segment.words]
        out[anchor] = [make_segment(words), *kinds[anchor][1]]
        for i in cell:
            if i != anchor:
                out[i] = list(kinds[i][1])
                if not out[i]:
                    drop.add(i)
    return [row for i, row in enumerate(out) if i not in drop]


def _text_edge(rows: list[Row]) -> float | None:
    """The x where a block's text starts beside a narrow margin column, if it has one."""
    inner = Counter(round(row[1].x0) for row in rows if len(row) > 1)
    if not inner:
        return None
    x, count = inner.most_common(1)[0]
    starts = sum(1 for row in rows if abs(row[0].x0 - x) <= 1.5)
    if count < 3 or starts < 2:
        return None
    block_left = min(row[0].x0 for row in rows)
    block_right = max(row[-1].x1 for row in rows)
    if x - block_left > MARGIN_SHARE * (block_right - block_left):
        return None
    return x - 1.5


def _split_margin(row: Row, edge: float) -> tuple[Row, Row]:
    """(margin segments, text segments) of a row; nothing when a segment straddles the edge."""
    margin = [s for s in row if s.x1 <= edge]
    text = [s for s in row if s.x0 >= edge]
    if len(margin) + len(text) != len(row):
        return [], []
    return margin, text


def _cells(rows: list[Row], kinds: list[tuple[Row, Row]]) -> list[list[int]]:
    cells: list[list[int]] = []
    cell: list[int] = []
    for index, (margin, _) in enumerate(kinds):
        if not margin:
            cell = []
            continue
        if cell and _continues(rows, kinds, cell, index):
            cell.append(index)
        else:
            cell = [index]
            cells.append(cell)
    return cells


def _continues(rows: list[Row], kinds: list[tuple[Row, Row]], cell: list[int], index: int) -> bool:
    last = cell[-1]
    if last != index - 1:
        return False
    size = max(rows[last][0].size, rows[index][0].size, 1.0)
    if rows[index][0].baseline - rows[last][0].baseline > CELL_PITCH * size:
        return False
    if size > CELL_SIZES * max(min(rows[last][0].size, rows[index][0].size), 1.0):
        return False  # a section title over the margin, in larger type: no line of a date cell
    margin, text = kinds[index]
    if not text:
        return True  # a margin line alone in its row
    anchored = any(kinds[i][1] for i in cell)
    if not anchored:
        return True  # the cell began above its entry's first line
    above = " ".join(s.text for s in kinds[last][0]).rstrip()
    here = " ".join(s.text for s in margin).lstrip()
    if above.endswith(_RANGE_DASH) or here.startswith(_RANGE_DASH):
        return True
    return not _DIGIT_RE.search(_cell_text(kinds, cell)) and bool(_DIGIT_RE.search(here))


def _cell_text(kinds: list[tuple[Row, Row]], cell: list[int]) -> str:
    return " ".join(s.text for i in cell for s in kinds[i][0])
