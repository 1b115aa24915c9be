"""The LaTeX reader: what a .tex resume prints, with each line's file, line and column.

The resumes are fictional and written here; they use the macro signatures of moderncv,
Awesome-CV, AltaCV and Jake's resume (whose macros the document defines itself).
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from reslint.cli import main
from reslint.model import Line
from reslint.readers import detect, read
from reslint.structure import build_document
from tests.source_files import write_source

MODERNCV = r"""\documentclass[11pt,a4paper]{moderncv}
\moderncvstyle{classic}
\name{Jane}{Doe}
\title{Data Engineer}
\email{jane.doe@example.org}
\phone[mobile]{+44 20 7946 0958}
\social[linkedin]{janedoe}
\begin{document}
\makecvtitle
\section{Experience}
\cventry{2019--2021}{Engineer}{Acme GmbH}{Paris}{}{Built pipelines.% a comment
\begin{itemize}
\item Cut costs by 20\,\% for {\"u}ber clients \& more --- really.
\item Led a team of~5.
\end{itemize}}
\section{Education}
\cventry{2014--2018}{MSc Computer Science}{Universit\'e de Lyon}{Lyon}{}{}
\end{document}
"""

AWESOME = r"""\documentclass[11pt]{awesome-cv}
\name{Jane}{Doe}
\position{Data Engineer}
\email{jane.doe@example.org}
\begin{document}
\makecvheader
\cvsection{Experience}
\begin{cventries}
  \cventry
    {Senior Engineer}
    {Globex Ltd}
    {Berlin, Germany}
    {Jan. 2020 - Present}
    {
      \begin{cvitems}
        \item {Shipped the billing service to 2 million users.}
      \end{cvitems}
    }
\end{cventries}
\end{document}
"""

JAKE = r"""\documentclass[letterpaper,11pt]{article}
\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
\begin{document}
\begin{center}
    \textbf{\Huge \scshape Sam Rivera} \\ \vspace{1pt}
    \small 555-0100 $|$ \href{mailto:sam@rivera.dev}{\underline{sam@rivera.dev}} $|$
    \href{https://linkedin.com/in/samrivera}{\underline{linkedin.com/in/samrivera}}
\end{center}
\section{Experience}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Initech}{Austin, TX}
      {Software Engineer}{June 2020 -- Present}
      \resumeItemListStart
        \resumeItem{Cut report run time by 40\% with a new cache}
      \resumeItemListEnd
  \resumeSubHeadingListEnd
\end{document}
"""


def _line(lines: tuple[Line, ...], text: str) -> Line:
    return next(line for line in lines if text in line.text)


def _check_json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-cache", *args])
    return json.loads(result.output)


def test_tex_and_xtx_are_read_by_the_latex_reader(tmp_path: Path):
    for name in ("cv.tex", "cv.xtx"):
        reader = detect(write_source(tmp_path, name, MODERNCV))
        assert reader is not None and reader.name == "latex"


def test_moderncv_entries_have_their_parts_from_the_argument_positions(tmp_path: Path):
    path = write_source(tmp_path, "cv.tex", MODERNCV)
    doc = build_document(path, read(path))
    (job,) = doc.positions
    assert (job.company.value, job.title.value) == ("Acme GmbH", "Engineer")
    assert (job.dates.start.iso(), job.dates.end.iso()) == ("2019", "2021")
    assert job.location is not None and job.location.value == "Paris"
    assert [bullet.line.number for bullet in job.bullets] == [13, 14]
    (school,) = doc.education
    # The macro's degree argument, split as the inference splits a printed degree.
    assert (school.school.value, school.degree.value, school.field.value) == (
        "Université de Lyon",
        "MSc",
        "Computer Science",
    )
    assert doc.contact.name.value == "Jane Doe"
    assert doc.contact.headline.value == "Data Engineer"
    assert [email.value for email in doc.contact.emails] == ["jane.doe@example.org"]
    assert doc.contact.emails[0].line.number == 5
    assert [phone.value for phone in doc.contact.phones] == ["+442079460958"]
    assert doc.contact.linkedin[0].value.endswith("linkedin.com/in/janedoe")
    assert [section.kind for section in doc.sections] == ["experience", "education"]


def test_accents_specials_and_comments_become_the_printed_text(tmp_path: Path):
    lines = read(write_source(tmp_path, "cv.tex", MODERNCV)).lines
    bullet = _line(lines, "Cut costs")
    assert bullet.text == "Cut costs by 20 % for über clients & more — really."
    assert bullet.bullet and (bullet.number, bullet.column) == (13, 7)
    assert _line(lines, "Led a team").text == "Led a team of 5."
    assert "comment" not in " ".join(line.text for line in lines)
    assert _line(lines, "2019").text == "Engineer   2019–2021"


def test_awesome_cv_entries_read_their_own_argument_order(tmp_path: Path):
    path = write_source(tmp_path, "cv.tex", AWESOME)
    doc = build_document(path, read(path))
    (job,) = doc.positions
    assert (job.company.value, job.title.value) == ("Globex Ltd", "Senior Engineer")
    assert job.dates.end.present
    assert [bullet.value for bullet in job.bullets] == [
        "Shipped the billing service to 2 million users."
    ]
    assert doc.sections[0].heading.heading
    assert doc.contact.headline.value == "Data Engineer"


def test_altacv_event_is_an_entry(tmp_path: Path):
    source = (
        "\\documentclass{altacv}\n\\name{Jane Doe}\n\\begin{document}\n"
        "\\cvsection{Experience}\n"
        "\\cvevent{Analyst}{Umbrella plc}{March 2018 -- May 2021}{Leeds}\n"
        "\\begin{itemize}\\item Built the forecasting model\\end{itemize}\n"
        "\\end{document}\n"
    )
    path = write_source(tmp_path, "cv.tex", source)
    (job,) = build_document(path, read(path)).positions
    assert (job.company.value, job.title.value) == ("Umbrella plc", "Analyst")
    assert (job.dates.start.iso(), job.dates.end.iso()) == ("2018-03", "2021-05")


def test_document_macros_are_expanded_with_their_arguments(tmp_path: Path):
    path = write_source(tmp_path, "resume.tex", JAKE)
    output = read(path)
    doc = build_document(path, output)
    (job,) = doc.positions
    assert (job.company.value, job.title.value) == ("Initech", "Software Engineer")
    assert job.dates.end.present
    (bullet,) = job.bullets
    assert bullet.value == "Cut report run time by 40% with a new cache"
    assert (bullet.line.number, bullet.line.column) == (26, 21)  # the argument, not the body
    assert doc.contact.name.value == "Sam Rivera"
    assert [email.value for email in doc.contact.emails] == ["sam@rivera.dev"]
    assert "mailto:sam@rivera.dev" in _line(output.lines, "sam@rivera.dev").links


def test_def_and_newcommand_with_an_optional_argument(tmp_path: Path):
    source = (
        "\\documentclass{article}\n"
        "\\def\\role#1#2{#1 at #2}\n"
        "\\newcommand{\\city}[1][Berlin]{in #1}\n"
        "\\begin{document}\n"
        "\\role{Engineer}{Acme}\n\n"
        "\\city\n\n"
        "\\city[Rome]\n"
        "\\end{document}\n"
    )
    lines = read(write_source(tmp_path, "cv.tex", source)).lines
    assert [line.text for line in lines] == ["Engineer at Acme", "in Berlin", "in Rome"]
    assert (lines[0].number, lines[0].column) == (5, 7)


def test_input_files_are_read_in_place_and_findings_point_into_them(tmp_path: Path):
    main_file = write_source(
        tmp_path,
        "cv.tex",
        "\\documentclass{article}\n\\begin{document}\nJane Doe\n\n"
        "\\input{parts/contact}\n\\section{Experience}\n\\end{document}\n",
    )
    write_source(
        tmp_path, "parts/contact.tex", "% the contact block\n\nxX_party_Xx1987@gmail.com\n"
    )
    lines = read(main_file).lines
    email = _line(lines, "@gmail.com")
    assert (email.source, email.number, email.column) == (str(tmp_path / "parts/contact.tex"), 3, 1)
    report = _check_json(str(main_file), "--select", "email-odd")
    (finding,) = report["files"][0]["findings"]
    assert finding["rule"] == "email-odd"
    assert (finding["path"], finding["line"], finding["column"]) == (
        str(tmp_path / "parts/contact.tex"),
        3,
        1,
    )


def test_input_never_leaves_the_folder_tree_of_the_main_file(tmp_path: Path):
    write_source(tmp_path, "secret.tex", "outside text\n")
    main_file = write_source(
        tmp_path,
        "cv/cv.tex",
        "\\begin{document}\nJane Doe\n\n\\input{../secret}\n\\input{cv}\n\\end{document}\n",
    )
    texts = [line.text for line in read(main_file).lines]
    assert texts == ["Jane Doe"]


def test_a_comment_suppresses_a_rule_on_its_line_and_the_next(tmp_path: Path):
    source = (
        "\\documentclass{article}\n\\begin{document}\nJane Doe\n\n"
        "% reslint: ignore email-odd\n"
        "xX_party_Xx1987@gmail.com\n\n"
        "\\section{Experience}\n\\end{document}\n"
    )
    path = write_source(tmp_path, "cv.tex", source)
    assert _check_json(str(path), "--select", "email-odd")["files"][0]["findings"] == []
    unsuppressed = write_source(
        tmp_path, "other.tex", source.replace("% reslint: ignore email-odd", "")
    )
    findings = _check_json(str(unsuppressed), "--select", "email-odd")["files"][0]["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [("email-odd", 6)]


def test_text_output_shows_path_line_and_column(tmp_path: Path):
    path = write_source(
        tmp_path,
        "cv.tex",
        "\\begin{document}\nJane Doe\n\n  xX_party_Xx1987@gmail.com\n\\end{document}\n",
    )
    result = CliRunner().invoke(main, ["check", str(path), "--select", "email-odd", "--no-cache"])
    assert f"{path}:4:3: warning email-odd" in result.output


LEVELS = r"""\documentclass{article}
\begin{document}
\section*{Curriculum Vitae}
\subsection*{Berufserfahrung}
2019 -- 2022 & Lagerist, Hallberg Logistik\\
\subsection*{Auslandsaufenthalt}
2015 -- 2016 & Sprachkurs in Valencia\\
%s
\end{document}
"""


def test_subsections_are_the_headings_under_a_lone_section_title(tmp_path: Path):
    lines = read(write_source(tmp_path, "cv.tex", LEVELS % "")).lines
    assert _line(lines, "Auslandsaufenthalt").heading
    assert _line(lines, "Berufserfahrung").heading


def test_subsections_stay_sub_headings_when_sections_are_the_headings(tmp_path: Path):
    text = LEVELS % r"\section{Sprachen}"
    lines = read(write_source(tmp_path, "cv.tex", text)).lines
    assert not _line(lines, "Auslandsaufenthalt").heading
    assert _line(lines, "Sprachen").heading
