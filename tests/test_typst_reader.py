"""The Typst reader: a .typ resume read (never compiled), with source positions.

The resumes are fictional and written here, in the style of common Typst templates: a
`#show: resume.with(...)` header and entry functions with named arguments.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from reslint.cli import main
from reslint.readers import detect, read
from reslint.structure import build_document
from tests.source_files import write_source

RESUME = """#import "@preview/some-template:0.1.0": *
#let accent = rgb("#1976d2")
#show: resume.with(
  author: "Jane Doe",
  email: "jane.doe@example.org", // a comment between arguments
  phone: "+44 20 7946 0958",
  linkedin: "janedoe",
)
#set text(font: "Inter")

= Experience
#work(
  title: "Data Engineer",
  company: "Acme GmbH",
  location: "Paris",
  dates: dates-helper(start-date: "May 2019", end-date: "Present"),
)
- Cut costs by *20%* across _three_ teams.
- Led a team of 5 -- see #link("https://example.org")[our site].

== Education
#edu(institution: "Université de Lyon", degree: "MSc Computer Science", dates: "2014 - 2018")
"""


def _findings(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-cache", *args])
    return json.loads(result.output)["files"][0]["findings"]


def test_typ_files_are_read_by_the_typst_reader(tmp_path: Path):
    reader = detect(write_source(tmp_path, "cv.typ", RESUME))
    assert reader is not None and reader.name == "typst"


def test_header_entries_and_markup(tmp_path: Path):
    path = write_source(tmp_path, "cv.typ", RESUME)
    output = read(path)
    doc = build_document(path, output)
    assert doc.contact.name.value == "Jane Doe"
    assert (doc.contact.name.line.number, doc.contact.name.line.column) == (4, 12)
    assert [email.value for email in doc.contact.emails] == ["jane.doe@example.org"]
    assert [phone.value for phone in doc.contact.phones] == ["+442079460958"]
    (job,) = doc.positions
    assert (job.company.value, job.title.value) == ("Acme GmbH", "Data Engineer")
    assert (job.dates.start.iso(), job.dates.end.iso()) == ("2019-05", "present")
    assert [bullet.value for bullet in job.bullets] == [
        "Cut costs by 20% across three teams.",
        "Led a team of 5 – see our site.",
    ]
    assert job.bullets[1].line.links == ("https://example.org",)
    (school,) = doc.education
    # The macro's degree argument, split as the inference splits a printed degree.
    assert (school.school.value, school.degree.value, school.field.value) == (
        "Université de Lyon",
        "MSc",
        "Computer Science",
    )
    assert [section.kind for section in doc.sections] == ["experience", "education"]
    texts = " ".join(line.text for line in output.lines)
    assert "Inter" not in texts and "1976d2" not in texts and "comment" not in texts


def test_included_files_are_read_in_place(tmp_path: Path):
    main_file = write_source(tmp_path, "cv.typ", '= Jane Doe\n#include "parts/contact.typ"\n')
    write_source(tmp_path, "parts/contact.typ", "\nxX_party_Xx1987\\@gmail.com\n")
    findings = _findings(str(main_file), "--select", "email-odd")
    assert [(f["rule"], f["path"], f["line"], f["column"]) for f in findings] == [
        ("email-odd", str(tmp_path / "parts/contact.typ"), 2, 1)
    ]


def test_a_comment_suppresses_a_rule(tmp_path: Path):
    source = "Jane Doe\n\n// reslint: ignore email-odd\nxX_party_Xx1987\\@gmail.com\n"
    assert _findings(str(write_source(tmp_path, "a.typ", source)), "--select", "email-odd") == []
    plain = source.replace("// reslint: ignore email-odd", "")
    assert len(_findings(str(write_source(tmp_path, "b.typ", plain)), "--select", "email-odd")) == 1


def test_an_entry_call_with_a_title_and_a_place_only_prints_them(tmp_path: Path):
    text = '= Experience\n\n#resume-entry(title: "Night Porter", location: "Harrogate, UK")\n'
    path = write_source(tmp_path, "cv.typ", text)
    output = read(path)
    assert [(line.text, line.number) for line in output.lines][1:] == [
        ("Night Porter", 3),
        ("Harrogate, UK", 3),
    ]
    (entry,) = output.entries
    assert entry.macro == "resume-entry"
    assert entry.parts["title"].value == "Night Porter"


def test_a_template_s_contacts_list_degrees_and_project_arguments_are_read(tmp_path: Path):
    text = """#show: resume.with(
  author: "Mira Castellanos",
  contacts: (
    [#link("mailto:mira.c@example.org")[mira.c\\@example.org]],
    [#link("https://linkedin.com/in/miracastellanos")[linkedin.com/in/miracastellanos]],
  ),
)

= Experience
#exp(role: "Data Analyst", project: "Tidewater Logistics", date: "May 2021 - Present")

= Education
#edu(institution: "Lakemont College", date: "2020", degrees: (("BA", "Economics"),))
"""
    path = write_source(tmp_path, "cv.typ", text)
    doc = build_document(path, read(path))
    assert [email.value for email in doc.structure.contact.emails] == ["mira.c@example.org"]
    (job,) = doc.positions
    assert job.company is not None and job.company.value == "Tidewater Logistics"
    assert job.company.line is not None and job.company.line.number == 10
    (school,) = doc.education
    assert school.school is not None and school.school.value == "Lakemont College"
    assert school.degree is not None and school.degree.value.startswith("BA")
