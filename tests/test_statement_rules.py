"""The statements family on the project's example resumes, the corpus and small fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.model import Line
from tests.conftest import REPO
from tests.linedocs import document, pdf_line, run
from tests.rulehelp import family, lint_file, lint_markdown, where

STATEMENTS = family("statements")
EXAMPLES = REPO / "examples"


FLAWED = """
# Sam Rivera

sam.rivera.1994@example.com

## Experience

**Northwind Traders** — Operations Associate, Jan 2022 – Present
- Responsible for the weekly inventory report
- I helped with onboarding new warehouse staff

**Contoso Ltd** — Customer Service Representative, 2019 – 2021
- Answered customer calls and emails
- Worked on the returns process

## Education

Riverside Community College — A.A.S. Business Administration, 2017 – 2019
"""


def test_flawed_resume_fires_where_a_recruiter_would():
    findings = lint_markdown(FLAWED, STATEMENTS)
    assert sorted(where(findings)) == sorted(
        [
            ("headline-missing", 1),
            ("company-no-context", 7),
            ("position-no-result", 7),
            ("bullet-no-action", 8),
            ("first-person", 9),
            ("company-no-context", 11),
            ("position-no-result", 11),
            ("bullet-no-action", 13),
        ]
    )


def test_good_example_resume_is_clean():
    assert lint_file(EXAMPLES / "good-resume.md", STATEMENTS) == []


def test_each_weak_opener_gets_its_own_advice():
    findings = lint_markdown(
        """
# Sam Rivera
## Experience
**Contoso Ltd** — Customer Service Representative, 2019 – 2021
- Responsible for the returns desk
- Assisted with onboarding new staff
- Handled 60+ customer calls a day
""",
        ["bullet-no-action"],
    )
    assert [(f.location.line, f.text) for f in findings] == [
        (4, "Responsible for"),
        (5, "Assisted with"),
    ]
    first, second = findings
    assert first.suggestion and second.suggestion and first.suggestion != second.suggestion


def test_weak_opener_only_counts_at_the_start_of_a_bullet():
    findings = lint_markdown(
        """
# Sam Rivera
## Experience
**Contoso Ltd** — Customer Service Representative, 2019 – 2021
- Led the returns desk I was responsible for, cutting refund time by 2 days
Responsible for nothing in particular, this line is not a bullet.
""",
        ["bullet-no-action"],
    )
    assert findings == []


def test_buzzword_in_summary_and_bullets_but_not_in_company_names():
    findings = lint_markdown(
        """
# Sam Rivera
## Summary
Results-driven operations analyst.
## Experience
**Synergy Logistics** — Operations Associate, Jan 2022 – Present
- Team player who covered 3 shifts a week during the 2023 peak season
""",
        ["buzzword"],
    )
    assert [(f.location.line, f.text.lower()) for f in findings] == [
        (3, "results-driven"),
        (6, "team player"),
    ]


def test_bullet_too_long_counts_a_wrapped_bullet_once():
    words = " ".join(["word"] * 20)
    text = f"""
# Sam Rivera
## Experience
**Contoso Ltd** — Customer Service Representative, 2019 – 2021
- Resolved {words}
  and {words}
- Resolved 60+ customer calls a day at a 96% satisfaction score
"""
    assert where(lint_markdown(text, ["bullet-too-long"])) == [("bullet-too-long", 4)]
    opts = {"bullet-too-long": {"max_words": 60}}
    assert lint_markdown(text, ["bullet-too-long"], options=opts) == []


def test_position_no_result_skips_short_and_volunteer_entries():
    text = """
# Sam Rivera
## Experience
**Contoso Ltd** — Customer Service Representative, 2019 – 2021
- Answered customer calls
## Volunteer
**City Food Bank** — Volunteer, 2018 – 2020
- Sorted donations
- Helped at Saturday distributions
"""
    assert lint_markdown(text, ["position-no-result"]) == []


@pytest.mark.parametrize(
    "bullet",
    [
        "Cut refund time by 2 days",
        "Grew the mailing list to 12k subscribers",
        "Managed a $1.2M budget",
        "Served hundreds of customers a week",
        "Ranked first of 40 agents for satisfaction",
        "Doubled the repeat-purchase rate",
        "Won the regional sales contest",
    ],
)
def test_position_no_result_accepts_any_measurable_outcome(bullet):
    text = f"""
# Sam Rivera
## Experience
**Contoso Ltd** — Customer Service Representative, 2019 – 2021
- Answered customer calls and emails during the 2020 holiday season
- {bullet}
"""
    assert lint_markdown(text, ["position-no-result"]) == []


@pytest.mark.parametrize(
    "header",
    [
        "**Microsoft Corporation** — Support Engineer, 2019 – 2021",
        "**Riverside Hospital** — Unit Clerk, 2019 – 2021",
        "**Ledgerly**, a 40-person fintech startup — Data Engineer, 2019 – 2021",
    ],
)
def test_company_no_context_skips_known_self_describing_and_described(header):
    text = f"""
# Sam Rivera
## Experience
{header}
- Resolved 60+ customer calls a day at a 96% satisfaction score
"""
    assert lint_markdown(text, ["company-no-context"]) == []


def test_company_no_context_points_at_the_company_and_honours_extra_known():
    text = """
# Sam Rivera
## Experience
**Fabrikam** — Sales Assistant, 2019 – 2021
- Sold $40k of kitchen appliances a month
"""
    findings = lint_markdown(text, ["company-no-context"])
    assert [(f.location.line, f.text) for f in findings] == [(3, "Fabrikam")]
    opts = {"company-no-context": {"extra_known": ["Fabrikam, Inc."]}}
    assert lint_markdown(text, ["company-no-context"], options=opts) == []


def test_company_no_context_ignores_a_wrapped_bullet_after_the_first():
    # A non-bullet line after the bullets is more often a wrapped bullet than a description.
    text = """
# Sam Rivera
## Experience
**Fabrikam** — Sales Assistant, 2019 – 2021
- Sold $40k of kitchen appliances a month
Also trained the weekend staff on the till.
"""
    assert where(lint_markdown(text, ["company-no-context"])) == [("company-no-context", 3)]


def test_headline_missing_points_at_the_name():
    text = """
Sam Rivera
sam.rivera@example.com
## Experience
**Fabrikam** — Sales Assistant, 2019 – 2021
- Sold $40k of kitchen appliances a month
"""
    assert where(lint_markdown(text, ["headline-missing"])) == [("headline-missing", 1)]


def test_pandoc_corpus_resume(tmp_path: Path):
    # A template with no dated positions: nothing to judge but its top block, which has text.
    path = REPO / "tests" / "corpus" / "structured" / "pandoc_resume_johnny_coder.md"
    assert lint_file(path, STATEMENTS) == []


@pytest.mark.parametrize(
    ("company", "flagged"),
    [
        ("Meyer Tech Inc.", True),
        ("Fabrikam", True),
        ("Reduced costs by 14%.", False),
        ("tested platform integrations and automation scenarios", False),
        ("Led the migration of 40 services to the new platform", False),
    ],
)
def test_company_no_context_only_asks_about_names_that_look_like_names(company, flagged):
    text = f"""
# Sam Rivera
## Experience
{company} | Spokane, WA, Desktop Support Manager
March 2018 – Current
- Rewrote 12 support scripts
"""
    findings = lint_markdown(text, ["company-no-context"])
    assert bool(findings) == flagged, [f.message for f in findings]


def test_company_no_context_accepts_a_sentence_about_the_employer_by_name_or_initials():
    text = """
# Sam Rivera
## Experience
**Sheets & Giggles** — Founder & CEO, Oct 2017 – Present
- S&G makes sustainable plant-based mattresses, sheets and pillows
- Raised 2 funding rounds
"""
    assert lint_markdown(text, ["company-no-context"]) == []


def test_company_no_context_asks_once_per_employer():
    text = """
# Sam Rivera
## Experience
**Fabrikam** — Sales Lead, 2021 – 2023
- Sold $60k of kitchen appliances a month
**Fabrikam** — Sales Assistant, 2019 – 2021
- Sold $40k of kitchen appliances a month
"""
    assert where(lint_markdown(text, ["company-no-context"])) == [("company-no-context", 3)]


def test_headline_missing_accepts_a_structured_summary():
    path = REPO / "tests" / "corpus" / "structured" / "rendercv_atsproof_standard_full.yaml"
    assert lint_file(path, ["headline-missing"]) == []
    path = REPO / "tests" / "corpus" / "structured" / "rendercv_atsproof_minimal.yaml"
    assert where(lint_file(path, ["headline-missing"])) == [("headline-missing", 5)]


def test_company_no_context_trusts_a_known_employer_named_anywhere_in_the_header():
    # Some layouts put a department where the parse looks for the employer.
    text = """
# Sam Rivera
## Experience
Director of IT – Hybrid Cloud Automation, March 2019 – November 2021, The Walt Disney Company
- Moved 400 workloads to the private cloud
"""
    assert lint_markdown(text, ["company-no-context"]) == []


def test_config_adds_known_employers_without_replacing_the_list(write, monkeypatch):
    from click.testing import CliRunner

    from reslint.cli import main

    resume = write(
        "cv/resume.md",
        """# Sam Rivera
## Experience
**Northwind Traders** — Operations Associate, Jan 2022 – Present
- Trained 14 new warehouse staff; first-month picking errors fell 30%
**Microsoft** — Support Engineer, 2019 – 2021
- Resolved 60+ customer tickets a day
""",
    )
    args = ["check", str(resume), "--select", "company-no-context", "--format", "json"]
    monkeypatch.chdir(resume.parent)
    before = CliRunner().invoke(main, args)
    assert before.exit_code == 0 and '"company-no-context"' in before.output
    write("cv/.reslint.toml", '[rules.company-no-context]\nextra_known = ["Northwind Traders"]\n')
    after = CliRunner().invoke(main, args)
    assert after.exit_code == 0 and '"company-no-context"' not in after.output


@pytest.mark.parametrize(
    ("entry", "asked"),
    [
        (
            "**Northwind Traders** — Android Developer, Jan 2022 – Present\n- Shipped a release",
            True,
        ),
        ("**Yahoo!** — Software Engineer, Jan 2022 – Present\n- Shipped a release", False),
        ("**Coursera** — Data Analyst, Jan 2022 – Present\n- Shipped a release", False),
        ("**Orange** — Network Engineer, Jan 2022 – Present\n- Shipped a release", False),
        ("**Undergraduate Research** — Lab Assistant, Jan 2022 – Present\n- Ran the assays", False),
        ("**Ministerio de Hacienda** — Analista, Jan 2022 – Present\n- Shipped a release", False),
        (
            "**Northwind Traders** — Android Developer, Jan 2022 – Present\n"
            "- Built the car rental booking app used by 3,000 branches",
            False,
        ),
        (
            "**Northwind Traders** — Software Engineer, Jan 2022 – Present\n"
            "- Maintained the point of sales software in 40 stores",
            False,
        ),
        # The title says what the person does, not what the employer does.
        ("**Northwind Traders** — Senior Software Engineer, Jan 2022 – Present\n- Shipped", True),
    ],
)
def test_company_no_context_knows_employers_and_reads_the_whole_entry(entry, asked):
    text = f"# Sam Rivera\nData engineer\n\n## Experience\n\n{entry}\n"
    findings = lint_markdown(text, ["company-no-context"])
    assert bool(findings) is asked


def test_a_rule_repeated_in_one_section_is_one_finding_with_its_places():
    findings = lint_markdown(
        """
# Sam Rivera
Operations lead

## Summary
I run warehouses.

## Experience
**Contoso Ltd** — Operations Lead, 2019 – 2021
- I cut picking errors by 30%
- I trained 14 new staff
- Handled 60+ orders a day
- My team shipped 2,000 parcels a week
""",
        ["first-person"],
    )
    assert [(f.location.line, f.count) for f in findings] == [(5, 1), (9, 3)]
    assert [place.line for place in findings[1].places] == [10, 12]


def test_first_person_leaves_the_roman_numeral_i():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Software Engineer I, Jan 2021 – Present
- Wrote the test plan for Phase I reporting of the billing system
- Ran the audits for Phase I, II & III of the migration
- Moved the nightly jobs to Airflow, and I trained the team to run them
"""
    findings = lint_markdown(text, ["first-person"])
    assert where(findings) == [("first-person", 6)]


def test_first_person_leaves_a_pdf_links_label_in_a_profile(tmp_path: Path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from reslint.readers import read
    from reslint.structure import build_document
    from tests.rulehelp import run_rules

    path = tmp_path / "labels.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(72, 720, "Jane Doe")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(72, 690, "PROFILE")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 672, "Data engineer building billing pipelines for retail banks.")
    # Link labels under the profile: they name where each link goes.
    for y, label, url in (
        (656, "My profile", "https://www.linkedin.com/in/jane-doe-0a1b2c"),
        (640, "My portfolio", "https://jane.example.org"),
    ):
        pdf.drawString(72, y, label)
        pdf.linkURL(url, (72, y - 2, 140, y + 10), relative=0)
    pdf.drawString(72, 610, "Jane.doe@example.org")
    pdf.showPage()
    pdf.save()
    doc = build_document(path, read(path))
    labels = [line for line in doc.lines if line.links and line.text.startswith("My")]
    assert len(labels) == 2  # the fixture reads as meant: two lines that carry a link
    assert run_rules(doc, ["first-person"]) == []


def test_first_person_leaves_a_links_label_and_keeps_the_sentence_after_it():
    text = """
# Ada Lovelace
ada@example.org
## Profile
Data engineer building billing pipelines for retail banks.
[My profile](https://www.linkedin.com/in/ada-lovelace)
[My portfolio](https://ada.example.org)
I migrated my team's reports to dbt.
"""
    # `My profile` names where its link goes; the sentence below it is first person.
    assert where(lint_markdown(text, ["first-person"])) == [("first-person", 7)]
    without_sentence = text.replace("I migrated my team's reports to dbt.\n", "")
    assert lint_markdown(without_sentence, ["first-person"]) == []


def _sidebar_first(summary: list[str]) -> list[Line]:
    """A page whose sidebar (skills, languages) is read before the main column that opens
    with the name, the contact block and perhaps a summary paragraph."""
    sidebar = [
        pdf_line("SKILLS", 40, bold=True, font_size=11),
        pdf_line("Inventory systems", 56, bullet=True),
        pdf_line("Forklift licence", 70, bullet=True),
        pdf_line("LANGUAGES", 90, bold=True, font_size=11),
        pdf_line("Spanish, fluent", 106, bullet=True),
    ]
    main = [
        pdf_line("TOMÁS REYES", 40, font_size=22, bold=True),
        pdf_line("tomas.reyes@mail.example", 70),
        pdf_line("+34 612 345 678", 84),
        *(pdf_line(text, 110 + 14 * i) for i, text in enumerate(summary)),
        pdf_line("EXPERIENCE", 180, bold=True, font_size=11),
        pdf_line("Warehouse Lead, Norte Logística, 2020 – 2024", 196),
    ]
    return [*sidebar, *main]


def test_a_summary_under_the_name_counts_when_a_sidebar_is_read_first():
    summary = [
        "Logistics coordinator with six years in regional warehouses, planning",
        "shifts for teams of twenty and keeping stock counts right.",
    ]
    doc = document(*_sidebar_first(summary))
    assert doc.contact.name is not None and doc.contact.name.line.number == 6
    assert [item.line.number for item in doc.structure.summary] == [9, 10]
    assert run("headline-missing", doc) == []
    (finding,) = run("headline-missing", document(*_sidebar_first([])))
    assert finding.location.line == 6
