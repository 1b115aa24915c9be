"""Issue 15's misses and false findings, each as its mechanism on an invented resume."""

from __future__ import annotations

from tests.linedocs import document, pdf_line, run
from tests.rulehelp import lint_markdown, where

TOP = """
# Lucía Ferreyra
Analista de operaciones
lucia.ferreyra@mailbox.org · +34 612 345 678 · Madrid
"""


def test_personal_labels_in_a_work_description_are_not_personal_data():
    text = (
        TOP
        + """
## Projects
**Party planner** — a web app that reminds friends of a birthday, 2020
- Date of birth - parsed from 5 formats, stored encrypted
- Age: computed from the date of birth for 2,000 users
## Personal details
- Date of birth: 12 March 1994
"""
    )
    assert where(lint_markdown(text, ["personal-data"])) == [("personal-data", 10)]


def test_an_age_with_a_marital_status_is_personal_data():
    text = TOP + "29 años, casada\n## Resumen\n15 años, liderando equipos de ventas\n"
    assert where(lint_markdown(text, ["personal-data"])) == [("personal-data", 4)]


CONTACT = """
# Sam Rivera
Operations Analyst
{email} · +1 415 829 2671 · Oakland, CA
## Experience
**Northwind Traders** — Operations Analyst, Jan 2021 – Present
- Cut picking errors 30% by redesigning the pick-path
"""


def test_an_address_without_its_domain_ending_is_invalid_not_missing():
    for email in ("sam.rivera@gmail", "sam.rivera@gmailcom", "sam.rivera@@gmail.com"):
        text = CONTACT.format(email=email)
        assert where(lint_markdown(text, ["email-invalid", "email-missing"])) == [
            ("email-invalid", 3)
        ], email


def test_a_handle_is_not_an_address():
    text = CONTACT.format(email="GitHub:@samr")
    assert where(lint_markdown(text, ["email-invalid", "email-missing"])) == [("email-missing", 1)]


def _wrapped_profile(links: tuple[str, ...] = ()) -> list:
    return [
        pdf_line("Sam Rivera", 40, font_size=24, bold=True),
        pdf_line("sam.rivera@mailbox.org | linkedin.com/in/sam-", 70, links=links),
        pdf_line("rivera-4b2a1c | Oakland, CA", 84),
        pdf_line("Experience", 110, bold=True, font_size=14),
        pdf_line("Northwind Traders — Operations Analyst, Jan 2021 – Present", 130),
    ]


def test_a_linkedin_url_cut_by_a_line_wrap_is_reported_unless_its_link_is_whole():
    findings = run("linkedin-url-invalid", document(*_wrapped_profile()))
    assert [(finding.rule, finding.location.line) for finding in findings] == [
        ("linkedin-url-invalid", 2)
    ]
    linked = _wrapped_profile(("https://www.linkedin.com/in/sam-rivera-4b2a1c",))
    assert run("linkedin-url-invalid", document(*linked)) == []


def test_first_person_in_a_projects_section_is_one_finding_with_its_places():
    text = """
# Sam Rivera
Operations Analyst
sam.rivera@mailbox.org · +1 415 829 2671
## Projects
**Stock tracker** — barcode app for small shops, 2019 – 2020
- I built the scanner in 3 weeks
- I wrote 40 tests for it
Choose My College – a website that searches 4,000 colleges by cost
"""
    findings = lint_markdown(text, ["first-person"])
    assert where(findings) == [("first-person", 6), ("first-person", 7)]
    assert findings[0].count == 2


def test_weak_openers_in_a_projects_list_but_not_in_research_topics():
    text = """
# Sam Rivera
Data Scientist
sam.rivera@mailbox.org · +1 415 829 2671
## Projects
- Helped a food bank route 40 volunteers a week with a small web app
## Research
- Development of deep learning models for anomaly detection in sensor data
"""
    assert where(lint_markdown(text, ["bullet-no-action"])) == [("bullet-no-action", 5)]
