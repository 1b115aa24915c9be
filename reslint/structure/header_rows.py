"""The header lines of a position entry that name something, and what a reading of them says.

It owns which of an entry's header lines may hold its title or employer: each line with its
strong pieces (places, links and durations left out), without the lines that only qualify
another (a label's detail, a bracket, a duty written as a sentence). The `Reading` that
structure.roles and structure.one_line_roles make of those lines is defined here, where
every reader of a header (the rules, the section's order, the line-role model) finds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslint.lexicon.pieces import (
    BRACKET_LABEL_RE,
    LABEL_RE,
    WORD_LABEL_RE,
    is_bracketed,
    is_employment_type,
    sentence_pieces,
    strong_pieces,
)
from reslint.model import Field, Line
from reslint.structure.entries import LINK, Entry
from reslint.structure.role_texts import is_content
from reslint.structure.role_words import (
    MIN_DUTY_WORDS,
    employer_score,
    printed_as_name,
    reads_as_duty,
    title_evidence,
)


@dataclass(frozen=True, slots=True)
class Reading:
    """What an entry's header says, how sure the reading is, and where the title and the
    company stood (row numbers of the entry's header lines, None when on no line)."""

    company: Field | None
    title: Field | None
    margin: int
    title_row: int | None
    company_row: int | None
    rows: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Row:
    """A header line of an entry (with the lines it wrapped onto): the line values point
    at, the text as printed without its dates, and its strong pieces."""

    line: Line
    text: str
    pieces: list[str]


def _strong(text: str) -> list[str]:
    return [
        part
        for piece in strong_pieces(text)
        for p in sentence_pieces(piece)
        for part in _name_colon_title(p)
    ]


_NAME_COLON_RE = re.compile(r"^(?P<name>[^:：]{2,60}?)\s*[:：]\s+(?P<rest>\S.*)$")
_MAX_NAME_WORDS = 5


def _name_colon_title(piece: str) -> list[str]:
    """`BT Openreach: Technical Lead`: an employer's name, a colon and a title, as two
    pieces; a known label (`Position: Analyst`) or a name that reads as a title
    (`Engineer: Backend`) stays one piece, and the terms of the job before a colon
    (`Full-time: …`) are dropped."""
    match = _NAME_COLON_RE.match(piece)
    if match is None or LABEL_RE.match(piece):
        return [piece]
    name, rest = match["name"].strip(), match["rest"].strip()
    if is_employment_type(name):
        return [rest]  # `Vollzeit: Monteur, Acme`: the terms, then the role
    if len(name.split()) > _MAX_NAME_WORDS or not printed_as_name(name):
        return [piece]
    if title_evidence(rest) <= 0 or title_evidence(name) > 0:
        return [piece]
    return [name, rest]


def header_rows(entry: Entry) -> list[Row]:
    """The entry's header lines that name something, each with its strong pieces (places,
    links and durations left out)."""
    rows: list[Row] = []
    for item in entry.header:
        if item.kind == LINK:
            continue
        pieces = [piece for piece in _strong(item.rest) if is_content(piece)]
        if pieces:
            rows.append(Row(item.line, item.rest, pieces))
    # `Project: Social Housing – New Town` under the title and employer: a labelled line
    # says what the work was about, it names neither.
    # `(Earthwork & Roads)` under `Engineer, Acme Works`: a line in brackets qualifies
    # the one above.
    # `【メンバー数】5名` (team size) under `【役割】 iOSプログラマ`: a detail set under a label in
    # brackets, as Japanese resumes print an entry's fields.
    named = [
        row
        for row in rows
        if not (
            WORD_LABEL_RE.match(row.pieces[0])
            or BRACKET_LABEL_RE.match(row.pieces[0])
            or is_bracketed(row.text)
        )
    ]
    return _without_duties(named or rows)


def _without_duties(rows: list[Row]) -> list[Row]:
    """`Barista   2019 – 2021` over `Prepared espresso drinks for regulars`: a plain line
    under another, written as a sentence (no capital after its first word: languages that
    write names in sentence case still capitalise a name's acronym or proper noun) with no
    employer's or title's word, says what the work was; it names neither."""
    kept = rows[:1] + [
        row
        for row in rows[1:]
        if row.line.bold
        or len(row.text.split()) < MIN_DUTY_WORDS
        or employer_score(row.text) > 0
        or not reads_as_duty(row.text)
        or any(word[:1].isupper() for word in row.text.split()[1:])
    ]
    return kept
