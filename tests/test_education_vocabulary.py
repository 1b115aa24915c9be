"""Education entries as resumes in several languages print them: schools named after their
country, sections of certificates and studies together, degrees named with their field
(fictional people and schools; lines built as the text reader makes them)."""

from __future__ import annotations

from typing import Any

from reslint.lexicon.headings import heading_kind
from reslint.lexicon.pieces import is_location
from reslint.model import Line
from reslint.readers.text import lines_from_text
from reslint.structure import build_structure


def _education(text: str) -> list[tuple[Any, ...]]:
    return [
        (
            e.school.value if e.school else None,
            e.degree.value if e.degree else None,
            e.dates.end.iso() if e.dates and e.dates.end else None,
        )
        for e in build_structure(lines_from_text(text, markdown=False), "US").education
    ]


def test_a_school_named_after_its_country_is_not_a_place() -> None:
    assert not is_location("Licenciatura en Economía, Universidad de Chile")
    assert not is_location("Bachelor of Arts, University of Malta")
    assert is_location("Lyon, France")
    text = (
        "Sara Pérez\nsara@example.org\n\nEDUCACIÓN\n"
        "2012 – 2016   Maestría en Finanzas, Universidad de Chile\n"
        "2008 – 2012   Licenciatura em Direito, Universidade de Portugal\n"
    )
    assert _education(text) == [
        ("Universidad de Chile", "Maestría", "2016"),
        ("Universidade de Portugal", "Licenciatura", "2012"),
    ]


def _kind(title: str) -> str | None:
    return heading_kind(Line(title, 1, 1, font_size=14.0, bold=True), 10.0)


def test_certificates_joined_to_education_in_a_heading_make_a_section_of_studies() -> None:
    for title in (
        "Certifications & Education",
        "Certificates and Education",
        "Certificaciones y Educación",
        "Zertifikate und Ausbildung",
        "Courses and Education",
    ):
        assert _kind(title) == "education", title
    assert _kind("Certifications") == "certifications"
    assert _kind("Projects & Education") == "projects"
    text = (
        "Jo Smith\njo@example.org\n\nCERTIFICATIONS & EDUCATION\n"
        "2021   AWS Certified Solutions Architect\n"
        "2014 – 2018   Bachelor of Science in Biology, Westfield University\n"
    )
    # The school's entry is read; the certificate, naming no school, is no studies entry.
    assert _education(text) == [("Westfield University", "Bachelor of Science", "2018")]
