"""How the LaTeX reader lays out what the built PDF shows on one line or apart: a
description list's label runs on into its text, a list's other labels hang apart.

The resumes are fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document
from tests.source_files import write_source

SKILLS_AS_DESCRIPTION = r"""\documentclass{article}
\begin{document}
{\huge Tomas Brandt}

tomas.brandt@example.org
\section{Experience}
Site Engineer, Vellmar Bau GmbH \hfill 2019 -- present
\section{Skills}
\begin{description}
  \item[Software:] AutoCAD, Revit, Navisworks
  \item[Languages:] German, English, Czech
\end{description}
\begin{itemize}
  \item[2021] Chartered engineer
\end{itemize}
\end{document}
"""


def _texts(tmp_path: Path, text: str) -> list[str]:
    path = write_source(tmp_path, "resume.tex", text)
    return [line.text for line in read(path).lines]


def test_a_description_label_runs_on_into_its_text(tmp_path: Path):
    texts = _texts(tmp_path, SKILLS_AS_DESCRIPTION)
    assert "Languages: German, English, Czech" in texts
    assert "2021   Chartered engineer" in texts


def test_a_description_label_is_no_section_title(tmp_path: Path):
    path = write_source(tmp_path, "resume.tex", SKILLS_AS_DESCRIPTION)
    sections = build_document(path, read(path)).structure.sections
    assert [section.kind for section in sections] == ["experience", "skills"]


# Deedy's class sets \runsubsection and \descript run in: `EMPLOYER | Title` is one line.
DEEDY_ENTRY = r"""\documentclass{deedy-resume-openfont}
\begin{document}
\namesection{Lena}{Okafor}{lena.okafor@example.org}
\section{Experience}
\runsubsection{Harbourline Freight}
\descript{| Logistics Analyst}
\location{Mar 2020 -- Present | Rotterdam, NL}
\begin{tightemize}\itemsep1pt \parskip0pt
\item Planned routes.
\end{tightemize}
\end{document}
"""


def test_deedy_employer_and_title_run_in_on_one_line(tmp_path: Path):
    texts = _texts(tmp_path, DEEDY_ENTRY)
    assert "Harbourline Freight | Logistics Analyst" in texts
    assert "Mar 2020 – Present | Rotterdam, NL" in texts


def test_a_length_set_without_equals_prints_nothing(tmp_path: Path):
    texts = _texts(tmp_path, DEEDY_ENTRY)
    assert not [text for text in texts if "pt" in text.split()[0]]
    assert texts[-1] == "Planned routes."


# A setter of the document's own: `\def` inside a macro's body stores its argument, printed
# where the document uses the stored macro (and nowhere else).
NESTED_DEF = r"""\documentclass{article}
\newcommand{\setrole}[2]{\def\role{#1}\def\roleyears{#2}}
\newcommand{\setcity}[1]{\newcommand{\city}{#1}}
\begin{document}
\setrole{Harbour Pilot}{2015 -- 2023}
\setcity{Gdynia}
{\huge Marta Zielinska}

marta.zielinska@example.org
\section{Experience}
\role, Baltic Port Authority \hfill \roleyears

Based in \city.
\end{document}
"""


def test_a_def_inside_a_macro_body_prints_where_its_macro_is_used(tmp_path: Path):
    texts = _texts(tmp_path, NESTED_DEF)
    assert texts[0] == "Marta Zielinska"
    assert "Harbour Pilot, Baltic Port Authority   2015 – 2023" in texts
    assert "Based in Gdynia." in texts


def test_an_altacv_photo_prints_neither_its_size_nor_its_file(tmp_path: Path):
    text = r"""\documentclass{altacv}
\begin{document}
\name{Ada Quist}
\photo{2.5cm}{portrait}
\tagline{Marine Biologist}
\makecvheader
\end{document}
"""
    texts = _texts(tmp_path, text)
    assert texts == ["Ada Quist", "Marine Biologist"]


# `\hspace` between two parts of a header line: wide, the PDF shows them apart.
SPACED_HEADER = r"""\documentclass{article}
\begin{document}
\section{Experience}
\textbf{Senior Welder} \hspace{1.5cm} Ostrava Steelworks \hspace*{\fill} 2018 -- 2022\\
Night\hspace{2pt}shifts, on\hspace{-3pt}call, \hspace{0.2\textwidth}rotating
\end{document}
"""


def test_a_wide_hspace_is_a_column_gap_a_narrow_one_a_space(tmp_path: Path):
    texts = _texts(tmp_path, SPACED_HEADER)
    assert texts[1] == "Senior Welder   Ostrava Steelworks   2018 – 2022"
    assert texts[2] == "Night shifts, oncall,   rotating"


SPACED_PLACE = r"""\documentclass{article}
\begin{document}
{\huge Pavel Horak}

pavel.horak@example.org
\section{Experience}
\textbf{Kestrel Avionics GmbH} \hspace{2cm} Graz, Austria \hfill 2019 -- 2023\\
\textit{Firmware Engineer}
\begin{itemize}
\item Wrote flight control firmware.
\end{itemize}
\end{document}
"""


def test_a_wide_hspace_splits_an_entry_header_into_its_parts(tmp_path: Path):
    path = write_source(tmp_path, "resume.tex", SPACED_PLACE)
    (job,) = build_document(path, read(path)).positions
    assert job.company is not None and job.company.value == "Kestrel Avionics GmbH"
    assert job.location is not None and job.location.value == "Graz, Austria"
    assert job.title is not None and job.title.value == "Firmware Engineer"


def test_box_registers_picture_coordinates_and_csname_icons_print_nothing(tmp_path: Path):
    # a class that centres an icon box: `\setbox0=\hbox{…}\parbox{\wd0}{\box0}`
    path = tmp_path / "cv.tex"
    path.write_text(
        r"""\documentclass{article}
\newcommand{\centred}[1]{\begingroup\setbox0=\hbox{#1}\parbox{\wd0}{\box0}\endgroup}
\newcommand{\icon}[3]{\centred{\makebox(#2, #2){\csname fa#1\endcsname}} \centred{#3}}
\begin{document}
{\Huge Oskar Ferreira-Lund}

\icon{Phone}{12}{+46 70 123 45 67}
\section{Experience}
\end{document}
""",
        encoding="utf-8",
    )
    texts = [line.text for line in read(path).lines]
    assert "+46 70 123 45 67" in texts


FANCY_UNDERLINE = r"""\documentclass{article}
\usepackage{contour,ulem}
\newcommand{\myuline}[1]{\uline{\phantom{#1}}\llap{\contour{white}{#1}}}
\begin{document}
\href{mailto:noor.haddad@example.org}{\myuline{noor.haddad@example.org}} $|$ \myuline{+1 555 0142}
\end{document}
"""


def test_a_phantom_prints_nothing_and_a_contour_its_text(tmp_path: Path):
    assert _texts(tmp_path, FANCY_UNDERLINE) == ["noor.haddad@example.org | +1 555 0142"]
