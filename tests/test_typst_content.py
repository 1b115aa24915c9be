"""Typst content bound to a name and shown where the name is used, the values a local
file that is imported binds, and the block-level calls that put their content on lines
of its own.

The resume is fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from tests.source_files import write_source

INFO = """#let name = [Marta Quiroga]
#let mail = "marta.quiroga@example.org"
"""

MAIN = """#import "info.typ": *

#let header = [
  #text(size: 20pt, weight: "bold", name)
  #stack(dir: ttb, [Madrid], mail)
]
#let job(left, right) = [#strong[#left] #h(1fr) #right]
#let first = job([Ostra Logistics], [2020 -- 2023])
#let body = [
  #heading[Experience]
  #grid(columns: (5%, 95%), [], [#first])
]

#grid(columns: (1fr), header, body)
"""


def _texts(tmp_path: Path) -> list[str]:
    write_source(tmp_path, "info.typ", INFO)
    path = write_source(tmp_path, "main.typ", MAIN)
    return [line.text for line in read(path).lines]


def test_bound_content_shows_where_its_name_is_used(tmp_path: Path):
    texts = _texts(tmp_path)
    assert texts[0] == "Marta Quiroga"
    assert "Ostra Logistics   2020 – 2023" in texts


def test_an_imported_file_binds_values(tmp_path: Path):
    texts = _texts(tmp_path)
    assert "marta.quiroga@example.org" in texts


def test_a_vertical_stack_puts_each_child_on_a_line(tmp_path: Path):
    texts = _texts(tmp_path)
    assert texts[1:3] == ["Madrid", "marta.quiroga@example.org"]


def test_a_heading_call_is_a_heading(tmp_path: Path):
    write_source(tmp_path, "info.typ", INFO)
    path = write_source(tmp_path, "main.typ", MAIN)
    headings = [line for line in read(path).lines if line.heading]
    assert [line.text for line in headings] == ["Experience"]
    assert headings[0].bold


ENTRY = """#let experience(title, yearRange, company, points) = [
  #text(title, weight: "bold") #h(1fr) #yearRange

  #company

  #points
]

== Experience
#experience(
  [Network Technician],
  [2019-2022],
  [Halvard Telecom, Bergen],
  [#list([Rewired two exchanges.], [Trained four apprentices.])],
)
"""


def test_a_camel_case_parameter_names_the_entry_dates(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", ENTRY)
    output = read(path)
    assert [dict(entry.parts)["dates"].value for entry in output.entries] == ["2019-2022"]


def test_a_list_call_prints_each_item_as_a_bullet(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", ENTRY)
    bullets = [line.text for line in read(path).lines if line.bullet]
    assert bullets == ["Rewired two exchanges.", "Trained four apprentices."]


def test_content_arguments_print_in_the_body_layout(tmp_path: Path):
    path = write_source(tmp_path, "main.typ", MAIN)
    write_source(tmp_path, "info.typ", INFO)
    line = next(line for line in read(path).lines if line.text.startswith("Ostra"))
    assert [(run.text, run.bold) for run in line.runs] == [
        ("Ostra Logistics", True),
        ("2020 – 2023", False),
    ]


BILINGUAL = """#let lang = "en"
#let titles = (
  skills: if lang == "de" [Kenntnisse] else [Skills],
  contact: if lang == "de" [Kontakt] else [Contact],
)
#let phone = "+49 30 5550 1234"

= #titles.contact
#grid(columns: (auto, 1fr), [\\u{2706}], if phone != none [#phone])

= #titles.skills
Welding, CAD
"""


def test_an_if_expression_is_the_branch_its_condition_picks(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", BILINGUAL)
    lines = read(path).lines
    assert [line.text for line in lines if line.heading] == ["Contact", "Skills"]
    assert "\u2706   +49 30 5550 1234" in [line.text for line in lines]


NAMED = """#let pair(left: [], right: []) = [#strong[#left] #h(1fr) #right]
#pair(left: [Harbour Office], right: [2018 -- 2020])
"""


def test_named_content_arguments_print_in_the_body_layout(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", NAMED)
    line = read(path).lines[0]
    assert line.text == "Harbour Office   2018 – 2020"
    assert line.runs[0].text == "Harbour Office" and line.runs[0].bold


MAPPED = """#let jobs = (
  (date: [2021 -- 2023], name: "Lumen Dairy", role: "Quality Analyst"),
  (date: [2018 -- 2021], name: "Fjell Water", role: "Lab Technician"),
)

= Experience
#grid(
  columns: (auto, 1fr),
  ..jobs.map(e => (strong(e.date), [#strong(e.name) \\ #e.role])).join()
)
"""


def test_a_grid_filled_by_a_mapped_array_prints_a_row_per_item(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", MAPPED)
    texts = [line.text for line in read(path).lines]
    assert texts == [
        "Experience",
        "2021 – 2023   Lumen Dairy",
        "Quality Analyst",
        "2018 – 2021   Fjell Water",
        "Lab Technician",
    ]


def test_a_binding_whose_bracket_never_closes_reads(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", '#let jobs = (\n  (date: [2021 2023], name: "')
    read(path)  # the bracket and the string run to the end of the file: no IndexError
