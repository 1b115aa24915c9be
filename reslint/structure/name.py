"""The person's name: a labelled field, or the largest name-like line near the top of page 1.

Resumes print the name in the largest type on the first page, most often first; some
put it in a sidebar beside the first section, split over two lines (first name above the
surname, or beside it), or write it as a field of a personal-details block (`Name: …`,
`Prénom : … / Nom : …`, `Naam  …`). A line that only looks like a name is refused when it
is a document or section title, a label, a job title, a place or an organisation.

Each guess carries a confidence that rules can weigh: a labelled field is nearly
certain; a name in type that stands out from the body is likely; the first name-like
line of a resume without typography is a fair guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from reslint.lexicon.contact import is_contact_line
from reslint.lexicon.country import named_countries
from reslint.lexicon.entry_words import COMPANY_WORDS, SCHOOL_WORDS, TITLE_WORDS
from reslint.lexicon.headings import known_title
from reslint.model import Field, Line, Region, Section
from reslint.structure.name_text import clean, fold, handle_words, name_words, unglued

LABELLED, STANDOUT, STYLED, FIRST_LINE, PLAIN = 0.95, 0.9, 0.75, 0.6, 0.45
# A dash between spaces ends the name too: `Jane Doe — Data Analyst` (moderncv's banking
# style sets the title beside the name); names join their parts with a bare hyphen.
_SEPARATOR_RE = re.compile(r"\s{3,}|\t+|\s+[|/·•—–]\s+")
_FIELD_SEPARATOR_RE = re.compile(r"\t+|\s{2,}|\s+[/|·•]\s+")
_LABEL_VALUE_RE = re.compile(r"^(?P<label>[^:：]{1,40}?)\s*[:：]\s*(?P<value>.*)$")
_WORD_RE = re.compile(r"^[^\W\d_](?:[\w'’.\-]*[^\W\d_.])?\.?,?$")
_UNSPACED_NAME_RE = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af·・]{2,6}$")
_LOCATION_RE = re.compile(r"^[^,]+,\s*(?P<place>[^,]+)$")
_MAX_WORDS = 5
# More lines than a printed page holds: a text or Markdown file is one long "page 1", and
# the name is at its top, so a file of 200,000 lines is not searched for it line by line.
_PAGE_ONE_LINES = 250
# How much larger than the body a name in a sidebar, below the first heading, must be.
_SIDEBAR_STANDOUT = 2.0
# Sections whose `Name:` fields may be the person's (a personal-details block); in the
# others a `Name:` names a project, a course or a referee.
_FIELD_SECTIONS = frozenset({"contact", "summary", "other"})


def _is_place(text: str) -> bool:
    match = _LOCATION_RE.match(text)
    if not match:
        return False
    place = match.group("place").strip()
    return bool(re.fullmatch(r"[A-Z]{2}", place)) or bool(named_countries([place]))


def is_organisation(words: Sequence[str]) -> bool:
    folded = [fold(word).strip(".,") for word in words]
    return any(word in COMPANY_WORDS for word in folded) or any(
        school in word for word in folded for school in SCHOOL_WORDS
    )


@cache
def _title_words() -> frozenset[str]:
    return frozenset(fold(word) for word in TITLE_WORDS) - name_words().surname_like


def is_titleish(text: str) -> bool:
    """A job title rather than a name: it holds a title word no surname is, alone or as
    a part of a hyphenated compound (`Fullstack-Entwickler`, `Senior-Berater`)."""
    titles = _title_words()
    return any(
        folded in titles or ("-" in folded and any(part in titles for part in folded.split("-")))
        for folded in (fold(word).strip(".,()") for word in text.split())
    )


def is_label_text(text: str) -> bool:
    """A document title, a section title or a field label, not a name."""
    words = name_words()
    folded = fold(text).strip(" :：")
    tokens = folded.split()
    return (
        folded in words.titles
        or folded in words.fields
        # A field's label and its value without a colon: `Führerschein Klasse B`.
        or any(" ".join(tokens[:size]) in words.fields for size in (1, 2) if len(tokens) > size)
        or folded in words.name
        or folded in words.given
        or folded in words.family
        or known_title(text) is not None
    )


def looks_like_name(text: str, *, single: bool = False) -> bool:
    """Whether `text` (cleaned) may be a person's name; one word only when `single`."""
    if not text or any(char.isdigit() for char in text) or is_contact_line(text):
        return False
    if _UNSPACED_NAME_RE.match(text):
        return not is_label_text(text)
    parts = text.split()
    if len(parts) > 2 and all(_UNSPACED_NAME_RE.match(part) for part in parts):
        # Chinese, Japanese and Korean names are one word, or the surname and the given
        # name: more words of those scripts are a phrase (a job board's resume title).
        return False
    if not (2 if not single else 1) <= len(parts) <= _MAX_WORDS:
        return False
    # A nickname between the names is quoted or bracketed: `Robert "Bob" Smith`.
    inner = [
        part.strip('"“”‘’()') if 0 < i < len(parts) - 1 else part for i, part in enumerate(parts)
    ]
    if any(not _WORD_RE.match(part) for part in inner) or text.count(",") > 1:
        return False
    words = name_words()
    lower = [part for part in parts if part[0].islower()]
    if len(lower) == len(parts) or any(fold(part) in words.function_words for part in lower):
        return False
    return not (
        is_label_text(text) or is_titleish(text) or is_organisation(parts) or _is_place(text)
    )


@dataclass(frozen=True, slots=True)
class NameGuess:
    field: Field
    confidence: float


@dataclass(frozen=True, slots=True)
class _Candidate:
    text: str
    line: Line
    index: int  # reading order on page 1


_SPACED_WORDS_RE = re.compile(r"^(?:\w\s)+\w(?:\s{2,}(?:\w\s)+\w)+$")


def _parts(line: Line) -> list[str]:
    text = line.text.strip()
    if _SPACED_WORDS_RE.match(text):
        return [text]  # `J A N E   D O E`: the wide gaps are between its words
    return [part for part in _SEPARATOR_RE.split(text) if part.strip()]


def _pairs(lines: Iterable[Line]) -> Iterable[tuple[str, str, Line]]:
    """(label, value, line) of the `Label: value` and `LABEL   value` fields of lines."""
    words = name_words()
    known = words.name | words.given | words.family
    for line in lines:
        pieces = [piece for piece in _FIELD_SEPARATOR_RE.split(line.text.strip()) if piece]
        index = 0
        while index < len(pieces):
            piece = pieces[index]
            match = _LABEL_VALUE_RE.match(piece)
            if match and match.group("value").strip():
                yield match.group("label"), match.group("value"), line
            elif fold(piece).strip(" :：") in known and index + 1 < len(pieces):
                yield piece, pieces[index + 1], line
                index += 1
            elif (split := _after_name_label(piece, words.name)) is not None:
                yield split[0], split[1], line
            index += 1


def _after_name_label(piece: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """`氏名 佐々木 謙`: a label in a script without letter case (Chinese, Japanese,
    Korean) and the name after a single space, as their forms print it. (`Name Jane`
    in a cased script is as often a heading over a line of text.)"""
    tokens = piece.split()
    for size in (2, 1):
        label = " ".join(tokens[:size])
        uncased = not any(char.isupper() or char.islower() for char in label)
        if len(tokens) > size and uncased and fold(label) in labels:
            return label, " ".join(tokens[size:])
    return None


def labelled_name(lines: Sequence[Line]) -> Field | None:
    """A name printed as a field: `Name: …`, `Naam  …`, `Prénom : … / Nom : …`."""
    words = name_words()
    given: tuple[str, Line] | None = None
    family: tuple[str, Line] | None = None
    for label, value, line in _pairs(lines):
        key = fold(label).strip(" :：")
        text = clean(value)
        if not looks_like_name(text, single=key not in words.name):
            continue
        if key in words.name:
            return Field(text, line, line.text)
        if key in words.given and given is None:
            given = (text, line)
        elif key in words.family and family is None:
            family = (text, line)
        if given and family:
            return Field(f"{given[0]} {family[0]}", given[1], given[1].text)
    if given is not None and family is None and len(given[0].split()) >= 2:
        # `Имя: <surname> <given> <patronymic>`: with no surname field anywhere, the label
        # of the first name (the word for both in some languages) holds the whole name.
        return Field(given[0], given[1], given[1].text)
    return None


def _style(line: Line) -> tuple[float, bool]:
    return round(line.font_size or 0.0, 1), line.bold


# How much larger one half of a split name may be set than the other (`Jane` light over
# `DOE` bold and twice its size, as designed templates print it), in display type.
_HALVES_RATIO = 2.2
_DISPLAY_SIZE = 14.0


def _set_alike(a: Line, b: Line) -> bool:
    """Set as two halves of one name: the same type, or, in display type, sizes close
    enough whatever the weight (body-sized lines must match exactly: `Jane` over `Berlin`)."""
    if _style(a) == _style(b):
        return True
    if not a.font_size or not b.font_size:
        return False
    small, large = sorted((a.font_size, b.font_size))
    return small >= _DISPLAY_SIZE and large <= _HALVES_RATIO * small


def _partner(chosen: _Candidate, candidates: Sequence[_Candidate]) -> _Candidate | None:
    """The other half of a name split over two lines: set alike, beside or below it.

    Each half stands alone on its line: a name that shares its line with a title
    (`Jane Doe — Vice President of` over `Sales`) is whole, and the title wrapped."""
    line = chosen.line
    if len(_parts(line)) > 1:
        return None
    for other in candidates:
        if other.line is line or not _set_alike(other.line, line) or len(_parts(other.line)) > 1:
            continue
        words = len(chosen.text.split()) + len(other.text.split())
        if not _continues(other.text) and (words > 4 or len(other.text.split()) > 2):
            continue
        if words > _MAX_WORDS:
            continue
        box, near = line.box, other.line.box
        if box is not None and near is not None:
            height = max(box.bottom - box.top, 1.0)
            below = 0 < near.top - box.top <= 2.0 * height
            above = 0 < box.top - near.top <= 2.0 * height
            overlap = min(box.x1, near.x1) > max(box.x0, near.x0)
            beside = abs(near.top - box.top) < 0.3 * height and (
                0 <= near.x0 - box.x1 <= 10 * height or 0 <= box.x0 - near.x1 <= 10 * height
            )
            if ((below or above) and overlap) or beside:
                return other
        elif abs(other.index - chosen.index) == 1:
            return other
    return None


def _continues(text: str) -> bool:
    """A surname that opens with its particle (`de Sousa Jr.`, `van der Berg`): the second
    line of a name whose first line holds the given names."""
    first = text.split()[0] if text.split() else ""
    return first[:1].islower() and fold(first) in name_words().particles


def _joined(first: _Candidate, second: _Candidate) -> str:
    a, b = first.line.box, second.line.box
    if a is not None and b is not None:
        same_row = abs(a.top - b.top) < 0.3 * max(a.bottom - a.top, 1.0)
        ahead = a.x0 <= b.x0 if same_row else a.top <= b.top
    else:
        ahead = first.index <= second.index
    return f"{first.text} {second.text}" if ahead else f"{second.text} {first.text}"


def _without_title(text: str) -> str:
    """`Jane Doe, Data Analyst`: the name before a comma that a job title follows."""
    head, comma, tail = text.partition(",")
    return head.strip() if comma and tail.strip() and is_titleish(tail) else text


def _before_gender(text: str) -> str:
    """`이정우 남 1994년 (만 29세)`, `张伟 男 28岁`: a CJK name, then the gender and the
    birth year or age on its line; the name alone. Else `text`."""
    parts = text.split(maxsplit=2)
    genders = name_words().genders
    if len(parts) >= 2 and _UNSPACED_NAME_RE.match(parts[0]) and fold(parts[1]) in genders:
        return parts[0]
    return text


def _candidates(
    lines: Sequence[Line], single: bool, handles: frozenset[str] = frozenset()
) -> list[_Candidate]:
    found: list[_Candidate] = []
    for index, line in enumerate(lines):
        for part in _parts(line):
            text = unglued(_without_title(clean(_before_gender(part))), handles)
            if looks_like_name(text, single=single):
                found.append(_Candidate(text, line, index))
                break
    return found


def _confidence(line: Line, body: float | None, index: int) -> float:
    size = line.font_size
    if size is None or body is None:
        if line.heading:
            return STYLED + 0.05
        return FIRST_LINE if index == 0 else PLAIN
    if size >= 1.4 * body or size >= body + 4:
        return STANDOUT
    if size >= body + 1 or line.bold:
        return STYLED
    return FIRST_LINE if index == 0 else PLAIN


def _upper_part(line: Line) -> bool:
    if line.box is None or not line.page_height:
        return True
    return line.box.top < 0.6 * line.page_height


def typeset_name(
    lines: Sequence[Line],
    top: Sequence[Line],
    body: float | None,
    heading_styles: set[tuple[float, bool]],
    handles: frozenset[str] = frozenset(),
) -> NameGuess | None:
    """The largest name-like line of page 1: before the first section first, else one that
    stands out from the body anywhere in the upper part of the page (a sidebar).

    A larger single word that cannot be told apart (`JANEDOE`, glued by the PDF) makes the
    smaller lines no safer a guess: then there is none.
    """
    in_top = {id(line) for line in top}
    # No name is set like the section titles; but the very first line over them may be
    # (a resume in one size, the name and the titles bold).
    singles = [
        c
        for c in _candidates(lines, True, handles)
        if _style(c.line) not in heading_styles or (c.index == 0 and id(c.line) in in_top)
    ]
    full = [c for c in singles if len(c.text.split()) > 1 or _UNSPACED_NAME_RE.match(c.text)]
    whole = {id(c) for c in full}
    paired = [c for c in singles if id(c) not in whole and _partner(c, singles) is not None]
    whole.update(id(c) for c in paired)
    pool = full + paired

    def size(candidate: _Candidate) -> float:
        return candidate.line.font_size or 0.0

    def best(candidates: list[_Candidate]) -> _Candidate | None:
        if not candidates:
            return None
        if any(c.line.heading for c in candidates) and not any(
            c.line.font_size for c in candidates
        ):
            return next(c for c in candidates if c.line.heading)
        return max(candidates, key=lambda c: (size(c), -c.index))

    top_best = best([c for c in pool if id(c.line) in in_top])
    side_best = best([c for c in pool if id(c.line) not in in_top and _upper_part(c.line)])
    chosen = top_best
    if side_best is not None and body is not None:
        stands_out = size(side_best) >= body + _SIDEBAR_STANDOUT
        larger = top_best is None or size(side_best) >= max(1.5 * size(top_best), body + 4)
        if stands_out and larger:
            chosen = side_best
    if chosen is None:
        return None
    scope = [c for c in singles if (id(c.line) in in_top) == (id(chosen.line) in in_top)]
    if any(id(c) not in whole and len(c.text) >= 4 and size(c) > size(chosen) for c in scope):
        return None
    text = chosen.text
    partner = _partner(chosen, singles)
    # `DOE GARCÍA,` over `Jane Mary`: a surname printed first, its comma before the names.
    surname_first = chosen.line.text.rstrip().endswith(",")
    if partner is not None and (
        len(text.split()) == 1
        or len(partner.text.split()) == 1
        or _continues(partner.text)
        or surname_first
    ):
        text = _joined(chosen, partner)
    confidence = _confidence(chosen.line, body, chosen.index)
    return NameGuess(Field(text, chosen.line, chosen.line.text), confidence)


def find_person_name(
    lines: Sequence[Line],
    sections: Sequence[Section],
    body: float | None,
    handles: Iterable[str] = (),
) -> NameGuess | None:
    """The person's name on page 1, with how sure the guess is; `handles` (the person's
    emails and LinkedIn lines) spell a name whose spaces the text layer lost."""
    others = {
        id(line)
        for section in sections
        if section.kind in ("references", "publications")
        for line in section.lines
    }
    headings = {
        id(section.heading)
        for section in sections
        if section.heading is not None and section.kind != "other"
    }
    page = [
        line
        for line in lines
        if line.page == 1 and id(line) not in others and line.region is not Region.FOOTER
    ][:_PAGE_ONE_LINES]
    # What comes before the first section with a known title; a styled name the structure
    # took for a heading of its own stays in it.
    first_heading = next((i for i, line in enumerate(page) if id(line) in headings), len(page))
    page = [line for line in page if id(line) not in headings]
    elsewhere = {
        id(line)
        for section in sections
        if section.kind not in _FIELD_SECTIONS
        for line in section.lines
    }
    labelled = labelled_name([line for line in page if id(line) not in elsewhere])
    if labelled is not None:
        return NameGuess(labelled, LABELLED)
    return typeset_name(
        page,
        page[:first_heading],
        body,
        _heading_styles(sections, body),
        handle_words(handles),
    )


def _heading_styles(sections: Sequence[Section], body: float | None) -> set[tuple[float, bool]]:
    """The type of the known section titles, where it differs from the body's: no name is
    set like them."""
    if body is None:
        return set()
    return {
        _style(section.heading)
        for section in sections
        if section.heading is not None
        and section.kind != "other"
        and section.heading.font_size is not None
        and (section.heading.font_size > body + 0.5 or section.heading.bold)
    }
