"""A cap on findings per rule and per file (issue 19): counted past it, reported, never lost."""

from __future__ import annotations

import json
from pathlib import Path

from reslint.cache import from_dict, to_dict
from reslint.config import Config, Limits, load_config
from reslint.formatters import FormatOptions, formatter
from reslint.linting import cap_findings, lint_file
from reslint.model import Finding, Location, Severity
from reslint.options import RunOptions
from reslint.report import Report
from reslint.rulebook import load_rulebook

RULEBOOK = load_rulebook()


def _finding(rule: str, severity: Severity, line: int) -> Finding:
    return Finding(rule, "statements", severity, "m", Location("cv.md", 1, line))


def test_each_rule_keeps_its_first_findings_and_counts_the_rest() -> None:
    findings = [_finding("a", Severity.WARNING, n) for n in range(250)]
    findings += [_finding("b", Severity.WARNING, n) for n in range(5)]
    kept, omitted = cap_findings(findings, per_rule=100, per_file=1000)
    assert [f.location.line for f in kept if f.rule == "a"] == list(range(100))
    assert sum(f.rule == "b" for f in kept) == 5
    assert omitted == (("a", 150),)


def test_past_the_file_cap_the_least_severe_go_first() -> None:
    findings = [_finding("hint", Severity.SUGGESTION, n) for n in range(8)]
    findings += [_finding("bad", Severity.ERROR, 100 + n) for n in range(3)]
    kept, omitted = cap_findings(findings, per_rule=100, per_file=5)
    assert [f.rule for f in kept] == ["hint", "hint", "bad", "bad", "bad"]
    assert [f.location.line for f in kept][:2] == [0, 1]  # reading order kept
    assert omitted == (("hint", 6),)


def _first_person_resume(tmp_path: Path, sections: int) -> Path:
    """A first-person bullet in each of `sections` Experience sections: one finding each."""
    parts = ["# Ada Lovelace\nada.l@acme-mail.org | +1 609 999 9995\n"]
    for n in range(sections):
        parts.append(
            f"\n## Experience\nAcme {n} — Engineer, Jan 2020 – Present\n- I built thing {n}\n"
        )
    path = tmp_path / "ada.md"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def test_a_file_firing_everywhere_is_capped_and_says_so(tmp_path: Path) -> None:
    path = _first_person_resume(tmp_path, 30)
    limits = Limits(timeout_seconds=30, max_findings_per_rule=4)
    options = RunOptions(config=Config(limits=limits), rulebook=RULEBOOK)
    result = lint_file(path, options)
    assert sum(f.rule == "first-person" for f in result.findings) == 4
    assert dict(result.omitted)["first-person"] == 26
    assert from_dict(json.loads(json.dumps(to_dict(result)))).omitted == result.omitted
    report = Report((result,))
    more = dict(result.omitted)["first-person"]
    text = formatter("text")(report, FormatOptions())
    assert f"and {more:,} more first-person" in text
    data = json.loads(formatter("json")(report, FormatOptions()))
    assert data["files"][0]["omitted"]["first-person"] == more
    sarif = json.loads(formatter("sarif")(report, FormatOptions()))
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert {"id": "first-person"} in [note.get("associatedRule") for note in notes]
    assert "::notice" in formatter("github")(report, FormatOptions())
    assert f"and {more + 3:,} more" in formatter("junit")(report, FormatOptions())


def test_the_caps_are_limits_in_the_config(tmp_path: Path) -> None:
    (tmp_path / ".reslint.toml").write_text(
        "[limits]\nmax-findings-per-rule = 7\nmax-findings-per-file = 70\n", encoding="utf-8"
    )
    limits = load_config(tmp_path / ".reslint.toml").limits
    assert (limits.max_findings_per_rule, limits.max_findings_per_file) == (7, 70)


def test_a_grouped_finding_keeps_its_first_places_and_its_whole_count() -> None:
    from dataclasses import replace

    from reslint.linting import MAX_PLACES

    places = tuple(Location("cv.md", 1, n) for n in range(2, 2012))
    grouped = replace(_finding("first-person", Severity.WARNING, 1), count=2011, places=places)
    (kept,), omitted = cap_findings([grouped], per_rule=100, per_file=1000)
    assert kept.places == places[:MAX_PLACES] and kept.count == 2011
    assert omitted == ()
    text = formatter("text")(Report((_result(kept),)), FormatOptions())
    listed = next(line for line in text.splitlines() if "times in this section" in line)
    assert listed.count(":") == MAX_PLACES and listed.endswith(
        ", 51:1, …"
    )  # a text source: line:col


def _result(finding: Finding):
    from reslint.report import FileResult

    return FileResult("cv.md", (finding,))
