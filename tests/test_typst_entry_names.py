"""The argument names Typst templates give an entry's parts: dates as `start:`/`end:` or a
degree's `year:`, the school as `college:`. The resumes are fictional and written here."""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document

RESUME = """= Kofi Mensah
kofi.mensah@example.org

== Experience
#job(role: "Surveyor", company: "Volta Mapping Ltd", start: "Feb 2019", end: "Present")

== Education
#degree-entry(program: "BSc Geomatics", college: "Kumasi College of Technology", year: "2018")
"""


def test_start_end_and_year_are_dates_and_college_the_school(tmp_path: Path):
    path = tmp_path / "cv.typ"
    path.write_text(RESUME, encoding="utf-8")
    document = build_document(path, read(path))
    (job,) = document.positions
    assert job.company is not None and job.company.value == "Volta Mapping Ltd"
    assert job.dates is not None and job.dates.start is not None
    assert (job.dates.start.year, job.dates.start.month) == (2019, 2)
    assert job.dates.end is not None and job.dates.end.present
    (study,) = document.education
    assert study.school is not None and study.school.value == "Kumasi College of Technology"
    assert study.dates is not None and study.dates.end is not None
    assert study.dates.end.year == 2018


SUB_HEADINGS = """= Kofi Mensah
kofi.mensah@example.org

== Skills
=== Field instruments
Total stations, GNSS receivers
=== Mapping software
QGIS, ArcGIS

== Experience
#job(role: "Surveyor", company: "Volta Mapping Ltd", start: "Feb 2019", end: "Present")
"""


def test_headings_below_the_section_level_are_sub_headings(tmp_path: Path):
    path = tmp_path / "cv.typ"
    path.write_text(SUB_HEADINGS, encoding="utf-8")
    output = read(path)
    headings = [line.text for line in output.lines if line.heading]
    assert headings == ["Kofi Mensah", "Skills", "Experience"]
    sections = build_document(path, output).structure.sections
    assert [section.title for section in sections] == ["Skills", "Experience"]


# A sidebar written first with `==` headings, the main column after it with `=` ones.
SIDEBAR_FIRST = """#block(width: 30%)[
== Contact
kofi.mensah@example.org

== Languages
Twi, English
]

= Experience
#job(role: "Surveyor", company: "Volta Mapping Ltd", start: "Feb 2019", end: "Present")

= Education
#degree-entry(program: "BSc Geomatics", college: "Kumasi College of Technology", year: "2018")
"""


def test_deeper_headings_before_any_section_heading_stay_headings(tmp_path: Path):
    path = tmp_path / "cv.typ"
    path.write_text(SIDEBAR_FIRST, encoding="utf-8")
    headings = [line.text for line in read(path).lines if line.heading]
    assert headings == ["Contact", "Languages", "Experience", "Education"]
