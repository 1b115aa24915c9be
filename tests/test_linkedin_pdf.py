"""LinkedIn's Save-to-PDF Profile.pdf, built here with reportlab in LinkedIn's layout."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from reslint.config import Config
from reslint.lexicon.joiners import first_joined
from reslint.lexicon.profile_words import UNDER_A_YEAR
from reslint.options import RunOptions
from reslint.readers import detect, read
from reslint.rulebook import load_rulebook
from reslint.runner import run
from reslint.selection import Selection
from reslint.structure import build_document
from tests.conftest import corpus_files
from tests.linkedin_fixtures import (
    ADA,
    GRACE,
    Job,
    Person,
    School,
    resume_markdown,
    with_job,
    write_profile_pdf,
)

pytest.importorskip("reportlab")

LONG = tuple(f"Shipped release {i} of the reporting service to 40 customers" for i in range(9))


def load(path):
    return build_document(path, read(path))


def test_detected_by_metadata_and_not_confused_with_other_pdfs(tmp_path):
    path = write_profile_pdf(tmp_path / "Profile.pdf", ADA)
    assert detect(path).name == "linkedin-pdf"
    for other in corpus_files("pdf", ".pdf")[:5]:
        assert detect(other).name == "pdf"


def test_two_column_profile(tmp_path):
    person = replace(ADA, email="ada.lovelace.countess.of.computing@analytical-engines.example.org")
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", person))
    assert doc.kind == "profile" and doc.facts.format == "linkedin-pdf"
    assert doc.contact.name.value == "Ada Lovelace"
    assert doc.contact.headline.value == "Senior Data Engineer"
    # Wrapped in the narrow sidebar, joined again; the field points at the first piece.
    assert [e.value for e in doc.contact.emails] == [person.email]
    assert doc.contact.emails[0].line.region.value == "sidebar"
    assert [f.value for f in doc.contact.linkedin] == ["linkedin.com/in/ada-lovelace-0a1b2c3d"]
    assert [p.raw for p in doc.contact.phones] == ["+1 609 555 0142"]
    assert [(p.company.value, p.title.value) for p in doc.positions] == [
        ("Northwind Analytics", "Sr. Data Engineer"),
        ("Contoso", "Data Engineer"),
        ("Fabrikam and Partners", "Business Analyst"),
    ]
    northwind = doc.positions[0]
    assert northwind.dates.start.iso() == "2021-03" and northwind.dates.is_current
    assert northwind.location.value == "Chicago, IL"
    assert northwind.context[0].text.startswith("Built the billing data pipeline")
    assert northwind.line.text == "Northwind Analytics"
    (school,) = doc.education
    assert school.school.value == "University of Illinois Urbana-Champaign"
    assert school.degree.value == "Bachelor of Science - BS"
    assert school.field is not None and school.field.value == "Computer Science"
    assert (school.dates.start.iso(), school.dates.end.iso()) == ("2012", "2016")
    assert {s.kind for s in doc.sections} >= {"summary", "experience", "education", "skills"}


def test_roles_grouped_under_one_company_across_a_page_break(tmp_path):
    roles = (("Senior Data Engineer", (2019, 6), (2021, 2)), ("Data Engineer", (2020, 9), None))
    person = with_job(ADA, 1, linkedin_roles=roles, bullets=LONG)
    person = with_job(person, 0, bullets=LONG)
    short = Job("Initech", "Intern", (2015, 6), (2015, 9), ("Filed TPS reports",))
    person = replace(person, jobs=(*person.jobs, short))
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", person))
    assert doc.facts.page_count == 2
    assert [(p.company.value, p.title.value) for p in doc.positions] == [
        ("Northwind Analytics", "Sr. Data Engineer"),
        ("Contoso", "Senior Data Engineer"),
        ("Contoso", "Data Engineer"),
        ("Fabrikam and Partners", "Business Analyst"),
        ("Initech", "Intern"),
    ]
    assert doc.positions[2].dates.is_current
    assert doc.positions[4].dates.end.iso() == "2015-09"  # `(less than a year)` cut off
    assert not any("Page" in f.text for p in doc.positions for f in p.context)
    assert doc.positions[1].line.text == "Contoso"  # the group's company line


def test_a_school_with_one_year_ended_that_year(tmp_path):
    # LinkedIn prints `(2014)` alone when the profile gives no start: the graduation year.
    schools = (
        School("Westfield Business School", "", None, 2014),
        School("Northgate University", "BSc, Information Systems", 1993, 1996),
    )
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", replace(ADA, schools=schools)))
    assert [
        (e.school.value, e.dates.start.iso() if e.dates.start else None, e.dates.end.iso())
        for e in doc.education
    ] == [("Westfield Business School", None, "2014"), ("Northgate University", "1993", "1996")]


def test_older_one_column_layout_with_title_at_company(tmp_path):
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", GRACE, one_column=True))
    assert [(p.company.value, p.title.value) for p in doc.positions] == [
        ("Tailspin Toys", "Software Engineering Manager"),
        ("Woodgrove Bank", "Sr. Software Engineer"),
        ("Litware", "Software Engineer"),
    ]
    assert [e.value for e in doc.contact.emails] == [GRACE.email]
    assert [e.school.value for e in doc.education] == ["Yale University", "Vassar College"]


def profile_rules(tmp_path):
    """Run options for the profile rules only, on a fixed day."""
    return RunOptions(
        config=Config(root=tmp_path),
        rulebook=load_rulebook(),
        selection=Selection(select=("profile",)),
        today=date(2026, 6, 15),
    )


def test_profile_pdf_beside_resume_is_paired_and_compared(tmp_path):
    (tmp_path / "resume.md").write_text(resume_markdown(GRACE), encoding="utf-8")
    options = profile_rules(tmp_path)
    write_profile_pdf(tmp_path / "Profile.pdf", GRACE)
    report = run([tmp_path], options)
    assert report.notes == ("compared resume.md with Profile.pdf",)
    assert list(report.findings) == []
    write_profile_pdf(tmp_path / "Profile.pdf", with_job(GRACE, 2, start=(2015, 6)))
    (finding,) = run([tmp_path], options).findings
    assert finding.rule == "profile-date-mismatch"
    assert finding.location.line == 12  # Litware on the resume
    assert finding.related[0].path.endswith("Profile.pdf")
    assert finding.related[0].line is not None


def test_profile_in_the_viewers_language(tmp_path):
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", ADA, language="de"))
    assert [(p.company.value, p.dates.start.iso(), p.dates.end.iso()) for p in doc.positions] == [
        ("Northwind Analytics", "2021-03", "present"),
        ("Contoso", "2018-06", "2021-02"),
        ("Fabrikam and Partners", "2016-01", "2018-05"),
    ]
    assert [e.value for e in doc.contact.emails] == [ADA.email]  # under `Kontakt`
    assert doc.education[0].degree.value == "Bachelor of Science - BS"
    assert doc.education[0].field is not None
    assert doc.education[0].field.value == "Computer Science"


def test_spanish_profile_dates_keep_their_months(tmp_path):
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", ADA, language="es"))
    assert [(p.company.value, p.dates.start.iso(), p.dates.end.iso()) for p in doc.positions] == [
        ("Northwind Analytics", "2021-03", "present"),
        ("Contoso", "2018-06", "2021-02"),
        ("Fabrikam and Partners", "2016-01", "2018-05"),
    ]


def test_spanish_promotions_under_one_company_with_a_one_month_total(tmp_path):
    # The company's total line reads `2 años 1 mes`: singular `mes`.
    roles = (("Analista sénior", (2019, 6), (2020, 6)), ("Analista", (2018, 6), (2019, 5)))
    person = with_job(ADA, 1, end=(2020, 6), linkedin_roles=roles)
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", person, language="es"))
    assert [(p.company.value, p.title.value, p.dates.start.iso()) for p in doc.positions] == [
        ("Northwind Analytics", "Sr. Data Engineer", "2021-03"),
        ("Contoso", "Analista sénior", "2019-06"),
        ("Contoso", "Analista", "2018-06"),
        ("Fabrikam and Partners", "Business Analyst", "2016-01"),
    ]


def test_resume_compared_with_a_spanish_profile_pdf(tmp_path):
    (tmp_path / "resume.md").write_text(resume_markdown(ADA), encoding="utf-8")
    options = profile_rules(tmp_path)
    write_profile_pdf(tmp_path / "Profile.pdf", ADA, language="es")
    assert list(run([tmp_path], options).findings) == []
    # Moved by four months inside the same year: only month precision tells.
    write_profile_pdf(tmp_path / "Profile.pdf", with_job(ADA, 1, start=(2018, 10)), language="es")
    (finding,) = run([tmp_path], options).findings
    assert finding.rule == "profile-date-mismatch"
    assert finding.location.line == 10  # Contoso on the resume


def test_sidebar_and_main_lines_on_one_baseline_stay_apart(tmp_path):
    # With these entries the generic layout reads the page row by row (it sees a table) and
    # glues sidebar items to the main-column line on the same baseline.
    person = Person(
        "Priya",
        "Tanaka",
        "Senior Software Engineer",
        "priya.tanaka@example.org",
        "+1 312 555 0195",
        jobs=(
            Job("Graphic Design Institute", "Senior Software Engineer", (2022, 6), None, ("x",)),
            Job("Alpine Ski House", "QA Engineer", (2020, 7), (2022, 5), ("Cut cost by 39%",)),
            Job("Lucerne Publishing", "HR Generalist", (2017, 5), (2020, 4), ("Cut by 19%",)),
        ),
        schools=ADA.schools,
    )
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", person))
    assert [e.value for e in doc.contact.emails] == [person.email]
    assert doc.contact.headline.value == "Senior Software Engineer"
    assert doc.contact.location.value == "Springfield, Illinois, United States"
    assert "skills" in {s.kind for s in doc.sections}
    assert doc.structure.summary[0].text.startswith("Senior Software Engineer who likes")


def test_location_in_the_headline_size_and_a_label_line_under_the_url(tmp_path):
    # Newer profiles print the location in the headline's size, under a headline that may
    # wrap; a profile URL that fills its line pushes `(LinkedIn)` onto the next one.
    headline = "Senior Data Engineer | Billing and Payments | Open to new opportunities in Chicago"
    person = replace(ADA, first="Adam", last="Lovelaces", headline=headline)
    path = write_profile_pdf(tmp_path / "Profile.pdf", person, location_size=12, label_line=True)
    doc = load(path)
    assert doc.contact.headline.value == headline
    assert [f.value for f in doc.contact.linkedin] == ["linkedin.com/in/adam-lovelaces-0a1b2c3d"]


@pytest.mark.parametrize("undated", [0, 1, 2])
def test_an_entry_without_a_date_line_is_a_position_without_dates(tmp_path, undated):
    doc = load(
        write_profile_pdf(tmp_path / "Profile.pdf", with_job(ADA, undated, linkedin_no_dates=True))
    )
    assert [(p.company.value, p.title.value) for p in doc.positions] == [
        ("Northwind Analytics", "Sr. Data Engineer"),
        ("Contoso", "Data Engineer"),
        ("Fabrikam and Partners", "Business Analyst"),
    ]
    assert [p.dates is None for p in doc.positions] == [i == undated for i in range(3)]


def test_a_group_total_in_an_unread_language_still_heads_its_roles(tmp_path):
    roles = (
        ("Senior Data Engineer", (2019, 6), (2021, 2)),
        ("Data Engineer", (2017, 9), (2019, 5)),
    )
    person = with_job(ADA, 1, linkedin_roles=roles, linkedin_group_total="3년 6개월")
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", person))
    assert [(p.company.value, p.title.value) for p in doc.positions] == [
        ("Northwind Analytics", "Sr. Data Engineer"),
        ("Contoso", "Senior Data Engineer"),
        ("Contoso", "Data Engineer"),
        ("Fabrikam and Partners", "Business Analyst"),
    ]
    assert all(p.dates is not None for p in doc.positions)


def test_a_grouped_role_named_with_at_keeps_its_title_whole(tmp_path):
    # Under a company group the role is printed alone; an ` at ` in it is part of the
    # title, not the employer (that is only so in the older one-column layout).
    roles = (
        ("Research Fellow", (2021, 3), None),
        ("Associate Director at Center for Data Science", (2019, 6), (2021, 2)),
    )
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", with_job(ADA, 1, linkedin_roles=roles)))
    grouped = [(p.company.value, p.title.value) for p in doc.positions[1:3]]
    assert grouped == [
        ("Contoso", "Research Fellow"),
        ("Contoso", "Associate Director at Center for Data Science"),
    ]


@pytest.mark.parametrize(
    ("phone", "location", "e164"),
    [
        ("06 12 34 56 78", "Lyon, Auvergne-Rhône-Alpes, France", "+33612345678"),
        ("0151 23456789", "Berlin, Germany", "+4915123456789"),
        ("(312) 555-0187", "Chicago, Illinois, United States", "+13125550187"),
        # Typed without separators: LinkedIn's `(Mobile)` behind it still says phone.
        ("612345678", "Lyon, Auvergne-Rhône-Alpes, France", "+33612345678"),
        # The country code typed without its plus.
        ("4915123456789", "Lyon, Auvergne-Rhône-Alpes, France", "+4915123456789"),
    ],
)
def test_a_national_number_is_read_in_the_profiles_country(tmp_path, phone, location, e164):
    # Profile.pdf prints the number as typed; the location under the headline says which
    # country's plan it is written in (`06 …` is a valid number in Germany too).
    person = replace(ADA, phone=phone)
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", person, location=location))
    assert [(p.raw, p.value) for p in doc.contact.phones] == [(phone, e164)]


def test_a_profile_name_keeps_neither_pronouns_nor_credentials(tmp_path):
    person = replace(ADA, last="Lovelace, MBA (She/Her)")
    doc = load(write_profile_pdf(tmp_path / "Profile.pdf", person))
    assert doc.contact.name.value == "Ada Lovelace"


@pytest.mark.parametrize(
    "duration", ["less than a year", "Weniger als ein Jahr", "moins d’un an", "moins d'un an"]
)
def test_under_a_year_is_a_duration_in_each_interface_language(duration: str) -> None:
    assert re.fullmatch(UNDER_A_YEAR, duration, re.IGNORECASE)


@pytest.mark.parametrize(
    "joined",
    [
        "Engineer at Contoso",
        "Ingeniera en Contoso",
        "Ingenieur bei Contoso",
        "Ingénieure chez Contoso",
        "Ingegnere presso Contoso",
        "Engineer bij Contoso",
    ],
)
def test_title_company_joiners_cover_the_interface_languages(joined: str) -> None:
    cut = first_joined(joined)
    assert cut is not None and (cut.title, cut.company) == (joined.split()[0], "Contoso")
