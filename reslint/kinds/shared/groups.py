"""Groups of entries inside a section, opened by a sub-heading ("Open Source", "Freelance").

A section often gathers its entries under sub-headings of its own: "Other Work" holds an
open-source group and a freelance group, "Experience" holds "Industry" and "Academia".
Each group keeps its own order; two entries under different sub-headings are not one
chronology. A sub-heading is told from the body by the page itself:

- a short line with no date and no bullet, printed larger than every line of the group
  it opens (the entries' own header lines included);
- its style (size, weight, capitals) is shared by the other sub-headings of the section
  (they come as a set: a lone one must be a known section title), and every one of them
  opens at least one dated entry;
- and it names a kind of work rather than an employer: the section-title vocabulary names
  it, or its group holds an entry of another organisation. A company printed larger than
  its roles ("Acme Corp" over two titles at Acme) opens a group of one employer, whose
  roles belong to the section's one chronology.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable

from reslint.lexicon.contact import is_contact_line
from reslint.lexicon.dates import find_dates
from reslint.lexicon.headings import known_title, normalise
from reslint.model import Document, Line, Position, Section

_MAX_WORDS = 5
# An entry's header joins its parts ("Acme | Engineer", "Acme   Berlin", "Acme, Berlin"); a
# sub-heading is one phrase.
_JOINED_RE = re.compile(r"\s{3,}|[|,·•@–—]| - ")
_MAX_CHARS = 40
# Sizes closer than this are one size printed in two fonts' metrics.
_SIZE_STEP = 0.5

LineKey = tuple[int, int]


def key_of(line: Line) -> LineKey:
    return (line.page, line.number)


def _shape_fits(line: Line) -> bool:
    text = line.text.strip()
    return (
        not line.bullet
        and line.font_size is not None
        and any(char.isalpha() for char in text)
        and len(text) <= _MAX_CHARS
        and len(text.split()) <= _MAX_WORDS
        and not _JOINED_RE.search(text)
        and not find_dates(text)
        and not is_contact_line(text)
    )


def _style(line: Line) -> tuple[float, bool, bool]:
    letters = [char for char in line.text if char.isalpha()]
    return (round(line.font_size or 0.0, 1), line.bold, all(char.isupper() for char in letters))


def _organisation(position: Position) -> str:
    return normalise(position.company.value) if position.company else ""


def _category(heads: list[int], lines: tuple[Line, ...], starts: dict[int, Position]) -> bool:
    """True when the sub-headings name kinds of work, not one employer each."""
    if any(known_title(lines[index].text) for index in heads):
        return True
    if len(heads) < 2:
        return False  # sub-headings come as a set; one lone line is more likely an employer
    for head, end in zip(heads, [*heads[1:], len(lines)], strict=True):
        own = normalise(lines[head].text)
        others = {
            _organisation(starts[index])
            for index in range(head, end)
            if index in starts and _organisation(starts[index]) not in ("", own)
        }
        if others:
            return True
    return False


def _opens_groups(heads: list[int], lines: tuple[Line, ...], starts: dict[int, Position]) -> bool:
    size = lines[heads[0]].font_size or 0.0
    for head, end in zip(heads, [*heads[1:], len(lines)], strict=True):
        group = lines[head + 1 : end]
        if not any(index in starts for index in range(head, end)):
            return False
        if any((line.font_size or 0.0) > size - _SIZE_STEP for line in group):
            return False
    return True


def _section_heads(section: Section, positions: Iterable[Position]) -> set[LineKey]:
    lines = section.lines
    index_of = {key_of(line): index for index, line in enumerate(lines)}
    # Where each position's entry starts in the section, by its first line.
    starts = {
        index_of[key_of(position.line)]: position
        for position in positions
        if position.line is not None and key_of(position.line) in index_of
    }
    by_style: dict[tuple[float, bool, bool], list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        if _shape_fits(line):
            by_style[_style(line)].append(index)
    heads: set[LineKey] = set()
    for indexes in by_style.values():
        if _opens_groups(indexes, lines, starts) and _category(indexes, lines, starts):
            heads.update(key_of(lines[index]) for index in indexes)
    return heads


def group_heads(doc: Document) -> set[LineKey]:
    """The sub-headings that open groups of entries, as (page, line number) keys."""
    by_section: dict[str, list[Position]] = defaultdict(list)
    for position in doc.positions:
        by_section[position.section].append(position)
    heads: set[LineKey] = set()
    for section in doc.sections:
        if by_section.get(section.title):
            heads |= _section_heads(section, by_section[section.title])
    return heads


def group_keys(doc: Document, lines: Iterable[Line | None]) -> list[LineKey | None]:
    """For each line, the sub-heading above it in reading order (None before the first)."""
    heads = group_heads(doc)
    order = {key_of(line): index for index, line in enumerate(doc.lines)}
    head_order = sorted((order[key], key) for key in heads if key in order)
    starts = [index for index, _ in head_order]
    result: list[LineKey | None] = []
    for line in lines:
        where = order.get(key_of(line)) if line is not None else None
        above = bisect_right(starts, where) if where is not None else 0
        result.append(head_order[above - 1][1] if above else None)
    return result
