"""Company, title and location of a position, read from its header lines and their pieces.

It owns giving each piece of a position's header a role from its features: its words (job
title words, their head noun last or first; company words and legal forms, school words, a
name led by an acronym), whether it is a place, a label (`Advisor: …`) or a department, and
where it stands. A header of several lines is read line by line (one line names the
employer, another the title, in their own styles); a header of one line piece by piece
(`Company — Title — Place`, `Title, Team, Employer`, `Title at Company`). A reading says how
sure it is, so that the section (structure.positions) can settle the entries whose words
leave it open by the layout its other entries share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslint.lexicon.entry_words import (
    company_score,
    is_unit,
    title_score,
)
from reslint.lexicon.pieces import (
    BRACKET_LABEL_RE,
    comma_pieces,
    is_bracketed,
    is_duration,
    is_location,
    is_url,
    sentence_pieces,
    strong_pieces,
)
from reslint.model import Field, Line
from reslint.structure.entries import LINK, Entry
from reslint.structure.prose_lines import DOMAIN_RE, lower_start
from reslint.structure.role_words import (
    NAME_JOINERS,
    TOWN_RE,
    employer_score,
    printed_as_name,
    reads_as_duty,
    short_name,
    title_at_company,
    title_evidence,
    without_city,
    without_town,
)

HEADER_LABEL_RE = re.compile(r"^[^\W\d_][\w .'’-]{0,30}:\s*\S")
# A one-word label (`Project:`, `Client:`); a longer text before a colon may be a name.
_WORDLABEL_RE = re.compile(r"^[^\W\d_][\w'’-]{0,20}:\s*\S")


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
    return [p for piece in strong_pieces(text) for p in sentence_pieces(piece)]


def is_content(piece: str) -> bool:
    return not (is_location(piece) or is_url(piece) or is_duration(piece))


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
            _WORDLABEL_RE.match(row.pieces[0])
            or BRACKET_LABEL_RE.match(row.pieces[0])
            or is_bracketed(row.text)
        )
    ]
    return _without_duties(named or rows)


def _span(printed: str, texts: list[str]) -> str:
    """The printed text from the first to the last of `texts`, separators included."""
    if len(texts) == 1:
        return texts[0]
    begin = printed.find(texts[0])
    finish = printed.find(texts[-1], begin + len(texts[0])) if begin >= 0 else -1
    if begin < 0 or finish < 0:
        return " ".join(texts)
    return printed[begin : finish + len(texts[-1])]


def _between(printed: str, first: str, second: str) -> str | None:
    """What is printed between two pieces, None if they are not found in that order."""
    begin = printed.find(first)
    end = printed.find(second, begin + len(first)) if begin >= 0 else -1
    return printed[begin + len(first) : end] if begin >= 0 and end >= 0 else None


def title_text(pieces: list[str], printed: str, start: int = 0, stop: int | None = None) -> str:
    """A title and the pieces after it on its line that go on with it (`Ferialpraktikant -
    Softwareentwicklung`), up to a department, a label, an employer or a place
    (`Assistant Professor ‐ Department of Microbiology`), and before piece `stop`."""
    kept = [pieces[start]]
    for text in pieces[start + 1 : stop]:
        if _ends_title(text):
            break
        if not (_joined(printed, kept[-1], text) or _second_title(printed, kept[-1], text)):
            break
        kept.append(text)
    return _span(printed, kept)


def _second_title(printed: str, first: str, second: str) -> bool:
    """`Executive Engineer | Site Engineer`: two titles held at once, with a bar between."""
    between = _between(printed, first, second)
    return (
        between is not None
        and between.strip() == "|"
        and title_evidence(second) > 0
        and title_evidence(first) > 0
    )


def _ends_title(text: str) -> bool:
    """A piece a title does not run on into: a department, an advisor, an employer, a place."""
    labelled = bool(HEADER_LABEL_RE.match(text))
    return labelled or is_unit(text) or employer_score(text) > 0 or is_location(text)


def _joined(printed: str, first: str, second: str) -> bool:
    """`Director – IT Operations`, `IT Director, Associate`: two pieces printed with a dash
    or a comma between them, not a bar or a column gap."""
    between = _between(printed, first, second)
    return between is not None and bool(re.fullmatch(r"\s?[-–—‐‑−]\s?|\s*[,;]\s?", between))


def company_text(pieces: list[str], printed: str, start: int = 0) -> str:
    """An employer's name from its pieces: on with a sub-unit after a dash (`Acme GmbH -
    Engineering Center Linz`), not with a town (`Paywise GmbH - Hagenberg`), a place or a
    title; within the first piece, without a trailing place or town."""
    while (
        start > 0
        and (employer_score(pieces[start - 1]) > 0 or short_name(pieces[start - 1]))
        and _joined(printed, pieces[start - 1], pieces[start])
    ):
        start -= 1  # `ABU Linz - Institute for Complex Systems`, `LaBRI - Laboratoire …`
    kept = [_without_descriptor(without_town(pieces[start]))]
    for text in pieces[start + 1 :]:
        if lower_start(text):
            break  # `Acme Labs – an early-stage fintech startup`: no name starts so
        if TOWN_RE.match(text) or not is_content(text) or title_score(text):
            break
        if HEADER_LABEL_RE.match(text):
            break
        if not _joined(printed, kept[-1], text):
            break
        kept.append(text)
    return without_city(kept[0]) if len(kept) == 1 else _span(printed, kept)


def _without_descriptor(text: str) -> str:
    """`Acme Labs, a fintech startup`: a name without what a comma adds after it in lower
    case (a name, bar a brand in camel case, starts in capitals)."""
    parts = comma_pieces(text)
    while len(parts) > 1 and lower_start(parts[-1]):
        parts.pop()
    joined = ", ".join(parts)
    return joined if len(parts) < len(comma_pieces(text)) and joined in text else text


def _without_places(text: str) -> str:
    """`Montgomery, AL, Desktop Technician`: a piece without the places among its commas."""
    parts = comma_pieces(text)
    kept = [part for part in parts if not is_location(part)]
    if len(kept) == len(parts) or not kept:
        return _name(text)
    return _name(", ".join(kept))


def at_reading(rows: list[Row]) -> Reading | None:
    for number, row in enumerate(rows):
        for text in row.pieces:
            found = title_at_company(text)
            if found is not None:
                company = Field(without_town(found[1]), row.line)
                title = Field(found[0], row.line)
                return Reading(company, title, 3, number, number, ())
    return None


_TRAILING_BRACKET_RE = re.compile(r"^(?P<head>.*\S)\s*\((?P<inside>[^()]+)\)$")


def _bracket_apart(text: str) -> list[str]:
    """`Web Developer (Ensie)`, `Analyst (Acme Data Services)`: a line of one piece, a title
    and in brackets after it the team, client or employer it served, as two pieces. An
    abbreviation in brackets stays with the name it shortens (`Acme Bank (AB)`)."""
    match = _TRAILING_BRACKET_RE.match(text)
    if match is None:
        return [text]
    inside = match.group("inside").strip()
    if _abbreviation(inside) or is_location(inside) or title_evidence(match.group("head")) <= 0:
        return [text]
    if title_evidence(inside) > 0:
        return [text]  # `Software Engineer (Internship)`: the bracket says what kind of role
    return [match.group("head"), inside]


def _abbreviation(text: str) -> bool:
    return text.isupper() and " " not in text and len(text) <= 8


def title_without_unit(text: str) -> str:
    """`Software Developer (Team Mobile)`, `Data Architect (Data Office)`: a title without
    the team or department named in brackets after it (two or more capitalised words that
    read as no title), or the place or work mode (`(Remote)`); `Virtual Intern
    (Apprenticeship)` keeps its bracket."""
    text = _name(text)  # `Analista (Remoto)`: how the work was done is no part of it
    match = _TRAILING_BRACKET_RE.match(text)
    if match is None:
        return text
    words = match.group("inside").split()
    named = len(words) >= 2 and all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in NAME_JOINERS for word in words
    )
    if (
        named
        and title_evidence(match.group("inside")) <= 0
        and title_evidence(match.group("head")) > 0
    ):
        return match.group("head")
    return text


def _name(text: str) -> str:
    """`Initrode (Remote)`: a place in brackets is not part of a name."""
    match = re.search(r"\s*\(([^)]*)\)?\s*$", text)
    if match and is_location(match.group(1)):
        return text[: match.start()].strip() or text
    return text


def read_one_line(row: Row, title_first: bool = False) -> Reading:
    """`Company — Title — Place`, `Title | Company`, `Title, Team, Employer`: roles among
    the pieces of one line, cut at its commas too. Where no words tell them apart the
    employer comes first, or the title when `title_first` (the section's order,
    structure.entry_order)."""
    line, pieces, printed = row.line, row.pieces, row.text
    # `Title – Employer, Town`: after a strong separator, a town after the last comma is
    # the employer's place, not a piece of its own.
    pieces = [pieces[0], *(without_town(piece) for piece in pieces[1:])]
    parts = [
        _name(p)
        for piece in pieces
        for p in comma_pieces(piece)
        if is_content(p) and not HEADER_LABEL_RE.match(p)
    ]
    if len(parts) == 1:
        parts = _bracket_apart(parts[0])
    if not parts:
        return Reading(None, None, 0, None, None, (line,))
    scores = [title_evidence(part) for part in parts]
    best = max(range(len(parts)), key=lambda i: (scores[i], -i))
    title_index = best if scores[best] > 0 else None
    sure = title_index is not None
    if title_index is None and len(parts) > 1:
        # Nothing reads as a title: the piece that reads most as an employer is not it
        # (`Grup Lideri – Acme Enerji Enstitüsü`); else the first piece is the employer,
        # the next the title.
        employer_scores = [employer_score(part) for part in parts]
        top = max(employer_scores)
        if top > 0 and employer_scores.count(top) == 1:
            title_index = next(i for i in range(len(parts)) if employer_scores[i] < top)
        else:
            title_index = 0 if title_first else 1
    title = None
    taken = set()
    if title_index is not None:
        # The title runs on as long as a piece is left for the employer.
        stop = len(parts) - 1 if title_index == 0 else None
        printed_title = title_text(parts, printed, title_index, stop)
        taken = {title_index}
        for index in range(title_index + 1, len(parts)):
            if parts[index] not in printed_title:
                break
            taken.add(index)
        # `Backend Developer (Go & Postgres) | Acme`: the stack or team in brackets is not
        # the title's, when another piece is left for the employer.
        kept = title_without_unit(printed_title) if len(taken) < len(parts) else printed_title
        title = Field(kept, line)
    rest = [i for i in range(len(parts)) if i not in taken]
    # A second title the first did not run on into is no employer: the piece after it is.
    untitled = [i for i in rest if title_evidence(parts[i]) <= 0]
    rest = untitled or rest
    company = None
    if rest:
        employers = [(employer_score(parts[i]), i) for i in rest]
        score, index = max(employers, key=lambda item: (item[0], -item[1]))
        if score <= 0:
            # "Title, Team, Employer": the employer is the piece farthest from the title.
            ahead = title_index is not None and title_index < rest[0]
            index = rest[-1] if ahead and len(pieces) == 1 else rest[0]
        company = Field(without_city(_employer_run(parts, index, printed)), line)
    margin = abs(scores[title_index]) if sure and title_index is not None else 0
    return Reading(company, title, margin, 0, 0, (line,))


def _employer_run(parts: list[str], index: int, printed: str) -> str:
    """An employer and the employers printed beside it with a comma, as one name:
    `Laboratory of Soil Research, University of Example`."""
    while (
        index > 0
        and _employer_part(parts[index - 1])
        and _comma_between(printed, parts[index - 1], parts[index])
    ):
        index -= 1
    kept = [parts[index]]
    for text in parts[index + 1 :]:
        if (
            employer_score(text) <= 0
            or title_score(text)
            or not _comma_between(printed, kept[-1], text)
        ):
            break
        kept.append(text)
    if (
        index > 0
        and short_name(parts[index - 1])
        and _joined(printed, parts[index - 1], parts[index])
    ):
        # `CEREA - École des Ponts`: the lab's short name, then the school it is part of.
        kept[0] = _span(printed, [parts[index - 1], parts[index]])
    return ", ".join(kept)


def _employer_part(text: str) -> bool:
    return employer_score(text) > 0 and not title_score(text)


def _comma_between(printed: str, first: str, second: str) -> bool:
    between = _between(printed, first, second)
    return between is not None and between.strip() == ","


def _complete(reading: Reading) -> bool:
    """A one-line reading whose words name both a title and an employer (more than a
    department: `Assistant Professor, PI of Acme Lab` is a title; `Analyst | Department of
    Technology` names the team the employer on another line has)."""
    return bool(
        reading.title
        and reading.company
        and title_evidence(reading.title.value) > 0
        and not is_unit(reading.company.value)
        and (company_score(reading.company.value) > 0 or employer_score(reading.company.value) >= 3)
    )


def read_rows(
    rows: list[Row], title_row: int | None = None, company_row: int | None = None
) -> Reading:
    """Roles in a header of several lines: one is the title line, another the employer's;
    `title_row` imposes the title line (the section's layout, or the line-role model of
    structure.line_roles, which may impose `company_row` too), else the words decide."""
    lines = tuple(row.line for row in rows)
    if title_row is None:
        for row in rows:
            one = read_one_line(row)
            if _complete(one):  # "año–año Título del puesto, Empleador, Ciudad"
                return Reading(one.company, one.title, one.margin, None, None, lines)
    pieces = [[_without_places(piece) for piece in row.pieces] for row in rows]
    evidence = [title_evidence(title_without_unit(row_pieces[0])) for row_pieces in pieces]
    margin = 0
    if title_row is None:
        ranked = sorted(range(len(rows)), key=lambda r: (evidence[r], -r), reverse=True)
        title_row = ranked[0]
        runner_up = evidence[ranked[1]] if len(ranked) > 1 else 0
        margin = evidence[title_row] - runner_up
        if margin == 0:
            title_row = 1 if len(rows) > 1 else 0  # no word tells them apart: employer first
    others = [r for r in range(len(rows)) if r != title_row]
    if company_row is None or company_row == title_row:
        company_row = (
            max(others, key=lambda r: (employer_score(pieces[r][0]), -r)) if others else None
        )
    title_line = rows[title_row].line
    printed_title = title_text(pieces[title_row], rows[title_row].text)
    title = Field(title_without_unit(printed_title), title_line)
    company = None
    if company_row is not None:
        row_pieces = pieces[company_row]
        # `Department of Physics   Northshire University`: the school, not its department.
        start = max(range(len(row_pieces)), key=lambda i: (employer_score(row_pieces[i]), -i))
        text = company_text(row_pieces, rows[company_row].text, start)
        company = Field(text, rows[company_row].line)
        beside = _employer_beside_title(rows[title_row], rows[company_row])
        if beside is not None:
            (company, title), company_row = beside, title_row
    return Reading(company, title, margin, title_row, company_row, lines)


def _employer_beside_title(title_row: Row, other: Row) -> tuple[Field, Field] | None:
    """`Barista | Bluebird Coffee | Denver` (or `Barista, Bluebird Coffee`) over `Prepared
    espresso drinks for regulars`: where the title's line names an employer beside it, a
    line under it written as a sentence is what the work was, not the employer."""
    parts = [part for piece in title_row.pieces for part in comma_pieces(piece)]
    if len(parts) < 2 or not reads_as_duty(other.text):
        return None
    one = read_one_line(title_row)
    if one.company is None or one.title is None:
        return None
    name = one.company.value
    named = all(w[:1].isupper() or not w[:1].isalpha() or w in NAME_JOINERS for w in name.split())
    if not (named and printed_as_name(name)) or title_evidence(name) > 0:
        return None
    return one.company, one.title


def read_header(entry: Entry) -> Reading:
    rows = header_rows(entry)
    if not rows:
        return Reading(None, None, 0, None, None, ())
    at = at_reading(rows)
    if at is not None:
        return at
    reading = read_one_line(rows[0]) if len(rows) == 1 else read_rows(rows)
    if reading.company is None and reading.title is not None:
        domain = _domain_employer(entry)
        if domain is not None:
            return Reading(
                domain, reading.title, reading.margin, reading.title_row, None, reading.rows
            )
    return reading


_MIN_DUTY_WORDS = 4


def _without_duties(rows: list[Row]) -> list[Row]:
    """`Barista   2019 – 2021` over `Prepared espresso drinks for regulars`: a plain line
    under another, written as a sentence (no capital after its first word: languages that
    write names in sentence case still capitalise a name's acronym or proper noun) with no
    employer's or title's word, says what the work was; it names neither."""
    kept = rows[:1] + [
        row
        for row in rows[1:]
        if row.line.bold
        or len(row.text.split()) < _MIN_DUTY_WORDS
        or employer_score(row.text) > 0
        or not reads_as_duty(row.text)
        or any(word[:1].isupper() for word in row.text.split()[1:])
    ]
    return kept


def _domain_employer(entry: Entry) -> Field | None:
    """`Freelancer` over `upwork.com`: where no line names the employer, a web address alone
    on a header line (a site, no page of it) does."""
    for item in entry.header:
        text = (item.rest or item.line.text).strip()
        if DOMAIN_RE.match(text):
            return Field(text, item.line)
    return None
