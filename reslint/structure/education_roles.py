"""The roles of an education entry's header pieces: school, degree and field of study.

It owns telling them apart: the degree by its name (lexicon.degrees), cut from the field of
study beside it; the school by its words, its acronym or a link word before it, a university
before the department or lab printed with it (lexicon.entry_words), with its abbreviation
or campus printed after it. The pieces come from structure.entries (`header_pieces`);
structure.education reads the entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslint.lexicon.degrees import (
    find_degrees,
    has_field_link,
    leading_degree,
    names_degree,
    names_field,
    split_degree,
)
from reslint.lexicon.entry_words import (
    GRADE_RE,
    LINE_JOINS,
    SCHOOL_LINKS,
    is_campus,
    is_school,
    is_unit,
    led_by_major,
    names_award,
    names_certificate,
    school_starts,
    unspaced_school_end,
    without_article,
)
from reslint.lexicon.pieces import comma_pieces, is_date_qualifier, is_duration, is_location
from reslint.model import Field, Line
from reslint.structure.school_names import (
    acronym,
    acronym_named,
    printed_between,
    printed_run,
    school_name,
)

__all__ = ["Roles", "education_roles", "names_school", "whole_degree"]

# Where a school follows the rest of a piece: `Bachelor of Commerce: Acme University`,
# `MA in Translation from Acme University`, `Master en Finance à ESCE` (the links per
# language are lexicon data).
_LINKS = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in SCHOOL_LINKS)
_BEFORE_SCHOOL_RE = re.compile(rf":\s+|\s+(?:{_LINKS}|@)\s+", re.IGNORECASE)
_LABEL_RE = re.compile(r"^[^\W\d_][\w ]{0,30}:\s*\S")
_MAX_UNNAMED_DEGREE_WORDS = 6


@dataclass(frozen=True, slots=True)
class _Part:
    """A comma-separated part of a header piece; `piece` numbers the piece it came from."""

    text: str
    line: Line
    piece: int

    @property
    def degree(self) -> bool:
        return _is_degree(self.text)

    @property
    def school_rank(self) -> int:
        """3 for a school by its words, 2 for a name led by an acronym (`XYZ Pilani`), 1
        for a department or lab, 0 for none of these."""
        if self.degree:
            return 0
        if names_certificate(self.text):
            return 0  # `AWS Certified Developer`: a certificate, whatever acronym leads it
        if is_unit(self.text):
            return 1
        if is_school(self.text):
            return 3
        if acronym_named(self.text):
            return 2
        return 2 if acronym(self.text) and not self.line.text.isupper() else 0


def _is_degree(text: str) -> bool:
    """A text that names a degree rather than a school: "High School" is a degree, "Acme
    High School" a school, "BA in School Psychology" a degree whose field holds a school
    word."""
    if not names_degree(text):
        return False
    if not is_school(text) or split_degree(text).degree == text:
        return True
    degree = leading_degree(text)
    rest = text[len(degree) :].split() if degree else []
    return bool(rest) and has_field_link(rest[0] + " ")


def names_school(text: str) -> bool:
    """`Acme University`: a text that names a school by its words and is no degree ("High
    School", "BA in School Psychology")."""
    return is_school(text) and not _is_degree(text)


def whole_degree(text: str) -> bool:
    """`High School Diploma`: a text that is one degree's name, nothing besides."""
    return names_degree(text) and split_degree(text).degree == text.strip()


def _school_named(text: str) -> bool:
    """What follows a school link names a school: by its words, or led by an acronym."""
    text = without_article(text)
    words = text.split()
    return is_school(text) or acronym_named(text) or (bool(words) and acronym(words[0]))


def _school_after_field(text: str, field_follows: bool) -> int | None:
    """Where a school's name starts after a degree and its field with nothing between
    (`Máster en Psicología Universidad de Granada`, `MSc Physics University of Leeds`): at
    a school word that leads a name of two words or more, not right after a field link
    (`BA in School Psychology` studied it). When the field is printed after the piece
    (`M.S. Georgia Institute of Technology, Statistics`), words between the degree and a
    school word that name no field open the school's name."""
    degree = leading_degree(text)
    if degree is None:
        return None
    if field_follows and not names_field(text[len(degree) :]):
        return None
    for start in school_starts(text):
        before, after = text[:start].rstrip(), text[start:]
        if start <= len(degree) or not after[:1].isupper() or len(after.split()) < 2:
            continue
        if has_field_link(before.split()[-1] + " ") or names_degree(after):
            continue
        return start
    return None


def _chunks(text: str, field_follows: bool = False) -> list[str]:
    """A piece cut before a school it holds: at `:`, `from`, `at`, `@` (the last of them
    that a school follows), or after a leading degree (`Ph.D. University of Example`).
    `field_follows` when a later piece of the line names the field of study."""
    cuts = [m for m in _BEFORE_SCHOOL_RE.finditer(text) if m.start() > 0]
    schools = [m for m in cuts if _school_named(text[m.end() :])]
    if schools:
        match = schools[-1]
        return [*_chunks(text[: match.start()]), text[match.end() :]]
    colon = text.find(": ")
    if colon > 0 and names_school(text[:colon]) and names_degree(text[colon + 2 :]):
        # `Acme University: MA in Linguistics` (`: Physics MSci`): the school, then the
        # degree it awarded.
        return [text[:colon], *_chunks(text[colon + 2 :])]
    start = _school_after_field(text, field_follows)
    if start is not None:
        return [*_chunks(text[:start].rstrip(" ,–—-")), text[start:]]
    degree = leading_degree(text)
    rest = text[len(degree) :].strip(" ,–—-") if degree else ""
    if rest and has_field_link(rest.split()[0] + " "):
        return [text]  # "Certificate in College Teaching": what follows is its field
    if degree and rest and (is_school(rest) or acronym_named(rest)) and not names_degree(rest):
        return [degree, rest]
    chunks = _degree_after_school(text)
    end = unspaced_school_end(text) if chunks == [text] and not names_degree(text) else None
    if end is not None:
        # `北山高等学校普通科`, `西山大学 计算机科学`: the school, then the course studied.
        return [text[:end].strip(), text[end:].strip()]
    return chunks


def _degree_after_school(text: str) -> list[str]:
    """`예시대학교 컴퓨터공학과 학사`, `Westfield University BSc`: a degree ending a piece
    that a school's name (and what was studied there) opens is a chunk of its own."""
    matches = find_degrees(text)
    if not matches or matches[-1].start() == 0:
        return [text]
    last = matches[-1]
    if text[last.end() :].strip(" ()（）"):
        return [text]
    before = text[: last.start()].rstrip(" ,–—-(（")
    if not before or not is_school(before) or names_degree(before):
        return [text]
    return [before, text[last.start() :].strip(" ()（）")]


def _parts(pieces: list[tuple[str, Line]]) -> list[_Part]:
    commas = [
        (comma, line, index)
        for index, (text, line) in enumerate(pieces)
        for comma in comma_pieces(text)
    ]
    parts: list[_Part] = []
    for at, (text, line, index) in enumerate(commas):
        field_follows = any(
            later is line and names_field(after) and not is_school(after)
            for after, later, _ in commas[at + 1 :]
        )
        for chunk in _chunks(text, field_follows):
            if chunk and not is_location(chunk) and not is_duration(chunk):
                parts.append(_Part(chunk, line, index))
    return parts


def _field_parts(parts: list[_Part], degree: _Part, own: str) -> list[_Part]:
    """Parts printed after a degree on its line that name its field: the first one naming
    no school when the degree names none itself (`PhD, Computer Science, Acme University`,
    `PhD Acme University, Computer Science`, `Master of Science – Genetics`), and the ones
    led by a field link (`BA in History, Minor in Music`)."""
    found: list[_Part] = []
    for part in parts[parts.index(degree) + 1 :]:
        if part.line is not degree.line or part.degree:
            break
        if part.school_rank or not _unnamed(part):
            continue
        if (not own and not found) or has_field_link(part.text):
            found.append(part)
    return found


def _name_like(text: str) -> bool:
    """`Stanford`, `Sciences Po`: words capitalised as a name's are, short links aside."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return bool(words) and all(word[:1].isupper() or len(word) <= 3 for word in words)


def _unnamed(part: _Part) -> bool:
    """A part that is only words: no grade, label, degree, school, date qualifier, and
    mostly letters (not a phone number)."""
    letters = sum(ch.isalpha() for ch in part.text)
    return not (
        part.degree
        or part.school_rank
        or names_award(part.text)
        or GRADE_RE.match(part.text)
        or _LABEL_RE.match(part.text)
        or is_date_qualifier(part.text)
        or letters * 2 < len(part.text.replace(" ", ""))
    )


_ABBREVIATION_RE = re.compile(r"^[^\W\d_][\w&.]{2,7}$")
_DASH_RE = re.compile(r"\s+[-–—‐‑−]\s+")
_COMMA_RE = re.compile(r"\s*,\s*")
_STOP_RE = re.compile(r"\.\s+")


def _abbreviation_of(school: _Part, part: _Part) -> bool:
    """`University of Westfield - UOW`, `Westfield University, WSU`: the school's
    abbreviation printed after it, after a dash or a comma (a comma before two capitals
    leads to a state code, `Acme College, CA`, which the three letters at least leave
    out), and not in a line all in capitals, where every word looks like one."""
    text = part.text
    if not (_ABBREVIATION_RE.match(text) and text.isupper()) or school.text.isupper():
        return False
    between = printed_between(school.line.text, school.text, text)
    return bool(_DASH_RE.fullmatch(between) or _COMMA_RE.fullmatch(between))


def _school_suffix(parts: list[_Part], school: _Part) -> _Part | None:
    """The part after a school's name on its line that is still its name: the school's
    abbreviation (`University of Westfield - UOW`) or its campus (`, Lakeside campus`)."""
    index = parts.index(school) + 1
    if index >= len(parts) or not school.school_rank:
        return None
    part = parts[index]
    if part.line is not school.line or part.degree or is_location(part.text):
        return None
    if _abbreviation_of(school, part) or _campus_of(school, part):
        return part
    return None


_MAX_CAMPUS_WORDS = 3


def _campus_of(school: _Part, part: _Part) -> bool:
    """`Lakeside campus` by its word; `University of Westfield – River Falls`,
    `University of Westfield, Lake City`: a place after a dash, or after a comma and
    ending the line's names, that follows a name led by a school word and a link
    (`University of`, `Universidad de`), the campus of a university with several, not
    where it is (`University of Westfield, Westfield` and `…, Lake City, CA` are)."""
    if is_campus(part.text):
        return not is_school(part.text)
    if names_field(part.text):
        return False  # `Universidad de Lima, Economics`: what was studied there
    words, name = part.text.split(), school.text.split()
    led = len(name) > 2 and 0 in school_starts(school.text) and name[1].lower() in LINE_JOINS
    printed = school.line.text
    between = printed_between(printed, school.text, part.text)
    after = printed[printed.find(part.text, printed.find(school.text)) + len(part.text) :]
    comma = bool(_COMMA_RE.fullmatch(between)) and not after.lstrip().startswith(",")
    repeated = any(word.casefold() in school.text.casefold() for word in words)
    return (
        led
        and (bool(_DASH_RE.fullmatch(between)) or (comma and not repeated))
        and 0 < len(words) <= _MAX_CAMPUS_WORDS
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and not is_school(part.text)
    )


def _units_before(parts: list[_Part], school: _Part) -> list[_Part]:
    """`Department of Physics, Design Division, Acme University`: the departments printed
    before a university with commas or full stops (`Faculty of Science. Acme University`),
    opening the line or its cell, belong to the name (set apart by a gap, `Quantum Lab
    Acme University`, they do not)."""
    if school.school_rank != 3:  # a school by its words
        return []
    index = parts.index(school)
    units: list[_Part] = []
    while index > 0:
        before, current = parts[index - 1], parts[index]
        between = printed_between(school.line.text, before.text, current.text)
        if before.line is not school.line or before.school_rank != 1:
            break
        if not (_COMMA_RE.fullmatch(between) or _STOP_RE.fullmatch(between)):
            break
        units.insert(0, before)
        index -= 1
    begin = school.line.text.find(units[0].text) if units else -1
    if begin < 0 or (begin > 0 and not school.line.text[:begin].endswith("   ")):
        return []  # the units open the line, or the cell after a gap
    return units


def _units_after(parts: list[_Part], school: _Part) -> list[_Part]:
    """`Acme University, Faculty of / Mathematics`: a header wrapped inside the faculty
    printed after the university's name and a comma is one school, the faculty with it.
    On one line the university alone is the school (`Acme University, School of Law`)."""
    if school.school_rank != 3:
        return []
    # The rest of the school's piece, split at its commas: units only.
    units = [part for part in parts[parts.index(school) + 1 :] if part.piece == school.piece]
    if not units or any(part.school_rank != 1 for part in units):
        return []
    return units if units[-1].text not in school.line.text else []


def _town_after(parts: list[_Part], school: _Part, part: _Part) -> bool:
    """`Westmere University, Lakeport` (`UMK, TORUŃ`): a name of a word or two after the
    school's on its line, after a comma and ending the line's names, where nothing studied
    is named, is the town the school stands in, not a degree."""
    same = [p for p in parts if p.line is school.line]
    if part.line is not school.line or same[-1] is not part or names_field(part.text):
        return False
    words = part.text.split()
    between = printed_between(school.line.text, school.text, part.text)
    return (
        bool(_COMMA_RE.fullmatch(between))
        and 0 < len(words) <= _MAX_TOWN_WORDS
        and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
    )


_MAX_TOWN_WORDS = 2


def _school_over_unit(parts: list[_Part], unit: _Part | None) -> _Part | None:
    """`UMK, TORUŃ  2005 – 2010` over `Faculty of History`: the acronym opening a line
    above the faculty or department, which is part of a school, names the school, though
    every word of a line in capitals looks like an acronym."""
    if unit is None:
        return None
    above = [part for part in parts[: parts.index(unit)] if part.line is not unit.line]
    first = above[0] if above else None
    if first is None or not acronym(first.text) or first.degree:
        return None
    return first if first.line.text.lstrip().startswith(first.text) else None


@dataclass(frozen=True, slots=True)
class Roles:
    school: Field | None
    degree: Field | None
    field: Field | None
    # The degree is a part naming no degree, taken for want of one ("Engineering Physics").
    unnamed_degree: bool = False
    # The school is named as one: by its words, its acronym, or as a department.
    named_school: bool = False


def education_roles(pieces: list[tuple[str, Line]]) -> Roles:
    """School, degree and field among an education entry's header pieces."""
    parts = _parts(pieces)
    # The fullest of the degrees printed (`PhD Acme University, PhD in Physics`).
    degree_part = max(
        (part for part in parts if part.degree), key=lambda p: len(p.text), default=None
    )
    degree = field = None
    taken: list[_Part] = []
    if degree_part is not None:
        split = split_degree(degree_part.text)
        degree = Field(split.degree, degree_part.line)
        field_parts = _field_parts(parts, degree_part, split.field)
        field_text = ", ".join([split.field] * bool(split.field) + [p.text for p in field_parts])
        field = Field(field_text, degree_part.line) if field_text else None
        taken = [degree_part, *field_parts]
    rank = max((part.school_rank for part in parts), default=0)
    school_part = next((part for part in parts if rank and part.school_rank == rank), None)
    over = _school_over_unit(parts, school_part) if rank == 1 else None
    if over is not None:
        school_part, rank = over, 2
    if school_part is None:
        school_part = next(
            (p for p in parts if _unnamed(p) and p not in taken and not led_by_major(p.text)),
            None,
        )
    school = None
    if school_part is not None:
        suffix = _school_suffix(parts, school_part)
        text = school_name(school_part.text)
        if suffix is not None:
            text = printed_run(school_part.line.text, text, suffix.text)
            taken.append(suffix)
        units = _units_before(parts, school_part)
        printed = school_part.line.text
        if units and printed.find(text) > 0:
            begin = printed.find(units[0].text)
            text = printed[begin : printed.find(text, begin) + len(text)].strip()
        after = _units_after(parts, school_part) if suffix is None else []
        if after:
            text = ", ".join([text, *(unit.text for unit in after)])
            taken.extend(after)
        school = Field(text, school_part.line)
    if degree is None and school_part is not None and rank:
        # A degree slot holding only what was studied ("Engineering Physics").
        candidates = [
            p
            for p in parts
            if p is not school_part
            and p not in taken
            and _unnamed(p)
            and len(p.text.split()) <= _MAX_UNNAMED_DEGREE_WORDS
            and not _town_after(parts, school_part, p)
        ]
        # A line of its own before a part of the school's line ("SEC- 4" after the school).
        candidates.sort(key=lambda p: p.line is school_part.line)
        unnamed = candidates[0] if candidates else None
        if unnamed is not None:
            return Roles(school, Field(unnamed.text, unnamed.line), field, True, named_school=True)
    named = school_part is not None and rank > 0
    if degree is None and not named:
        # No degree, no school named as one, but what was studied ("Mathematics"): that
        # is the degree slot; another part of its line, if any, the school, or else the
        # one other part of the header.
        studied = next((p for p in parts if _unnamed(p) and names_field(p.text)), None)
        if studied is not None:
            others = [p for p in parts if _unnamed(p) and p is not studied]
            beside = [p for p in others if p.line is studied.line]
            # Or the one name on another line (`Stanford   2012 – 2016` over `Physics`).
            named = [p for p in others if _name_like(p.text)]
            other = beside[0] if beside else (named[0] if len(others) == len(named) == 1 else None)
            school = Field(school_name(other.text), other.line) if other else None
            return Roles(school, Field(studied.text, studied.line), None)
    return Roles(school, degree, field, named_school=named)
