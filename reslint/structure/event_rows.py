"""Rows that date an event, as Japanese, Korean and Chinese resumes list their history
(履歴書): `2011年4月 北都高等学校 入学` (entered) over `2014年3月 北都高等学校 卒業`
(graduated), `2013年4月 株式会社… 入社` (joined) over `… 退社` (left).

Each row holds one date, a name and the event; the row that starts something and the row
under it that ends the same thing are one entry, from the first date to the second. The
one pass serves work and studies alike, before entries are split. The event words are data
(entry_words.toml: start_events, end_events).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reslint.lexicon.dates import PRESENT_PATTERN, find_dates
from reslint.lexicon.entry_words import END_EVENTS, START_EVENTS
from reslint.model import Line

_STRIP = " \t:：・,、"
# What may close a row after its event word (`… 卒業。`).
_CLOSING = " 　.。"
_PRESENT_RE = re.compile(PRESENT_PATTERN, re.IGNORECASE)
# A table of years and months (`2012 | 4 | 北山大学 入学`): the month is the cell after the
# year, printed apart from it.
_MONTH_CELL_RE = re.compile(r"^(1[0-2]|0?[1-9])\s{2,}")


@dataclass(frozen=True, slots=True)
class _Event:
    date: str
    name: str
    starts: bool


def _event(line: Line) -> _Event | None:
    """The row's date, name and whether its event starts or ends something."""
    text = line.text.strip()
    matches = find_dates(text)
    if len(matches) != 1 or matches[0].range.end is not None:
        return None
    match = matches[0]
    date = text[match.start : match.end]
    after = text[match.end :].lstrip()
    start = match.range.start
    month = _MONTH_CELL_RE.match(after) if match.start == 0 else None
    if month is not None and start is not None and start.month is None:
        date = f"{start.year}.{int(month[1]):02d}"
        after = after[month.end() :]
    rest = (text[: match.start] + " " + after).rstrip(_CLOSING).strip(_STRIP)
    for words, starts in ((START_EVENTS, True), (END_EVENTS, False)):
        word = next((word for word in words if rest.endswith(word)), None)
        if word is not None:
            name = rest[: -len(word)].strip(_STRIP)
            return _Event(date, name, starts)
    return None


def _squeezed(text: str) -> str:
    return "".join(text.split())


def fold_event_rows(lines: list[Line]) -> list[Line]:
    """Each row starting something folded with the row under it that ends it (the same
    name, or none: `2018年3月 退社`) into one row dated from the one to the other, or to
    the present where the row under it says so alone (`現在に至る`)."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        first = _event(line)
        second = _event(lines[index + 1]) if first and index + 1 < len(lines) else None
        if (
            first is not None
            and second is not None
            and first.starts
            and not second.starts
            and first.name
            and (not second.name or _squeezed(second.name) == _squeezed(first.name))
        ):
            out.append(replace(line, text=f"{first.date} ～ {second.date} {first.name}"))
            index += 2
            continue
        if first is not None and first.starts and first.name and index + 1 < len(lines):
            following = lines[index + 1].text.strip(_STRIP + "。")
            if _PRESENT_RE.fullmatch(following):
                # `現在に至る` (to this day) on the row under the last one started.
                out.append(replace(line, text=f"{first.date} ～ {following} {first.name}"))
                index += 2
                continue
        out.append(line)
        index += 1
    return out
