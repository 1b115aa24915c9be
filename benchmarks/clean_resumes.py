"""How often each rule fires on resumes with nothing wrong in them (issue 15: at most 5 %).

Builds fictional people (the generator of benchmarks/profile_mismatch.py) with a complete,
clean resume each: name, a headline, email, phone and LinkedIn URL at the top, a short
summary, positions with dated, measured bullets, education and skills. Each person is
written in one of several layouts, in turn:

    markdown   the Markdown resume
    pdf-plain  one column, black on white (reportlab, a dev dependency)
    pdf-banner the name and contact details in white on a dark banner, icon glyphs
               (ZapfDingbats) before the contact details, section headings in colour
    pdf-side   a dark sidebar with white contact details and skills, on every page
    docx       Word: the name in white on a shaded table cell, Font Awesome icons (private-
               use characters) before the contact details, Heading styles

then lints every file with all rules but the profile ones and prints, per rule, on how many
resumes it fired, marking rules over the limit. `company-no-context` is listed but not held
to the limit: the employers here are fictional, so asking about them is its job.

    python benchmarks/clean_resumes.py [--people 100] [--seed 11] [--details]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from profile_mismatch import TODAY, random_person

from reslint.config import Config
from reslint.options import RunOptions
from reslint.rulebook import load_rulebook
from reslint.runner import run
from reslint.selection import Selection
from tests.docx_builder import make_docx
from tests.docx_builder import para as _para
from tests.linkedin_fixtures import Person, month_text, resume_markdown

LAYOUTS = ("markdown", "pdf-plain", "pdf-banner", "pdf-side", "docx")
LIMIT = 0.05
EXEMPT = ("company-no-context",)
BULLETS = (
    "Cut the month-end close from 9 days to 4 by automating the reconciliations",
    "Led a team of 6 through the move to the new billing system, on time and under budget",
    "Raised customer satisfaction from 78% to 91% in two years",
    "Built the weekly sales forecast used by 40 account managers",
    "Negotiated supplier contracts that saved $120,000 a year",
    "Trained 25 new hires on the support tooling, halving their time to first resolution",
    "Designed the onboarding flow that lifted activation by 18%",
    "Reduced warehouse picking errors by 35% with a new labelling scheme",
)
SKILLS = ("Python, SQL, Excel", "Salesforce, HubSpot", "Project planning, budgeting")


def clean_person(rng: random.Random) -> Person:
    """A generated person with a dialable phone, a real-looking address and measured bullets."""
    person = random_person(rng)
    jobs = tuple(
        replace(job, bullets=tuple(rng.sample(BULLETS, rng.randint(2, 3)))) for job in person.jobs
    )
    return replace(
        person,
        email=f"{person.first.lower()}.{person.last.lower()}@gmail.com",
        phone=f"+1 312 {rng.randint(200, 989)} {rng.randint(1000, 9999)}",
        jobs=jobs,
    )


def _slug(person: Person) -> str:
    return f"linkedin.com/in/{person.first}-{person.last}".lower()


def _summary(person: Person) -> str:
    years = TODAY.year - person.jobs[-1].start[0]
    return f"{person.headline} with {years} years in growing companies, known for clear reporting."


def _entries(person: Person) -> list[tuple[str, str, list[str]]]:
    """(heading line, date line, bullets) per position."""
    return [
        (
            f"{job.title}, {job.company}",
            f"{month_text(job.start)} - {month_text(job.end)}",
            list(job.bullets),
        )
        for job in person.jobs
    ]


def markdown(person: Person, rng: random.Random) -> str:
    text = resume_markdown(person, rng.choice(("company-first", "title-at", "two-line")))
    head, _, rest = text.partition("\n## Experience")
    head = head.rstrip("\n") + f" | {_slug(person)}\n\n## Summary\n{_summary(person)}\n"
    return f"{head}\n## Experience{rest}\n## Skills\n{'; '.join(SKILLS)}\n"


class _Sheet:
    """reportlab pages written top-down in a column, breaking pages as needed."""

    def __init__(self, path: Path, layout: str) -> None:
        from reportlab.pdfgen import canvas

        self.canvas = canvas.Canvas(str(path), pagesize=(612, 792))
        self.layout = layout
        self.x = 230 if layout == "pdf-side" else 60
        self.y = 720.0
        self._decorate()

    def _decorate(self) -> None:
        if self.layout == "pdf-side":
            self.canvas.setFillColorRGB(0.12, 0.2, 0.3)
            self.canvas.rect(0, 0, 200, 792, stroke=0, fill=1)

    def text(self, text: str, size: float = 10, bold: bool = False, color=(0, 0, 0)) -> None:
        if self.y < 60:
            self.canvas.showPage()
            self._decorate()
            self.y = 740.0
        self.canvas.setFillColorRGB(*color)
        self.canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.canvas.drawString(self.x, self.y, text)
        self.y -= size * 1.45

    def side(self, lines: list[tuple[str, float, bool]]) -> None:
        y = 720.0
        for text, size, bold in lines:
            self.canvas.setFillColorRGB(1, 1, 1)
            self.canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            self.canvas.drawString(24, y, text)
            y -= size * 1.6


def pdf(person: Person, path: Path, layout: str) -> None:
    sheet = _Sheet(path, layout)
    canvas = sheet.canvas
    name = f"{person.first} {person.last}"
    heading = (0.1, 0.3, 0.5) if layout == "pdf-banner" else (0, 0, 0)
    if layout == "pdf-banner":
        canvas.setFillColorRGB(0.1, 0.25, 0.35)
        canvas.rect(0, 672, 612, 120, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("Helvetica-Bold", 24)
        canvas.drawString(60, 745, name)
        canvas.setFont("Helvetica", 12)
        canvas.drawString(60, 725, person.headline)
        x = 60.0
        for icon, value in (("(", person.phone), ("+", person.email), ("n", _slug(person))):
            canvas.setFont("ZapfDingbats", 9)
            canvas.drawString(x, 700, icon)
            canvas.setFont("Helvetica", 9)
            canvas.drawString(x + 12, 700, value)
            x += 24 + canvas.stringWidth(value, "Helvetica", 9)
        sheet.y = 640.0
    elif layout == "pdf-side":
        sheet.side(
            [
                ("Contact", 12, True),
                (person.phone, 9, False),
                (person.email, 9, False),
                (_slug(person), 9, False),
                ("", 9, False),
                ("Skills", 12, True),
                *((skill, 9, False) for skill in SKILLS),
            ]
        )
        sheet.text(name, 22, True)
        sheet.text(person.headline, 12)
    else:
        sheet.text(name, 22, True)
        sheet.text(person.headline, 12)
        sheet.text(f"{person.email} | {person.phone} | {_slug(person)}", 10)
    sheet.y -= 8
    sheet.text("Summary", 13, True, heading)
    sheet.text(_summary(person))
    sheet.y -= 6
    sheet.text("Experience", 13, True, heading)
    for title_line, dates, bullets in _entries(person):
        sheet.text(title_line, 10.5, True)
        sheet.text(dates, 10)
        for bullet in bullets:
            sheet.text(f"\u2022 {bullet}", 9.5)
        sheet.y -= 4
    sheet.text("Education", 13, True, heading)
    for school in person.schools:
        sheet.text(f"{school.degree}, {school.school}", 10.5, True)
        sheet.text(f"{school.start} - {school.end}", 10)
    if layout != "pdf-side":
        sheet.y -= 6
        sheet.text("Skills", 13, True, heading)
        sheet.text("; ".join(SKILLS))
    canvas.save()


_STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
    f'<w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr></w:style>'
    for level, size in ((1, 40), (2, 28))
)
_WHITE = '<w:color w:val="FFFFFF"/>'


def para(text: str, **properties: str) -> str:
    return _para(escape(text), **properties)


def docx(person: Person, path: Path) -> None:
    banner = (
        "<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr>"
        '<w:shd w:val="clear" w:color="auto" w:fill="1F3A4D"/></w:tcPr>'
        + para(f"{person.first} {person.last}", style="Heading1", rpr=_WHITE)
        + para(person.headline, rpr=_WHITE)
        + "</w:tc></w:tr></w:tbl>"
    )
    # Font Awesome's phone, mail and LinkedIn icons: private-use characters in the text.
    icons = f"\uf095 {person.phone} \uf0e0 {person.email} \uf08c {_slug(person)}"
    body = [banner, para(icons)]
    body += [para("Summary", style="Heading2"), para(_summary(person))]
    body.append(para("Experience", style="Heading2"))
    for title_line, dates, bullets in _entries(person):
        body += [para(title_line, rpr="<w:b/>"), para(dates)]
        body += [para(f"• {bullet}") for bullet in bullets]
    body.append(para("Education", style="Heading2"))
    for school in person.schools:
        body += [para(f"{school.degree}, {school.school}"), para(f"{school.start} - {school.end}")]
    body += [para("Skills", style="Heading2"), para("; ".join(SKILLS))]
    make_docx(path, "".join(body), styles=_STYLES)


def write(person: Person, layout: str, folder: Path, rng: random.Random) -> Path:
    if layout == "markdown":
        path = folder / "resume.md"
        path.write_text(markdown(person, rng), encoding="utf-8")
    elif layout == "docx":
        path = folder / "resume.docx"
        docx(person, path)
    else:
        path = folder / "resume.pdf"
        pdf(person, path, layout)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--details", action="store_true", help="print every finding")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    options = RunOptions(
        config=Config(root=Path.cwd()),
        rulebook=load_rulebook(),
        selection=Selection(ignore=("profile",)),
        today=TODAY,
    )
    fired: Counter[str] = Counter()
    per_layout: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        paths: dict[Path, str] = {}
        for number in range(args.people):
            layout = LAYOUTS[number % len(LAYOUTS)]
            folder = Path(tmp) / f"{number:03d}-{layout}"
            folder.mkdir()
            paths[write(clean_person(rng), layout, folder, rng)] = layout
        report = run(sorted(paths), replace(options, config=replace(options.config, cache=False)))
        for result in report.files:
            layout = paths[Path(result.path)]
            if result.error:
                print(f"unreadable {result.path}: {result.error}")
            for rule in sorted({finding.rule for finding in result.findings}):
                fired[rule] += 1
                per_layout[(rule, layout)] += 1
            if args.details:
                for finding in result.findings:
                    print(f"  {layout}: {finding.rule}: {finding.message}")
    print(f"clean resumes: {args.people} in {len(LAYOUTS)} layouts (seed {args.seed})")
    print(f"{'rule':28} {'resumes':>7} {'share':>6}  by layout")
    over = 0
    for rule, count in fired.most_common():
        share = count / args.people
        flag = "" if share <= LIMIT or rule in EXEMPT else "  OVER"
        over += bool(flag)
        layouts = ", ".join(
            f"{lay} {per_layout[(rule, lay)]}" for lay in LAYOUTS if per_layout[(rule, lay)]
        )
        print(f"{rule:28} {count:7} {share:6.0%}  {layouts}{flag}")
    print(f"rules over {LIMIT:.0%}: {over}")


if __name__ == "__main__":
    main()
