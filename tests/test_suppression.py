"""Inline suppression: `reslint: ignore RULE[, RULE]` in a text source's comments silences
those rules on its line or the next, and a comment that silences nothing is reported."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.engine import suppress
from reslint.model import Finding, Location, Severity, Suppression
from reslint.readers.suppressions import Directive, resolve, rule_names
from reslint.readers.text import read_source

RESUME = """# Sam Rivera

sam.rivera@example.com · +44 20 7946 0147

## Experience

Northwind Traders — Operations Associate, Jan 2022 – Present
{comment_above}
- I rebuilt the weekly inventory report in SQL{trailing}
- I trained 14 new warehouse staff; picking errors fell 30%
"""


def resume(comment_above: str = "", trailing: str = "") -> str:
    return RESUME.format(comment_above=comment_above, trailing=trailing)


def lint(write, name: str, text: str, *args: str) -> list[dict]:
    path = write(name, text)
    result = CliRunner().invoke(
        main,
        ["check", str(path), "--no-cache", "--format", "json", *args],
        catch_exceptions=False,
    )
    return json.loads(result.stdout)["files"][0]["findings"]


def where(findings: list[dict], rule: str) -> list[int]:
    return [f["line"] for f in findings if f["rule"] == rule]


SELECT = ("--select", "first-person,suppression-unused")


def test_markdown_comment_on_the_line_above_silences_that_line_only(write):
    text = resume(comment_above="<!-- reslint: ignore first-person -->")
    found = lint(write, "cv.md", text, *SELECT)
    assert where(found, "first-person") == [10]  # line 9 is silenced, line 10 is not
    assert where(found, "suppression-unused") == []


def test_a_trailing_comment_silences_its_own_line(write):
    text = resume(trailing=" <!-- reslint: ignore first-person, bullet-too-long -->")
    found = lint(write, "cv.md", text, *SELECT)
    assert where(found, "first-person") == [10]


def test_plain_text_and_yaml_use_hash_comments(write):
    text = resume(comment_above="# reslint: ignore first-person").replace("**", "")
    assert where(lint(write, "cv.txt", text, *SELECT), "first-person") == [10]
    rendercv = """cv:
  name: Sam Rivera
  email: sam.rivera@example.com
  sections:
    experience:
      - company: Northwind Traders
        position: Operations Associate
        start_date: 2022-01
        highlights:
          # reslint: ignore first-person
          - I rebuilt the weekly inventory report in SQL
          - I trained 14 new warehouse staff  # reslint: ignore first-person
          - I answered the phones
"""
    assert where(lint(write, "cv.yaml", rendercv, *SELECT), "first-person") == [13]


def test_a_comment_for_another_rule_silences_nothing_and_is_reported(write):
    text = resume(comment_above="<!-- reslint: ignore buzzword -->")
    found = lint(write, "cv.md", text, "--select", "first-person,buzzword,suppression-unused")
    assert where(found, "first-person") == [9, 10]
    [unused] = [f for f in found if f["rule"] == "suppression-unused"]
    assert (unused["line"], unused["column"]) == (8, 1)
    assert "buzzword" in unused["message"]


def test_an_unknown_rule_is_reported_with_a_suggestion(write):
    text = resume(comment_above="<!-- reslint: ignore frist-person -->")
    found = lint(write, "cv.md", text, *SELECT)
    assert where(found, "first-person") == [9, 10]
    [unknown] = [f for f in found if f["rule"] == "suppression-unused"]
    assert unknown["line"] == 8 and "'first-person'" in unknown["message"]


def test_a_rule_that_did_not_run_is_not_called_unused(write):
    text = resume(comment_above="<!-- reslint: ignore buzzword -->")
    assert where(lint(write, "cv.md", text, *SELECT), "suppression-unused") == []


def test_a_suppression_can_silence_the_unused_report_itself(write):
    comment = "<!-- reslint: ignore buzzword, suppression-unused -->"
    text = resume(comment_above=comment)
    found = lint(write, "cv.md", text, "--select", "first-person,buzzword,suppression-unused")
    assert where(found, "suppression-unused") == []


def test_html_comments_are_not_text_of_the_resume():
    lines, suppressions = read_source(
        "# Jane Doe\n<!-- a note\nover lines -->\nKept <!-- reslint: ignore x --> too\n", True
    )
    assert [line.text for line in lines] == ["Jane Doe", "Kept too"]
    assert suppressions == (Suppression(("x",), line=4, target=4, column=6),)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (" reslint: ignore a, b ", ("a", "b")),
        ("reslint:ignore a b", ("a", "b")),
        (" reslint: ignore", ()),
        (" a note about reslint", None),
    ],
)
def test_directive_bodies(body, names):
    assert rule_names(body) == names


def test_any_reader_can_hand_over_suppressions_for_the_engine_to_apply():
    """How a LaTeX (`% reslint: ignore`) or Typst (`// reslint: ignore`) reader plugs in:
    it finds its comments, makes Directives, and `resolve` says which line each covers."""
    [above, trailing] = resolve(
        [Directive(("first-person",), 3, 1, False), Directive(("buzzword",), 7, 20, True)],
        text_lines=[1, 2, 5, 7],
    )
    assert (above.target, trailing.target) == (5, 7)
    findings = [
        Finding("first-person", "statements", Severity.WARNING, "m", Location("cv.tex", 1, 5, 3)),
        Finding("first-person", "statements", Severity.WARNING, "m", Location("cv.tex", 1, 7, 3)),
        Finding("buzzword", "statements", Severity.WARNING, "m", Location("cv.tex", 1, 7, 9)),
        Finding("buzzword", "statements", Severity.WARNING, "m", Location("cv.pdf", 1, 7)),
    ]
    kept = suppress(findings, [above, trailing])
    assert [(f.rule, f.location.line) for f in kept] == [("first-person", 7), ("buzzword", 7)]
    assert kept[1].location.path == "cv.pdf"  # a page's line is no source line
