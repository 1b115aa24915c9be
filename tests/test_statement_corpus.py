"""Statements and dates rules on real corpus resumes: where they fire, and where they must not.

The expectations were read one by one as a recruiter would (see the issue note): a position
is flagged for having no result only when none of its bullets holds a number, an amount or a
scale; the well-written RenderCV samples and Jake's resume stay clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.model import Document, Finding, Location
from reslint.readers import detect, read
from reslint.structure import build_document
from tests.conftest import CORPUS
from tests.rulehelp import family, run_rules

STATEMENTS = family("statements")
DATES = family("dates")


def load(relative: str) -> Document:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"{relative} is not in the corpus")
    if detect(path) is None:
        pytest.skip(f"no reader for {path.suffix} files on this branch")
    return build_document(path, read(path))


def line_text(doc: Document, finding: Finding, location: Location | None = None) -> str:
    location = location or finding.location
    for line in doc.lines:
        if (line.page, line.number) == (location.page, location.line):
            return line.text
    raise AssertionError(f"{finding.rule} points at no line: {location}")


def fired(doc: Document, rule: str) -> list[str]:
    """The text of each line `rule` points at, in order (each place of a grouped finding)."""
    return [
        line_text(doc, f, place)
        for f in run_rules(doc, [rule])
        if f.rule == rule
        for place in (f.location, *f.places)
    ]


@pytest.mark.parametrize(
    "name", ["pdf/soupboss_01-accountant.pdf", "docx/soupboss_01-accountant.docx"]
)
def test_positions_without_any_figure_are_flagged(name):
    doc = load(name)
    flagged = fired(doc, "position-no-result")
    assert [text.split(",")[0] for text in flagged] == [
        "Gilmore Financial",
        "Harrison Money Management",
        "Harrison Money Management",
    ]


def test_only_the_positions_without_a_figure_are_flagged():
    doc = load("docx/soupboss_02-desktop_support.docx")
    flagged = fired(doc, "position-no-result")
    # Windrow School District "installed and updated over 10,000 computer hardware systems".
    assert [text.split(" |")[0] for text in flagged] == ["Meyer Tech Inc.", "The Revolve Company"]
    doc = load("docx/soupboss_01-office_coordinator.docx")
    # Alpine manages "$1.1 million", River Corporation a site "with over 250 employees".
    assert [text.split(",")[0] for text in fired(doc, "position-no-result")] == ["Healthworx"]


def test_duty_openers_are_flagged_on_their_bullets():
    doc = load("pdf/resumematcher_john_doe.pdf")
    flagged = fired(doc, "bullet-no-action")
    assert [text.split()[:2] for text in flagged] == [["Participated", "in"], ["Assisted", "in"]]


def test_cliches_in_a_summary_are_flagged():
    doc = load("pdf/reactiveresume_pikachu.pdf")
    # Both in the summary: one finding, at the first, with the second as its other place.
    (finding,) = run_rules(doc, ["buzzword"])
    assert finding.text and finding.text.lower() == "passionate about" and finding.count == 2
    assert "proven track record" in line_text(doc, finding, finding.places[0]).lower()


def test_headline_missing_points_at_the_name():
    doc = load("pdf/jakes_resume_jake_ryan.pdf")
    assert fired(doc, "headline-missing") == ["Jake Ryan"]


def test_long_bullets_are_flagged_and_short_ones_are_not():
    doc = load("docx/soupboss_mickey01.docx")
    flagged = fired(doc, "bullet-too-long")
    assert any(text.startswith("Provided leadership in conceptualizing") for text in flagged)
    assert all(len(text.split()) > 30 for text in flagged)
    assert not any(text.startswith("Defined product vision") for text in flagged)


@pytest.mark.parametrize(
    "name",
    [
        "pdf/rendercv_engineeringresumes.pdf",
        "pdf/rendercv_harvard.pdf",
        "pdf/rendercv_ink.pdf",
        "pdf/rendercv_ember.pdf",
        "pdf/jakes_resume_jake_ryan.pdf",
    ],
)
def test_well_written_resumes_are_clean(name):
    doc = load(name)
    rules = [*DATES, "bullet-no-action", "buzzword", "position-no-result", "bullet-too-long"]
    assert [(f.rule, f.message) for f in run_rules(doc, rules)] == []


def test_corpus_dates_are_consistent_and_in_order():
    # Every corpus resume writes its dates one way and newest first. The one gap is real:
    # Jobby McJobface left Pied Piper in Dec 2014 and founded Sheets & Giggles in Oct 2017,
    # and nothing on the resume covers the 33 months between.
    paths = sorted(p for p in CORPUS.rglob("*") if p.is_file() and detect(p) is not None)
    found = {}
    for path in paths:
        doc = build_document(path, read(path))
        findings = run_rules(doc, DATES)
        if findings:
            found[path.name] = [(f.rule, f.location.line) for f in findings]
    assert found == {"jsonresumedocx_jobby_mcjobface.json": [("employment-gap", 25)]}


def test_company_described_in_a_bullet_by_its_initials_is_not_asked_about():
    doc = load("structured/jsonresumedocx_jobby_mcjobface.json")
    # "S&G makes sustainable plant-based mattresses…"; Pied Piper (two roles) is asked once.
    assert [f.text for f in run_rules(doc, ["company-no-context"])] == ["Pied Piper"]


def test_company_context_is_asked_for_little_known_employers_only():
    doc = load("pdf/resumematcher_john_doe.pdf")
    # Neither "ABC Company, Inc." nor "XYZ Solutions" says what it does, and no line does.
    asked = fired(doc, "company-no-context")
    assert len(asked) == 2
    assert "ABC Company, Inc." in asked[0] and "XYZ Solutions" in asked[1]
    doc = load("pdf/rendercv_ember.pdf")
    # Google DeepMind, Apple ML Research, Microsoft Research, NVIDIA Research are well known;
    # Nexus AI "raised $18M Series A", which says it is a funded startup.
    assert run_rules(doc, ["company-no-context"]) == []


def test_corpus_files_exist():
    assert (CORPUS / "pdf").is_dir() and list(Path(CORPUS / "docx").glob("*.docx"))


def test_known_employer_after_the_dates_is_trusted():
    # "Director of IT – Hybrid Cloud …<tab>March 2019 – November 2021 The Walt Disney Company":
    # Disney and Fox are well known; "First Look Studios" says what it is; only the little-known
    # "Millennium Entertainment" is asked about.
    doc = load("docx/soupboss_mickey01.docx")
    asked = [f.text for f in run_rules(doc, ["company-no-context"])]
    assert asked == ["Millennium Entertainment"]
