"""Positions, education and contact in the common resume layouts, on lines built here.

The lines look like the PDF reader's: far-apart parts of a line joined by
three spaces, boxes, font sizes and bold flags.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reslint.lexicon.pieces import cut_dates, is_duration
from reslint.model import Line
from reslint.parse_view import as_dict
from reslint.readers import read
from reslint.readers.text import lines_from_text
from reslint.structure import build_document, build_structure
from tests.built_lines import built_lines, parsed_positions

_lines = built_lines


HEADING = {"size": 14.0, "bold": True}
BULLET = {"bullet": True, "x": 80.0}


_positions = parsed_positions


def _education(lines: tuple[Line, ...]) -> list[tuple[Any, ...]]:
    return [
        (
            e.school.value if e.school else None,
            e.degree.value if e.degree else None,
            e.field.value if e.field else None,
            e.dates.start.iso() if e.dates and e.dates.start else None,
            e.dates.end.iso() if e.dates and e.dates.end else None,
        )
        for e in build_structure(lines, "US").education
    ]


def test_company_line_then_roles_with_right_aligned_dates() -> None:
    lines = _lines(
        ("Ann Lee", {"size": 20.0}),
        ("Experience", HEADING),
        ("Google   Mountain View, CA", {"bold": True}),
        "Staff Engineer   2021 – Present",
        ("Led the search team of twelve engineers across", BULLET),
        ("three offices", {"x": 80.0}),
        "Senior Engineer   2018 – 2021",
        ("Did things", BULLET),
        ("Microsoft   Redmond, WA", {"bold": True}),
        "Software Engineer II   Jul 2015 – Aug 2018",
        ("Shipped things", BULLET),
    )
    assert _positions(lines) == [
        ("Google", "Staff Engineer", "2021", "present"),
        ("Google", "Senior Engineer", "2018", "2021"),
        ("Microsoft", "Software Engineer II", "2015-07", "2018-08"),
    ]
    first = build_structure(lines, "US").positions[0]
    assert [b.value for b in first.bullets] == [
        "Led the search team of twelve engineers across three offices"
    ]
    assert first.location is not None and first.location.value == "Mountain View, CA"


def test_one_line_headers_in_either_order() -> None:
    lines = _lines(
        ("Experience", HEADING),
        ("Acme Analytics — Data Scientist   01/2019 – 12/2021", {"bold": True}),
        ("Built models", BULLET),
        ("Data Analyst, Initrode (Remote)   2017 – 2018", {"bold": True}),
        ("Dashboards", BULLET),
        ("Software Engineer | Hooli | Jun 2016 - Dec 2016", {"bold": True}),
        ("Wrote code", BULLET),
    )
    assert _positions(lines) == [
        ("Acme Analytics", "Data Scientist", "2019-01", "2021-12"),
        ("Initrode", "Data Analyst", "2017", "2018"),
        ("Hooli", "Software Engineer", "2016-06", "2016-12"),
    ]


def test_title_at_company_with_dates_on_their_own_line() -> None:
    text = (
        "Jane Smith\njane@x.org | (415) 555-0100\n\nEXPERIENCE\n"
        "Senior Data Engineer at Acme Corp\nJan 2020 - Present\n- Built pipelines\n"
        "Data Analyst at Globex\nMarch 2017 – December 2019\n- Reports\n\n"
        "EDUCATION\nB.S. Computer Science, University of Michigan, 2016\n"
    )
    lines = lines_from_text(text, markdown=False)
    assert _positions(lines) == [
        ("Acme Corp", "Senior Data Engineer", "2020-01", "present"),
        ("Globex", "Data Analyst", "2017-03", "2019-12"),
    ]
    assert _education(lines) == [
        ("University of Michigan", "B.S.", "Computer Science", None, "2016"),
    ]


def test_date_column_beside_the_bullets_and_open_range_wrapped() -> None:
    lines = _lines(
        ("Experience", HEADING),
        "Nexus AI, Co-Founder & CTO   San Francisco, CA",
        ("Built the platform   June 2023 – present", BULLET),
        ("Raised a round   2 years 10 months", BULLET),
        "June 2020 – MERN Stack Developer, OpenAI, San Francisco, USA",
        "Present Working on the development of the ChatGPT project, using Node.js and React.",
    )
    structure = build_structure(lines, "US")
    assert _positions(lines) == [
        ("Nexus AI", "Co-Founder & CTO", "2023-06", "present"),
        ("OpenAI", "MERN Stack Developer", "2020-06", "present"),
    ]
    assert [b.value for b in structure.positions[0].bullets] == [
        "Built the platform",
        "Raised a round",
    ]


def test_sentences_with_years_do_not_start_entries() -> None:
    lines = _lines(
        ("Experience", HEADING),
        ("Globex Corporation", {"bold": True}),
        "Account Manager   2015 – 2019",
        "Grew the northeast region from four to eleven accounts in 2017 while training "
        "two new hires.",
    )
    assert _positions(lines) == [("Globex Corporation", "Account Manager", "2015", "2019")]


def test_education_layouts() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Massachusetts Institute of Technology   Cambridge, MA", {"bold": True}),
        "B.S. in Mathematics, Minor in Physics   Sep 2011 – Jun 2015",
        "2009 – 2011 Master of Science in Computer Science, MIT, Cambridge, USA",
        ("Cloverfield College", {"bold": True}),
        "Bachelor of Business Administration, GPA 3.8/4.0",
    )
    assert _education(lines) == [
        (
            "Massachusetts Institute of Technology",
            "B.S.",
            "Mathematics, Minor in Physics",
            "2011-09",
            "2015-06",
        ),
        ("MIT", "Master of Science", "Computer Science", "2009", "2011"),
        ("Cloverfield College", "Bachelor of Business Administration", None, None, None),
    ]


def test_headings_beside_entries_and_styled_like_known_ones() -> None:
    lines = _lines(
        ("Summary", HEADING),
        "Builds web stores.",
        # The reader joined the margin title to its first entry; the row keeps the
        # title's type (a plainer label beside its items opens no section).
        ("Experience   Initech   Jan 2019 to Present", HEADING),
        "Senior Web Developer   Austin, TX",
        ("Shipped the store", BULLET),
        ("Master thesis", HEADING),
        "Robot arm   2014",
    )
    structure = build_structure(lines, "US")
    assert [(s.title, s.kind) for s in structure.sections] == [
        ("Summary", "summary"),
        ("Experience", "experience"),
        ("Master thesis", "other"),
    ]
    assert _positions(lines) == [("Initech", "Senior Web Developer", "2019-01", "present")]


def test_contact_fields_are_the_candidates_own() -> None:
    lines = _lines(
        ("Ada Lovelace", {"size": 20.0}),
        "ada@example.org   +44 20 7946 0958",
        ("Publications", HEADING),
        "A. Lovelace, C. Babbage (c.babbage@example.org). Notes. doi:10.1234/notes.1843.5678",
        "Tables, 1843   1844",
        ("References", HEADING),
        "Charles Babbage, charles@example.org, 020 7946 0000",
    )
    contact = build_structure(lines, "GB").contact
    assert [f.value for f in contact.emails] == ["ada@example.org"]
    assert [f.value for f in contact.phones] == ["+442079460958"]


def test_title_with_a_specialty_after_a_dash() -> None:
    lines = _lines(
        ("Work Experience", HEADING),
        ("Director – IT Operations\tNovember 2010 – May 2012", {"bold": True}),
        ("Millennium Entertainment – Los Angeles, CA", {"bold": True}),
        ("Ran the data centre", BULLET),
        ("Software Engineer – Globex   2008 – 2010", {"bold": True}),
        ("Wrote code", BULLET),
    )
    assert _positions(lines) == [
        ("Millennium Entertainment", "Director – IT Operations", "2010-11", "2012-05"),
        ("Globex", "Software Engineer", "2008", "2010"),
    ]


def test_schools_listed_without_dates() -> None:
    lines = _lines(
        ("Education", HEADING),
        "Waldorf College",
        "M.S. in Information Systems",
        "Haverford University",
        "B.S. in Computer Science",
        ("Bachelor of Science in Radio Electronics – Kyiv College of Information Systems", {}),
    )
    assert _education(lines) == [
        ("Waldorf College", "M.S.", "Information Systems", None, None),
        ("Haverford University", "B.S.", "Computer Science", None, None),
        (
            "Kyiv College of Information Systems",
            "Bachelor of Science",
            "Radio Electronics",
            None,
            None,
        ),
    ]


def test_name_beside_a_document_title() -> None:
    lines = _lines(("Curriculum Vitae   John Doe", {"size": 12.0}), "Web Developer")
    name = build_structure(lines, "US").contact.name
    assert name is not None and name.value == "John Doe"


def test_linkedin_style_durations_and_degree_abbreviations() -> None:
    lines = _lines(
        "EMPLOYMENT HISTORY",
        "Amazon Web Services — Solutions Architect",
        "Sep 2019 - Present · 4 yrs 2 mos",
        ("Designed landing zones", BULLET),
        "EDUCATION",
        "University of Texas at Austin",
        "BBA, Finance, 2012 – 2016",
    )
    assert _positions(lines) == [
        ("Amazon Web Services", "Solutions Architect", "2019-09", "present")
    ]
    assert _education(lines) == [
        ("University of Texas at Austin", "BBA", "Finance", "2012", "2016")
    ]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("B.S. Computer Science, graduated 2016", "B.S. Computer Science"),
        ("MSc Data Science, May 2026 (expected)", "MSc Data Science"),
        ("Acme — Engineer, from 2019 to 2021", "Acme — Engineer"),
        ("Acme — Analista, ene. de 2020 – actualidad (5 años 1 mes)", "Acme — Analista"),
        ("Acme — Analyst, März 2019 – heute (6 Jahre 9 Monate)", "Acme — Analyst"),
        ("Acme — Analista, out. 2015 – o momento (1 ano 2 meses)", "Acme — Analista"),
    ],
)
def test_words_that_qualify_a_date_go_with_it(text, rest):
    assert cut_dates(Line(text)).rest == rest


@pytest.mark.parametrize(
    ("heading", "company", "title"),
    [
        ("Experiência Profissional", "Nubank", "Engenheira de Software"),
        ("Experiencia", "Globant", "Ingeniero de Software"),
        ("Expérience", "Capgemini", "Ingénieur en informatique"),
        ("Berufserfahrung", "Zalando", "Leiter der Entwicklung"),
        ("Experience", "Stripe", "Head of Research"),
    ],
)
def test_a_title_whose_head_noun_comes_first_is_not_taken_for_the_company(
    write, heading: str, company: str, title: str
) -> None:
    """'Engenheira de Software' ends with a company word, like 'Acme Software', but its
    first word is the head noun."""
    text = f"# Alex Example\n\n## {heading}\n**{company}** — {title}, 2019 – 2022\n- Did a thing\n"
    path = write("cv.md", text)
    positions = build_document(Path(path), read(path)).structure.positions
    found = [(p.company and p.company.value, p.title and p.title.value) for p in positions]
    assert found == [(company, title)]


@pytest.mark.parametrize(
    "text",
    ["(3년 5개월)", "(3年5个月)", "2 года 3 мес.", "1 rok 2 miesiące", "2 tahun 1 bulan", "3 yıl"],
)
def test_durations_in_more_languages(text):
    assert is_duration(text)


def test_a_position_with_one_date_starts_and_ends_then(write) -> None:
    text = "# Jane Doe\n\n## Experience\n**Acme GmbH** — Intern, 2019\n- Built a thing\n"
    path = write("cv.md", text)
    data = as_dict(build_document(Path(path), read(path)))
    assert [(p["company"], p["title"], p["start"], p["end"]) for p in data["positions"]] == [
        ("Acme GmbH", "Intern", "2019", "2019")
    ]


@pytest.mark.parametrize(
    ("text", "end", "rest"),
    [
        ("2021–   Data Engineer. Brightwater Labs", "present", "Data Engineer. Brightwater Labs"),
        ("03/'19 -   Ingegnere   Ventoria, Pisa", "present", "Ingegnere   Ventoria, Pisa"),
        ("Field Technician, Orlen Farms   2018 –", "present", "Field Technician, Orlen Farms"),
        # A dash between the date and words in the same run separates; no range opens.
        ("2019 - Volunteer at Harbor Kitchen", None, "Volunteer at Harbor Kitchen"),
    ],
)
def test_a_range_left_open_runs_to_now(text, end, rest):
    dated = cut_dates(Line(text))
    assert dated.dates is not None
    assert (dated.dates.end.iso() if dated.dates.end else None) == end
    assert dated.rest == rest


def test_an_open_range_in_a_date_column_is_a_current_position() -> None:
    lines = _lines(
        ("Mara Ostrow", {"size": 20.0}),
        ("Experience", HEADING),
        "2022–   Research Scientist. Tidewater Forest Institute",
        "2019–2022   Field Ecologist. Lowmarsh Survey Group",
    )
    assert [(p.dates.start.iso(), p.dates.end.iso()) for p in _positions_of(lines)] == [
        ("2022", "present"),
        ("2019", "2022"),
    ]


def test_a_date_cell_ending_its_range_below_the_entrys_first_line() -> None:
    # A table's date cell beside the entry: the range's end is read after the employer.
    date = {"size": 12.0, "bold": True}
    lines = _lines(
        ("Mara Ostrow", {"size": 20.0}),
        ("Experience", HEADING),
        ("03.2012 – 10.2013", date),
        "Lowmarsh Survey Group",
        "Field Ecologist",
        ("07.2014-", date),
        "Tidewater Forest Institute",
        ("07.2015", date),
        "Research Scientist",
    )
    assert [(p.dates.start.iso(), p.dates.end.iso()) for p in _positions_of(lines)] == [
        ("2012-03", "2013-10"),
        ("2014-07", "2015-07"),
    ]


def _positions_of(lines: tuple[Line, ...]) -> list[Any]:
    return [p for p in build_structure(lines, "US").positions if p.dates and p.dates.end]


def test_bullets_that_close_on_a_range_head_their_entries() -> None:
    lines = _lines(
        ("Tomas Arvel", {"size": 20.0}),
        ("Experiencia", HEADING),
        ("Lumen Forge - Engine Programmer (marzo 2020 - septiembre 2023).", BULLET),
        ("Escribí un motor de render desde cero en C++.", BULLET),
        ("Quiet Harbor Studio - Gameplay Programmer (enero 2021 - actualidad).", BULLET),
        ("Implementé la interfaz y las herramientas internas.", BULLET),
        # A sentence with dates in brackets names one thing: it stays a bullet.
        ("Migré el sistema de guardado a SQLite (2021 - 2022).", BULLET),
    )
    assert _positions(lines) == [
        ("Lumen Forge", "Engine Programmer", "2020-03", "2023-09"),
        ("Quiet Harbor Studio", "Gameplay Programmer", "2021-01", "present"),
    ]


@pytest.mark.parametrize(
    ("header", "company", "title"),
    [
        ("Lifeguard at Bayside Pools   2019 – 2021", "Bayside Pools", "Lifeguard"),
        ("Dishwasher at Casa de Olmo   2019 – 2021", "Casa de Olmo", "Dishwasher"),
        # A lower-case tail names no employer: the line is not split at its `at`.
        ("Volunteering at weekend markets   2019 – 2021", None, None),
    ],
)
def test_title_at_company_without_title_words(header, company, title) -> None:
    lines = _lines(
        ("Nell Ward", {"size": 20.0}),
        ("Experience", HEADING),
        (header, {"bold": True}),
        ("Kept the place running on busy weekends.", BULLET),
    )
    [(got_company, got_title, *_)] = _positions(lines)
    if company is None:
        assert (got_company or "").endswith("markets") or (got_title or "").endswith("markets")
    else:
        assert (got_company, got_title) == (company, title)


def test_date_led_lines_head_entries_whatever_the_styles_under_them() -> None:
    small = {"size": 9.0}
    lines = _lines(
        ("Piero Valsecchi", {"size": 20.0}),
        ("Esperienze lavorative", HEADING),
        ("6.2016 – 7.2016 Tester", {"size": 10.0}),
        ("ORTICA LAB", {"size": 10.0}),
        ("3.2017 – 5.2017 Data Finder", small),
        ("BRUNOVA GmbH", {"size": 10.0}),
        ("9.2017 – 2.2019 Consulente", {"size": 10.0}),
        ("VELTRA", {"size": 10.0}),
    )
    assert [(p.dates.start.iso(), p.dates.end.iso()) for p in _positions_of(lines)] == [
        ("2016-06", "2016-07"),
        ("2017-03", "2017-05"),
        ("2017-09", "2019-02"),
    ]
    assert [
        {p.company.value if p.company else "", p.title.value if p.title else ""}
        for p in _positions_of(lines)
    ] == [{"ORTICA LAB", "Tester"}, {"BRUNOVA GmbH", "Data Finder"}, {"VELTRA", "Consulente"}]
