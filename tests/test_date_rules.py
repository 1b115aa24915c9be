"""The dates family on fixtures that pin down each decision, and on the example resumes."""

from __future__ import annotations

from datetime import date

from tests.conftest import REPO
from tests.rulehelp import family, lint_file, lint_markdown, where

DATES = family("dates")


def test_example_resumes_dates():
    assert lint_file(REPO / "examples" / "good-resume.md", DATES) == []
    # The flawed resume lists its older job first and mixes 06/2019 with January 2022.
    findings = lint_file(REPO / "examples" / "flawed-resume.md", DATES)
    assert sorted(where(findings)) == [("chronology-order", 11), ("date-format-inconsistent", 11)]


def test_date_invalid_reports_each_problem_on_its_date_line():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, Jan 2026 – Present
- Trained 14 new warehouse staff
**Contoso Ltd** — Customer Service Representative, Mar 2021 – Jun 2019
- Resolved 60+ customer calls a day
**Fabrikam** — Sales Assistant, Feburary 2017 – Jan 2019
- Sold $40k of kitchen appliances a month
## Education
Riverside Community College — A.A.S. Business, Sep 2026 – May 2028
"""
    findings = lint_markdown(text, ["date-invalid"], today=date(2025, 12, 1))
    assert where(findings) == [
        ("date-invalid", 3),  # starts after today
        ("date-invalid", 5),  # ends before it starts
        ("date-invalid", 7),  # misspelled month
    ]
    # A school place starting next year is fine, unless the option says otherwise.
    opts = {"date-invalid": {"allow_expected_graduation": False}}
    findings = lint_markdown(text, ["date-invalid"], today=date(2025, 12, 1), options=opts)
    assert ("date-invalid", 10) in where(findings)


def test_date_invalid_accepts_expected_graduation_unless_told_not_to():
    text = """
# Sam Rivera
## Education
Riverside Community College — A.A.S. Business, Sep 2024 – May 2027
"""
    assert lint_markdown(text, ["date-invalid"]) == []
    opts = {"date-invalid": {"allow_expected_graduation": False}}
    assert where(lint_markdown(text, ["date-invalid"], options=opts)) == [("date-invalid", 3)]


def test_date_invalid_leaves_roles_academic_years_glued_words_and_planned_dates():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Intern 2024, President 2023
- Trained 14 new warehouse staff
**Contoso Ltd** — Committee Chair, 2019/20, 2024-25
- Resolved 60+ customer calls a day
**Fabrikam** — Sales Assistant, 03.2017 – 06.2018FABRIKAM.COM
- Sold $40k of kitchen appliances a month
**Tailspin Toys** — Store Manager, Spring 2027 (expected)
- Opens the new flagship store
**Tailspin Toys** — Deputy Manager, Spring 2027
- Opens the second store
"""
    findings = lint_markdown(text, ["date-invalid"], today=date(2025, 12, 1))
    assert where(findings) == [("date-invalid", 11)]  # a future start without a mark


def test_date_invalid_still_reads_month_typos_and_months_out_of_range():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Intern, Jnuary 2024 – Presnt
- Trained 14 new warehouse staff
**Contoso Ltd** — Clerk, 2019-13 – 2020
- Resolved 60+ customer calls a day
"""
    findings = lint_markdown(text, ["date-invalid"], today=date(2025, 12, 1))
    assert where(findings) == [("date-invalid", 3), ("date-invalid", 3), ("date-invalid", 5)]


def test_date_invalid_ignores_dates_in_bullets():
    text = """
# Sam Rivera
## Experience
**Contoso Ltd** — Customer Service Representative, 2019 – 2021
- Planned the Jnuary 2020 sale, which ran until the 13/2020 stocktake
"""
    assert lint_markdown(text, ["date-invalid"]) == []


def test_date_format_points_at_the_minority_style_only():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, 01/2022 – Present
- Trained 14 new warehouse staff
**Contoso Ltd** — Customer Service Representative, Mar 2019 – Dec 2021
- Resolved 60+ customer calls a day
**Fabrikam** — Sales Assistant, Jun 2017 – Feb 2019
- Sold $40k of kitchen appliances a month
## Education
Riverside Community College — A.A.S. Business, Summer 2015 – 2017
"""
    findings = lint_markdown(text, ["date-format-inconsistent"])
    assert [(f.location.line, f.text) for f in findings] == [(3, "01/2022")]


def test_date_format_accepts_ap_style_and_short_months():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, June 2020 – Present
- Trained 14 new warehouse staff
**Contoso Ltd** — Customer Service Representative, Sept. 2019 – May 2020
- Resolved 60+ customer calls a day
**Fabrikam** — Sales Assistant, March 2017 – Aug. 2019
- Sold $40k of kitchen appliances a month
"""
    assert lint_markdown(text, ["date-format-inconsistent"]) == []


def test_date_format_accepts_ap_months_without_dots():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, Nov 2020 – Present
- Trained 14 new warehouse staff
**Contoso Ltd** — Customer Service Representative, April 2019 – Oct 2020
- Resolved 60+ customer calls a day
**Fabrikam** — Sales Assistant, 07/2017 – 03/2019
- Sold $40k of kitchen appliances a month
"""
    findings = lint_markdown(text, ["date-format-inconsistent"])
    assert [(f.location.line, f.text) for f in findings] == [(7, "07/2017")]


def test_date_format_takes_a_number_a_column_gap_before_a_month_for_no_day():
    from reslint.kinds.date_format import _styles
    from reslint.model import DateValue

    spaced = DateValue(2018, 7, raw="2   July 2018", style="D Mon YYYY")
    dated = DateValue(2018, 7, raw="2 July 2018", style="D Mon YYYY")
    assert _styles(spaced) is None
    assert _styles(dated) == frozenset({"D Mon YYYY"})


def test_chronology_reports_once_per_section_and_keeps_sections_apart():
    text = """
# Sam Rivera
## Experience
**Fabrikam** — Sales Assistant, 2012 – 2014
- Sold $40k of kitchen appliances a month
**Contoso Ltd** — Customer Service Representative, 2015 – 2017
- Resolved 60+ customer calls a day
**Northwind Traders** — Operations Associate, 2018 – 2020
- Trained 14 new warehouse staff
## Volunteer
**City Food Bank** — Volunteer Coordinator, 2021 – Present
- Scheduled 40 volunteers a week
"""
    assert where(lint_markdown(text, ["chronology-order"])) == [("chronology-order", 5)]


def test_chronology_tolerates_overlaps_and_year_only_dates():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, 2019 – 2021
- Trained 14 new warehouse staff
**Contoso Ltd** — Customer Service Representative, Mar 2019 – Dec 2021
- Resolved 60+ customer calls a day
**Fabrikam** — Sales Assistant, 2015 – 2020
- Sold $40k of kitchen appliances a month
"""
    assert lint_markdown(text, ["chronology-order"]) == []


def test_employment_gap_names_both_positions_and_respects_overlap_and_school():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, Jan 2023 – Present
- Trained 14 new warehouse staff
**Fabrikam** — Sales Assistant, Mar 2016 – Jun 2018
- Sold $40k of kitchen appliances a month
**Contoso Ltd** — Customer Service Representative, Jan 2014 – Dec 2017
- Resolved 60+ customer calls a day
## Education
Riverside Community College — A.A.S. Business, Sep 2018 – Jun 2020
"""
    # Jun 2018 to Sep 2018 is too short (2 months); school covers Sep 2018 to Jun 2020; the
    # 30 months from then to Jan 2023 are the gap, named by the school that ended it.
    findings = lint_markdown(text, ["employment-gap"])
    assert where(findings) == [("employment-gap", 3)]
    assert "Riverside" in findings[0].message and "Northwind" in findings[0].message
    without_school = text.split("## Education")[0]
    findings = lint_markdown(without_school, ["employment-gap"])
    assert where(findings) == [("employment-gap", 3)]
    assert "Fabrikam" in findings[0].message and "Northwind" in findings[0].message


def test_employment_gap_does_not_count_the_time_before_the_first_job():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, Jan 2023 – Present
- Trained 14 new warehouse staff
## Education
Riverside Community College — A.A.S. Business, Sep 2018 – Jun 2020
"""
    assert lint_markdown(text, ["employment-gap"]) == []


def test_employment_gap_counts_positions_with_one_date_as_covered_time():
    text = """
# Sam Rivera
## Experience
**Tailspin Toys** — Store Manager, 2016 – 2018
- Opened the second store
**Fabrikam** — Sales Assistant, Jul 2015
- Sold $40k of kitchen appliances a month
**Contoso Ltd** — Clerk, Jul 2014
- Resolved 60+ customer calls a day
**Northwind Traders** — Operations Associate, Mar 2012 – Oct 2013
- Trained 14 new warehouse staff
"""
    assert lint_markdown(text, ["employment-gap"]) == []


def test_employment_gap_reads_year_only_dates_generously():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, 2019 – 2021
- Trained 14 new warehouse staff
**Contoso Ltd** — Customer Service Representative, 2015 – 2018
- Resolved 60+ customer calls a day
"""
    assert lint_markdown(text, ["employment-gap"]) == []


def test_date_rules_read_spanish_dates():
    text = """
# Lucía Fernández
## Experiencia
**Northwind** — Analista de datos, ene. de 2021 – actualidad
- Automaticé 12 informes mensuales
**Contoso** — Analista, dic. de 2020 – sept. de 2020
- Atendí 60 llamadas al día
**Fabrikam** — Asistente, mar. de 2014 – ago. de 2020
- Vendí 40 000 € al mes
"""
    findings = lint_markdown(text, DATES, today=date(2025, 12, 1))
    assert where(findings) == [("date-invalid", 5)]  # ends before it starts


def test_employment_gap_and_chronology_in_german():
    gap = """
# Jonas Weber
## Berufserfahrung
**Northwind** — Datenanalyst, Mai 2019 – heute
- 12 Berichte automatisiert
**Contoso** — Analyst, Jan. 2015 bis Dez. 2016
- 60 Kunden am Tag betreut
"""
    findings = lint_markdown(gap, DATES, today=date(2025, 12, 1))
    assert where(findings) == [("employment-gap", 3)]  # Jan 2017 to Apr 2019
    assert "Contoso" in findings[0].message
    older_first = """
# Jonas Weber
## Berufserfahrung
**Contoso** — Analyst, Jan. 2015 bis Dez. 2018
- 60 Kunden am Tag betreut
**Northwind** — Datenanalyst, März 2019 – heute
- 12 Berichte automatisiert
"""
    findings = lint_markdown(older_first, DATES, today=date(2025, 12, 1))
    assert where(findings) == [("chronology-order", 5)]


def test_date_format_accepts_french_months_written_in_full():
    text = """
# Camille Martin
## Experience professionnelle
**Northwind** — Analyste, janv. 2020 – aujourd’hui
- 12 rapports automatisés
**Contoso** — Assistante, mars 2017 – déc. 2019
- 60 clients par jour
**Fabrikam** — Vendeuse, juin 2015 – févr. 2017
- 40 000 € de ventes par mois
"""
    assert lint_markdown(text, DATES, today=date(2025, 12, 1)) == []


def test_employment_gap_a_post_still_held_covers_until_a_later_start():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, Jan 2019 – Present
- Trained 14 new warehouse staff
**Fabrikam** — Graduate Engineer, Sep 2027 – Aug 2029
- Offer accepted
"""
    # Still at Northwind: the months until the offer starts are no gap.
    assert lint_markdown(text, ["employment-gap"], today=date(2026, 12, 1)) == []


def test_employment_gap_reads_till_date_as_a_post_still_held():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, Jan 2019 – Till date
- Trained 14 new warehouse staff
**Fabrikam** — Weekend Sales Assistant, Mar 2022 – Jun 2023
- Sold $40k of kitchen appliances a month
**Contoso Ltd** — Customer Service Representative, Jan 2015 – Dec 2018
- Resolved 60+ customer calls a day
"""
    assert lint_markdown(text, ["employment-gap"], today=date(2026, 12, 1)) == []


def test_employment_gap_takes_the_range_that_holds_the_roles_on_its_line():
    text = """
# Sam Rivera
## Experience
**Tailspin Camp** — Group Leader 2011 – 2012, Counselor 2008 – 2011    2008 – 2012
- Ran activities for 40 children
**Fabrikam Camp** — Assistant Counselor    2004 – 2007
- Helped with 20 children
"""
    # The entry ran 2008-2012; its roles' sub-ranges leave no gap after 2007.
    assert lint_markdown(text, ["employment-gap"], today=date(2026, 12, 1)) == []
