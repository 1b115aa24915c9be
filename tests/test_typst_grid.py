"""Typst grids and tables print row by row, as the page shows them: the n-th line of each
cell of a row side by side (readers.typst_grid). The resume is fictional and written here."""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.readers.base import SEGMENT_JOIN as GAP
from tests.source_files import write_source

# Years in one cell, roles in the next, courses in the last: one line a row on the page,
# a blank line in the year cell where a year has two terms.
COLUMNS = """= Lena Okafor

== Teaching

#grid(columns: (0.1fr, 0.1fr, 0.8fr),
  align(left)[
    2022 \\
    \\
    2021 \\
  ],
  align(left)[
    Tutor \\
    Tutor \\
    Grader \\
  ],
  align(left)[
    *Linear Algebra*, Harbour University \\
    *Statistics I*, Harbour University \\
    *Numerical Methods*, Harbour University \\
  ],
)

#table(columns: 2, [Rust], [Advanced], [Go], [Working])
"""


def test_a_grid_prints_the_lines_of_its_cells_side_by_side(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", COLUMNS)
    lines = [(line.text, line.number) for line in read(path).lines]
    assert (f"2022{GAP}Tutor{GAP}Linear Algebra, Harbour University", 7) in lines
    # The blank line of the year cell keeps the second row without a year.
    assert (f"Tutor{GAP}Statistics I, Harbour University", 13) in lines
    assert (f"2021{GAP}Grader{GAP}Numerical Methods, Harbour University", 9) in lines
    assert (f"Rust{GAP}Advanced", 23) in lines
    assert (f"Go{GAP}Working", 23) in lines
