"""How well the profile-* rules find planted resume/LinkedIn mismatches, and stay quiet otherwise.

Builds fictional people (the three hand-written ones in tests/linkedin_fixtures.py plus
randomly generated ones), writes each as a Markdown resume (in turn company first, `Title at
Company | MM/YYYY - MM/YYYY`, or company and title on two lines with a graduation year only)
and a LinkedIn export ZIP with
LinkedIn's usual differences (no legal suffixes, abbreviated titles, a description instead
of bullets, year-only education dates, some year-only position dates, promotions split into
separate roles), then plants one mismatch per variant in the export, and the same again with
the profile as a Save-to-PDF Profile.pdf (built with reportlab, a dev dependency):

    date     a position's start or end moved by 4-9 months
    title    a position's title replaced by a different role
    missing  a position dropped from LinkedIn
    degree   the degree's level or field changed
    year     the graduation year moved by 1-2 years
    email    a different email address
    name     a different first name

A planted mismatch counts as found when its rule fires at the resume line of the changed
position (or education entry, or email). Every other profile finding is a false one, and so
is any finding on a near miss: a date moved by 1-3 months, year-only LinkedIn dates, a
company with an extra word (Group, Inc.), a title synonym (Developer for Engineer, Mgr), an
old job or a side role on LinkedIn only, the first name as a nickname (Bob for Robert, for
the people whose name has one) or with a middle initial. `--pdf-language` writes Profile.pdf
in German or Spanish, with its month names, durations and word for present.

Then, for precision on real layouts, every corpus resume reslint can read is parsed and
written back as an export with LinkedIn's differences (legal suffixes dropped, "Senior"
as "Sr.", year-only education dates); any profile finding on such a pair is a false one.

    python benchmarks/profile_mismatch.py [--pairs 60] [--seed 7] [--via export|pdf|both]
                                          [--pdf-language en|de|es]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reslint.config import Config
from reslint.kinds.shared.profile.pairing import LEGAL_SUFFIXES
from reslint.linting import try_load
from reslint.model import DateValue, Document, Finding
from reslint.options import RunOptions
from reslint.readers import detect
from reslint.rulebook import load_rulebook
from reslint.runner import run
from reslint.selection import Selection
from tests.linkedin_fixtures import (
    LABELS,
    MONTHS,
    PEOPLE,
    RESUME_STYLES,
    Job,
    Person,
    School,
    csv_text,
    export_csvs,
    resume_markdown,
    with_job,
    write_export_zip,
    write_profile_pdf,
)

TODAY = date(2026, 6, 15)
COMPANIES = [
    ("Northwind Traders Inc.", "Northwind Traders"),
    ("Contoso Ltd", "Contoso"),
    ("Fabrikam, Inc.", "Fabrikam"),
    ("Tailspin Toys Corp.", "Tailspin Toys"),
    ("Woodgrove Bank", "Woodgrove Bank"),
    ("Litware GmbH", "Litware"),
    ("Adventure Works Co.", "Adventure Works"),
    ("Proseware LLC", "Proseware"),
    ("Wingtip Toys & Games", "Wingtip Toys and Games"),
    ("Lucerne Publishing", "Lucerne Publishing Ltd."),
    ("Alpine Ski House", "Alpine Ski House"),
    ("Coho Winery Inc", "Coho Winery"),
    ("Fourth Coffee", "Fourth Coffee LLC"),
    ("Trey Research", "Trey Research, Inc."),
    ("Wide World Importers", "Wide World Importers"),
    ("Graphic Design Institute", "Graphic Design Institute"),
]
TITLES = [
    ("Senior Software Engineer", "Sr. Software Engineer"),
    ("Software Engineer II", "Software Engineer"),
    ("Data Analyst", "Data Analyst"),
    ("Marketing Manager", "Marketing Mgr"),
    ("Vice President of Sales", "VP of Sales"),
    ("Junior Accountant", "Jr. Accountant"),
    ("Product Designer", "Product Designer"),
    ("Operations Coordinator", "Ops Coordinator"),
    ("Senior Project Manager", "Sr Project Manager"),
    ("Customer Support Specialist", "Customer Support Specialist"),
    ("Human Resources Generalist", "HR Generalist"),
    ("Quality Assurance Engineer", "QA Engineer"),
    ("Registered Nurse", "Registered Nurse"),
    ("Research Assistant", "Research Asst."),
]
OTHER_ROLES = [
    "Head Chef",
    "Account Executive",
    "Graphic Designer",
    "Financial Analyst",
    "Teacher",
    "Warehouse Supervisor",
    "Office Manager",
    "Paralegal",
]
SCHOOLS = [
    "University of Illinois Urbana-Champaign",
    "Vassar College",
    "University of Manchester",
    "Georgia Institute of Technology",
    "Universidad de Buenos Aires",
    "Ohio State University",
]
DEGREES = [  # resume, LinkedIn, a different degree planted on LinkedIn
    (
        "B.S. Computer Science",
        "Bachelor of Science - BS, Computer Science",
        "Master of Science - MS, Computer Science",
    ),
    ("B.A. Economics", "Bachelor of Arts (BA), Economics", "Bachelor of Arts (BA), Philosophy"),
    # Another kind of degree at the same level, the field unchanged (issue 15).
    ("B.S. Economics", "Bachelor of Science - BS, Economics", "Bachelor of Arts - BA, Economics"),
    (
        "B.S. Business Administration",
        "Bachelor of Science - BS, Business Administration",
        "Bachelor of Business Administration - BBA, Business Administration",
    ),
    (
        "M.S. Statistics",
        "Master of Science - MS, Statistics",
        "Bachelor of Science - BS, Statistics",
    ),
    ("MBA", "Master of Business Administration - MBA", "Bachelor of Business Administration - BBA"),
    (
        "Ph.D. Chemistry",
        "Doctor of Philosophy - PhD, Chemistry",
        "Master of Science - MS, Chemistry",
    ),
    (
        "B.Eng. Mechanical Engineering",
        "Bachelor of Engineering - BE, Mechanical Engineering",
        "Bachelor of Engineering - BE, Civil Engineering",
    ),
    # Degrees named in the resume's language, whose level only the degree table knows.
    ("Licenciatura en Economía", "Licenciatura, Economía", "Máster, Economía"),
    ("Diplom Informatik", "Diplom, Informatik", "Bachelor of Science - BS, Informatik"),
    (
        "Magister Soziologie",
        "Magister Artium - M.A., Soziologie",
        "Bachelor of Arts - BA, Soziologie",
    ),
    (
        "Mestrado em Engenharia Civil",
        "Mestrado, Engenharia Civil",
        "Licenciatura, Engenharia Civil",
    ),
]
FIRST = [
    "Maria",
    "Wei",
    "Olusegun",
    "Priya",
    "Jonas",
    "Fatima",
    "Diego",
    "Hannah",
    "Kenji",
    "Amara",
    "Robert",
    "Elizabeth",
    "William",
    "Katherine",
    "Alexander",
    "Margaret",
]
# What some of them go by: LinkedIn shows one, the resume the other.
NICKNAME = {
    "Robert": "Bob",
    "Elizabeth": "Liz",
    "William": "Bill",
    "Katherine": "Kate",
    "Alexander": "Alex",
    "Margaret": "Peggy",
}
LAST = ["Okafor", "Lindqvist", "Tanaka", "Fernandes", "Novak", "Haddad", "Moreau", "Kowalski"]
KINDS = ("date", "title", "missing", "degree", "year", "email", "name")
RULE_OF = {
    "date": "profile-date-mismatch",
    "title": "profile-title-mismatch",
    "missing": "profile-position-missing",
    "degree": "profile-education-mismatch",
    "year": "profile-education-mismatch",
    "email": "profile-contact-mismatch",
    "name": "profile-name-mismatch",
}


def _months(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def random_person(rng: random.Random) -> Person:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    companies = rng.sample(COMPANIES, rng.randint(2, 4))
    end = TODAY.year * 12 + TODAY.month - 1 - rng.randint(0, 2)
    jobs: list[Job] = []
    for index, (company, linkedin_company) in enumerate(companies):
        length = rng.randint(10, 50)
        start = end - length
        title, linkedin_title = rng.choice(TITLES)
        job = Job(
            company,
            title,
            _months(start),
            None if index == 0 else _months(end),
            (f"Cut the {rng.choice(['backlog', 'cost', 'cycle time'])} by {rng.randint(5, 40)}%",),
            linkedin_company=linkedin_company,
            linkedin_title=linkedin_title,
        )
        if index > 0 and length >= 30 and rng.random() < 0.3:
            # LinkedIn shows the promotion as two roles; the resume keeps one entry.
            middle = start + length // 2
            job = replace(
                job,
                linkedin_roles=(
                    (linkedin_title, _months(middle), _months(end)),
                    (f"Associate {title.split()[-1]}", _months(start), _months(middle - 1)),
                ),
            )
        jobs.append(job)
        end = start - rng.randint(0, 3)
    degree, linkedin_degree, _ = rng.choice(DEGREES)
    graduation = end // 12
    school = School(rng.choice(SCHOOLS), degree, graduation - 4, graduation, linkedin_degree)
    return Person(
        first=first,
        last=last,
        headline=jobs[0].title,
        email=f"{first.lower()}.{last.lower()}@example.org",
        phone=f"+1 312 555 01{rng.randint(10, 99)}",
        jobs=tuple(jobs),
        schools=(school,),
    )


# Differences that are not mismatches: the rules must stay silent on every one.
NEAR_MISSES = (
    "date-within-3",
    "year-only-dates",
    "company-extra-word",
    "title-synonym",
    "old-job",
    "side-role",
    "nickname",
    "middle-initial",
)
SYNONYMS = {"Engineer": "Developer", "Assistant": "Asst.", "Manager": "Mgr", "Senior": "Sr."}


def near_miss(person: Person, kind: str, rng: random.Random) -> Person | None:
    """The profile side with a difference a recruiter would not call a mismatch; None when
    the difference does not apply to this person (a nickname for a name that has none)."""
    if kind == "nickname":
        nickname = NICKNAME.get(person.first)
        return replace(person, first=nickname) if nickname else None
    if kind == "middle-initial":
        return replace(person, first=f"{person.first} {rng.choice('ABCDEFGHJKLMNPRSTW')}.")
    plain = [i for i, job in enumerate(person.jobs) if not job.linkedin_roles]
    index = rng.choice(plain) if plain else 0
    job = person.jobs[index]
    if kind == "date-within-3":
        start = job.start[0] * 12 + job.start[1] - 1 + rng.choice([-3, -2, -1, 1, 2, 3])
        return with_job(person, index, start=_months(start))
    if kind == "year-only-dates":  # LinkedIn shows years only: rendered as January of the year
        return with_job(person, index, linkedin_year_only=True)
    if kind == "company-extra-word":
        extra = rng.choice(["Group", "Corporation", "Inc.", "Holdings"])
        company = job.linkedin_company or job.company
        return with_job(person, index, linkedin_company=f"{company} {extra}")
    if kind == "title-synonym":
        title = " ".join(SYNONYMS.get(word, word) for word in job.title.split())
        return with_job(person, index, linkedin_title=title)
    oldest = min(j.start for j in person.jobs)
    if kind == "old-job":
        end = oldest[0] * 12 + oldest[1] - 1 - rng.randint(1, 6)
        old = Job("Burger Barn", "Cashier", _months(end - 20), _months(end), ("Served guests",))
        return replace(person, jobs=(*person.jobs, old))
    start = person.jobs[0].start[0] * 12 + person.jobs[0].start[1] - 1 + rng.randint(1, 6)
    side = Job("Code Club", "Volunteer Mentor", _months(start), None, ("Taught Python",))
    return replace(person, jobs=(side, *person.jobs))


def plant(person: Person, kind: str, rng: random.Random) -> tuple[Person, int]:
    """The profile side with one mismatch, and the index of the job or school it touches."""
    plain = [i for i, job in enumerate(person.jobs) if not job.linkedin_roles]
    index = rng.choice(plain) if plain else 0
    job = person.jobs[index]
    if kind == "date":
        shift = rng.choice([-1, 1]) * rng.randint(4, 9)
        if job.end is None or rng.random() < 0.5:
            start = job.start[0] * 12 + job.start[1] - 1 + shift
            return with_job(person, index, start=_months(start)), index
        end = job.end[0] * 12 + job.end[1] - 1 + shift
        return with_job(person, index, end=_months(end)), index
    if kind == "title":
        other = rng.choice([r for r in OTHER_ROLES if r != job.title])
        return with_job(person, index, linkedin_title=other), index
    if kind == "missing":
        return replace(person, jobs=person.jobs[:index] + person.jobs[index + 1 :]), index
    school, *rest = person.schools
    if kind == "degree":
        row = next((d for d in DEGREES if d[0] == school.degree), None)
        planted = row[2] if row else "Associate of Arts - AA, General Studies"
        return replace(person, schools=(replace(school, linkedin_degree=planted), *rest)), 0
    if kind == "year":
        moved = school.end + rng.choice([-2, -1, 1, 2])
        return replace(person, schools=(replace(school, end=moved), *rest)), 0
    if kind == "name":
        other = rng.choice([name for name in FIRST if name != person.first])
        return replace(person, first=other), 0
    return replace(person, email=f"{person.last.lower()}{rng.randint(10, 99)}@example.net"), 0


def expected_lines(markdown: str, person: Person, kind: str, index: int, style: str) -> set[int]:
    """Where the finding should point: a header line of the changed entry (two in the
    two-line style: company, then title and dates), or the email's line."""
    lines = markdown.splitlines()
    if kind == "name":
        return {1}  # the `# First Last` heading
    if kind == "email":
        needle = person.email
    elif kind in ("degree", "year"):
        needle = person.schools[0].school
    else:
        needle = person.jobs[index].company
    first = next(number for number, text in enumerate(lines, 1) if needle in text)
    return {first, first + 1} if style == "two-line" and kind != "email" else {first}


def findings_for(
    folder: Path, resume: str, profile: Person, options: RunOptions, via: str, language: str
) -> list[Finding]:
    folder.mkdir(parents=True)
    resume_path = folder / "resume.md"
    resume_path.write_text(resume, encoding="utf-8")
    if via == "pdf":
        target = write_profile_pdf(folder / "Profile.pdf", profile, language=language)
    else:
        name = "Basic_LinkedInDataExport_06-01-2026.zip"
        target = write_export_zip(folder / name, export_csvs(profile))
    report = run([resume_path], replace(options, profile=target))
    return list(report.findings)


def _linkedin_date(value: DateValue | None) -> str:
    if value is None or value.present or value.year is None:
        return ""
    return f"{MONTHS[value.month - 1]} {value.year}" if value.month else str(value.year)


def _linkedin_company(name: str) -> str:
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().strip(".") in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def export_of(doc: Document) -> dict[str, str]:
    """The export LinkedIn would give for what reslint read from a resume."""
    name = doc.contact.name.value.split() if doc.contact.name else ["", ""]
    positions = [
        [
            _linkedin_company(p.company.value) if p.company else "",
            (p.title.value if p.title else "").replace("Senior ", "Sr. "),
            " ".join(b.value for b in p.bullets),
            "",
            _linkedin_date(p.dates.start if p.dates else None),
            _linkedin_date(p.dates.end if p.dates else None),
        ]
        for p in doc.positions
    ]
    education = [
        [
            e.school.value if e.school else "",
            str(e.dates.start.year) if e.dates and e.dates.start and e.dates.start.year else "",
            str(e.dates.end.year) if e.dates and e.dates.end and e.dates.end.year else "",
            "",
            e.degree.value if e.degree else "",
            "",
        ]
        for e in doc.education
    ]
    head = ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]
    return {
        "Profile.csv": csv_text(["First Name", "Last Name"], [[name[0], " ".join(name[1:])]]),
        "Positions.csv": csv_text(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            positions,
        ),
        "Education.csv": csv_text(head, education),
        "Email Addresses.csv": csv_text(
            ["Email Address", "Primary"], [[e.value, "Yes"] for e in doc.contact.emails]
        ),
    }


def corpus_check(corpus: Path, root: Path, options: RunOptions) -> tuple[int, int, Counter[str]]:
    """Corpus resumes paired with their own export: (pairs, positions, false findings)."""
    pairs = positions = 0
    false: Counter[str] = Counter()
    for path in sorted(corpus.rglob("*")):
        reader = detect(path) if path.is_file() else None
        if reader is None or reader.kind != "resume":
            continue
        doc = try_load(path, options.loading)
        if isinstance(doc, str) or not doc.positions:
            continue
        pairs += 1
        positions += len(doc.positions)
        export = write_export_zip(root / f"corpus-{pairs}.zip", export_of(doc))
        for finding in run([path], replace(options, profile=export)).findings:
            false[finding.rule] += 1
            print(f"  corpus {path.name}: {finding.rule}: {finding.message}")
    return pairs, positions, false


@dataclass
class Tally:
    planted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    misplaced: Counter[str] = field(default_factory=Counter)
    false_on_planted: Counter[str] = field(default_factory=Counter)
    false_on_clean: Counter[str] = field(default_factory=Counter)
    near_misses: Counter[str] = field(default_factory=Counter)
    false_on_near: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if len(self.examples) < 8:
            self.examples.append(text)


def measure(
    people: list[Person], via: str, seed: int, options: RunOptions, root: Path, language: str
) -> Tally:
    """Clean and planted pairs for every person, with the profile as an export or a PDF."""
    rng = random.Random(seed)  # the same plants whatever the profile's format
    tally = Tally()
    for number, person in enumerate(people):
        style = RESUME_STYLES[number % len(RESUME_STYLES)]
        markdown = resume_markdown(person, style)
        clean = root / f"{via}-{number}-clean"
        for finding in findings_for(clean, markdown, person, options, via, language):
            tally.false_on_clean[finding.rule] += 1
            tally.note(f"clean #{number} ({style}): {finding.rule}: {finding.message}")
        for kind in KINDS:
            profile, index = plant(person, kind, rng)
            tally.planted[kind] += 1
            want = expected_lines(markdown, person, kind, index, style)
            hit = False
            folder = root / f"{via}-{number}-{kind}"
            for finding in findings_for(folder, markdown, profile, options, via, language):
                if finding.rule == RULE_OF[kind] and finding.location.line in want and not hit:
                    hit = True
                elif finding.rule == RULE_OF[kind] and not hit:
                    tally.misplaced[kind] += 1
                    tally.note(f"{kind} #{number} ({style}) at line {finding.location.line}")
                else:
                    tally.false_on_planted[finding.rule] += 1
                    tally.note(f"{kind} #{number} ({style}): {finding.rule}: {finding.message}")
            tally.found[kind] += hit
        for kind in NEAR_MISSES:
            profile = near_miss(person, kind, rng)
            if profile is None:
                continue
            tally.near_misses[kind] += 1
            folder = root / f"{via}-{number}-{kind}"
            for finding in findings_for(folder, markdown, profile, options, via, language):
                tally.false_on_near[kind] += 1
                tally.note(f"{kind} #{number} ({style}): {finding.rule}: {finding.message}")
    return tally


def report(tally: Tally, via: str, pairs: int, language: str) -> None:
    label = f"Profile.pdf ({language})" if via == "pdf" else "data export"
    print(f"profile as {label}: {pairs} clean pairs")
    print(f"  {'mismatch':<10} {'found/planted':>14} {'wrong line':>11}")
    for kind in KINDS:
        found, planted = tally.found[kind], tally.planted[kind]
        print(f"  {kind:<10} {found:>7}/{planted:<6} {tally.misplaced[kind]:>11}")
    total_found, total_planted = sum(tally.found.values()), sum(tally.planted.values())
    print(f"  {'all':<10} {total_found:>7}/{total_planted:<6} {sum(tally.misplaced.values()):>11}")
    clean = tally.false_on_clean
    print(f"  false findings on {pairs} clean pairs: {sum(clean.values())} {dict(clean) or ''}")
    extra = tally.false_on_planted
    extra_count = sum(extra.values())
    print(f"  extra findings on {total_planted} planted pairs: {extra_count} {dict(extra) or ''}")
    near = tally.false_on_near
    print(
        f"  false findings on {sum(tally.near_misses.values())} near misses "
        f"({', '.join(NEAR_MISSES)}): {sum(near.values())} {dict(near) or ''}"
    )
    for line in tally.examples:
        print("    " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=60, help="people (clean pairs) to build")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--via", choices=("export", "pdf", "both"), default="both")
    parser.add_argument("--corpus", type=Path, default=Path("tests/corpus"))
    parser.add_argument(
        "--pdf-language", choices=tuple(LABELS), default="en", help="Profile.pdf's language"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people = list(PEOPLE) + [random_person(rng) for _ in range(max(0, args.pairs - len(PEOPLE)))]
    options = RunOptions(
        config=Config(root=Path.cwd()),
        rulebook=load_rulebook(),
        selection=Selection(select=("profile",)),
        today=TODAY,
    )
    print(f"profile mismatch benchmark, seed {args.seed}")
    for via in ("export", "pdf") if args.via == "both" else (args.via,):
        with tempfile.TemporaryDirectory() as tmp:
            tally = measure(people, via, args.seed + 1, options, Path(tmp), args.pdf_language)
            report(tally, via, len(people), args.pdf_language)
    if args.corpus.is_dir():
        with tempfile.TemporaryDirectory() as tmp:
            pairs, positions, false = corpus_check(args.corpus, Path(tmp), options)
        print(
            f"corpus resumes paired with their own export: {pairs} ({positions} positions), "
            f"false findings: {sum(false.values())}" + (f" {dict(false)}" if false else "")
        )


if __name__ == "__main__":
    main()
