"""Typst functions whose body is code or an expression show what its statements show
(readers.typst_statements): a `text(…, str)` call shows its argument, a method of a bound
string is evaluated, an `if` shows the branch its known condition picks, a one-column
table its cells on lines of their own, a grid of columns with headings each column whole.
The resume is fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document
from tests.source_files import write_source

DATA = """[person]
first = "Oriane"
last = "Castellucci"

[person.contact]
email = "oriane.castellucci@example.org"
linkedin = "oriane-castellucci"
city = "Trieste"
"""

TEMPLATE = """#let info = toml("data.toml")
#let big(str) = {
  text(size: 24pt, weight: "bold", str)
}
#let banner() = align(center, table(
  columns: 1fr,
  stroke: none,
  [#big(info.person.first) #h(4pt) #big(info.person.last)],
  [#text(size: 12pt)[Marine Biologist]],
  [#contacts()],
))
#let contacts() = {
  for (k, v) in info.person.contact {
    box({
      if k == "email" {
        link("mailto:" + v)[#v]
      } else if k == "linkedin" {
        link("https://www.linkedin.com/in/" + v)[#v]
      } else {
        v
      }
    })
    h(6pt)
  }
}
#let part(title, accent: true, letters: 3) = {
  let head = title.slice(0, letters)
  let tail = title.slice(letters)
  let shown(str) = { text(weight: "bold", str) }
  v(4pt)
  if accent {
    shown(head)
    shown(tail)
  } else {
    shown(title)
  }
  box(width: 1fr, line(length: 100%))
}
#let stint(role, employer, period) = block(width: 100%)[
  #text(weight: "bold")[#employer] #h(1fr) #period \\
  #emph(role)
]

#banner()

#part("Experience")
#stint("Research Diver", "Adriatic Reef Institute", "2019 - 2023")
"""


def test_code_bodies_show_the_values_their_statements_print(tmp_path: Path):
    write_source(tmp_path, "data.toml", DATA)
    path = write_source(tmp_path, "cv.typ", TEMPLATE)
    output = read(path)
    texts = [line.text for line in output.lines]
    assert texts[:2] == ["Oriane Castellucci", "Marine Biologist"]  # h(4pt): a space
    assert "Experience" in texts  # `title.slice(0, 3)` + the rest, the else branch not shown
    assert texts.count("Experience") == 1 and "Exp" not in " ".join(texts).split()
    email = next(line for line in output.lines if "oriane.castellucci@" in line.text)
    assert "mailto:oriane.castellucci@example.org" in email.links
    assert email.source is not None and email.source.endswith("data.toml")
    links = {link for line in output.lines for link in line.links}
    assert "https://www.linkedin.com/in/oriane-castellucci" in links  # `"…/in/" + v`
    doc = build_document(path, output)
    assert doc.contact.name is not None and doc.contact.name.value == "Oriane Castellucci"
    assert doc.contact.headline is not None
    assert doc.contact.headline.value == "Marine Biologist"
    (job,) = doc.positions
    assert job.company is not None and job.company.value == "Adriatic Reef Institute"
    assert job.title is not None and job.title.value == "Research Diver"
    assert job.dates is not None and job.dates.start is not None
    assert job.dates.start.year == 2019


# A page laid out as a grid of two columns, each with its headings: a sidebar and a main
# column, read one after the other, their headings kept.
LAYOUT = """#grid(
  columns: (30%, 1fr),
  block({
    [== Contact
    Via Roma 4, Trieste]
  }),
  [
    == Experience
    *Adriatic Reef Institute* #h(1fr) 2019 -- 2023 \\
    Research Diver
  ],
)
"""


def test_a_grid_whose_cells_hold_headings_is_read_column_by_column(tmp_path: Path):
    output = read(write_source(tmp_path, "cv.typ", LAYOUT))
    headings = [line.text for line in output.lines if line.heading]
    assert headings == ["Contact", "Experience"]
    texts = [line.text for line in output.lines]
    assert texts.index("Via Roma 4, Trieste") < texts.index("Experience")


# A package's section function, whose body is not here: its call is the heading line. A
# function of the same kind the file defines prints what its body prints.
PACKAGE_SECTIONS = """#import "@preview/some-cv:1.0.0": cv-section, cv-entry

#cv-section("Field Work")
#cv-entry(title: [Survey Lead], society: [Lagoon Trust], date: [2021 - 2022])
#cv-section("Volunteering & Clubs")
#cv-entry(title: [Diving Coach], society: [Gulf Divers], date: [2019 - 2020])
"""


def test_a_package_s_section_function_prints_a_heading(tmp_path: Path):
    output = read(write_source(tmp_path, "cv.typ", PACKAGE_SECTIONS))
    headings = [line.text for line in output.lines if line.heading]
    assert headings == ["Field Work", "Volunteering & Clubs"]
    own = read(
        write_source(tmp_path, "own.typ", '#let cv-section(t) = [#t]\n#cv-section("Hobbies")\n')
    )
    assert [(line.text, line.heading) for line in own.lines] == [("Hobbies", False)]


def test_a_join_with_an_unknown_name_prints_its_known_text(tmp_path: Path):
    source = '#let city = "Trieste"\n#text("Based in " + city)\n\n#text("Born in " + town)\n'
    output = read(write_source(tmp_path, "cv.typ", source))
    assert [line.text for line in output.lines] == ["Based in Trieste", "Born in"]
