"""The typography a Typst source gives its text, on its Lines: `*strong*`, `_emphasis_`,
`#strong[…]`, `#text(weight: "bold", size: 16pt)[…]` and the headings' levels, as the
built PDF sets them.

The resume is fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from tests.source_files import write_source

RESUME = """#text(size: 22pt, weight: "bold")[Oskar Lindahl]

oskar.lindahl@example.org

== Experience

*Fjordline Systems* #h(1fr) 2019 -- 2023 \\
_Platform Engineer_

#let row(left, right) = {
  text(weight: "bold", left)
  h(1fr)
  emph(right)
}
#row("Karst Robotics", "Intern")

#grid(columns: (1fr, 3fr), [2016 -- 2018], [*Tallinn University* \\ BSc Physics])
"""


def _by_text(tmp_path: Path):
    path = write_source(tmp_path, "resume.typ", RESUME)
    return {line.text: line for line in read(path).lines}


def test_strong_marks_and_calls_print_bold(tmp_path: Path):
    lines = _by_text(tmp_path)
    name = lines["Oskar Lindahl"]
    assert name.bold and name.font_size is not None and name.font_size > 18
    header = lines["Fjordline Systems   2019 – 2023"]
    assert [(run.text, run.bold) for run in header.runs] == [
        ("Fjordline Systems", True),
        ("2019 – 2023", False),
    ]
    assert lines["Platform Engineer"].font_name == "italic"
    assert not lines["oskar.lindahl@example.org"].bold


def test_a_function_of_the_file_prints_its_arguments_in_its_faces(tmp_path: Path):
    lines = _by_text(tmp_path)
    line = lines["Karst Robotics   Intern"]
    assert [(run.text, run.bold, run.italic) for run in line.runs] == [
        ("Karst Robotics", True, False),
        ("Intern", False, True),
    ]


def test_headings_print_bold_and_larger_than_the_body(tmp_path: Path):
    lines = _by_text(tmp_path)
    heading = lines["Experience"]
    assert heading.heading and heading.bold
    assert heading.font_size is not None and heading.font_size > 10.0


def test_a_grid_cell_keeps_its_face(tmp_path: Path):
    lines = _by_text(tmp_path)
    row = next(text for text in lines if text.startswith("2016"))
    assert "Tallinn University" in row
    assert any(run.bold and "Tallinn" in run.text for run in lines[row].runs)


def test_upper_sets_its_content_in_capitals(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", "#upper[Work History]\n\nWelder\n")
    assert [line.text for line in read(path).lines] == ["WORK HISTORY", "Welder"]
