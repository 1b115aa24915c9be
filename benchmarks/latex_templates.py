"""Score `reslint parse` on LaTeX resumes in the layouts people copy, source and PDF.

The realworld LaTeX resumes hold most of the gap between tune and test (test positions on
LaTeX PDFs 0.36 against 0.87 on tune): each layout appears once or twice, so a fix for one
file is easily taken for a fix of a layout. Here the truth is exact and every layout is
filled with many people: fictional people (`profile_mismatch.py`'s generator) are written
into LaTeX documents in these styles, compiled with pdflatex, and both the `.tex` source
and the PDF are parsed and scored as `real_accuracy.py` scores:

    moderncv-*   the moderncv class (TeX Live) in its five styles: `\\cventry` with the
                 dates in a margin column (classic, banking...) or beside the title
    subheading   an article with a `\\resumeSubheading`-like macro of our own: a two-row
                 tabular, company and place above, title and dates below (and `title-first`,
                 the rows the other way round)
    sidebar      a narrow minipage with education and skills beside the experience
    inline       `\\textbf{Title}, Company \\hfill 03/2020 -- 06/2022`, one line an entry
    own-macros, class-file, date-column, paracol: layouts people write themselves, with no
                 macro reslint knows by name (latex_own_styles.py)

in English, German and French (section titles, months, the "present" word). The documents
are written here, not copied from any template. Needs pdflatex with moderncv and fontawesome5
(Debian: texlive-latex-extra texlive-fonts-extra); no network.

    python benchmarks/latex_templates.py [--people 6] [--seed 5] [--styles ...]
                                         [--languages en,de,fr] [--keep DIR] [--details]
                                         [--sources-only]

`--sources-only` scores the `.tex` sources alone, without pdflatex (the truth is exact, so
the figures stand alone; the PDFs' are the ones to compare them with where TeX is at hand).
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import latex_own_styles as own_styles  # noqa: E402
from parse_accuracy import FileResult  # noqa: E402
from profile_mismatch import random_person  # noqa: E402
from synthetic_truth import degree_and_field, linkedin_handle, score, table, truth_of  # noqa: E402

from tests.linkedin_fixtures import Job, Person  # noqa: E402

MODERNCV_STYLES = ("classic", "casual", "banking", "oldstyle", "fancy")


@dataclass(frozen=True)
class Language:
    babel: str
    experience: str
    education: str
    skills: str
    present: str
    months: tuple[str, ...]
    long_months: tuple[str, ...]


LANGUAGES = {
    "en": Language(
        "english",
        "Experience",
        "Education",
        "Skills",
        "Present",
        tuple("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()),
        tuple(
            "January February March April May June July August September October November "
            "December".split()
        ),
    ),
    "de": Language(
        "ngerman",
        "Berufserfahrung",
        "Ausbildung",
        "Kenntnisse",
        "heute",
        tuple("Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.".split()),
        tuple(
            "Januar Februar März April Mai Juni Juli August September Oktober November "
            "Dezember".split()
        ),
    ),
    "fr": Language(
        "french",
        "Expérience professionnelle",
        "Formation",
        "Compétences",
        "aujourd'hui",
        tuple("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()),
        tuple(
            "janvier février mars avril mai juin juillet août septembre octobre novembre "
            "décembre".split()
        ),
    ),
}
PLACES = ("Chicago, IL", "Berlin", "Lyon", "Remote")
SKILLS = (("Tools", "Python, SQL, Excel"), ("Business", "Negotiation, Budgeting"))
SPECIALS = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_"}


def tex(text: str) -> str:
    return "".join(SPECIALS.get(ch, ch) for ch in text)


def month(value: tuple[int, int] | None, language: Language, form: str) -> str:
    if value is None:
        return language.present
    year, number = value
    if form == "numeric":
        return f"{number:02d}/{year}"
    names = language.long_months if form == "long" else language.months
    return f"{names[number - 1]} {year}"


def dates(job: Job, language: Language, form: str) -> str:
    return f"{month(job.start, language, form)} -- {month(job.end, language, form)}"


def bullets(job: Job) -> str:
    items = "".join(f"\\item {tex(line)}\n" for line in job.bullets)
    return f"\\begin{{itemize}}\n{items}\\end{{itemize}}\n"


def _place(number: int) -> str:
    return PLACES[number % len(PLACES)]


def moderncv(person: Person, language: Language, style: str) -> str:
    phone = person.phone.replace(" ", "~")
    jobs = "".join(
        f"\\cventry{{{dates(job, language, 'short')}}}{{{tex(job.title)}}}{{{tex(job.company)}}}"
        f"{{{_place(number)}}}{{}}{{{bullets(job)}}}\n"
        for number, job in enumerate(person.jobs)
    )
    schools = "".join(
        f"\\cventry{{{school.start}--{school.end}}}{{{degree_and_field(school.degree)[0]}}}"
        f"{{{tex(school.school)}}}{{}}{{}}{{{degree_and_field(school.degree)[1]}}}\n"
        for school in person.schools
    )
    skills = "".join(f"\\cvitem{{{label}}}{{{items}}}\n" for label, items in SKILLS)
    return f"""\\documentclass[11pt,a4paper,sans]{{moderncv}}
\\moderncvstyle{{{style}}}
\\moderncvcolor{{blue}}
\\usepackage[utf8]{{inputenc}}
\\usepackage[{language.babel}]{{babel}}
\\usepackage[scale=0.8]{{geometry}}
\\name{{{person.first}}}{{{person.last}}}
\\title{{{tex(person.headline)}}}
\\phone[mobile]{{{phone}}}
\\email{{{person.email}}}
\\social[linkedin]{{{linkedin_handle(person)}}}
\\begin{{document}}
\\makecvtitle
\\section{{{language.experience}}}
{jobs}
\\section{{{language.education}}}
{schools}
\\section{{{language.skills}}}
{skills}
\\end{{document}}
"""


ARTICLE = r"""\documentclass[letterpaper,11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[%(babel)s]{babel}
\usepackage[margin=0.7in]{geometry}
\usepackage{titlesec,enumitem,tabularx}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\scshape\large\bfseries}{}{0em}{}[\titlerule]
\newcommand{\subheading}[4]{\vspace{2pt}
  \begin{tabular*}{\textwidth}[t]{l@{\extracolsep{\fill}}r}
    \textbf{#1} & #2 \\ \textit{\small #3} & \textit{\small #4} \\
  \end{tabular*}\vspace{-4pt}}
"""


def _header(person: Person) -> str:
    handle = linkedin_handle(person)
    return (
        f"\\begin{{center}}{{\\Huge\\scshape {person.first} {person.last}}}\\\\[4pt]\n"
        f"\\small {person.phone} $|$ \\href{{mailto:{person.email}}}{{{person.email}}} $|$ "
        f"\\href{{https://www.linkedin.com/in/{handle}}}{{linkedin.com/in/{handle}}}\n"
        "\\end{center}\n"
    )


def _education_lines(person: Person, language: Language) -> str:
    out = ""
    for school in person.schools:
        degree, field = degree_and_field(school.degree)
        out += (
            f"\\subheading{{{tex(school.school)}}}{{}}{{{degree} {field}}}"
            f"{{{school.start} -- {school.end}}}\n"
        )
    return out


def _skills_lines() -> str:
    return "".join(f"\\textbf{{{label}:}} {items}\\\\\n" for label, items in SKILLS)


def subheading(person: Person, language: Language, style: str) -> str:
    jobs = ""
    for number, job in enumerate(person.jobs):
        when = dates(job, language, "short")
        if style == "title-first":
            jobs += f"\\subheading{{{tex(job.title)}}}{{{when}}}{{{tex(job.company)}}}"
            jobs += f"{{{_place(number)}}}\n"
        else:
            jobs += f"\\subheading{{{tex(job.company)}}}{{{_place(number)}}}{{{tex(job.title)}}}"
            jobs += f"{{{when}}}\n"
        jobs += bullets(job)
    return (
        ARTICLE % {"babel": language.babel}
        + "\\begin{document}\n"
        + _header(person)
        + f"\\section{{{language.experience}}}\n{jobs}"
        + f"\\section{{{language.education}}}\n{_education_lines(person, language)}"
        + f"\\section{{{language.skills}}}\n{_skills_lines()}"
        + "\\end{document}\n"
    )


def stacked_schools(person: Person) -> str:
    """Each school bold on a line, the degree under it, the years under that (a sidebar's)."""
    schools = ""
    for school in person.schools:
        degree, field = degree_and_field(school.degree)
        schools += f"\\textbf{{{tex(school.school)}}}\\\\\n{degree} {field}\\\\\n"
        schools += f"{school.start} -- {school.end}\\\\[6pt]\n"
    return schools


def sidebar(person: Person, language: Language, style: str) -> str:
    jobs = ""
    for number, job in enumerate(person.jobs):
        jobs += f"\\textbf{{{tex(job.company)}}} $|$ {tex(job.title)}\\\\\n"
        jobs += f"\\textit{{{dates(job, language, 'long')} $|$ {_place(number)}}}\n"
        jobs += bullets(job)
    schools = stacked_schools(person)
    return (
        ARTICLE % {"babel": language.babel}
        + "\\begin{document}\n"
        + _header(person)
        + "\\begin{minipage}[t]{0.30\\textwidth}\n"
        + f"\\section{{{language.education}}}\n{schools}"
        + f"\\section{{{language.skills}}}\n{_skills_lines()}"
        + "\\end{minipage}\\hfill\n\\begin{minipage}[t]{0.65\\textwidth}\n"
        + f"\\section{{{language.experience}}}\n{jobs}"
        + "\\end{minipage}\n\\end{document}\n"
    )


def inline(person: Person, language: Language, style: str) -> str:
    jobs = ""
    for job in person.jobs:
        jobs += f"\\textbf{{{tex(job.title)}}}, {tex(job.company)} \\hfill "
        jobs += f"{dates(job, language, 'numeric')}\n{bullets(job)}"
    schools = ""
    for school in person.schools:
        degree, field = degree_and_field(school.degree)
        schools += f"\\textbf{{{degree} {field}}}, {tex(school.school)} \\hfill "
        schools += f"{school.start} -- {school.end}\\\\\n"
    return (
        ARTICLE % {"babel": language.babel}
        + "\\begin{document}\n"
        + _header(person)
        + f"\\section{{{language.experience}}}\n{jobs}"
        + f"\\section{{{language.education}}}\n{schools}"
        + f"\\section{{{language.skills}}}\n{_skills_lines()}"
        + "\\end{document}\n"
    )


HELPERS = {
    "tex": tex,
    "dates": dates,
    "bullets": bullets,
    "place": _place,
    "skills": _skills_lines,
    "schools": stacked_schools,
}


def _own_style(person: Person, language: Language, style: str) -> str:
    return own_styles.WRITERS[style](person, language, HELPERS)


Writer = Callable[[Person, Language, str], str]
STYLES: dict[str, tuple[Writer, str]] = {
    **{f"moderncv-{style}": (moderncv, style) for style in MODERNCV_STYLES},
    "subheading": (subheading, "company-first"),
    "subheading-title-first": (subheading, "title-first"),
    "sidebar": (sidebar, ""),
    "inline": (inline, ""),
    **{name: (_own_style, name) for name in own_styles.WRITERS},
}


def compile_pdf(source: Path) -> Path:
    command = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", source.name]
    done = subprocess.run(command, cwd=source.parent, capture_output=True, text=True, check=False)
    pdf = source.with_suffix(".pdf")
    if done.returncode != 0 or not pdf.is_file():
        tail = "\n".join(done.stdout.splitlines()[-15:])
        raise RuntimeError(f"pdflatex failed on {source.name}:\n{tail}")
    return pdf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=6)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--keep", type=Path, help="write the sources and PDFs here")
    parser.add_argument("--details", action="store_true", help="list each miss")
    parser.add_argument("--sources-only", action="store_true", help="no pdflatex: sources")
    args = parser.parse_args(argv)
    if shutil.which("pdflatex") is None and not args.sources_only:
        print("latex_templates.py needs pdflatex (TeX Live with moderncv)", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    people = [random_person(rng) for _ in range(args.people)]
    sources: dict[str, list[FileResult]] = defaultdict(list)
    pdfs: dict[str, list[FileResult]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        for language_code in args.languages.split(","):
            language = LANGUAGES[language_code]
            for style_name in args.styles.split(","):
                write, variant = STYLES[style_name]
                for number, person in enumerate(people):
                    folder = root / f"{style_name}-{language_code}-{number:02d}"
                    folder.mkdir(parents=True, exist_ok=True)
                    source = folder / "resume.tex"
                    source.write_text(write(person, language, variant), encoding="utf-8")
                    for name, text in own_styles.BESIDE.get(style_name, {}).items():
                        (folder / name).write_text(text, encoding="utf-8")
                    truth = truth_of(person)
                    key = f"{style_name} {language_code}"
                    parsed = [(sources, source)]
                    if not args.sources_only:
                        parsed.append((pdfs, compile_pdf(source)))
                    for results, path in parsed:
                        result = score(path, truth)
                        results[key].append(result)
                        if args.details and result.misses:
                            print(f"{folder.name}/{path.name}", *result.misses, sep="\n")
    if pdfs:
        print("parsed from the PDF")
        print(table(pdfs))
    print("\nparsed from the .tex source")
    print(table(sources))
    every_pdf = [result for results in pdfs.values() for result in results]
    every_source = [result for results in sources.values() for result in results]
    print()
    overall = {"all PDFs": every_pdf, "all sources": every_source}
    print(table({name: results for name, results in overall.items() if results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
