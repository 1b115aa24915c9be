"""Resume against LinkedIn profile: positions, dates, titles, schools, contact and name.

Each check reads the profile from `ctx.profile` and yields hits that point at
the resume's line, with the profile's line in `related`, and a message that
says what each side has.

Direction of `profile-position-missing`: a resume position with no employer
match on LinkedIn is always reported (a recruiter who checks LinkedIn sees a
job that is not there). A LinkedIn position missing from the resume is only
reported when it overlaps none of the resume's positions and is not older
than the resume's oldest one: resumes rightly leave out early jobs, and a
side role held alongside a listed job (a board seat, volunteering) is a
choice; a LinkedIn job in a gap of the resume or after its latest entry
(an out-of-date resume) is what a recruiter asks about.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.base import Context, Hit, Option
from reslint.kinds.profile_match import (
    LEGAL_SUFFIXES,
    NAME_AFFIXES,
    Group,
    Side,
    degree_level,
    degree_subject,
    different_subjects,
    match_positions,
    match_schools,
    month_gap,
    parse_abbreviations,
    parse_nicknames,
    same_person,
    show,
    similar,
    span,
    title_key,
    value_line,
    where,
)
from reslint.lexicon.contact import normalise_phone
from reslint.lexicon.headings import heading_kind
from reslint.model import DateRange, DateValue, Document, Education, Field, Line

MATCH_OPTIONS = {
    "company_threshold": Option(
        "int", 85, "Fuzzy score (0–100) above which two company names are the same employer."
    ),
    "legal_suffixes": Option(
        "strings", list(LEGAL_SUFFIXES), "Words dropped from the end of company names."
    ),
    "abbreviations": Option(
        "strings", [], "`short = long` words spelled out in titles before comparing them."
    ),
}
MISSING_OPTIONS = dict(MATCH_OPTIONS)
DATE_OPTIONS = {
    **MATCH_OPTIONS,
    "tolerance_months": Option(
        "int", 3, "Months a start or end date may differ before it counts as a mismatch."
    ),
}
TITLE_OPTIONS = {
    **MATCH_OPTIONS,
    "title_threshold": Option(
        "int", 90, "Fuzzy score (0–100) below which two titles name different roles."
    ),
}
EDUCATION_OPTIONS = {
    "school_threshold": Option("int", 85, "Fuzzy score above which two school names match."),
    "subject_threshold": Option(
        "int", 85, "Fuzzy score (0–100) at which two words of a field of study are the same."
    ),
    "tolerance_months": Option("int", 3, "Months a start or end date may differ."),
}
CONTACT_OPTIONS = {
    "fields": Option("strings", ["email", "phone"], "What to compare: email, phone."),
}
NAME_OPTIONS = {
    "threshold": Option("int", 90, "Fuzzy score below which two names are different."),
    "nicknames": Option(
        "strings", [], "`name = nickname, nickname` lines: first names that stand for each other."
    ),
    "affixes": Option(
        "strings",
        sorted(NAME_AFFIXES),
        "Honorifics, generations and credentials around a name that are not part of it.",
    ),
}


def _profile(ctx: Context) -> Document:
    if ctx.profile is None:  # the engine runs profile kinds only with a profile
        raise ValueError("profile check without a profile")
    return ctx.profile


def _matching(doc: Document, options: Mapping[str, Any], ctx: Context):
    return match_positions(
        doc.positions,
        _profile(ctx).positions,
        suffixes=options["legal_suffixes"],
        threshold=options["company_threshold"],
        today_index=ctx.today_index,
        abbreviations=parse_abbreviations(options["abbreviations"]),
    )


def _label(side: Side) -> str:
    title = f"{side.title.value} at " if side.title is not None else ""
    dates = side.position.dates
    when = f" ({dates.raw or show(dates.start)})" if dates is not None else ""
    return f"{title}{side.company.value}{when}"


def _related(*lines: Line | None) -> tuple[Line, ...]:
    return tuple(line for line in lines if line is not None)


# --- profile-position-missing ---------------------------------------------------------------


def check_missing(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    profile = _profile(ctx)
    if not profile.positions or not doc.positions:
        return  # a profile without positions (or a resume without) says nothing about any one
    matching = _matching(doc, options, ctx)
    today = ctx.today_index
    resume_spans = [s for s in (span(p.dates, today) for p in doc.positions) if s is not None]
    oldest = min((start for start, _ in resume_spans), default=None)
    experience = next((s.heading for s in doc.sections if s.kind == "experience"), None)
    for group in matching.groups:
        if group.resume and not group.profile:
            for side in group.resume:
                if side.position.section and _section_kind(side.position.section) != "experience":
                    continue  # volunteering, research, leadership: LinkedIn lists them apart
                yield Hit(
                    f"'{_label(side)}' is not on the LinkedIn profile",
                    side.line,
                    text=side.company.text,
                    suggestion="Add the position to LinkedIn, or check the company name matches.",
                )
        elif group.profile and not group.resume and oldest is not None:
            for side in group.profile:
                months = span(side.position.dates, today)
                if months is None or months[1] < oldest:
                    continue  # older than the resume: leaving out early jobs is normal
                if any(months[0] <= end and start <= months[1] for start, end in resume_spans):
                    continue  # held alongside a listed job: a side role the resume may skip
                yield Hit(
                    f"LinkedIn lists '{_label(side)}' ({where(side.line)}), "
                    "which the resume does not",
                    experience or (doc.positions[0].line if doc.positions else None),
                    text=side.company.text,
                    suggestion="Add it to the resume or explain the gap it leaves.",
                    related=_related(side.line),
                )


def _section_kind(title: str) -> str | None:
    return heading_kind(Line(title, heading=True))


# --- profile-date-mismatch ------------------------------------------------------------------


def _date_problems(
    resume: DateRange | None, profile: DateRange | None, tolerance: int, today: int
) -> list[str]:
    if resume is None or profile is None:
        return []
    problems: list[str] = []
    for label, a, b in (("start", resume.start, profile.start), ("end", resume.end, profile.end)):
        gap = month_gap(a, b, today)
        if gap is not None and gap > tolerance:
            problems.append(f"{label} {show(a)} vs {show(b)}")
    return problems


Compared = tuple[Side, Side, DateRange | None, DateRange | None]


def _group_ends(group: Group, today: int) -> list[Compared]:
    """An employer listed as a different number of roles on each side: its first start and
    its last end, each compared at the entries they come from."""

    def first_and_last(sides: tuple[Side, ...]) -> tuple[Side, Side] | None:
        dated = [s for s in sides if s.position.dates and s.position.dates.start]
        if not dated:
            return None

        def start(side: Side) -> int:
            dates = side.position.dates
            return dates.start.earliest(today) if dates and dates.start else 0

        def end(side: Side) -> int:
            dates = side.position.dates
            value = (dates.end or dates.start) if dates else None
            return value.latest(today) if value else 0

        return min(dated, key=start), max(dated, key=end)

    mine, theirs = first_and_last(group.resume), first_and_last(group.profile)
    if mine is None or theirs is None:
        return []
    compared: list[Compared] = []
    for index, (a, b) in enumerate(zip(mine, theirs, strict=True)):
        da, db = a.position.dates, b.position.dates
        if da is None or db is None:
            continue
        if index == 0:  # the first start only
            compared.append(
                (a, b, DateRange(da.start, None, line=da.line), DateRange(db.start, None))
            )
        else:  # the last end only
            compared.append((a, b, DateRange(None, da.end, line=da.line), DateRange(None, db.end)))
    return compared


def check_dates(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    matching = _matching(doc, options, ctx)
    tolerance = options["tolerance_months"]
    today = ctx.today_index
    compared: list[Compared] = [
        (a, b, a.position.dates, b.position.dates) for a, b in matching.pairs
    ]
    for group in matching.groups:
        if group.resume and group.profile and len(group.resume) != len(group.profile):
            compared.extend(_group_ends(group, today))
    for resume, profile, mine, theirs in compared:
        problems = _date_problems(mine, theirs, tolerance, today)
        if problems:
            anchor = mine.line if mine is not None and mine.line is not None else resume.line
            yield Hit(
                f"dates of {resume.company.value} differ from LinkedIn ({where(profile.line)}): "
                + "; ".join(problems),
                anchor,
                text=mine.raw or None if mine is not None else None,
                suggestion="Make the resume and LinkedIn agree on when the job started and ended.",
                related=_related(profile.line),
            )


# --- profile-title-mismatch -----------------------------------------------------------------


def check_titles(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    matching = _matching(doc, options, ctx)
    abbreviations = parse_abbreviations(options["abbreviations"])
    threshold = options["title_threshold"]

    def alike(a: Field, b: Field) -> bool:
        return similar(title_key(a.value, abbreviations), title_key(b.value, abbreviations)) >= (
            threshold
        )

    for resume, profile in matching.pairs:
        if resume.title is None or profile.title is None or alike(resume.title, profile.title):
            continue
        yield _title_hit(resume, resume.title, profile.title, profile.line)
    for group in matching.groups:
        if not group.resume or not group.profile or len(group.resume) == len(group.profile):
            continue
        # Promotions listed differently: only a resume title like none on LinkedIn is a mismatch.
        mine = [(s, s.title) for s in group.resume if s.title is not None]
        theirs = [(s, s.title) for s in group.profile if s.title is not None]
        if mine and theirs and not any(alike(a, b) for _, a in mine for _, b in theirs):
            yield _title_hit(mine[0][0], mine[0][1], theirs[0][1], theirs[0][0].line)


def _title_hit(resume: Side, mine: Field, theirs: Field, line: Line | None) -> Hit:
    return Hit(
        f"title '{mine.value}' at {resume.company.value} differs from LinkedIn's "
        f"'{theirs.value}' ({where(line)})",
        value_line(mine, resume.line),
        text=mine.text,
        suggestion="Use the same job title on the resume and on LinkedIn.",
        related=_related(line),
    )


# --- profile-education-mismatch -------------------------------------------------------------


DEGREES_ON_PROFILES = frozenset({"associate", "bachelor", "master", "doctorate"})


def _still_studying(a: DateValue | None, b: DateValue | None, today: int) -> bool:
    """`Present` on one side and an expected graduation still ahead on the other agree."""
    if a is None or b is None or a.present == b.present:
        return False
    ahead = b if a.present else a
    return ahead.latest(today) >= today


def _graduation(dates: DateRange | None) -> DateValue | None:
    """The end of studies; a resume's single date (`2016`) is its graduation."""
    if dates is None:
        return None
    return dates.end if dates.end is not None else dates.start


def _studied(entry: Education) -> str:
    """The degree with its field of study, as one text: `B.S., Computer Science`."""
    parts = (entry.degree, entry.field)
    return ", ".join(part.value for part in parts if part is not None)


def check_education(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    profile = _profile(ctx)
    if not profile.education:
        return
    today = ctx.today_index
    tolerance = options["tolerance_months"]
    for mine, theirs in match_schools(
        doc.education, profile.education, options["school_threshold"]
    ):
        if mine.school is None:
            continue
        if theirs is None:
            level = degree_level(mine.degree.value) if mine.degree is not None else None
            if level not in DEGREES_ON_PROFILES:
                continue  # courses, certificates and school diplomas often stay off LinkedIn
            yield Hit(
                f"school '{mine.school.value}' is not on the LinkedIn profile",
                value_line(mine.school, mine.line),
                text=mine.school.text,
                suggestion="List the same schools on LinkedIn, or check the school's name.",
            )
            continue
        problems: list[str] = []
        other_degree = False
        if mine.degree is not None and theirs.degree is not None:
            a, b = degree_level(mine.degree.value), degree_level(theirs.degree.value)
            other_degree = bool(a and b and a != b) or different_subjects(
                degree_subject(_studied(mine)),
                degree_subject(_studied(theirs)),
                options["subject_threshold"],
            )
            if other_degree:
                problems.append(f"degree '{_studied(mine)}' vs '{_studied(theirs)}'")
        if mine.dates is not None and theirs.dates is not None:
            end_a, end_b = _graduation(mine.dates), _graduation(theirs.dates)
            gap = month_gap(end_a, end_b, today)
            if gap is not None and gap > tolerance and not _still_studying(end_a, end_b, today):
                problems.append(f"end {show(end_a)} vs {show(end_b)}")
            if mine.dates.end is not None:
                gap = month_gap(mine.dates.start, theirs.dates.start, today)
                if gap is not None and gap > tolerance:
                    problems.append(f"start {show(mine.dates.start)} vs {show(theirs.dates.start)}")
        if problems:
            anchor = mine.degree.line if other_degree and mine.degree is not None else None
            anchor = anchor or mine.line
            yield Hit(
                f"{mine.school.value} differs from LinkedIn ({where(theirs.line)}): "
                + "; ".join(problems),
                anchor,
                text=mine.school.text,
                suggestion="Make the degree and years the same on the resume and on LinkedIn.",
                related=_related(theirs.line),
            )


# --- profile-contact-mismatch ---------------------------------------------------------------


def _phone_key(field: Field, region: str) -> str:
    number = normalise_phone(field.raw or field.value, region) or field.value
    digits = "".join(ch for ch in number if ch.isdigit())
    return digits[-10:]


def check_contact(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    profile = _profile(ctx)
    wanted = set(options["fields"])
    if "email" in wanted and doc.contact.emails and profile.contact.emails:
        theirs = {field.value.lower() for field in profile.contact.emails}
        if not any(field.value.lower() in theirs for field in doc.contact.emails):
            first, other = doc.contact.emails[0], profile.contact.emails[0]
            yield Hit(
                f"email {first.value} is not among LinkedIn's ({other.value}, {where(other.line)})",
                first.line,
                text=first.text,
                suggestion="Give the same address on the resume and on LinkedIn.",
                related=_related(other.line),
            )
    if "phone" in wanted and doc.contact.phones and profile.contact.phones:
        theirs = {_phone_key(field, ctx.region) for field in profile.contact.phones}
        if not any(_phone_key(field, ctx.region) in theirs for field in doc.contact.phones):
            first, other = doc.contact.phones[0], profile.contact.phones[0]
            yield Hit(
                f"phone {first.text} differs from LinkedIn's {other.text.strip()} "
                f"({where(other.line)})",
                first.line,
                text=first.text,
                suggestion="Give the same phone number on the resume and on LinkedIn.",
                related=_related(other.line),
            )


# --- profile-name-mismatch ------------------------------------------------------------------


def check_name(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    mine, theirs = doc.contact.name, _profile(ctx).contact.name
    if (
        mine is None
        or theirs is None
        or same_person(
            mine.value,
            theirs.value,
            options["threshold"],
            parse_nicknames(tuple(options["nicknames"])),
            options["affixes"],
        )
    ):
        return
    yield Hit(
        f"name '{mine.value}' differs from LinkedIn's '{theirs.value}' ({where(theirs.line)})",
        mine.line,
        text=mine.text,
        suggestion="Use the same name on both, or check the profile is yours.",
        related=_related(theirs.line),
    )
