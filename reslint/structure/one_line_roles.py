"""Title and employer among the pieces of a position header printed on one line.

It owns reading `Company — Title — Place`, `Title | Company`, `Title, Team, Employer` and
`Title at Company`: the line cut at its strong separators and its commas, the piece with
the most title evidence taken for the title, the one that reads most as an employer for
the employer, and where no words tell them apart the section's order
(structure.entry_order) or the default, employer first.
"""

from __future__ import annotations

from reslint.lexicon.entry_words import title_score
from reslint.lexicon.pieces import comma_pieces
from reslint.model import Field
from reslint.structure.header_rows import Reading, Row
from reslint.structure.role_texts import (
    HEADER_LABEL_RE,
    bracket_apart,
    employer_run,
    is_content,
    name_without_place,
    title_text,
    title_without_unit,
)
from reslint.structure.role_words import (
    employer_score,
    title_at_company,
    title_evidence,
    without_city,
    without_town,
)


def at_reading(rows: list[Row]) -> Reading | None:
    """`Title at Company` on one of the header's lines; one whose title has no title word
    (`Detektion von Aufgaben bei Rettungsrobotern`, a project, German capitalising its
    nouns) only where no other line has one (`Berufspraktikum, Acme`)."""
    for number, row in enumerate(rows):
        for text in row.pieces:
            found = title_at_company(text)
            if found is None:
                continue
            if title_score(found[0]) == 0 and any(
                title_evidence(part) > 0
                for other in rows
                if other is not row
                for piece in other.pieces
                for part in comma_pieces(piece)
            ):
                continue
            company = Field(without_town(found[1]), row.line)
            title = Field(found[0], row.line)
            return Reading(company, title, 3, number, number, ())
    return None


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
        name_without_place(p)
        for piece in pieces
        for p in comma_pieces(piece)
        if is_content(p) and not HEADER_LABEL_RE.match(p)
    ]
    if len(parts) == 1:
        parts = bracket_apart(parts[0])
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
        company = Field(without_city(employer_run(parts, index, printed)), line)
    margin = abs(scores[title_index]) if sure and title_index is not None else 0
    return Reading(company, title, margin, 0, 0, (line,))
