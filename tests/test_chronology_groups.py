"""chronology-order inside a section's groups: sub-headings open separate lists, an
employer's name over its roles does not."""

from __future__ import annotations

from tests.linedocs import document, pdf_line, run


def _top() -> list:
    return [
        pdf_line("Sam Rivera", 40, font_size=24, bold=True),
        pdf_line("sam.rivera@mailbox.org", 70),
    ]


def _sub_headed(freelance_first: tuple[str, str], freelance_second: tuple[str, str]) -> list:
    """'Other Work' with two sub-headings printed larger than the entries they hold."""
    return [
        *_top(),
        pdf_line("Other Work", 100, bold=True, font_size=16),
        pdf_line("OPEN SOURCE", 120, font_size=12),
        pdf_line("Lantern Project", 136, bold=True, font_size=10),
        pdf_line("MAINTAINER   2014 – 2021", 150, font_size=8),
        pdf_line("Reviewed 300 pull requests a year", 164, font_size=9, bullet=True),
        pdf_line("FREELANCE WORK", 184, font_size=12),
        pdf_line("Northwind Traders   Remote", 200, bold=True, font_size=10),
        pdf_line(f"WEB ENGINEER   {freelance_first[1]}", 214, font_size=8),
        pdf_line(f"{freelance_second[0]}   Remote", 230, bold=True, font_size=10),
        pdf_line(f"LEAD ENGINEER   {freelance_second[1]}", 244, font_size=8),
    ]


def test_entries_under_different_sub_headings_are_not_one_chronology():
    lines = _sub_headed(("Northwind", "Jun 2022 – Sep 2023"), ("Fabrikam", "Dec 2014 – Aug 2015"))
    assert run("chronology-order", document(*lines)) == []


def test_a_group_listed_oldest_first_is_still_reported():
    lines = _sub_headed(("Northwind", "Dec 2014 – Aug 2015"), ("Fabrikam", "Jun 2022 – Sep 2023"))
    findings = run("chronology-order", document(*lines))
    assert [(finding.rule, finding.location.line) for finding in findings] == [
        ("chronology-order", 12)
    ]


def _employer_groups(acme_roles: list[tuple[str, str]], beta_dates: str) -> list:
    """Each employer's name printed larger than the roles held there, with no dates."""
    lines = [*_top(), pdf_line("Experience", 100, bold=True, font_size=16)]
    top = 120.0
    lines.append(pdf_line("Acme Corp", top, bold=True, font_size=12))
    for title, dates in acme_roles:
        top += 16
        lines.append(pdf_line(f"{title}   {dates}", top))
        top += 14
        lines.append(pdf_line("Cut the month-end close by 3 days", top, bullet=True))
    lines.append(pdf_line("Beta Labs", top + 20, bold=True, font_size=12))
    lines.append(pdf_line(f"Analyst   {beta_dates}", top + 36))
    return lines


def test_roles_of_one_employer_listed_oldest_first_are_reported():
    roles = [
        ("Data Engineer", "Jan 2016 – Dec 2018"),
        ("Senior Data Engineer", "Jan 2019 – Present"),
    ]
    findings = run("chronology-order", document(*_employer_groups(roles, "Mar 2013 – Dec 2015")))
    assert [(finding.rule, finding.location.line) for finding in findings] == [
        ("chronology-order", 7)
    ]


def test_employers_printed_as_group_names_stay_one_chronology():
    roles = [
        ("Senior Data Engineer", "Jan 2019 – Dec 2021"),
        ("Data Engineer", "Jan 2016 – Dec 2018"),
    ]
    findings = run("chronology-order", document(*_employer_groups(roles, "Mar 2022 – Present")))
    assert [(finding.rule, finding.location.line) for finding in findings] == [
        ("chronology-order", 10)
    ]
