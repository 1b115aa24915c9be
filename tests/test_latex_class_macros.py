"""Macros of the popular classes the reader knows as data (readers/data/latex_macros.toml):
moderncv's links, Awesome-CV's other header fields, sb2nov's `\\resumeHeading`.

The resumes and the class file are fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document
from tests.source_files import write_source


def test_moderncv_links_print_their_text_and_link_their_target(tmp_path: Path):
    path = write_source(
        tmp_path,
        "cv.tex",
        r"""\documentclass{moderncv}
\name{Iris}{Vahl}
\begin{document}
\makecvtitle
\section{Projects}
\cvitem{Atlas}{\httplink[atlas-maps.example.org]{atlas-maps.example.org} and
\emaillink{iris.vahl@example.org}}
\end{document}
""",
    )
    lines = read(path).lines
    (line,) = [line for line in lines if "Atlas" in line.text]
    assert "atlas-maps.example.org" in line.text
    assert "iris.vahl@example.org" in line.text
    assert {"atlas-maps.example.org", "iris.vahl@example.org"} <= set(line.links)


# A class beside the document whose setter, expanded, would print its link-building code.
AWESOME_CLASS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{awesome-cv}
\newcommand*{\whatsapp}[1]{\def\@whatsapp{#1}\def\@wameuri{https://wa.me/\@whatsapp}}
\newcommand*{\dateofbirth}[1]{\def\@dateofbirth{#1}}
"""


def test_awesome_cv_whatsapp_is_a_phone_number(tmp_path: Path):
    write_source(tmp_path, "awesome-cv.cls", AWESOME_CLASS)
    path = write_source(
        tmp_path,
        "resume.tex",
        r"""\documentclass{awesome-cv}
\name{Omar}{Saleh}
\position{Structural Engineer}
\whatsapp{+44 7700 900123}
\dateofbirth{1990}
\begin{document}
\makecvheader
\cvsection{Experience}
\end{document}
""",
    )
    output = read(path)
    texts = [line.text for line in output.lines]
    assert "+44 7700 900123" in texts
    assert not [text for text in texts if "wa.me" in text]
    contact = build_document(path, output).structure.contact
    assert [phone.value for phone in contact.phones] == ["+447700900123"]


def test_sb2nov_resume_heading_is_an_entry(tmp_path: Path):
    path = write_source(
        tmp_path,
        "resume.tex",
        r"""\documentclass{article}
\newcommand{\resumeHeading}[4]{
    \begin{tabular*}{0.99\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}
}
\begin{document}
{\huge Rosa Lindgren}

rosa.lindgren@example.org
\section{Experience}
\resumeHeading{Brightwater Systems Inc}{Malmo, Sweden}{Data Engineer}{Jan 2020 -- Present}
\end{document}
""",
    )
    output = read(path)
    assert [entry.macro for entry in output.entries] == ["resumeHeading"]
    (job,) = build_document(path, output).positions
    assert job.company is not None and job.company.value == "Brightwater Systems Inc"
    assert job.title is not None and job.title.value == "Data Engineer"


def test_europasscv_personal_fields_sections_and_entries(tmp_path: Path):
    # the class itself (CTAN) is not beside the document: the table knows its macros
    path = write_source(
        tmp_path,
        "cv.tex",
        r"""\documentclass[english,a4paper]{europasscv}
\ecvname{Piet Oudkerk}
\ecvmobile{+31 6 1234 5678}
\ecvemail{piet.oudkerk@example.nl}
\ecvpicture[width=3cm]{face.jpg}
\begin{document}
\begin{europasscv}
\ecvpersonalinfo
\ecvsection{Work experience}
\ecvtitle{March 2016 -- May 2019}{Junior Engineer}
\ecvitem{}{Waterschap Rivierenland}
\ecvsection{Education and training}
\ecvtitlelevel{2010--2014}{Bachelor of Science in Hydrology}{ISCED 6}
\ecvitem{}{Hogeschool Zeeland}
\end{europasscv}
\end{document}
""",
    )
    output = read(path)
    lines = output.lines
    assert [line.text for line in lines if line.heading] == [
        "Work experience",
        "Education and training",
    ]
    assert not [line for line in lines if "face.jpg" in line.text or "ISCED" in line.text]
    doc = build_document(path, output)
    contact = doc.structure.contact
    assert contact.name is not None and contact.name.value == "Piet Oudkerk"
    assert [phone.value for phone in contact.phones] == ["+31612345678"]
    (job,) = doc.positions
    assert job.title is not None and job.title.value == "Junior Engineer"
    assert job.company is not None and job.company.value == "Waterschap Rivierenland"
    (school,) = doc.structure.education
    assert school.school is not None and school.school.value == "Hogeschool Zeeland"


YAAC_CLASS = r"""\ProvidesClass{yaac-another-awesome-cv}
\LoadClass{article}
\newcommand\sectionTitle[2]{\section{\texorpdfstring{#2\enspace \textsc{#1}}{#1}}}
\newcommand\experience[7]{#1 & \textbf{#2}, \textsc{#3}, #4 \\ #5 & #6 \\ & #7 \\}
"""


def test_yaac_end_over_start_dates_and_a_pdf_string_heading(tmp_path: Path):
    write_source(tmp_path, "yaac-another-awesome-cv.cls", YAAC_CLASS)
    path = write_source(
        tmp_path,
        "cv.tex",
        r"""\documentclass{yaac-another-awesome-cv}
\name{Marit}{Ekdahl-Sousa}
\begin{document}
\sectionTitle{Experience}{\faSuitcase}
\experience{Today}{Platform Engineer}{Fjellnett}{Norway}{March 2021}{Ran the clusters.}{Go}
\experience{March 2021}{Support Engineer}{Fjellnett}{Norway}{May 2018}{Took the calls.}{Bash}
\end{document}
""",
    )
    output = read(path)
    assert [line.text for line in output.lines if line.heading] == ["Experience"]
    doc = build_document(path, output)
    assert doc.structure.contact.name is not None
    assert doc.structure.contact.name.value == "Marit Ekdahl-Sousa"
    first, second = doc.positions
    assert first.title is not None and first.title.value == "Platform Engineer"
    assert first.dates is not None and first.dates.start.iso() == "2021-03"
    assert first.dates.end.present
    assert second.dates is not None and second.dates.start.iso() == "2018-05"
    assert second.dates.end.iso() == "2021-03"
