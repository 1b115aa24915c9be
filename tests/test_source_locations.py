"""A finding that quotes words of a LaTeX or Typst source points at the source line that
holds them: a paragraph written over several source lines, an entry whose parts are on
lines of their own, a row of a Typst grid, the text of a macro without arguments (written
in its definition, another file here). The resumes are fictional and written here."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from reslint.cli import main
from reslint.model import Line, Location, Span
from reslint.readers import read
from tests.source_files import write_source

PARAGRAPH = r"""\documentclass{article}
\input{closing}
\begin{document}
\section*{Summary}
Operations analyst with six years in freight planning and a record of
cutting empty miles across three depots, where I rebuilt the routing plan.
\section*{References}
\closing
\end{document}
"""

CLOSING = r"""\def\closing{References available upon request.}
"""


def _findings(path: Path, *rules: str) -> list[dict]:
    args = ["check", str(path), "--format", "json", "--no-cache"]
    for rule in rules:
        args += ["--select", rule]
    result = CliRunner().invoke(main, args)
    return json.loads(result.output)["files"][0]["findings"]


def _held(finding: dict, folder: Path) -> str:
    path = Path(finding["path"])
    path = path if path.is_absolute() else folder / path
    return path.read_text(encoding="utf-8").splitlines()[finding["line"] - 1]


def test_a_quoted_word_of_a_paragraph_points_at_its_own_source_line(tmp_path: Path):
    write_source(tmp_path, "closing.tex", CLOSING)
    path = write_source(tmp_path, "resume.tex", PARAGRAPH)
    (person,) = _findings(path, "first-person")
    assert person["line"] == 6
    assert person["text"] in _held(person, tmp_path)


def test_the_text_of_a_macro_without_arguments_is_where_its_definition_writes_it(
    tmp_path: Path,
):
    write_source(tmp_path, "closing.tex", CLOSING)
    path = write_source(tmp_path, "resume.tex", PARAGRAPH)
    (references,) = _findings(path, "references-on-request")
    assert Path(references["path"]).name == "closing.tex"
    assert references["line"] == 1
    assert "upon request" in _held(references, tmp_path)


GRID = """= Priya Raman

== Teaching

#grid(columns: (0.2fr, 0.8fr),
  [
    2021 \\
    2020 \\
  ],
  [
    Tutor, Lorem ipsum dolor course \\
    Tutor, Statistics I \\
  ],
)
"""


def test_a_quote_from_a_later_cell_of_a_grid_row_points_at_that_cell(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", GRID)
    (placeholder,) = _findings(path, "placeholder-text")
    assert placeholder["line"] == 11
    assert "Lorem ipsum" in _held(placeholder, tmp_path)


def test_a_span_of_a_rewritten_text_says_nothing():
    spans = (Span(0, "Acme", 3, 1), Span(6, "2020", 4, 5))
    line = Line(text="Acme  2020", number=3, column=1, spans=spans)
    assert Location.of("cv.tex", line, "2020").line == 4
    rewritten = Line(text="2020", number=3, column=1, spans=spans)
    assert Location.of("cv.tex", rewritten, "2020").line == 3


def test_a_macro_without_arguments_prints_no_parameter_of_a_macro_it_defines(tmp_path: Path):
    text = r"""\documentclass{article}
\newcommand{\job}[1]{#1}
\newcommand{\boldjobs}{\renewcommand{\job}[1]{\textbf{##1}}}
\begin{document}
\boldjobs
\section{Experience}
\job{Harbour Pilot}
\end{document}
"""
    path = write_source(tmp_path, "resume.tex", text)
    assert not [line.text for line in read(path).lines if "#" in line.text]
