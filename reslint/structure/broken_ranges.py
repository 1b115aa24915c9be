"""A date range an entry prints over two lines, joined back into one line.

For structure.entries, before its lines become items: the range's end on the next line
(`Jun 2016 –` over `Dec 2018`, `2017年12月` over `~2018年02月`, `From: 01/2019` over
`To: 03/2021`), in the last cell of a right-aligned column that wrapped (`Acme   Jun 2016 –`
over `Engineer   Dec 2018`), a start stacked over its end with nothing between, a dash on
a line of its own between two dates, an end whose year went to the next line, and a
bulleted entry whose range went with the end of its text to the line it wrapped onto.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reslint.lexicon.dates import (
    DASHES,
    MONTHS,
    UNTIL_PATTERN,
    DateMatch,
    find_dates,
    month_key,
    parse_date,
)
from reslint.lexicon.pieces import DATE_PREFIX_RE, ICON_GLYPH
from reslint.model import DateValue, Line
from reslint.structure.event_rows import fold_event_rows

# Any dash or tilde Unicode has (`2016年04月~`, `2019.03 ～`), the date's own or spaced.
_DANGLING_RANGE_RE = re.compile(rf"\s*[{re.escape(DASHES)}](?:\s|$)")
# The range's end on the next line, led by the dash it touches (`2017年12月` over
# `~2018年02月`); a spaced dash there is a typed bullet (`- 2016 award`).
_LEADING_DASH_RE = re.compile(rf"^\s*[{re.escape(DASHES)}](?=\S)")
# Or led by an `until` word, a label's colon after it (`From: 01/2019` over `To: 03/2021`,
# `von 10/2018` over `bis 09/2020`).
_LEADING_UNTIL_RE = re.compile(rf"^\s*(?:{UNTIL_PATTERN})\s*:?\s*", re.IGNORECASE)
_CELL_END_RE = re.compile(r"(?:\s{3,}|\s*$)")


def join_dangling_ranges(lines: tuple[Line, ...]) -> list[Line]:
    """`June 2020 –` at a line end with `Present …` starting the next: one range, one line."""
    # Japanese and Korean history rows: an entry's start and end each on a row of its own.
    out = _join_dated_wraps(fold_event_rows(_fold_lone_dashes(list(lines))))
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
            if len(first) >= width and _later(parse_date(candidate), matches[0]):
                head = line.text[: matches[0].end] + " – " + candidate
                out[index] = replace(line, text=head + " " + rest.lstrip(" " + DASHES))
                out[index + 1] = replace(following, text=" ".join(first[width:]))
                break
    return [line for line in out if line.text.strip()]


_WIDE_GAP_RE = re.compile(r"\s{3,}")
_ICON_BULLET_RE = re.compile(rf"^(?:{ICON_GLYPH})\s")
_MAX_WRAP_WORDS = 8


def _join_dated_wraps(lines: list[Line]) -> list[Line]:
    """`• Research Fellow – Acme Institute, Joint Centre,` over `Italy (May 2013 – May
    2014)`: a bullet that heads an entry, ended open and without a date, wrapped with its
    range onto the next line, set under its text. One line, so that the bullet opens the
    entry its range dates (entries open at a bullet led or closed by its range)."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and _wraps_with_range(previous, line):
            out[-1] = replace(previous, text=f"{previous.text.rstrip()} {line.text.strip()}")
            continue
        out.append(line)
    return out


def _wraps_with_range(line: Line, following: Line) -> bool:
    if not (line.bullet or _ICON_BULLET_RE.match(line.text)) or following.bullet:
        return False
    if not line.text.rstrip().endswith(",") or find_dates(line.text):
        return False
    text = following.text.strip()
    matches = find_dates(text)
    if len(text.split()) > _MAX_WRAP_WORDS or not matches or matches[-1].range.end is None:
        return False
    if text[matches[-1].end :].strip(" ).;"):
        return False  # the range closes the wrap, as it closes a bullet that heads an entry
    if line.box is None or following.box is None or line.page != following.page:
        return False
    height = max(following.box.bottom - following.box.top, 4)
    under = following.box.x0 >= line.box.x0 - 1
    return under and -height / 2 <= following.box.top - line.box.bottom <= height


def _later(end: DateValue | None, start: DateMatch) -> bool:
    """A date that can end the range `start` opens: none before it (`2019 – BSc, Acme`
    over `2015 – Diploma, Westfield` are two entries led by their years, not a range)."""
    opened = start.range.start
    if end is None or opened is None or end.present or opened.year is None or end.year is None:
        return end is not None
    return (end.year, end.month or 12) >= (opened.year, opened.month or 1)


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
