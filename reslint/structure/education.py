"""Education: school, degree, field of study, dates and details of each education entry.

It owns reading a section's entries as studies: it splits degrees listed without dates by
their school lines, lets a degree printed under the one above share its school, takes the
lines beside a date column as the entry's header, finds a degree named in the lines under
the school, reads a single date as the graduation, and leaves out entries that name
neither a degree nor a school. Entries come from structure.entries; which header piece is
the school, the degree and the field is structure.education_roles'.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from reslint.lexicon.dates import find_dates
from reslint.lexicon.degrees import find_degrees, leading_degree, names_degree, split_degree
from reslint.lexicon.entry_words import (
    column_labels,
    is_school,
    labelled_degree,
    major_of,
    names_award,
    names_course,
    ongoing_words,
    title_score,
)
from reslint.model import DateRange, DateValue, Education, Field, Line, Position
from reslint.structure.education_dates import join_stacked_dates
from reslint.structure.education_roles import Roles, education_roles, names_school, whole_degree
from reslint.structure.entries import BULLET, HEADER, Entry, Item, header_pieces, split_entries


def graduation(dates: DateRange | None) -> DateRange | None:
    """A single date on an education entry is when it ended."""
    if dates is None or dates.end is not None or dates.start is None:
        return dates
    return replace(dates, start=None, end=dates.start)


def _entry_dates(entry: Entry) -> DateRange | None:
    """The entry's dates; an entry without any whose header says its studies go on
    (`PhD in History (in progress)`) ends at present."""
    if entry.dates is not None:
        return graduation(entry.dates)
    for item in entry.header:
        words = ongoing_words(item.rest)
        if words:
            return DateRange(None, DateValue(None, present=True, raw=words), words, item.line)
    return None


_LABEL_RE = re.compile(r"^([^\W\d_][\w ]{0,30})\s*[:：]\s*\S")


def _labelled_detail(text: str) -> bool:
    """`Advisor: Dr. Jane Roe, University Professor`, `Thesis: …`: a line led by a label
    that names neither a school nor a degree (`BSc Physics: Acme University` names both)."""
    match = _LABEL_RE.match(text.strip())
    return match is not None and not is_school(match[1]) and not names_degree(match[1])


def _split_schools(entry: Entry) -> list[Entry]:
    """Degrees listed with fewer dates than schools: a second school line starts a second
    entry (as many lines before it as before the first school)."""
    schools = [
        i
        for i, item in enumerate(entry.header)
        # A line that is one degree's name ("High School Diploma") is no school line, nor
        # one naming an honour ("University Award of Distinction"), nor a labelled detail
        # (`Advisor: Dr. Jane Roe, University Professor`).
        if is_school(item.rest)
        and not whole_degree(item.rest)
        and not names_award(item.rest)
        and not _labelled_detail(item.rest)
    ]
    dated = sum(1 for item in entry.header if item.dates is not None)
    if len(schools) < 2 or dated >= len(schools):
        return [entry]
    offset = schools[0]
    starts = [0] + [max(a + 1, b - offset) for a, b in itertools.pairwise(schools)]
    parts = [
        Entry(entry.header[start:end])
        for start, end in zip(starts, [*starts[1:], len(entry.header)], strict=True)
    ]
    parts[-1].body = entry.body
    return parts


def _degree_only(item: Item) -> bool:
    """A header line that is a degree and what was studied, naming no school."""
    return leading_degree(item.rest) is not None and not is_school(item.rest)


def _split_degrees(entry: Entry) -> list[Entry]:
    """A school's line over two lines or more that each name a degree alone, dated once if
    at all (`Acme University / Bachelor of Arts in Psychology / Bachelor of Arts in
    History`): one entry a degree, each after the first sharing the school and dates."""
    header = entry.header
    degrees = [i for i, item in enumerate(header) if _degree_only(item)]
    if len(degrees) < 2 or degrees[0] == 0 or degrees != list(range(degrees[0], degrees[-1] + 1)):
        return [entry]
    if not any(is_school(item.rest) for item in header[: degrees[0]]):
        return [entry]
    if sum(item.dates is not None for item in header) > 1:
        return [entry]
    dates = entry.dates
    parts = [Entry(header[: degrees[0] + 1])]
    parts += [Entry([replace(header[i], dates=header[i].dates or dates)]) for i in degrees[1:]]
    parts[-1].header.extend(header[degrees[-1] + 1 :])
    parts[-1].body = entry.body
    return parts


def _under_the_one_above(entry: Entry, above: Entry | None, order: dict[int, int]) -> bool:
    """A degree printed right under another entry's header, with no body between: the
    second degree of one school. An entry of several header lines (its own dates and
    place over the degree) is an entry of its own, whose school is left unnamed. Lines
    of one table cell share their number; `order` (a line's place among the section's,
    by id) tells which follows which."""
    if above is None or above.body or not above.header or len(entry.header) != 1:
        return False
    last, first = above.header[-1].line, entry.header[0].line
    if last.page != first.page:
        return False
    if first.number == last.number:
        return order.get(id(first), -1) == order.get(id(last), -2) + 1
    return first.number == last.number + 1


def _school_stands_apart(education: Education, order: dict[int, int]) -> bool:
    """Whether an entry's school is printed on a line of its own, above its degrees
    (`Acme University / BSc Physics / MSc Physics`), and not on its degree's line: a
    list of one-line entries (`2015 – 2019: BSc Physics at Acme University` over `2013:
    High School Diploma`) names each school where it has one, and a line naming none
    shares nothing with the one above."""
    school, degree = education.school, education.degree
    if school is None or degree is None or school.line is None or degree.line is None:
        return True
    # Under its degree (`BSc Geography / Acme University / MSc Physics`), the school is
    # the one above's only.
    if _at(school.line) == _at(degree.line):  # one table cell's lines
        return order.get(id(school.line), 0) < order.get(id(degree.line), 0)
    return _at(school.line) < _at(degree.line)  # type: ignore[operator]


def _degree_bullet(text: str, after: str | None) -> bool:
    """A bullet that starts with a degree's name (`• Master of Arts (M.A.) in History`), or
    names one right above a school's line, is the entry's degree line, not a detail; one
    naming a school and a degree and a date (`• Acme University – BSc Physics, 2019`), or
    a school and a range (`• Acme University, 2015 – 2019`), is a whole entry written as
    a bullet."""
    text = text.lstrip(" •·▪-–*\t")
    if leading_degree(text) is not None:
        return True
    dates = find_dates(text)
    if names_school(text) and dates and (names_degree(text) or dates[0].range.end is not None):
        return True
    return after is not None and is_school(after) and names_degree(text)


_MAX_BODY_LINES_BEFORE_DEGREE = 3


def _labelled_degree(entry: Entry) -> tuple[Field, Field | None] | None:
    """The degree a labelled line of the entry names (`Degree: Bachelor of Science`,
    `Abschluss: Betriebswirt (VWA)`, in the header or the first lines under it): the file
    says which part it is, over any degree read from the header's words."""
    for item in [*entry.header, *entry.body[:_MAX_BODY_LINES_BEFORE_DEGREE]]:
        value = labelled_degree(item.rest if item.kind == HEADER else item.text)
        if value:
            found = split_degree(value) if names_degree(value) else None
            if found is None:
                return Field(value, item.line), None
            field = Field(found.field, item.line) if found.field else None
            return Field(found.degree, item.line), field
    return None


def _degree_in_body(entry: Entry) -> tuple[Field, Field | None] | None:
    """The degree of an entry whose header names only the school, printed in the first
    lines under it (`Acme University / Faculty of Physics / Master's degree`, `Working
    towards a bachelor's degree in economics`); bullets are what was done there, but for
    a labelled major (`• Majors: Economics, History`), which says what was studied."""
    for item in [*entry.header, *entry.body[:_MAX_BODY_LINES_BEFORE_DEGREE]]:
        major = major_of(item.text)
        if major:
            # `Major: Economics`, printed where a degree would be: what was studied.
            return Field(major, item.line), None
    for item in entry.body[:_MAX_BODY_LINES_BEFORE_DEGREE]:
        if item.line.bullet:
            return None
        matches = find_degrees(item.text)
        if matches:
            found = split_degree(item.text[matches[0].start() :].rstrip(" ,.;"))
            field = Field(found.field, item.line) if found.field else None
            return Field(found.degree, item.line), field
    return None


def _completes_the_one_above(
    entry: Entry, roles: Roles, found: list[Education], above: Entry | None
) -> bool:
    """A degree alone (no school, no dates) right after a dated entry with a school and no
    degree belongs to that entry."""
    return (
        above is not None
        and bool(found)
        and found[-1].line is above.line
        and found[-1].degree is None
        and found[-1].school is not None
        and found[-1].dates is not None
        and roles.degree is not None
        and roles.school is None
        and entry.dates is None
        and not entry.body
    )


def _school_of_the_one_above(
    entry: Entry, roles: Roles, found: list[Education], named: list[bool], above: Entry | None
) -> bool:
    """A school alone (named by its words, no degree, no dates, no body) after a dated
    degree whose school is unnamed or taken for want of one (a thesis title under the
    degree, then the school: `BSc Physics  2020 / Bias in cluster surveys. / Acme
    University`) is that degree's school."""
    return (
        above is not None
        and bool(found)
        and found[-1].line is above.line
        and found[-1].degree is not None
        and found[-1].dates is not None
        and not named[-1]
        and (roles.degree is None or roles.unnamed_degree)
        and roles.named_school
        and entry.dates is None
        and not entry.body
        # Alone: `Analista Internacional` over `LISA Institute` is a course and its school.
        and sum(item.kind == HEADER for item in entry.header) == 1
    )


_MAX_PROMOTED_LINES = 3


def _promote_date_header(entry: Entry) -> Entry:
    """A header of dates alone (a date column: `10/2018 – 09/2020` beside the lines of the
    entry, set in another font and indented): the first lines under it that are not
    bullets or sentences name the degree and the school."""
    if not entry.header or any(item.rest.strip() for item in entry.header):
        return entry
    count = 0
    for item in entry.body[:_MAX_PROMOTED_LINES]:
        if item.line.bullet or item.kind not in (BULLET, HEADER) or item.parts:
            break
        count += 1
    if not count:
        return entry
    promoted = [Item(i.line, HEADER, rest=i.line.text.strip()) for i in entry.body[:count]]
    return Entry([*entry.header, *promoted], entry.body[count:])


def find_education(lines: tuple[Line, ...]) -> list[Education]:
    found: list[Education] = []
    named: list[bool] = []  # whether each entry found names its school as one
    # A table's head (`Degree   Institute   Year`) names no entry.
    lines = tuple(line for line in lines if not column_labels(line.text))
    order_of = {id(line): index for index, line in enumerate(lines)}
    entries = [
        part
        for entry in split_entries(lines, heads=_degree_bullet, studies=True)
        for school in _split_schools(_promote_date_header(entry))
        for part in _split_degrees(school)
    ]
    all_roles = [education_roles(header_pieces(entry, split_commas=False)) for entry in entries]
    entries, all_roles = join_stacked_dates(entries, all_roles)
    order = _degree_first(all_roles)
    above: Entry | None = None
    for entry, roles in zip(entries, all_roles, strict=True):
        if order is not None and not roles.named_school and roles.degree is None:
            roles = _by_layout(entry, order) or roles
        school = roles.school
        if _course_or_test(entry, roles):
            above = entry
            continue
        if _school_of_the_one_above(entry, roles, found, named, above):
            found[-1] = replace(found[-1], school=school)
            named[-1] = True
            above = entry
            continue
        if _completes_the_one_above(entry, roles, found, above):
            # `2006 – 2011 / Acme Institute / (higher)`, or the degree after the faculty
            # lines: the degree the entry above lacks, not an entry of its own.
            found[-1] = replace(
                found[-1], degree=roles.degree, field=found[-1].field or roles.field
            )
            above = entry
            continue
        if (
            school is None
            and roles.degree is not None
            and found
            and _under_the_one_above(entry, above, order_of)
            and _school_stands_apart(found[-1], order_of)
        ):
            school = found[-1].school
        above = entry
        if school is None and roles.degree is None:
            continue
        if entry.dates is None and not (roles.degree or (school and is_school(school.value))):
            continue
        degree, field = roles.degree, roles.field
        if (degree is None or roles.unnamed_degree) and school is not None:
            # A degree named in the lines under the header beats a header part naming none.
            degree, field = _degree_in_body(entry) or (degree, field)
        degree, field = _labelled_degree(entry) or (degree, field)
        shared = school is not roles.school  # the school of the entry above
        if degree is None and not roles.named_school and not shared:
            # Neither a degree nor a school named as one (`MOOCs & tutorials`, a course by a
            # company in a section of studies and certificates): not a studies entry.
            continue
        found.append(
            Education(
                school=school,
                degree=degree,
                dates=_entry_dates(entry),
                line=entry.line,
                details=tuple(Field(item.text, item.line) for item in entry.body),
                field=field,
            )
        )
        named.append(roles.named_school or shared)
    return found


def _course_or_test(entry: Entry, roles: Roles) -> bool:
    """An entry naming an online course platform, a language test or a short certificate
    (`Coursera – Machine Learning`, `TOEIC 945`), and no school by its words but that
    one: a course or a test listed with the studies, not studies (`Cambridge English:
    Preliminary`, taken at a university's centre, is studies)."""
    if not any(names_course(item.rest) for item in entry.header):
        return False
    school = roles.school.value if roles.school else ""
    return not (is_school(school) and not names_course(school))


def _degree_first(all_roles: list[Roles]) -> bool | None:
    """Whether the section's entries print the degree's line above the school's (True) or
    under it (False), by the entries that name both on lines of their own; None when they
    do not agree or none does."""
    votes = {
        _at(roles.degree.line) < _at(roles.school.line)  # type: ignore[operator]
        for roles in all_roles
        if roles.degree
        and roles.school
        and roles.named_school
        and not roles.unnamed_degree
        and roles.degree.line is not roles.school.line
        and roles.degree.line is not None
        and roles.school.line is not None
    }
    return votes.pop() if len(votes) == 1 else None


def _by_layout(entry: Entry, degree_first: bool) -> Roles | None:
    """An entry of two header lines naming neither a degree nor a school by their words
    (`Taller de Diseño Gráfico` over `Centro Industrial San Carlos`): the lines take the
    roles the section's other entries give their lines."""
    pieces = header_pieces(entry, split_commas=False)
    lines: list[Line] = []
    for _, line in pieces:
        if line not in lines:
            lines.append(line)
    if len(lines) != 2:  # a degree's line and a school's
        return None
    first = " ".join(text for text, line in pieces if line is lines[0])
    second = " ".join(text for text, line in pieces if line is lines[1])
    degree, school = (first, second) if degree_first else (second, first)
    degree_line, school_line = (lines[0], lines[1]) if degree_first else (lines[1], lines[0])
    if not _proper_name(school):
        return None  # `Data Science, ML & programming skills` names no school
    return Roles(Field(school, school_line), Field(degree, degree_line), None, named_school=True)


_SMALL_WORD_MAX = 3


def _proper_name(text: str) -> bool:
    """A name, its words capitalised but for short links (`Centro Industrial de Lima`)."""
    words = [word.strip("“”\"'()«»,") for word in text.split()]
    return bool(words) and all(
        word[:1].isupper() or not word[:1].isalpha() or len(word) <= _SMALL_WORD_MAX
        for word in words
    )


def _at(line: Line | None) -> tuple[int, int] | None:
    return (line.page, line.number) if line is not None else None


def studies_among(
    positions: list[Position], lines: tuple[Line, ...]
) -> tuple[list[Position], list[Education]]:
    """An experience section that lists studies with the jobs (`工作及教育经历`, work and
    education): a position read as a school and a degree is an education entry."""
    studied = {
        _at(p.line)
        for p in positions
        if p.company
        and p.title
        and is_school(p.company.value)
        and names_degree(p.title.value)
        and not title_score(p.title.value)  # "Research Associate" is a job at a university
    }
    if not studied:
        return positions, []
    found = [e for e in find_education(lines) if e.degree and _at(e.line) in studied]
    moved = {_at(e.line) for e in found}
    return [p for p in positions if _at(p.line) not in moved], found
