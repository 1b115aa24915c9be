"""A header block that holds several entries, cut into one entry each.

Roles or degrees listed without bullets arrive as one block of header lines: each entry
starts at a line in the block's leading style (a bold school or company name), at the
dates over its leading line, or at each of several date ranges.
"""

from __future__ import annotations

import itertools

from reslint.lexicon.pieces import LABEL_RE, is_bracketed, is_graduation_note, is_location
from reslint.model import Line
from reslint.structure.entry_lines import OPEN_END, Entry, Item, dated_first


def _style(line: Line) -> tuple[bool, float]:
    return line.bold, round(line.font_size or 0.0, 1)


def split_block(entry: Entry, studies: bool = False) -> list[Entry]:
    """A header block may hold several entries (roles or degrees without bullets).

    Each entry starts with a line in the style of the block's first line when
    that style stands out (a bold school or company name), and a block with
    several date ranges holds one entry per range.
    """
    dated = [item for item in entry.header if item.dates is not None]
    if len(dated) > 1 and dated_first(entry.header[0]) and all(map(dated_first, dated)):
        # A date column (`10.2010 – 01.2011 Sales Promoter` over `ACME TELECOM`): each
        # entry opens with its date line, whatever the styles of the lines under it.
        return _split_dated(entry)
    # Entries that open with their dates alone on a line (`Mar 2019 – Present` over the
    # bold employer and the title): the style that leads is the line's after the dates,
    # and each entry starts at the dates over its leading line.
    lead = _dates_lead(entry.header)
    first = _style(entry.header[lead].line)
    if any(_style(item.line) != first for item in entry.header[lead:]):
        # A line in brackets (`(Earthwork & Roads)`) qualifies the one above, a place
        # (`Hanoi, Vietnam` under the school's name) says where it is, and a labelled field
        # (`Position: Notary's clerk` under the employer and the dates) fills one of the
        # entry it is in: they open no entry.
        starts = [0] + [
            i - 1 if lead and _lone_dates(entry.header[i - 1]) else i
            for i, item in enumerate(entry.header)
            if i > lead
            and _style(item.line) == first
            and not is_bracketed(item.rest)
            and not is_location(item.rest.strip())
            and not LABEL_RE.match(item.rest.strip())
        ]
        starts = _without_wraps(entry.header, starts, first)
        if studies:
            starts = _after_other_lines(entry.header, starts, first)
        if len(starts) > 1:
            parts = [
                Entry(entry.header[start:end])
                for start, end in zip(starts, [*starts[1:], len(entry.header)], strict=True)
            ]
            parts = _lone_dates_joined(parts) if studies else parts
            parts[-1].body = entry.body
            return [piece for part in parts for piece in _split_dated(part)]
    return _split_dated(entry)


def _lone_dates(item: Item) -> bool:
    return item.dates is not None and not item.rest.strip()


def _dates_lead(header: list[Item]) -> int:
    """Where a header block's first line after its leading lines of dates alone is (0 when
    it opens with anything else)."""
    lead = 0
    while lead + 1 < len(header) and _lone_dates(header[lead]):
        lead += 1
    return lead


_OPEN_SEPARATOR = (*OPEN_END, "|")


def _after_other_lines(
    header: list[Item], starts: list[int], first: tuple[bool, float]
) -> list[int]:
    """An entry opens with its line in the leading style after lines in another style (the
    bold school over the regular degree): a leading-style line right under an undated one
    goes on with that entry (`Master of Arts` over `Acme University`, both in the regular
    weight, then an italic honour), and so does a line under one left open by a separator
    (`Acme Lyceum |` over `Mathematics | secondary`)."""
    kept = [starts[0]]
    for start in starts[1:]:
        above = header[start - 1]
        printed = (above.parts or [above.line])[-1].text.rstrip()
        leading = _style(above.line) == first and above.dates is None
        if leading or printed.endswith(_OPEN_SEPARATOR):
            continue
        kept.append(start)
    return kept


def _lone_dates_joined(parts: list[Entry]) -> list[Entry]:
    """A part that is a line of dates alone, after a part with no dates (`(2020 - 2025)`
    under the degree, the school and an honour): the dates of the part above."""
    joined: list[Entry] = [parts[0]]
    for part in parts[1:]:
        lone = len(part.header) == 1 and part.dates is not None and not part.header[0].rest.strip()
        if lone and joined[-1].dates is None:
            joined[-1].header.extend(part.header)
            continue
        joined.append(part)
    return joined


def _without_wraps(header: list[Item], starts: list[int], first: tuple[bool, float]) -> list[int]:
    """A line in the leading style right under another one, opening a part without a date
    after a dated one, goes on with the line above (a bold degree wrapped over two lines:
    `MSc Data Intensive   2021` / `Astrophysics`); it starts no entry."""
    ends = [*starts[1:], len(header)]
    kept = [starts[0]]
    for start, end in zip(starts[1:], ends[1:], strict=True):
        above = header[start - 1]
        # A line of dates alone (`2015 – 2019` under the school) wraps no name.
        wrapped = _style(above.line) == first and above.dates is not None and above.rest.strip()
        if wrapped and all(item.dates is None for item in header[start:end]):
            continue
        kept.append(start)
    return kept


def _split_dated(entry: Entry) -> list[Entry]:
    """A header block with several date ranges holds one entry per range."""
    anchors: list[int] = []
    for index, item in enumerate(entry.header):
        if item.dates is None:
            continue
        above = entry.header[anchors[-1]].dates if anchors else None
        if above is not None and above.end is not None and is_graduation_note(item.line.text):
            # `Expected Graduation: May 2029` under `Aug 2025 – Present`: the same studies.
            continue
        anchors.append(index)
    if len(anchors) < 2:
        return [entry]
    if entry.header[0].dates is None and entry.header[-1].dates is not None:
        # Each entry ends with its date line: a new one starts after each.
        starts = [0] + [anchor + 1 for anchor in anchors[:-1]]
        parts = [
            Entry(entry.header[start:end])
            for start, end in zip(starts, [*starts[1:], len(entry.header)], strict=True)
        ]
        parts[-1].body = entry.body
        return parts
    # Entries repeat one layout: as many lines before each date as before the first.
    offset = anchors[0]
    starts = [0] + [
        max(previous + 1, anchor - offset) for previous, anchor in itertools.pairwise(anchors)
    ]
    parts: list[Entry] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(entry.header)
        parts.append(Entry(entry.header[start:end]))
    parts[-1].body = entry.body
    return parts
