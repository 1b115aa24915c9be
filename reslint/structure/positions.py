"""Positions: company, title, location and body of each entry in an experience section.

It owns telling company and title apart among an entry's header pieces, by the words they
use (lexicon.entry_words), and the rule that a role with no company of its own belongs to
the one above it. Entries come from structure.entries.
"""

from __future__ import annotations

import re

from reslint.lexicon.entry_words import company_score, title_score
from reslint.lexicon.pieces import comma_pieces, is_location, strong_pieces
from reslint.model import Field, Line, Position
from reslint.structure.entries import BULLET, Entry, header_pieces, split_entries

_AT_RE = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>.+)$", re.IGNORECASE)


def _assign_roles(
    pieces: list[tuple[str, Line]],
) -> tuple[Field | None, Field | None]:
    """Tell company and title apart among an entry's header pieces."""
    for text, line in pieces:
        at_match = _AT_RE.match(text)
        if at_match and title_score(at_match.group("title")):
            return Field(at_match.group("company"), line), Field(at_match.group("title"), line)
    scored = [(title_score(t) - company_score(t), -i) for i, (t, _) in enumerate(pieces)]
    title_index = -max(scored)[1] if scored and max(scored)[0] > 0 else None
    title_end = title_index
    if title_index is not None:
        title_end = _title_extent(pieces, title_index)
    rest = [
        i
        for i in range(len(pieces))
        if title_index is None or not title_index <= i <= (title_end or title_index)
    ]
    company_index = next((i for i in rest if company_score(pieces[i][0]) > 0), None)
    if company_index is None and rest:
        company_index = rest[0]
    if title_index is None:
        rest = [i for i in rest if i != company_index]
        title_index = rest[0] if rest else None
    company = Field(*pieces[company_index]) if company_index is not None else None
    title = None
    if title_index is not None:
        title = Field(_span(pieces, title_index, title_end or title_index), pieces[title_index][1])
    return company, title


def _title_extent(pieces: list[tuple[str, Line]], start: int) -> int:
    """`Director of IT – Hybrid Cloud`: pieces after a title that name no company and no
    place continue it, as long as a piece is left for the company."""
    end = start
    line = pieces[start][1]
    while end + 1 < len(pieces) - 1 or (end + 1 < len(pieces) and start > 0):
        text, other_line = pieces[end + 1]
        if other_line is not line or company_score(text):
            break
        end += 1
    return end


def _span(pieces: list[tuple[str, Line]], start: int, end: int) -> str:
    """The printed text from piece `start` to piece `end` of one line, separators included."""
    first, line = pieces[start]
    if start == end:
        return first
    last = pieces[end][0]
    begin = line.text.find(first)
    finish = line.text.find(last, begin + len(first)) if begin >= 0 else -1
    if begin < 0 or finish < 0:
        return " ".join(text for text, _ in pieces[start : end + 1])
    return line.text[begin : finish + len(last)]


def _location(entry: Entry) -> Field | None:
    for item in entry.header:
        for strong in strong_pieces(item.rest):
            for part in (strong, *comma_pieces(strong)):
                if is_location(part):
                    return Field(part, item.line)
    return None


def _body_fields(entry: Entry) -> tuple[tuple[Field, ...], tuple[Field, ...]]:
    bullets = tuple(Field(item.text, item.line) for item in entry.body if item.kind == BULLET)
    context = tuple(Field(item.text, item.line) for item in entry.body if item.kind != BULLET)
    return bullets, context


def find_positions(lines: tuple[Line, ...], section_title: str) -> list[Position]:
    positions: list[Position] = []
    for entry in split_entries(lines):
        dates = entry.dates
        if dates is None:
            continue
        pieces = header_pieces(entry, split_commas=True)
        company, title = _assign_roles(pieces)
        lone_title = len(pieces) == 1 and not _AT_RE.match(pieces[0][0])
        if lone_title and title_score(pieces[0][0]) and positions:
            # Another role under the company above.
            company, title = positions[-1].company, Field(*pieces[0])
        if company is None and title is None:
            continue
        bullets, context = _body_fields(entry)
        positions.append(
            Position(
                company=company,
                title=title,
                dates=dates,
                line=entry.line,
                location=_location(entry),
                bullets=bullets,
                context=context,
                section=section_title,
            )
        )
    return positions
