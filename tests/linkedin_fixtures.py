"""Fictional people written out as a resume (Markdown) and as a LinkedIn data export.

The export mimics what LinkedIn produces (the CSV headers are public facts)
with its usual differences from a resume: company names without legal
suffixes, abbreviated titles, a description paragraph instead of bullets,
year-only education dates. Tests and `benchmarks/profile_mismatch.py` build
pairs from these people and plant mismatches in the export.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from reslint.linkedin_csv import HEADERS, csv_text  # benchmarks import csv_text from here

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass(frozen=True)
class Job:
    company: str  # as the resume prints it
    title: str
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int] | None  # None: present
    bullets: tuple[str, ...]
    location: str = ""
    linkedin_company: str | None = None  # how LinkedIn spells the company, if differently
    linkedin_title: str | None = None
    # LinkedIn lists the job as several roles (a promotion): (title, start, end) each.
    linkedin_roles: tuple[tuple[str, tuple[int, int], tuple[int, int] | None], ...] = ()
    linkedin_year_only: bool = False  # LinkedIn shows `2019` rather than `Mar 2019`
    linkedin_no_dates: bool = False  # the profile leaves the dates out (no date line at all)
    linkedin_group_total: str | None = None  # a group's total duration, printed as given


@dataclass(frozen=True)
class School:
    school: str
    degree: str  # as the resume prints it
    start: int | None  # None: LinkedIn prints the end year alone
    end: int
    linkedin_degree: str | None = None


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    headline: str
    email: str
    phone: str
    jobs: tuple[Job, ...]
    schools: tuple[School, ...]
    extra_emails: tuple[str, ...] = field(default=())


def month_text(value: tuple[int, int] | None) -> str:
    if value is None:
        return "Present"
    return f"{MONTHS[value[1] - 1]} {value[0]}"


def numeric_month(value: tuple[int, int] | None) -> str:
    return "Present" if value is None else f"{value[1]:02d}/{value[0]}"


# Ways resumes print an entry; findings point at the entry's first line.
RESUME_STYLES = ("company-first", "title-at", "two-line")


def resume_markdown(person: Person, style: str = "company-first") -> str:
    out = [
        f"# {person.first} {person.last}",
        person.headline,
        f"{person.email} | {person.phone}",
        "",
        "## Experience",
    ]
    for job in person.jobs:
        if style == "title-at":
            dates = f"{numeric_month(job.start)} - {numeric_month(job.end)}"
            out.append(f"{job.title} at {job.company} | {dates}")
        elif style == "two-line":
            out.append(f"**{job.company}**")
            out.append(f"{job.title} | {month_text(job.start)} – {month_text(job.end)}")
        else:
            dates = f"{month_text(job.start)} – {month_text(job.end)}"
            out.append(f"**{job.company}** — {job.title}, {dates}")
        out.extend(f"- {bullet}" for bullet in job.bullets)
        out.append("")
    out.append("## Education")
    for school in person.schools:
        if style == "two-line":
            out.append(f"**{school.school}**")
            out.append(f"{school.degree}, graduated {school.end}")
        else:
            out.append(f"**{school.school}** — {school.degree}, {school.start} – {school.end}")
    return "\n".join(out) + "\n"


def export_csvs(person: Person) -> dict[str, str]:
    """The CSV files of a Basic export, by file name."""
    profile = csv_text(
        HEADERS["Profile.csv"],
        [
            [
                person.first,
                person.last,
                "",
                "",
                "",
                person.headline,
                f"{person.headline} with {len(person.jobs)} roles behind me.",
                "Software Development",
                "",
                "Springfield, Illinois, United States",
                "",
                f"[PERSONAL:https://{person.last.lower()}.example.org]",
                "",
            ]
        ],
    )
    positions = csv_text(
        HEADERS["Positions.csv"],
        [
            [
                job.linkedin_company or job.company,
                title,
                "\n".join(job.bullets),  # one multi-line description instead of bullets
                job.location,
                str(start[0]) if job.linkedin_year_only else month_text(start),
                "" if end is None else str(end[0]) if job.linkedin_year_only else month_text(end),
            ]
            for job in person.jobs
            for title, start, end in (
                job.linkedin_roles or ((job.linkedin_title or job.title, job.start, job.end),)
            )
        ],
    )
    education = csv_text(
        HEADERS["Education.csv"],
        [
            [s.school, str(s.start), str(s.end), "", s.linkedin_degree or s.degree, ""]
            for s in person.schools
        ],
    )
    emails = csv_text(
        HEADERS["Email Addresses.csv"],
        [[person.email, "Yes", "Yes", "3/14/19, 9:26 AM"]]
        + [[other, "Yes", "No", "1/2/15, 8:00 AM"] for other in person.extra_emails],
    )
    phones = csv_text(HEADERS["PhoneNumbers.csv"], [["", f" {person.phone}", "Mobile"]])
    skills = csv_text(HEADERS["Skills.csv"], [["Python"], ["SQL"]])
    return {
        "Profile.csv": profile,
        "Positions.csv": positions,
        "Education.csv": education,
        "Email Addresses.csv": emails,
        "PhoneNumbers.csv": phones,
        "Skills.csv": skills,
    }


def write_export_zip(path: Path, csvs: dict[str, str], folder: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in csvs.items():
            archive.writestr(f"{folder}{name}", text.encode("utf-8"))
    return path


ADA = Person(
    first="Ada",
    last="Lovelace",
    headline="Senior Data Engineer",
    email="ada.lovelace@example.org",
    phone="+1 609 555 0142",
    jobs=(
        Job(
            "Northwind Analytics Inc.",
            "Senior Data Engineer",
            (2021, 3),
            None,
            (
                "Built the billing data pipeline, cutting month-end close by 3 days",
                "Migrated 40 reports to dbt, halving run time",
            ),
            location="Chicago, IL",
            linkedin_company="Northwind Analytics",
            linkedin_title="Sr. Data Engineer",
        ),
        Job(
            "Contoso Ltd",
            "Data Engineer II",
            (2018, 6),
            (2021, 2),
            ("Designed a Kafka ingestion layer for 2 billion events a day",),
            linkedin_company="Contoso",
            linkedin_title="Data Engineer",
        ),
        Job(
            "Fabrikam & Partners LLC",
            "Business Analyst",
            (2016, 1),
            (2018, 5),
            ("Automated weekly sales reporting for 12 regional managers",),
            linkedin_company="Fabrikam and Partners",
        ),
    ),
    schools=(
        School(
            "University of Illinois Urbana-Champaign",
            "B.S. Computer Science",
            2012,
            2016,
            linkedin_degree="Bachelor of Science - BS, Computer Science",
        ),
    ),
)

GRACE = Person(
    first="Grace",
    last="Hopper",
    headline="Software Engineering Manager",
    email="grace.hopper@example.com",
    phone="(312) 555-0187",
    jobs=(
        Job(
            "Tailspin Toys Corp.",
            "Software Engineering Manager",
            (2020, 9),
            None,
            ("Led 9 engineers shipping the checkout rewrite, raising conversion 4%",),
            linkedin_company="Tailspin Toys",
        ),
        Job(
            "Woodgrove Bank",
            "Senior Software Engineer",
            (2017, 4),
            (2020, 8),
            ("Cut card-authorisation latency from 180 ms to 60 ms",),
            linkedin_title="Sr. Software Engineer",
        ),
        Job(
            "Litware GmbH",
            "Software Engineer",
            (2014, 10),
            (2017, 3),
            ("Wrote the invoice export used by 3,000 customers",),
            linkedin_company="Litware",
        ),
    ),
    schools=(
        School(
            "Yale University",
            "M.S. Mathematics",
            2012,
            2014,
            linkedin_degree="Master of Science (MS), Mathematics",
        ),
        School(
            "Vassar College",
            "B.A. Mathematics",
            2008,
            2012,
            linkedin_degree="Bachelor of Arts (BA), Mathematics",
        ),
    ),
    extra_emails=("ghopper1906@example.net",),
)

ALAN = Person(
    first="Alan",
    last="Turing",
    headline="Marketing Coordinator",
    email="alan.turing@example.net",
    phone="+1 415 555 0199",
    jobs=(
        Job(
            "Adventure Works Co.",
            "Marketing Coordinator",
            (2022, 1),
            None,
            ("Ran 14 email campaigns a quarter with a 31% open rate",),
            linkedin_company="Adventure Works",
        ),
        Job(
            "Blue Yonder Airlines",
            "Marketing Assistant",
            (2019, 7),
            (2021, 12),
            ("Grew the Instagram audience from 2,000 to 18,000 followers",),
            linkedin_title="Marketing Asst.",
        ),
    ),
    schools=(
        School(
            "University of Manchester",
            "B.A. Communications",
            2015,
            2019,
            linkedin_degree="Bachelor of Arts - BA, Communications",
        ),
    ),
)

PEOPLE = (ADA, GRACE, ALAN)


def with_job(person: Person, index: int, **changes: object) -> Person:
    jobs = list(person.jobs)
    jobs[index] = replace(jobs[index], **changes)
    return replace(person, jobs=tuple(jobs))


# --- LinkedIn's "Save to PDF" Profile.pdf ---------------------------------------------------

FULL_MONTHS = (
    "January February March April May June July August September October November December"
).split()
PROFILE_TODAY = (2026, 6)


GERMAN_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
).split()
SPANISH_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
# The PDF follows the viewer's interface language: headings, months, durations.
LABELS = {
    "en": {
        "contact": "Contact",
        "skills": "Top Skills",
        "summary": "Summary",
        "experience": "Experience",
        "education": "Education",
        "present": "Present",
        "page": "Page {n} of {m}",
    },
    "de": {
        "contact": "Kontakt",
        "skills": "Top-Kenntnisse",
        "summary": "Zusammenfassung",
        "experience": "Berufserfahrung",
        "education": "Ausbildung",
        "present": "Heute",
        "page": "Seite {n} von {m}",
    },
    "es": {
        "contact": "Contactar",
        "skills": "Aptitudes principales",
        "summary": "Extracto",
        "experience": "Experiencia",
        "education": "Educación",
        "present": "actualidad",
        "page": "Página {n} de {m}",
    },
}


def long_month(value: tuple[int, int] | None, language: str = "en") -> str:
    if value is None:
        return LABELS[language]["present"]
    if language == "es":
        return f"{SPANISH_MONTHS[value[1] - 1]} de {value[0]}"
    names = GERMAN_MONTHS if language == "de" else FULL_MONTHS
    return f"{names[value[1] - 1]} {value[0]}"


def duration(start: tuple[int, int], end: tuple[int, int] | None, language: str = "en") -> str:
    """LinkedIn's `(7 years 3 months)`, counting both end months, or `less than a year`."""
    last = end or PROFILE_TODAY
    years, months = divmod((last[0] * 12 + last[1]) - (start[0] * 12 + start[1]) + 1, 12)
    if language == "de":
        parts = [f"{years} Jahr{'e' * (years != 1)}"] if years else []
        parts += [f"{months} Monat{'e' * (months != 1)}"] if months else []
        return " ".join(parts) if years else "weniger als ein Jahr"
    if language == "es":
        parts = [f"{years} año{'s' * (years != 1)}"] if years else []
        parts += [f"{months} mes{'es' * (months != 1)}"] if months else []
        return " ".join(parts) if years else "menos de un año"
    parts = [f"{years} year{'s' * (years != 1)}"] if years else []
    parts += [f"{months} month{'s' * (months != 1)}"] if months else []
    return " ".join(parts) if years else "less than a year"


class _Pages:
    """Draws text top-down in LinkedIn's two columns (or one), with `Page N of M` footers."""

    def __init__(self, target: object, total: int, one_column: bool, language: str) -> None:
        from reportlab.lib.pagesizes import letter
        from reportlab.pdfgen import canvas

        self.canvas = canvas.Canvas(target, pagesize=letter)
        self.canvas.setAuthor("LinkedIn")
        self.canvas.setTitle("Resume")
        self.canvas.setCreator("LinkedIn")
        self.canvas.setProducer("Apache FOP Version 2.2")
        self.width, self.height = letter
        self.total = total
        self.one_column = one_column
        self.language = language
        self.main_x = 36 if one_column else 216
        self.page = 1
        self.main_y = self.side_y = self.height - 50
        if not one_column:
            self.canvas.setFillColorRGB(0.95, 0.96, 0.97)
            self.canvas.rect(0, 0, 195, self.height, stroke=0, fill=1)

    def _footer(self) -> None:
        self.canvas.setFillColorRGB(0.5, 0.5, 0.5)
        self.canvas.setFont("Helvetica", 9)
        middle = (self.main_x + self.width - 36) / 2
        footer = LABELS[self.language]["page"].format(n=self.page, m=self.total)
        self.canvas.drawCentredString(middle, 30, footer)

    def main(self, text: str, size: float, gap: float = 4, gray: bool = False) -> None:
        if self.main_y - size < 70:
            self._footer()
            self.canvas.showPage()
            self.page += 1
            self.main_y = self.height - 50
        self.main_y -= size
        self.canvas.setFillColorRGB(*((0.4, 0.4, 0.4) if gray else (0.1, 0.1, 0.1)))
        self.canvas.setFont("Helvetica", size)
        self.canvas.drawString(self.main_x, self.main_y, text)
        self.main_y -= gap

    def side(self, text: str, size: float, gap: float = 3) -> None:
        if self.one_column:
            self.main(text, size, gap)
            return
        self.side_y -= size
        self.canvas.setFillColorRGB(0.1, 0.1, 0.1)
        self.canvas.setFont("Helvetica", size)
        self.canvas.drawString(28, self.side_y, text)
        self.side_y -= gap

    def finish(self) -> int:
        self._footer()
        self.canvas.save()
        return self.page


def _wrap(text: str, width: int) -> list[str]:
    """Break `text` into pieces of at most `width` characters, as the sidebar wraps URLs."""
    return [text[i : i + width] for i in range(0, len(text), width)]


def _draw_profile(
    pages: _Pages,
    person: Person,
    one_column: bool,
    location_size: float,
    label_line: bool,
    location: str,
) -> None:
    words = LABELS[pages.language]
    slug = f"{person.first}-{person.last}-0a1b2c3d".lower()
    if not one_column:
        pages.side(words["contact"], 13, 8)
        pages.side(f"{person.phone} (Mobile)", 10.5)
        for piece in _wrap(person.email, 24):
            pages.side(piece, 10.5)
        pieces = _wrap(f"www.linkedin.com/in/{slug}", 26)
        for piece in pieces[:-1]:
            pages.side(piece, 10.5)
        if label_line:  # a URL that fills the line pushes its label onto the next one
            pages.side(pieces[-1], 10.5)
            pages.side("(LinkedIn)", 10.5)
        else:
            pages.side(f"{pieces[-1]} (LinkedIn)", 10.5)
        pages.side(f"{person.last.lower()}.example.org (Personal)", 10.5, 12)
        pages.side(words["skills"], 13, 8)
        for skill in ("Python", "SQL", "Team Leadership"):
            pages.side(skill, 10.5)
    pages.main(f"{person.first} {person.last}", 26, 8)
    for piece in textwrap.wrap(person.headline, 60):
        pages.main(piece, 12, 4)
    pages.main(location, location_size, 14, gray=True)
    if one_column:
        pages.main(f"{person.email}   www.linkedin.com/in/{slug}", 10.5, 14)
    pages.main(words["summary"], 15.75, 8)
    pages.main(f"{person.headline} who likes clean data and short meetings.", 10.5, 14)
    pages.main(words["experience"], 15.75, 8)
    for job in person.jobs:
        company = job.linkedin_company or job.company
        roles = job.linkedin_roles or ((job.linkedin_title or job.title, job.start, job.end),)
        if not one_column:
            pages.main(company, 12, 3)
            if len(roles) > 1:
                first = min(start for _, start, _ in roles)
                total = job.linkedin_group_total or duration(first, roles[0][2], pages.language)
                pages.main(total, 10.5, 3, gray=True)
        for title, start, end in roles:
            pages.main(f"{title} at {company}" if one_column else title, 11.5, 3)
            if job.linkedin_no_dates:
                pass
            elif job.linkedin_year_only:
                span = f"{start[0]} - {end[0] if end else words['present']}"
            else:
                span = f"{long_month(start, pages.language)} - {long_month(end, pages.language)}"
            if not job.linkedin_no_dates:
                pages.main(f"{span} ({duration(start, end, pages.language)})", 10.5, 3, gray=True)
            if job.location:
                pages.main(job.location, 10.5, 3, gray=True)
            for bullet in job.bullets:
                pages.main(bullet, 10.5, 2)
            pages.main(" ", 4, 6)
    pages.main(words["education"], 15.75, 8)
    for school in person.schools:
        pages.main(school.school, 12, 3)
        degree = school.linkedin_degree or school.degree
        span = f"{school.start} - {school.end}" if school.start else f"{school.end}"
        pages.main(f"{degree} · ({span})" if degree else f"({span})", 10.5, 10)


def write_profile_pdf(
    path: Path,
    person: Person,
    *,
    one_column: bool = False,
    language: str = "en",
    location_size: float = 10.5,
    label_line: bool = False,
    location: str = "Springfield, Illinois, United States",
) -> Path:
    """A Profile.pdf laid out like LinkedIn's "Save to PDF" (two columns; or the older one).

    `location_size` 12 prints the location in the headline's size, as newer profiles do;
    `label_line` puts `(LinkedIn)` on a line of its own under the profile URL; `location`
    is the place printed under the headline.
    """
    counting = _Pages(io.BytesIO(), 1, one_column, language)
    _draw_profile(counting, person, one_column, location_size, label_line, location)
    total = counting.finish()
    pages = _Pages(str(path), total, one_column, language)
    _draw_profile(pages, person, one_column, location_size, label_line, location)
    pages.finish()
    return path
