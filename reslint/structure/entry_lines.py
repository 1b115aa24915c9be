"""The lines of an entry as items, and how one line runs on into the next.

It owns what a line of an entry section is (`Item`: bullet, prose, link or header line;
`Entry`: a header block and its body) and the ways lines go on with each other, for
structure.entries: a date range broken over two lines, a date printed at the right of a
bullet, a bullet's wrapped lines, a header line that wrapped, and a date column's title
line hanging under the text beside the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reslint.lexicon.dates import (
    DASHES,
    MONTHS,
    UNTIL_PATTERN,
    DateMatch,
    find_dates,
    month_key,
    parse_date,
)
from reslint.lexicon.entry_words import LINE_JOINS
from reslint.lexicon.pieces import (
    BRACKET_LABEL_RE,
    DATE_PREFIX_RE,
    LABEL_RE,
    Dated,
    cut_dates,
    is_duration,
)
from reslint.model import DateRange, Line

MAX_ROLE_LINE_WORDS = 6
# Any dash or tilde Unicode has (`2016年04月~`, `2019.03 ～`), the date's own or spaced.
_DANGLING_RANGE_RE = re.compile(rf"\s*[{re.escape(DASHES)}](?:\s|$)")
# The range's end on the next line, led by the dash it touches (`2017年12月` over
# `~2018年02月`); a spaced dash there is a typed bullet (`- 2016 award`).
_LEADING_DASH_RE = re.compile(rf"^\s*[{re.escape(DASHES)}](?=\S)")
# Or led by an `until` word, a label's colon after it (`From: 01/2019` over `To: 03/2021`,
# `von 10/2018` over `bis 09/2020`).
_LEADING_UNTIL_RE = re.compile(rf"^\s*(?:{UNTIL_PATTERN})\s*:?\s*", re.IGNORECASE)
_CELL_END_RE = re.compile(r"(?:\s{3,}|\s*$)")
PROSE_END = (".", ";", ":", "!", "?")

BULLET, PROSE, LINK, HEADER = "bullet", "prose", "link", "header"


@dataclass(slots=True)
class Item:
    line: Line
    kind: str
    dates: DateRange | None = None
    side_dates: DateRange | None = None
    rest: str = ""
    parts: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(part.text for part in self.parts) if self.parts else self.line.text


@dataclass(slots=True)
class Entry:
    header: list[Item]
    body: list[Item] = field(default_factory=list)

    @property
    def dates(self) -> DateRange | None:
        for item in self.header:
            if item.dates is not None:
                return item.dates
        for item in self.body:
            if item.side_dates is not None:
                return item.side_dates
        return None

    @property
    def line(self) -> Line | None:
        return self.header[0].line if self.header else None


def join_dangling_ranges(lines: tuple[Line, ...]) -> list[Line]:
    """`June 2020 –` at a line end with `Present …` starting the next: one range, one line."""
    out = _fold_lone_dashes(list(lines))
    for index in range(len(out) - 1):
        line, following = out[index], out[index + 1]
        matches = find_dates(line.text)
        if not matches or matches[0].range.end is not None:
            continue
        after = line.text[matches[0].end :]
        cell = _end_in_the_cell_below(line.text, matches[0].start, after, following.text)
        if cell is not None:
            # A right-hand date cell that wrapped: `Acme   Jun 2016 –` over `Engineer   Dec 2018`.
            end, rest = cell
            out[index] = replace(line, text=line.text[: matches[0].end] + " – " + end)
            out[index + 1] = replace(following, text=rest)
            continue
        stacked = _stacked_end(out, index, matches[0])
        if stacked is not None:
            # A date cell printing its range's start over its end, with no dash between.
            end, rest = stacked
            out[index] = replace(line, text=line.text[: matches[0].end] + " – " + end + after)
            out[index + 1] = replace(following, text=rest)
            continue
        dangling = bool(_DANGLING_RANGE_RE.match(after))
        leading = _LEADING_DASH_RE.match(following.text)
        opens = matches[0].start == 0
        if not leading and _opens_its_line(line.text, matches[0]):
            leading = _LEADING_UNTIL_RE.match(following.text)
            opens = leading is not None
        if not dangling:
            if not (leading and opens):
                continue
            following = replace(following, text=following.text[leading.end() :])
            if not _ends_a_range(following.text):
                continue
        own = find_dates(following.text)
        if own and own[0].range.end is not None and own[0].start == 0:
            continue  # the next line starts a range of its own: "2017 – 2019: Teacher"
        below = _end_a_cell_below(out, index) if dangling else None
        if below is not None:
            # A date cell beside the entry's text: `01.07.2014-`, the company, `17.07.2015`.
            head = line.text[: matches[0].end] + " – " + out[below].text.strip()
            out[index] = replace(line, text=head + " " + after.lstrip(" " + DASHES))
            out[below] = replace(out[below], text="")
            continue
        first = following.text.split(maxsplit=2)
        # `Jun 2016 – Sep` over `2016`: the end's month stays on the first line, its year
        # goes on the next; the two are one date.
        month, tail = _lone_month(after) if dangling else ("", after)
        tries = [(f"{month} ", tail)] if month else []
        tries.append(("", after))
        for (lead, rest), width in ((each, width) for each in tries for width in (2, 1)):
            candidate = lead + " ".join(first[:width])
            if len(first) >= width and parse_date(candidate) is not None:
                head = line.text[: matches[0].end] + " – " + candidate
                out[index] = replace(line, text=head + " " + rest.lstrip(" " + DASHES))
                out[index + 1] = replace(following, text=" ".join(first[width:]))
                break
    return [line for line in out if line.text.strip()]


_WIDE_GAP_RE = re.compile(r"\s{3,}")


def _end_in_the_cell_below(
    text: str, start: int, after: str, following: str
) -> tuple[str, str] | None:
    """The end of a date range that stands in a line's last cell and wrapped in that cell,
    printed in the next line's last cell, with the rest of that line; or None.

    The range opens its line's last cell and breaks after its dash (`Jun 2016 –` over
    `Dec 2018` or `Present`), after its end's month (`Jun 2016 – Dec` over `2018`) or
    before its dash (`Jun 2016` over `– Dec 2018`).
    """
    if not text[:start].endswith("   ") or _WIDE_GAP_RE.search(after):
        return None
    cells = _WIDE_GAP_RE.split(following.strip())
    if len(cells) < 2:
        return None
    last, rest = cells[-1], "   ".join(cells[:-1])
    tail = after.strip()
    if not tail:
        opened = _LEADING_DASH_RE.match(last) or re.match(rf"[{re.escape(DASHES)}]\s+", last)
        if opened is None:
            return None
        last = last[opened.end() :].strip()
    elif tail.strip(DASHES):
        month, remainder = _lone_month(after)
        if not month or remainder:
            return None
        last = f"{month} {last}"
    elif not _DANGLING_RANGE_RE.match(after):
        return None
    return (last, rest) if parse_date(last) is not None else None


def _fold_lone_dashes(lines: list[Line]) -> list[Line]:
    """A dash on a line of its own between a date and the date or `present` word under it
    (a date cell of three lines: `Jan 2019`, `–`, `Present`) goes on the first date's line."""
    out = list(lines)
    folded: set[int] = set()
    for index in range(1, len(out) - 1):
        if out[index].text.strip(" " + DASHES) or not out[index].text.strip():
            continue
        above, below = out[index - 1].text.rstrip(), out[index + 1].text
        dates = find_dates(above)
        if not dates or dates[-1].range.end is not None or dates[-1].end != len(above):
            continue
        if _ends_a_range(below):
            out[index - 1] = replace(out[index - 1], text=above + " –")
            folded.add(index)
    return [line for index, line in enumerate(out) if index not in folded]


def _opens_its_line(text: str, match: DateMatch) -> bool:
    """Whether a date opens its line, alone in its cell or led only by a label (`From:`)."""
    before = text[: match.start]
    return (not before.strip() or bool(DATE_PREFIX_RE.fullmatch(before.lstrip()))) and bool(
        _CELL_END_RE.match(text, match.end)
    )


def _single_opening(line: Line) -> DateMatch | None:
    """The date with a month that opens `line` alone in its cell, or None."""
    matches = find_dates(line.text)
    if not matches or matches[0].range.end is not None or matches[0].start != 0:
        return None
    opening = matches[0]
    if opening.range.start is None or opening.range.start.month is None:
        return None
    return opening if _CELL_END_RE.match(line.text, opening.end) else None


def _stacked_end(lines: list[Line], index: int, first: DateMatch) -> tuple[str, str] | None:
    """The end of a range printed as two dates stacked in a cell with nothing between
    (`01/2019` over `03/2021`), with the rest of the end's line; or None.

    Both open their lines, carry a month and are written alike, the second later; a run of
    three such dates, or one with such a date above it, is a list of dates, not a range.
    """
    start = _single_opening(lines[index])
    if start is None or start.start != first.start:
        return None
    end = _single_opening(lines[index + 1])
    if end is None:
        return None
    opened, closed = start.range.start, end.range.start
    if opened is None or closed is None or opened.style != closed.style:
        return None
    if (opened.year or 0, opened.month or 0) >= (closed.year or 0, closed.month or 0):
        return None
    neighbours = [lines[i] for i in (index - 1, index + 2) if 0 <= i < len(lines)]
    if any(_single_opening(line) is not None for line in neighbours):
        return None
    following = lines[index + 1].text
    return following[: end.end], following[end.end :].strip()


def _lone_month(after: str) -> tuple[str, str]:
    """The month name a dangling range's dash is followed by (`– Sep`, `– February`), with
    no year of its own, and the text after it; or no month and `after` as it was."""
    words = after.lstrip(" " + DASHES).split(maxsplit=1)
    if not words or month_key(words[0].rstrip(".")) not in MONTHS:
        return "", after
    return words[0], words[1] if len(words) > 1 else ""


def _ends_a_range(text: str) -> bool:
    """Whether `text` starts with a date or a `present` word on its own."""
    first = text.split(maxsplit=2)
    return any(parse_date(" ".join(first[:width])) is not None for width in (2, 1) if first)


def _end_a_cell_below(lines: list[Line], index: int) -> int | None:
    """Where a dangling range's end stands two lines down, in the range's own type, with a
    line of other type between (a table's date cell read beside the entry's first line)."""
    if index + 2 >= len(lines):
        return None
    line, between, end = lines[index], lines[index + 1], lines[index + 2]
    same = (end.font_size, end.bold) == (line.font_size, line.bold)
    other = (between.font_size, between.bold) != (line.font_size, line.bold)
    if not (same and other) or find_dates(between.text):
        return None
    text = end.text.strip()
    return index + 2 if text and parse_date(text) is not None else None


def detach_side_date(item: Item) -> None:
    """A date range or duration in a line's last wide-gap segment belongs to the entry."""
    segments = re.split(r"\s{3,}", item.line.text)
    changed = False
    while len(segments) > 1:
        last = segments[-1].strip()
        matches = find_dates(last)
        if is_duration(last):
            segments.pop()
            changed = True
        elif matches and matches[0].start == 0 and matches[0].end >= len(last) - 1:
            if item.side_dates is None:
                item.side_dates = replace(matches[0].range, line=item.line)
            segments.pop()
            changed = True
        else:
            break
    if changed:
        item.line = replace(item.line, text="   ".join(segments).strip())


def is_continuation(line: Line, previous: Item | None) -> bool:
    """A non-bullet line under a bullet, at the bullet's text indent and in its style,
    wraps that bullet."""
    if previous is None or previous.kind != BULLET or cut_dates(line).dates is not None:
        return False
    last = previous.parts[-1] if previous.parts else previous.line
    start = previous.line
    if line.box is None or last.box is None or start.box is None or not start.bullet:
        # Without positions (or after a glyph the reader kept), only a lower-case start tells.
        return line.text[:1].islower()
    # A bullet led by bold words (`• Awarded Best` over `Bachelor Degree in …`) wraps in the
    # regular weight: a bullet whose line ends mid-sentence goes on whatever the weight.
    open_end = not last.text.rstrip().endswith(PROSE_END)
    same_style = (line.bold == start.bold or open_end) and abs(
        (line.font_size or 0) - (start.font_size or 0)
    ) < 0.5
    same_indent = abs(line.box.x0 - start.box.x0) <= 3
    close = 0 <= line.box.top - last.box.bottom <= max(line.box.bottom - line.box.top, 4)
    return same_style and same_indent and close


OPEN_END = (",", "&", "+", "/", "-", "–", "—")
_MAX_LOWER_CONTINUATION_WORDS = 2


def continues_header(line: Line, previous: Item) -> bool:
    """A header line that wrapped: the next line, in the same style and without a date,
    goes on with it when the first ends open (a comma, `&`, a word such as `of` or `van`,
    a bracket left open),
    when it starts in lower case (`with French`, a word broken at a hyphen), or, in a date
    column, when it hangs under the text beside the date."""
    if previous.kind != HEADER or cut_dates(line).dates is not None:
        return False
    last = previous.parts[-1] if previous.parts else previous.line
    if not same_font(line, last) or line.page != last.page:
        return False
    if line.box and last.box:
        # The next line, not one further down; tight leading lets boxes overlap a little.
        height = max(line.box.bottom - line.box.top, 4)
        if not -height / 2 <= line.box.top - last.box.bottom <= height:
            return False
    before, text = _printed_end(previous, last), line.text.strip()
    words = before.split()
    if not words or before.endswith(PROSE_END):
        return False
    if _wraps_bracketed_detail(cut_dates(last).rest.strip(), text):
        return True
    if before.endswith(OPEN_END) or words[-1].lower() in LINE_JOINS:
        return True
    if before.count("(") > before.count(")"):
        return True  # `Developer (Data` over `Office)`
    if text[:1].islower() and (
        len(text.split()) <= _MAX_LOWER_CONTINUATION_WORDS or text.split()[0] in LINE_JOINS
    ):
        return True
    # Only a line led by the date's digits: a month name first (`Jun 2016 - Dec 2018   Acme`)
    # is a theme whose lines under the header are its title and place, not a wrap.
    opens_with_date = previous.dates is not None and previous.line.text.lstrip()[:1].isdigit()
    hangs = line.box is not None and last.box is not None and line.box.x0 > last.box.x0 + 10
    return opens_with_date and hangs


def dated_first(item: Item) -> bool:
    """A header line that opens with its date, in a date column: `12/2014 – 3/2015   Acme`,
    `since 6/2015   Acme` (the date in the line's first segment, a word before it or not)."""
    if item.dates is None:
        return False
    text = item.line.text.strip()
    if text[:1].isdigit():
        return True
    segments = re.split(r"\s{3,}", text)
    return len(segments) > 1 and bool(item.dates.raw) and item.dates.raw in segments[0]


def hangs_as_title(line: Line, previous: Item | None) -> bool:
    """A short line right under a date column's header line, starting where the text beside
    the date starts, names the entry's title even in lower case (`freiberufliche
    Tätigkeit`): a date column's body comes under its own header lines."""
    if previous is None or previous.kind != HEADER or not dated_first(previous):
        return False
    last = previous.parts[-1] if previous.parts else previous.line
    if line.box is None or last.box is None or line.page != last.page:
        return False
    text = line.text.strip()
    short = len(text.split()) <= MAX_ROLE_LINE_WORDS and not text.endswith(PROSE_END)
    height = max(line.box.bottom - line.box.top, 4)
    close = -height / 2 <= line.box.top - last.box.bottom <= height
    return short and close and line.box.x0 > last.box.x0 + 10 and cut_dates(line).dates is None


# Lines this far right of the entries' dated lines stand indented; a column of them this
# many lines long, mostly this many words a line, is a body of bullets drawn as shapes.
_INDENT = 8.0
_SAME_EDGE = 3.0
_MIN_BODY_LINES = 3
_BODY_LINE_WORDS = 6


def indented_body_edge(lines: tuple[Line, ...]) -> float | None:
    """The left edge of a section's body when its bullets carry no glyph (vector dots,
    icons drawn as images) and only the indent tells them: a column of long plain lines
    right of the edge the entries' dated lines start at, holding no date and no bold line.
    A date column (`2019 – 2021   Acme` over an indented title) is not one: its indented
    lines name the entries."""
    boxed = [line for line in lines if line.box is not None and not line.bullet]
    dated = [line for line in boxed if cut_dates(line).dates is not None]
    if not dated or any(_date_then_text(line) for line in dated):
        return None
    edge = min(line.box.x0 for line in dated if line.box is not None)
    columns: dict[float, list[Line]] = {}
    for line in boxed:
        assert line.box is not None
        if line.box.x0 < edge + _INDENT:
            continue
        key = next((x for x in columns if abs(x - line.box.x0) <= _SAME_EDGE), line.box.x0)
        columns.setdefault(key, []).append(line)
    if not columns:
        return None
    x, column = max(columns.items(), key=lambda item: len(item[1]))
    long_lines = sum(len(line.text.split()) >= _BODY_LINE_WORDS for line in column)
    if len(column) < _MIN_BODY_LINES or 2 * long_lines < len(column):
        return None
    if any(line.bold or cut_dates(line).dates is not None for line in column):
        return None
    return x


_MIN_COLUMN_ENTRIES = 2
_TEXT_COLUMN_GAP = 30.0


def date_column_edges(lines: tuple[Line, ...]) -> dict[int, float]:
    """Per page, the left edge of a date column (`Nov 2020 - Aug 2022   Acme, Springfield`
    over the title, the text column right of the dates), where two lines or more on the
    page open with their dates there."""
    edges: dict[int, list[float]] = {}
    for line in lines:
        if line.box is not None and _date_then_text(line):
            edges.setdefault(line.page, []).append(line.box.x0)
    return {page: min(xs) for page, xs in edges.items() if len(xs) >= _MIN_COLUMN_ENTRIES}


def dated_in_text_column(line: Line, dated: Dated, edges: dict[int, float]) -> bool:
    """`Optimisation, Nov 2020 - Aug 2022.` in the text column of a date column, its dates
    at its end: a project within the entry above, not an entry (those open the date column)."""
    if dated.dates is None or not dated.dates.raw or not in_text_column(line, edges):
        return False
    return not line.text.strip().startswith(dated.dates.raw)


def in_text_column(line: Line, edges: dict[int, float]) -> bool:
    edge = edges.get(line.page)
    return edge is not None and line.box is not None and line.box.x0 > edge + _TEXT_COLUMN_GAP


def _date_then_text(line: Line) -> bool:
    dates = cut_dates(line)
    text = line.text.strip()
    return bool(dates.dates and dates.dates.raw and text.startswith(dates.dates.raw)) and bool(
        dates.rest.strip(" -–—|,.")
    )


def at_body_edge(line: Line, edge: float | None) -> bool:
    return (
        edge is not None
        and line.box is not None
        and abs(line.box.x0 - edge) <= _SAME_EDGE
        and not line.bold
        and cut_dates(line).dates is None
    )


def _printed_end(item: Item, last: Line) -> str:
    """The text a header line ends with as printed, its date left out (`Acme, Dept,` of
    `Acme, Dept,   12/2008 - 10/2010`)."""
    text = last.text
    if item.dates is not None and last is item.line and item.dates.raw:
        before, _, after = text.partition(item.dates.raw)
        # The dash or bar that led to the date went with it: "Acme Bank - July 2023".
        text = before.rstrip(" -–—|·•") + " " + after
    return re.sub(r"\s{2,}", " ", text).strip()


def same_font(line: Line, other: Line) -> bool:
    size, other_size = line.font_size or 0.0, other.font_size or 0.0
    return (line.bold, line.font_name) == (other.bold, other.font_name) and abs(
        size - other_size
    ) < 0.5


def _wraps_bracketed_detail(before: str, text: str) -> bool:
    """`【チーム体制】 ディレクター1名 iOSプログラマ3名` over `PHPプログラマ3名`: Chinese and
    Japanese wrap a line at any character, so the line under a detail set under a bracketed
    label goes on with it until the next label."""
    labelled = BRACKET_LABEL_RE.match(before) and not LABEL_RE.match(before)
    return bool(labelled) and not BRACKET_LABEL_RE.match(text)


def join_header(item: Item, line: Line) -> None:
    text = line.text.strip()
    last = item.parts[-1] if item.parts else item.line
    end = _printed_end(item, last)
    rest = item.rest.rstrip()
    if end[-1:] in OPEN_END and not rest.endswith(end[-1]):
        rest += end[-1]  # the comma the date cut off: "Stad Gent, Kabinet,   12/2008"
    if re.search(r"[^\W\d_]-$", rest) and text[:1].islower():
        item.rest = rest[:-1] + text  # "Forest Man-" + "agement"
    else:
        item.rest = f"{rest} {text}"
    item.parts = (item.parts or [item.line]) + [line]
