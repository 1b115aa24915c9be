"""The typography a LaTeX source gives its text, on its Lines: bold, size, italics and
small capitals from `\\textbf{…}`, `{\\Large …}`, `\\scshape`, through the document's own
macros, so that structure finds headings, titles and employers by typography as it does
on the built PDF.

The resumes are fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document
from tests.source_files import write_source

# No sectioning macro and no macro reslint knows: the headings and entries are the
# document's own, told apart only by the typography their bodies give their arguments.
OWN_MACROS = r"""\documentclass[11pt]{article}
\newcommand{\heading}[1]{\vspace{6pt}{\Large\scshape\bfseries #1}\par\hrule\vspace{2pt}}
\newcommand{\job}[4]{\noindent\textbf{#1} \hfill #3\\ \textit{#2} \hfill \textit{#4}\par}
\begin{document}
{\Huge\bfseries Ilse Varkonyi}\\
ilse.varkonyi@example.org $|$ +44 20 7946 0018

\heading{Experience}
\job{Lindqvist Freight}{Logistics Planner}{Feb 2021 -- Present}{Leeds}
\begin{itemize}
\item Planned routes for forty trucks.
\end{itemize}
\job{Harrowgate Mills}{Shift Supervisor}{Jun 2017 -- Jan 2021}{Bradford}
\heading{Expeditions}
\job{Leeds Food Bank}{Driver}{2016 -- 2019}{Leeds}
\heading{Education}
\job{University of Hull}{BSc Geography}{2013 -- 2016}{Hull}
\end{document}
"""


def _lines(tmp_path: Path, text: str):
    path = write_source(tmp_path, "resume.tex", text)
    return path, read(path).lines


def test_lines_carry_the_weight_and_size_their_source_gives(tmp_path: Path):
    _, lines = _lines(tmp_path, OWN_MACROS)
    by_text = {line.text: line for line in lines}
    name = by_text["Ilse Varkonyi"]
    assert name.bold and name.font_size is not None and name.font_size > 20
    heading = by_text["Experience"]
    assert heading.bold and heading.font_size == 14.4 and heading.font_name == "smallcaps"
    header = by_text["Lindqvist Freight   Feb 2021 – Present"]
    assert [(run.text, run.bold) for run in header.runs] == [
        ("Lindqvist Freight", True),
        ("Feb 2021 – Present", False),
    ]
    assert by_text["Logistics Planner   Leeds"].font_name == "italic"
    assert by_text["Planned routes for forty trucks."].font_size == 10.0


def test_own_macros_parse_by_typography(tmp_path: Path):
    path, _ = _lines(tmp_path, OWN_MACROS)
    structure = build_document(path, read(path)).structure
    assert [section.kind for section in structure.sections] == [
        "experience",
        "other",
        "education",
    ]
    assert [(p.title.value, p.company.value) for p in structure.positions][:2] == [
        ("Logistics Planner", "Lindqvist Freight"),
        ("Shift Supervisor", "Harrowgate Mills"),
    ]
    assert [e.school.value for e in structure.education] == ["University of Hull"]


GROUPS = r"""\documentclass{article}
\begin{document}
{\bfseries Ravi Castellanos} and more
\section{Refereed \\ Journal Articles}
Castellanos, R. (2020). On tides.
\section{Experience}
Surveyor, Tidewater Institute \hfill 2019 -- 2022
\section{Education}
MSc Oceanography, University of Cadiz \hfill 2017 -- 2019
\section{Skills}
\subsection*{Languages}
Spanish, English
\subsection*{Tools}
QGIS, R
\end{document}
"""


def test_a_declaration_ends_with_its_group(tmp_path: Path):
    _, lines = _lines(tmp_path, GROUPS)
    first = lines[0]
    assert [(run.text, run.bold) for run in first.runs] == [
        ("Ravi Castellanos", True),
        ("and more", False),
    ]
    assert not any(line.bold for line in lines if line.text.startswith("Castellanos"))


def test_a_title_broken_over_two_lines_is_one_heading(tmp_path: Path):
    _, lines = _lines(tmp_path, GROUPS)
    headings = [line.text for line in lines if line.heading]
    assert headings == ["Refereed Journal Articles", "Experience", "Education", "Skills"]


def test_sub_headings_in_the_headings_type_open_no_section(tmp_path: Path):
    path, _ = _lines(tmp_path, GROUPS)
    sections = build_document(path, read(path)).structure.sections
    assert [section.title for section in sections][-1] == "Skills"
    assert len(sections) == 4


TABLE_CELLS = r"""\documentclass{article}
\begin{document}
\section*{Experience}
\begin{tabular}{lp{12cm}}
2019 -- 2022 & Marrow Freight, Gdansk\\
             & \it{Dispatcher}\\
2016 -- 2019 & Osiek Foods, Torun\\
\end{tabular}
\end{document}
"""


def test_a_declaration_in_a_table_cell_ends_with_the_cell(tmp_path: Path):
    _, lines = _lines(tmp_path, TABLE_CELLS)
    fonts = {line.text: line.font_name for line in lines}
    assert fonts["Dispatcher"] == "italic"
    assert fonts["2016 – 2019   Osiek Foods, Torun"] is None


def test_text_set_in_capitals_reads_in_capitals(tmp_path: Path):
    text = r"""\documentclass{article}
\newcommand{\sect}[1]{\par{\large\bfseries\MakeUppercase{#1}}\par}
\begin{document}
\sect{Work History}
Welder, Korsholm Yard \hfill 2015 -- 2020
\end{document}
"""
    _, lines = _lines(tmp_path, text)
    assert [line.text for line in lines][:2] == [
        "WORK HISTORY",
        "Welder, Korsholm Yard   2015 – 2020",
    ]
