"""The LaTeX reader expands what the document defines however it defines it: xparse's
`\\NewDocumentCommand`, its own environments, and the macros of the class and package
files kept beside it. The resumes and classes are fictional and written here."""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.readers.base import SEGMENT_JOIN as GAP
from reslint.structure import build_document

XPARSE = r"""\documentclass{article}
\NewDocumentCommand{\job}{m O{Remote} m}{\textbf{#1} \hfill #3 \\ #2 \\}
\begin{document}
\section{Experience}
\job{Data Analyst}{2019 -- 2022}
\job{Ops Lead}[Lisbon]{2022 -- 2024}
\end{document}
"""

CLS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{marlow-cv}
\LoadClass{article}
\RequirePackage{marlow-parts}
\newcommand{\role}[3]{\noindent\textbf{#1} \hfill #3 \par \emph{#2} \par}
\newenvironment{roles}{\begin{tabular}{l r}}{\end{tabular}}
"""
STY = r"""\ProvidesPackage{marlow-parts}
\NewDocumentCommand{\heading}{s m}{\section{#2}}
"""
DOCUMENT = r"""\documentclass{marlow-cv}
\begin{document}
\heading*{Experience}
\role{Site Engineer}{Halvorsen Build}{2018 -- 2021}
\begin{roles}
Python & expert \\
\end{roles}
\end{document}
"""

# A local copy of a class the table knows: its own \cventry definition does not replace
# what the table knows of the macro's arguments.
MODERNCV_COPY = r"""\newcommand{\cventry}[7][.25em]{#2 #3 #4 #5}
"""
MODERNCV_DOCUMENT = r"""\documentclass{moderncv}
\name{Ines}{Carvalho}
\begin{document}
\section{Experience}
\cventry{2020--2023}{Geologist}{Basalto Mining}{Porto}{}{}
\end{document}
"""


def _texts(path: Path) -> list[tuple[str, int]]:
    return [(line.text, line.number) for line in read(path).lines]


def test_xparse_commands_expand_with_their_optional_argument_and_its_default(tmp_path: Path):
    path = tmp_path / "cv.tex"
    path.write_text(XPARSE, encoding="utf-8")
    texts = _texts(path)
    assert (f"Data Analyst{GAP}2019 – 2022", 5) in texts
    assert ("Remote", 5) in texts
    assert (f"Ops Lead{GAP}2022 – 2024", 6) in texts
    assert ("Lisbon", 6) in texts


def test_the_macros_of_local_class_and_package_files_are_the_documents_own(tmp_path: Path):
    (tmp_path / "marlow-cv.cls").write_text(CLS, encoding="utf-8")
    (tmp_path / "marlow-parts.sty").write_text(STY, encoding="utf-8")
    path = tmp_path / "cv.tex"
    path.write_text(DOCUMENT, encoding="utf-8")
    output = read(path)
    heading = next(line for line in output.lines if line.heading)
    assert (heading.text, heading.number) == ("Experience", 3)
    texts = _texts(path)
    assert (f"Site Engineer{GAP}2018 – 2021", 4) in texts
    assert ("Halvorsen Build", 4) in texts
    assert (f"Python{GAP}expert", 6) in texts  # `&` in the table the environment opens
    assert all(line.source is None for line in output.lines)  # every line is in cv.tex


def test_a_local_copy_of_a_known_class_keeps_the_tables_entry_macro(tmp_path: Path):
    (tmp_path / "moderncv.cls").write_text(MODERNCV_COPY, encoding="utf-8")
    path = tmp_path / "cv.tex"
    path.write_text(MODERNCV_DOCUMENT, encoding="utf-8")
    (job,) = build_document(path, read(path)).positions
    assert job.company is not None and job.company.value == "Basalto Mining"
    assert job.title is not None and job.title.value == "Geologist"


SPACING = r"""\documentclass{article}
\newcommand{\role}[2]{\par\addvspace{2.5ex}\textbf{#1} \hfill #2\par}
\begin{document}
\section{Experience}
\role{Field Geologist, Basalto Mining}{2020 -- 2023}
\end{document}
"""


def test_vertical_spacing_in_a_macro_prints_nothing(tmp_path: Path):
    path = tmp_path / "cv.tex"
    path.write_text(SPACING, encoding="utf-8")
    assert (f"Field Geologist, Basalto Mining{GAP}2020 – 2023", 5) in _texts(path)


AT_CLASS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{ferncv}
\LoadClass{article}
\def\motto#1{\def\@motto{#1}}
\def\print@motto{\centerline{Rivers first}}
\newenvironment{resume}{\begingroup
  \@ifundefined{@opening}{\opening}{}
  \let\par=\@@par
  \parindent=0pt \parskip=.5em
  \hsize=\textwidth
  \print@motto
}{\endgroup}
"""
AT_DOCUMENT = r"""\documentclass{ferncv}
\begin{document}
\begin{resume}
\section{Experience}
Hydrologist, Delta Water Board
\end{resume}
\end{document}
"""


def test_class_code_reads_at_as_a_letter_and_prints_no_internals(tmp_path: Path):
    (tmp_path / "ferncv.cls").write_text(AT_CLASS, encoding="utf-8")
    path = tmp_path / "cv.tex"
    path.write_text(AT_DOCUMENT, encoding="utf-8")
    texts = [line.text for line in read(path).lines]
    assert "Rivers first" in texts  # \print@motto expands to its definition
    assert not any("ifundefined" in text or "opening" in text for text in texts)
    assert not any("=" in text or "0pt" in text for text in texts)
    assert "Hydrologist, Delta Water Board" in texts


LAYOUT_CLASS = r"""\ProvidesClass{tidecv}
\LoadClass{article}
\RequirePackage[absolute]{textpos}
\newcommand{\fullname}{}
\newenvironment{banner}{%
  \begin{tikzpicture}[overlay]
    \fill[black!10] (0,0) rectangle (21cm,4cm);
  \end{tikzpicture}
  \begin{textblock}{8}(4, 0.5)
    {\Huge \fullname}
  \end{textblock}
}{}
\newenvironment{main}{%
  \newcommand{\work}{\section{\IfLanguageName{ngerman}{Berufserfahrung}{Experience}}}
  \newcommand{\fact}[2]{##1: ##2\par}
  \begin{textblock}{14}(0.5, 4.2)
}{\end{textblock}}
"""
LAYOUT_DOCUMENT = r"""\documentclass{tidecv}
\usepackage[english,ngerman]{babel}
\renewcommand{\fullname}{Greta Lindqvist}
\begin{document}
\begin{banner}\end{banner}
\begin{main}
\work
\fact{Ort}{Kiel}
\end{main}
\end{document}
"""


def test_a_class_layout_prints_its_text_not_its_drawing_or_coordinates(tmp_path: Path):
    (tmp_path / "tidecv.cls").write_text(LAYOUT_CLASS, encoding="utf-8")
    path = tmp_path / "cv.tex"
    path.write_text(LAYOUT_DOCUMENT, encoding="utf-8")
    lines = read(path).lines
    texts = [line.text for line in lines]
    # The banner's drawing is closed in its own code: the name beside it prints.
    assert "Greta Lindqvist" in texts
    # A command the class defines inside an environment is known where it is used, and
    # babel's last option is the document's language.
    heading = next(line for line in lines if line.heading)
    assert heading.text == "Berufserfahrung"
    assert "Ort: Kiel" in texts  # `##1` of a command defined inside an environment
    assert not any("(" in text or "0.5" in text for text in texts)  # textpos coordinates


# Awesome-CV's \cvhonor takes four arguments; this copy of the class defines it with three.
HONOR_CLASS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{awesome-cv}
\LoadClass{article}
\newcommand*{\cvhonor}[3]{#1, #2 \hfill #3 \par}
"""

HONOR_DOCUMENT = r"""\documentclass{awesome-cv}
\name{Ines}{Marchetti}
\begin{document}
\cvsection{Service}
\cvhonor{Volunteer}{River Cleanup Trust}{2019}
\cvhonor{Mentor}{Code Club Verona}{2021}
\end{document}
"""


def test_a_class_macro_with_another_number_of_arguments_than_the_table_prints_as_defined(
    tmp_path: Path,
):
    (tmp_path / "awesome-cv.cls").write_text(HONOR_CLASS, encoding="utf-8")
    path = tmp_path / "cv.tex"
    path.write_text(HONOR_DOCUMENT, encoding="utf-8")
    texts = [(line.text, line.number) for line in read(path).lines]
    assert (f"Volunteer, River Cleanup Trust{GAP}2019", 5) in texts
    assert (f"Mentor, Code Club Verona{GAP}2021", 6) in texts


CONDITIONAL = r"""\documentclass{article}
\usepackage{ifthen}
\newboolean{showphone}
\newcommand{\contact}[1]{\ifthenelse{\equal{#1}{full}}{Phone 555 0100 \par}{Email only \par}}
\begin{document}
\contact{full}
\contact{short}
\ifthenelse{\boolean{showphone}}{Shown first \par}{Shown second \par}
\end{document}
"""


def test_ifthenelse_prints_the_branch_its_test_chooses_or_else_the_first(tmp_path: Path):
    path = tmp_path / "cv.tex"
    path.write_text(CONDITIONAL, encoding="utf-8")
    texts = [line.text for line in read(path).lines]
    assert texts == ["Phone 555 0100", "Email only", "Shown first"]


OPTIONAL_BRACES = r"""\documentclass{moderncv}
\name{Oskar}{Lindqvist}
\address{}{Uppsala, Sweden}
\mobile{+46 70 123 45 67}
\NewDocumentCommand{\award}{m g}{#1 \IfValueT{#2}{(#2)} \par}
\begin{document}
\section{Awards}
\award{Dean's List}{2019}
\award{Hackathon Winner}
Nordic Robotics Cup
\end{document}
"""


def test_a_braced_argument_that_may_be_left_out_takes_nothing_that_follows(tmp_path: Path):
    path = tmp_path / "cv.tex"
    path.write_text(OPTIONAL_BRACES, encoding="utf-8")
    doc = build_document(path, read(path))
    assert [phone.value for phone in doc.structure.contact.phones] == ["+46701234567"]
    texts = [line.text for line in doc.lines]
    assert "Uppsala, Sweden" in texts
    assert "Nordic Robotics Cup" in texts


# latexcv's \cvevent prints each duty of its last argument with pgffor's \foreach.
FOREACH = r"""\documentclass{article}
\usepackage{pgffor}
\newcommand{\cvevent}[4]{\textbf{#2} - #3 \hfill #1 \par
  \foreach \duty in {#4}{$\cdot$ \duty \\}}
\begin{document}
\section{Experience}
\cvevent{2018 - 2021}{Ferry Dispatcher}{Fjordline Transit}{
  {Planned crossings for 14 vessels},
  {Trained 6 new dispatchers}
}
\end{document}
"""


def test_a_foreach_loop_prints_its_body_once_per_item(tmp_path: Path):
    path = tmp_path / "cv.tex"
    path.write_text(FOREACH, encoding="utf-8")
    lines = [(line.text, line.number, line.bullet) for line in read(path).lines]
    assert (f"Ferry Dispatcher - Fjordline Transit{GAP}2018 - 2021", 7, False) in lines
    # The dot the loop prints before each item is a bullet, as a typed one is elsewhere.
    assert ("Planned crossings for 14 vessels", 8, True) in lines
    assert ("Trained 6 new dispatchers", 9, True) in lines


# A class's setters keep each value for the profile macro that prints the sidebar
# (`\newcommand{\cvname}[1]{\renewcommand{\cvname}{#1}}`), and a list setter loops over
# pgffor's pairs (`\foreach [count=\i] \x/\y in {#1}`).
SETTER_CLS = r"""\ProvidesClass{harbour-cv}
\LoadClass{article}
\newcommand{\cvname}[1]{\renewcommand{\cvname}{#1}}
\newcommand{\cvmail}[1]{\renewcommand{\cvmail}{#1}}
\newcommand\tongues[1]{\renewcommand{\tongues}{
  \foreach [count=\i] \x/\y in {#1}{\x: \y \\}}}
\newcommand{\makeprofile}{{\Huge\cvname} \par \href{mailto:\cvmail}{\cvmail} \par
  \tongues
  \section{About}}
"""
SETTER_TEX = r"""\documentclass{harbour-cv}
\cvname{Ilse Varga-Moreau}
\cvmail{ilse.vm@example.net}
\begin{document}
\tongues{Basque/Native, Frisian/B2}
\makeprofile
Ferry timetables, calmly.
\section{Experience}
\end{document}
"""


def test_a_class_setter_prints_its_value_and_a_pair_loop_its_parts(tmp_path: Path):
    (tmp_path / "harbour-cv.cls").write_text(SETTER_CLS, encoding="utf-8")
    path = tmp_path / "cv.tex"
    path.write_text(SETTER_TEX, encoding="utf-8")
    lines = read(path).lines
    texts = [line.text for line in lines]
    assert "Ilse Varga-Moreau" in texts
    assert "Basque: Native" in texts and "Frisian: B2" in texts
    # the bare use of a setter takes no argument: the heading after it stays a heading
    assert any(line.heading and line.text == "About" for line in lines)
    doc = build_document(path, read(path))
    assert doc.contact.name.value == "Ilse Varga-Moreau"
    assert [email.value for email in doc.contact.emails] == ["ilse.vm@example.net"]


def test_a_document_setter_binds_its_value_where_the_profile_prints_it(tmp_path: Path):
    definitions = SETTER_CLS.split("\n", 2)[2].replace(r"\section{About}", "")
    text = definitions + SETTER_TEX.split("\n", 1)[1]
    path = tmp_path / "cv.tex"
    path.write_text("\\documentclass{article}\n" + text, encoding="utf-8")
    texts = [line.text for line in read(path).lines]
    assert texts.count("Ilse Varga-Moreau") == 1
    assert "ilse.vm@example.net" in texts


# A class's contact macros append to a list its sidebar prints (`\apptocmd`).
APPEND_CLS = r"""\ProvidesClass{quay-cv}
\LoadClass{article}
\RequirePackage{etoolbox}
\newcommand{\contactlist}{}
\newcommand*{\cvdatum}[2]{\apptocmd{\contactlist}{#1 #2 \par}{}{}}
\newcommand*{\cvphone}[1]{\cvdatum{Tel.}{#1}}
\newcommand*{\cvmail}[1]{\cvdatum{Mail}{\href{mailto:#1}{#1}}}
\newcommand{\makesidebar}{\contactlist}
"""
APPEND_TEX = r"""\documentclass{quay-cv}
\cvphone{+44 20 7946 0321}
\cvmail{odile.marsh@example.com}
\begin{document}
\makesidebar
\section{Experience}
\end{document}
"""


def test_a_class_contact_macro_that_appends_to_a_list_prints_its_value(tmp_path: Path):
    (tmp_path / "quay-cv.cls").write_text(APPEND_CLS, encoding="utf-8")
    path = tmp_path / "cv.tex"
    path.write_text(APPEND_TEX, encoding="utf-8")
    doc = build_document(path, read(path))
    assert [email.value for email in doc.contact.emails] == ["odile.marsh@example.com"]
    assert [phone.value for phone in doc.contact.phones] == ["+442079460321"]
