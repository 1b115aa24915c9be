"""Typst resumes whose text lives in data files: `toml(…)`, `json(…)` and `yaml(…)` read
beside the resume and looped over with `for`, each value printed where the data file has
it. The resumes and their data are fictional and written here."""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document
from tests.source_files import write_source

JOBS_JSON = """{
  "jobs": [
    {"title": "Hydrologist", "company": "Delta Water Board", "period": "03.2019 - 06.2023"},
    {"title": "Field Assistant", "company": "Lakeshore Survey", "period": "2016 - 2019"}
  ]
}
"""

SCHOOLS_TOML = """[[school]]
degree = "MSc Hydrology"
institution = "University of Accra"
year = "2015 - 2017"
"""

RESUME = """#let data = json("data/cv.json")
#let edu = toml("data/edu.toml")
= Mariana Okafor
mariana.okafor@example.org

== Experience
#for job in data.jobs [
  #work(title: job.title, company: job.company, date: job.period)
]

== Education
#for item in edu.school [
  *#item.degree* #h(1fr) #item.year \\
  #item.institution
]
"""


def test_a_loop_over_a_json_file_prints_each_entry_at_its_place_in_the_file(tmp_path: Path):
    write_source(tmp_path, "data/cv.json", JOBS_JSON)
    write_source(tmp_path, "data/edu.toml", SCHOOLS_TOML)
    path = write_source(tmp_path, "cv.typ", RESUME)
    doc = build_document(path, read(path))
    first, second = doc.positions
    assert first.company is not None and first.company.value == "Delta Water Board"
    assert second.title is not None and second.title.value == "Field Assistant"
    line = first.title.line  # type: ignore[union-attr]
    assert (line.source, line.number) == (str(tmp_path / "data/cv.json"), 3)


def test_a_loop_over_a_toml_table_array_prints_its_values_in_the_loops_order(tmp_path: Path):
    write_source(tmp_path, "data/cv.json", JOBS_JSON)
    write_source(tmp_path, "data/edu.toml", SCHOOLS_TOML)
    path = write_source(tmp_path, "cv.typ", RESUME)
    (school,) = build_document(path, read(path)).education
    assert school.school is not None and school.school.value == "University of Accra"
    degree = school.degree.line  # type: ignore[union-attr]
    assert (degree.source, degree.number, degree.column) == (str(tmp_path / "data/edu.toml"), 2, 11)


def test_parts_included_by_a_loop_over_names_are_read(tmp_path: Path):
    write_source(tmp_path, "parts/skills.typ", "== Skills\nRiver modelling, GIS\n")
    write_source(tmp_path, "parts/awards.typ", "== Awards\nBlue Basin Prize 2021\n")
    main = """#let sections(names) = {
  for name in names {
    include { "parts/" + name + ".typ" }
  }
}
= Mariana Okafor
#sections(("skills", "awards"))
"""
    path = write_source(tmp_path, "cv.typ", main)
    lines = read(path).lines
    texts = [line.text for line in lines]
    assert texts.index("Skills") < texts.index("Awards")
    prize = next(line for line in lines if "Blue Basin" in line.text)
    assert prize.source == str(tmp_path / "parts/awards.typ")
    assert not any("skills" in line.text for line in lines)  # the names are not printed


def test_a_named_parameter_default_joins_the_included_path(tmp_path: Path):
    # the folder comes from a named parameter whose default is a data value, and one
    # call overrides it: both are known without running the file
    write_source(tmp_path, "meta.toml", 'lang = "nl"\n')
    write_source(tmp_path, "parts_nl/hobbies.typ", "== Hobbies\nKite surfing\n")
    write_source(tmp_path, "parts_de/prizes.typ", "== Preise\nGoldene Feder 2019\n")
    main = """#let meta = toml("meta.toml")
#let parts(names, lang: meta.lang) = {
  for name in names {
    include { "parts_" + lang + "/" + name + ".typ" }
  }
}
= Joris van Dellen
#parts(("hobbies",))
#parts(("prizes",), lang: "de")
"""
    path = write_source(tmp_path, "cv.typ", main)
    texts = [line.text for line in read(path).lines]
    assert texts.index("Hobbies") < texts.index("Preise")
    assert "Goldene Feder 2019" in texts


def test_a_data_file_outside_the_folder_is_not_read(tmp_path: Path):
    write_source(tmp_path, "cv.json", JOBS_JSON)
    resume = '#let data = json("../cv.json")\n= Experience\n#for job in data.jobs [#job.company]\n'
    path = write_source(tmp_path, "inner/cv.typ", resume)
    assert not any("Delta" in line.text for line in read(path).lines)


def test_yaml_values_and_a_dictionary_loop(tmp_path: Path):
    write_source(tmp_path, "cv.yaml", "skills:\n  Languages: Python, R\n  Tools: QGIS\n")
    resume = """#let cv = yaml("cv.yaml")
== Skills
#for (group, items) in cv.skills [
  #group: #items \\
]
"""
    path = write_source(tmp_path, "cv.typ", resume)
    lines = read(path).lines
    tools = next(line for line in lines if "QGIS" in line.text)
    assert "Tools" in tools.text
    assert (tools.source, tools.number) == (str(tmp_path / "cv.yaml"), 3)


def test_a_data_file_too_deep_or_broken_prints_nothing_of_it(tmp_path: Path):
    write_source(tmp_path, "deep.json", "[" * 20000 + "]" * 20000)
    write_source(tmp_path, "deep.toml", "a = " + "[" * 20000 + "]" * 20000 + "\n")
    write_source(tmp_path, "broken.yaml", "jobs: [unclosed\n")
    resume = """#let a = json("deep.json")
#let b = toml("deep.toml")
#let c = yaml("broken.yaml")
= Mariana Okafor
#for job in c.jobs [#job]
"""
    path = write_source(tmp_path, "cv.typ", resume)
    assert [line.text for line in read(path).lines] == ["Mariana Okafor"]


def test_a_changed_data_file_changes_what_the_cache_keys_on(tmp_path: Path):
    from reslint.readers.built_pdf import companions

    data = write_source(tmp_path, "data/cv.json", JOBS_JSON)
    path = write_source(tmp_path, "cv.typ", '#let data = json("data/cv.json")\n= Experience\n')
    assert data in companions(path)
