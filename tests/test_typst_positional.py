"""Typst entry functions called with positional arguments: the `#let` that defines the
function (in the file, or in a local file it imports) names each position, and the names
say which part of the entry it is. The resumes are fictional and written here."""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document

LIB = """#let job(role, company, period, details, note: none) = block[
  *#company* #h(1fr) #period \\
  #role
  #list(..details)
]
"""

RESUME = """#import "lib.typ": job
= Mariana Okafor
mariana.okafor@example.org

== Experience
#job(
  "Hydrologist",
  "Delta Water Board",
  "03.2019 - 06.2023",
  ("Modelled river floods for three regions",),
)
"""

INLINE = """= Mariana Okafor
mariana.okafor@example.org

#let school(degree, institution, years) = [#institution #years #degree]

== Education
#school("MSc Hydrology", "University of Accra", "2015 - 2017")
"""


def _doc(folder: Path, text: str):
    path = folder / "cv.typ"
    path.write_text(text, encoding="utf-8")
    return build_document(path, read(path))


def test_positional_arguments_of_an_imported_function_are_named_by_its_parameters(
    tmp_path: Path,
):
    (tmp_path / "lib.typ").write_text(LIB, encoding="utf-8")
    (job,) = _doc(tmp_path, RESUME).positions
    assert job.title is not None and job.title.value == "Hydrologist"
    assert job.company is not None and job.company.value == "Delta Water Board"
    assert job.title.line is not None and job.title.line.number == 7
    start, end = job.dates.start, job.dates.end  # type: ignore[union-attr]
    assert (start.year, start.month, end.year, end.month) == (2019, 3, 2023, 6)


def test_a_function_defined_in_the_file_names_its_positions_too(tmp_path: Path):
    (school,) = _doc(tmp_path, INLINE).education
    assert school.school is not None and school.school.value == "University of Accra"
    assert school.line is not None and school.line.number == 7


CONTENT_ARGS = """= Mariana Okafor
#grid(columns: (1fr, 1fr),
  align(left)[#link("mailto:mariana.okafor@example.org")[mariana.okafor\\@example.org]],
  text(weight: "bold")[Hydrologist],
)
"""


def test_the_content_blocks_after_a_call_in_an_argument_print(tmp_path: Path):
    path = tmp_path / "cv.typ"
    path.write_text(CONTENT_ARGS, encoding="utf-8")
    doc = build_document(path, read(path))
    (email,) = doc.contact.emails
    assert email.value == "mariana.okafor@example.org"
    assert email.line is not None and email.line.number == 3
    assert any("Hydrologist" in line.text for line in doc.lines)
