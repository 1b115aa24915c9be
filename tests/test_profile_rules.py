"""Resume against LinkedIn export: clean pairs stay silent, planted mismatches are found where
they are, and a lone export beside a lone resume is paired automatically."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.config import Config
from reslint.options import RunOptions
from reslint.rulebook import RuleError, load_rule, load_rulebook
from reslint.runner import run
from reslint.selection import Selection
from tests.linkedin_fixtures import (
    ADA,
    GRACE,
    PEOPLE,
    RESUME_STYLES,
    Person,
    School,
    export_csvs,
    resume_markdown,
    with_job,
    write_export_zip,
)

TODAY = date(2026, 6, 15)
EXPORT = "Basic_LinkedInDataExport_06-01-2026.zip"
RULEBOOK = load_rulebook()


def profile_options(tmp_path: Path, profile: Path | None) -> RunOptions:
    """Only the profile rules, on a fixed day."""
    return RunOptions(
        config=Config(root=tmp_path),
        rulebook=RULEBOOK,
        selection=Selection(select=("profile",)),
        today=TODAY,
        profile=profile,
    )


def compare(
    tmp_path: Path, resume: Person, profile: Person, *, auto: bool = False, style: str = ""
):
    """Lint the resume of `resume` against the export of `profile`; the profile findings."""
    folder = tmp_path / "pair"
    folder.mkdir(parents=True, exist_ok=True)
    resume_path = folder / "resume.md"
    resume_path.write_text(resume_markdown(resume, style or RESUME_STYLES[0]), encoding="utf-8")
    export = write_export_zip(folder / EXPORT, export_csvs(profile))
    options = profile_options(tmp_path, None if auto else export)
    report = run([folder] if auto else [resume_path], options)
    (result,) = [r for r in report.files if r.path == str(resume_path)]
    assert result.error is None
    return result.findings, report


@pytest.mark.parametrize("person", PEOPLE, ids=lambda p: p.first)
def test_clean_pair_has_no_profile_finding(tmp_path, person):
    findings, _ = compare(tmp_path, person, person)
    assert [(f.rule, f.message) for f in findings] == []


def test_date_moved_four_months_is_found_at_that_position(tmp_path):
    moved = with_job(ADA, 1, start=(2018, 10))  # resume: Jun 2018
    findings, _ = compare(tmp_path, ADA, moved)
    (finding,) = findings
    assert finding.rule == "profile-date-mismatch"
    assert finding.location.line == 10  # the Contoso line of the resume
    assert finding.related[0].path.endswith(EXPORT)
    assert finding.related[0].line == 4  # Positions.csv: Northwind's description takes 2 lines


def test_date_moved_within_tolerance_or_year_only_is_fine(tmp_path):
    nudged = with_job(ADA, 1, start=(2018, 8))
    assert compare(tmp_path, ADA, nudged)[0] == ()


@pytest.mark.parametrize(("linkedin", "found"), [("2018", False), ("2019", True)])
def test_year_only_linkedin_date_matches_any_month_of_that_year(tmp_path, linkedin, found):
    csvs = export_csvs(ADA)
    csvs["Positions.csv"] = csvs["Positions.csv"].replace("Jun 2018", linkedin)
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "resume.md").write_text(resume_markdown(ADA))  # Contoso from Jun 2018
    export = write_export_zip(folder / EXPORT, csvs)
    report = run([folder / "resume.md"], profile_options(tmp_path, export))
    assert [f.rule for f in report.findings] == (["profile-date-mismatch"] if found else [])


def test_different_title_is_found(tmp_path):
    findings, _ = compare(tmp_path, GRACE, with_job(GRACE, 1, linkedin_title="Product Manager"))
    (finding,) = findings
    assert finding.rule == "profile-title-mismatch"
    assert finding.location.line == 9  # Woodgrove Bank
    assert finding.related[0].line == 3


def test_missing_position_is_found_on_the_resume_side(tmp_path):
    fewer = replace(ADA, jobs=(ADA.jobs[0], ADA.jobs[2]))
    findings, _ = compare(tmp_path, ADA, fewer)
    (finding,) = findings
    assert finding.rule == "profile-position-missing"
    assert finding.location.line == 10
    assert "Contoso" in finding.message


def test_older_linkedin_position_is_not_missing_but_a_recent_one_is(tmp_path):
    older = ADA.jobs[2].__class__("Burger Barn", "Cashier", (2012, 6), (2014, 8), ())
    resume = replace(ADA, jobs=ADA.jobs[1:])  # the resume is out of date: no Northwind
    profile = replace(ADA, jobs=(*ADA.jobs, older))
    findings, _ = compare(tmp_path, resume, profile)
    (finding,) = findings
    assert finding.rule == "profile-position-missing"
    assert "Northwind" in finding.message
    assert finding.location.line == 5  # the resume's Experience heading
    assert finding.related[0].line == 2


def test_different_degree_and_year_are_found(tmp_path):
    master = replace(ADA, schools=(replace(ADA.schools[0], linkedin_degree="Master of Science"),))
    (finding,) = compare(tmp_path, ADA, master)[0]
    assert finding.rule == "profile-education-mismatch"
    assert finding.location.line == 17
    assert "degree" in finding.message
    later = replace(ADA, schools=(replace(ADA.schools[0], end=2017),))
    (finding,) = compare(tmp_path, ADA, later)[0]
    assert finding.rule == "profile-education-mismatch"
    assert "2016" in finding.message and "2017" in finding.message


def test_missing_school_is_found(tmp_path):
    other = replace(ADA, schools=(School("Springfield Community College", "A.S.", 2010, 2012),))
    (finding,) = compare(tmp_path, ADA, other)[0]
    assert finding.rule == "profile-education-mismatch"


def test_different_email_is_found_and_extra_linkedin_addresses_are_fine(tmp_path):
    assert compare(tmp_path, GRACE, GRACE)[0] == ()
    (finding,) = compare(tmp_path, ADA, replace(ADA, email="ada1815@example.net"))[0]
    assert finding.rule == "profile-contact-mismatch"
    assert finding.location.line == 3
    assert finding.related[0].line == 2


def test_different_name_is_found(tmp_path):
    (finding,) = compare(tmp_path, ADA, replace(ADA, first="Augusta"))[0]
    assert finding.rule == "profile-name-mismatch"
    assert finding.location.line == 1


@pytest.mark.parametrize(
    ("resume", "linkedin", "found"),
    [
        (("Bob", "Smith"), ("Robert", "Smith"), False),
        (("Liz", "Carter"), ("Elizabeth Ann", "Carter"), False),
        (("Bill", "Turner"), ("William T.", "Turner"), False),
        (("José", "Núñez"), ("Jose", "Nunez"), False),
        (("Bob", "Smith"), ("Richard", "Smith"), True),
        (("Bob", "Smith"), ("Robert", "Smithers"), True),
    ],
)
def test_nicknames_middle_names_and_accents_are_the_same_name(tmp_path, resume, linkedin, found):
    mine = replace(ADA, first=resume[0], last=resume[1])
    theirs = replace(ADA, first=linkedin[0], last=linkedin[1])
    findings = compare(tmp_path, mine, theirs)[0]
    assert [(f.rule, f.location.line) for f in findings] == (
        [("profile-name-mismatch", 1)] if found else []
    )


def test_lone_export_beside_lone_resume_is_paired_with_a_note(tmp_path):
    findings, report = compare(tmp_path, ADA, with_job(ADA, 0, linkedin_title="Chef"), auto=True)
    assert [f.rule for f in findings] == ["profile-title-mismatch"]
    assert report.notes == (f"compared resume.md with {EXPORT}",)
    export_result = next(r for r in report.files if r.path.endswith(EXPORT))
    assert export_result.kind == "profile" and export_result.findings == ()


def test_two_resumes_beside_an_export_are_not_paired(tmp_path):
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "resume.md").write_text(resume_markdown(ADA))
    (folder / "resume-old.md").write_text(resume_markdown(with_job(ADA, 0, title="Chef")))
    write_export_zip(folder / EXPORT, export_csvs(ADA))
    options = RunOptions(config=Config(root=tmp_path), rulebook=RULEBOOK, today=TODAY)
    report = run([folder], options)
    assert all(result.profile is None for result in report.files)
    assert "use --profile" in report.notes[0]


def test_profile_alone_skips_resume_only_rules(tmp_path):
    csvs = export_csvs(ADA)
    del csvs["Email Addresses.csv"]
    csvs["Profile.csv"] = csvs["Profile.csv"].replace("behind me", "behind me; I love my job")
    path = write_export_zip(tmp_path / EXPORT, csvs)
    resume = tmp_path / "resume.md"
    resume.write_text("# Ada Lovelace\n## Summary\nI love my job\n", encoding="utf-8")
    options = RunOptions(
        config=Config(root=tmp_path),
        rulebook=RULEBOOK,
        selection=Selection(select=("email-missing", "first-person")),
        today=TODAY,
    )
    profile_result, resume_result = run([path, resume], options).files
    assert profile_result.kind == "profile" and profile_result.findings == ()
    assert profile_result.rules == ()  # SARIF and JUnit list only rules that ran on a file
    assert {f.rule for f in resume_result.findings} == {"email-missing", "first-person"}


def test_applies_to_must_name_document_kinds(tmp_path):
    rule = tmp_path / "contact" / "odd-rule.toml"
    rule.parent.mkdir()
    rule.write_text(
        'summary = "s"\nseverity = "warning"\nwhy = "w"\ninstead = "i"\n'
        'kind = "field-missing"\napplies_to = ["cover-letter"]\n'
    )
    with pytest.raises(RuleError, match="applies_to"):
        load_rule(rule, "contact")


def test_cli_profile_option_and_unreadable_profile(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(resume_markdown(GRACE))
    export = write_export_zip(tmp_path / EXPORT, export_csvs(replace(GRACE, first="Mary")))
    out = CliRunner().invoke(
        main, ["check", str(resume), "--profile", str(export), "--format", "json"]
    )
    data = json.loads(out.output)
    (resume_result,) = data["files"]
    assert resume_result["profile"] == str(export)
    assert "profile-name-mismatch" in {f["rule"] for f in resume_result["findings"]}
    broken = tmp_path / "Basic_LinkedInDataExport_01-01-2026.zip"
    broken.write_bytes(b"PK\x03\x04 nope")
    out = CliRunner().invoke(main, ["check", str(resume), "--profile", str(broken)])
    assert out.exit_code == 2
    assert "not a valid ZIP" in out.output


@pytest.mark.parametrize("style", RESUME_STYLES)
def test_planted_title_and_date_found_whatever_the_resume_layout(tmp_path, style):
    person = with_job(ADA, 2, title="Human Resources Generalist")
    text = resume_markdown(person, style)
    entry = next(n for n, line in enumerate(text.splitlines(), 1) if "Fabrikam" in line)
    planted = with_job(person, 2, linkedin_title="Financial Analyst", start=(2015, 6))
    findings, _ = compare(tmp_path, person, planted, style=style)
    assert sorted(f.rule for f in findings) == ["profile-date-mismatch", "profile-title-mismatch"]
    assert all(f.location.line in (entry, entry + 1) for f in findings)


def test_promotions_split_on_linkedin_compare_first_start_and_last_end(tmp_path):
    roles = (
        ("Data Engineer", (2019, 6), (2021, 2)),
        ("Junior Data Engineer", (2018, 6), (2019, 5)),
    )
    split = with_job(ADA, 1, linkedin_roles=roles)
    assert compare(tmp_path / "clean", ADA, split)[0] == ()
    moved = with_job(ADA, 1, linkedin_roles=(roles[0], (roles[1][0], (2017, 9), roles[1][2])))
    (finding,) = compare(tmp_path / "moved", ADA, moved)[0]
    assert finding.rule == "profile-date-mismatch"
    assert finding.location.line == 10  # Contoso on the resume
    assert finding.related[0].line == 5  # the earlier role: Northwind takes 2 lines, then 2 roles
