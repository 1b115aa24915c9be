"""The headline of a source resume whose header is set in columns: the reader prints the
columns one after the other, so a profile's handle (the text of its link) may come right
under the name. A linked handle is a contact detail, not the role.

The resumes are fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.model import Field, Line
from reslint.readers import read
from reslint.structure import build_document
from reslint.structure.headline import find_role_headline
from tests.source_files import write_source

HEADER_IN_COLUMNS = r"""\documentclass{article}
\usepackage{multicol}
\begin{document}
\begin{multicols}{3}
  \href{https://github.com/mvoss77}{mvoss77} \\
  \href{mailto:mira.voss@example.org}{mira.voss@example.org}
\columnbreak
  {\huge\bfseries Mira Voss}
\columnbreak
  \href{https://linkedin.com/in/mvoss77/}{MVoss77} \\
  +49 30 1234 5678
\end{multicols}
\begin{center}
  {\bfseries Platform Engineer | Release Tooling}
\end{center}
\section{Experience}
Platform Engineer, Kranich Logistik \hfill 2020 -- present
\end{document}
"""


def test_a_linked_handle_under_the_name_is_not_the_headline(tmp_path: Path):
    path = write_source(tmp_path, "resume.tex", HEADER_IN_COLUMNS)
    contact = build_document(path, read(path)).structure.contact
    assert contact.name is not None and contact.name.value == "Mira Voss"
    assert contact.headline is not None
    assert contact.headline.value.startswith("Platform Engineer")
    assert contact.headline.line.number == 14  # type: ignore[union-attr]


def test_a_one_word_role_with_a_link_is_still_the_headline():
    lines = (
        Line("Mira Voss", number=1),
        Line("Engineer", number=2, links=("https://example.org/maps",)),
    )
    found = find_role_headline(lines, Field("Mira Voss", lines[0]), ())
    assert found is not None and found.value == "Engineer"


def test_a_header_part_broken_over_lines_prints_a_line_each(tmp_path: Path):
    source = r"""\documentclass{moderncv}
\name{Oriane}{Castellucci}
\title{Marine Biologist \\ Research Diver}
\email{oriane.castellucci@example.org}
\begin{document}
\makecvtitle
\section{Experience}
\cventry{2019--2021}{Survey Lead}{Lagoon Trust}{Trieste}{}{}
\end{document}
"""
    path = tmp_path / "resume.tex"
    path.write_text(source, encoding="utf-8")
    output = read(path)
    texts = [line.text for line in output.lines]
    assert texts[1:3] == ["Marine Biologist", "Research Diver"]
    headline = build_document(path, output).contact.headline
    assert headline is not None and headline.value == "Marine Biologist"
