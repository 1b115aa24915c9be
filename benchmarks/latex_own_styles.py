"""LaTeX resume layouts of the kind people write for themselves, for `latex_templates.py`:
no macro reslint knows by name, so a source parses like its PDF only when the reader
follows what the document's own macros print and in which type.

    own-macros   a heading macro of the document's own (`{\\large\\bfseries\\scshape #1}` over
                 a rule, no `\\section`), an entry macro laying out its arguments with
                 typography: the employer bold, the dates after `\\hfill`, the title italic
    class-file   the same macros defined in a `.cls` beside the `.tex` (xparse's
                 `\\NewDocumentCommand`), which the document loads with `\\documentclass`
    date-column  a `tabularx` of two columns per entry: the dates in the narrow left one, the
                 bold title and the employer in the right one
    paracol      paracol's two columns: a sidebar (education, skills) written first, the
                 experience after `\\switchcolumn`

The documents are written here, not copied from any template.
"""

from __future__ import annotations

from collections.abc import Callable

from synthetic_truth import degree_and_field, linkedin_handle

from tests.linkedin_fixtures import Person

# The helpers of latex_templates.py this module writes with (passed in: no import cycle).
Helpers = dict[str, Callable]

_PREAMBLE = r"""\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[%(babel)s]{babel}
\usepackage[margin=0.7in]{geometry}
\usepackage{tabularx,enumitem,paracol}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
"""

_MACROS = r"""\newcommand{\cvheading}[1]{\par\vspace{8pt}{\large\bfseries\scshape #1}\par
  \vspace{-4pt}\rule{\linewidth}{0.4pt}\par\vspace{2pt}}
\newcommand{\cvjob}[4]{\textbf{#1} \hfill #4\\ \textit{#2}, #3\par}
\newcommand{\cvschool}[3]{\textbf{#1} \hfill #3\\ #2\par}
"""

_CLASS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{plaincv}
\LoadClass[11pt]{article}
\RequirePackage{xparse}
\NewDocumentCommand{\cvheading}{m}{\par\vspace{8pt}{\large\bfseries\scshape #1}\par
  \vspace{-4pt}\rule{\linewidth}{0.4pt}\par\vspace{2pt}}
\NewDocumentCommand{\cvjob}{m m m m}{\textbf{#1} \hfill #4\\ \textit{#2}, #3\par}
\NewDocumentCommand{\cvschool}{m m m}{\textbf{#1} \hfill #3\\ #2\par}
"""


def _name_block(person: Person) -> str:
    handle = linkedin_handle(person)
    return (
        f"{{\\Huge\\bfseries {person.first} {person.last}}}\\\\[4pt]\n"
        f"{person.phone} $|$ \\href{{mailto:{person.email}}}{{{person.email}}} $|$ "
        f"\\href{{https://www.linkedin.com/in/{handle}}}{{linkedin.com/in/{handle}}}\n\n"
    )


def _own_body(person: Person, language, helpers: Helpers) -> str:
    tex, dates, bullets, place = (
        helpers["tex"],
        helpers["dates"],
        helpers["bullets"],
        helpers["place"],
    )
    jobs = "".join(
        f"\\cvjob{{{tex(job.company)}}}{{{tex(job.title)}}}{{{place(number)}}}"
        f"{{{dates(job, language, 'short')}}}\n{bullets(job)}"
        for number, job in enumerate(person.jobs)
    )
    schools = ""
    for school in person.schools:
        degree, field = degree_and_field(school.degree)
        schools += f"\\cvschool{{{tex(school.school)}}}{{{degree} {field}}}"
        schools += f"{{{school.start} -- {school.end}}}\n"
    skills = helpers["skills"]()
    return (
        "\\begin{document}\n"
        + _name_block(person)
        + f"\\cvheading{{{language.experience}}}\n{jobs}"
        + f"\\cvheading{{{language.education}}}\n{schools}"
        + f"\\cvheading{{{language.skills}}}\n{skills}"
        + "\\end{document}\n"
    )


def own_macros(person: Person, language, helpers: Helpers) -> str:
    return (
        "\\documentclass[11pt]{article}\n"
        + _PREAMBLE % {"babel": language.babel}
        + _MACROS
        + _own_body(person, language, helpers)
    )


def class_file(person: Person, language, helpers: Helpers) -> str:
    return (
        "\\documentclass{plaincv}\n"
        + _PREAMBLE % {"babel": language.babel}
        + _own_body(person, language, helpers)
    )


def date_column(person: Person, language, helpers: Helpers) -> str:
    tex, dates, place = helpers["tex"], helpers["dates"], helpers["place"]
    rows = ""
    for number, job in enumerate(person.jobs):
        rows += (
            "\\begin{tabularx}{\\linewidth}{@{}p{3.2cm}X@{}}\n"
            f"{dates(job, language, 'numeric')} & \\textbf{{{tex(job.title)}}} \\\\\n"
            f" & {tex(job.company)}, {place(number)} \\\\\n"
            "\\end{tabularx}\n"
        )
        rows += "".join(f"\\hspace*{{3.2cm}}-- {tex(line)}\\\\\n" for line in job.bullets)
    schools = "\\begin{tabularx}{\\linewidth}{@{}p{3.2cm}X@{}}\n"
    for school in person.schools:
        degree, field = degree_and_field(school.degree)
        schools += f"{school.start} -- {school.end} & \\textbf{{{degree} {field}}} \\\\\n"
        schools += f" & {tex(school.school)} \\\\[4pt]\n"
    schools += "\\end{tabularx}\n"
    return (
        "\\documentclass[11pt]{article}\n"
        + _PREAMBLE % {"babel": language.babel}
        + "\\begin{document}\n"
        + _name_block(person)
        + f"\\section*{{{language.experience}}}\n{rows}"
        + f"\\section*{{{language.education}}}\n{schools}"
        + f"\\section*{{{language.skills}}}\n{helpers['skills']()}"
        + "\\end{document}\n"
    )


def paracol(person: Person, language, helpers: Helpers) -> str:
    tex, dates, bullets = helpers["tex"], helpers["dates"], helpers["bullets"]
    jobs = ""
    for number, job in enumerate(person.jobs):
        jobs += f"\\textbf{{{tex(job.title)}}} \\hfill {dates(job, language, 'long')}\\\\\n"
        jobs += f"\\textit{{{tex(job.company)}}} \\hfill {helpers['place'](number)}\n"
        jobs += bullets(job)
    schools = helpers["schools"](person)
    return (
        "\\documentclass[11pt]{article}\n"
        + _PREAMBLE % {"babel": language.babel}
        + "\\columnratio{0.32}\n"
        + "\\begin{document}\n"
        + _name_block(person)
        + "\\begin{paracol}{2}\n"
        + f"\\section*{{{language.education}}}\n{schools}"
        + f"\\section*{{{language.skills}}}\n{helpers['skills']()}"
        + "\\switchcolumn\n"
        + f"\\section*{{{language.experience}}}\n{jobs}"
        + "\\end{paracol}\n\\end{document}\n"
    )


# The files a style writes beside its `.tex`.
BESIDE = {"class-file": {"plaincv.cls": _CLASS}}
WRITERS = {
    "own-macros": own_macros,
    "class-file": class_file,
    "date-column": date_column,
    "paracol": paracol,
}
