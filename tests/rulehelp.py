"""Running chosen rules over a file or a Markdown snippet, for rule tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from reslint.engine import activate, lint
from reslint.examples import example_document
from reslint.kinds import Context
from reslint.model import Document, Finding
from reslint.readers import read
from reslint.rulebook import load_rulebook
from reslint.structure import build_document

RULEBOOK = load_rulebook()
TODAY = date(2026, 6, 15)


def family(name: str) -> list[str]:
    return [rule.name for rule in RULEBOOK.rules.values() if rule.family == name]


def run_rules(
    doc: Document,
    rules: Iterable[str],
    today: date = TODAY,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Finding]:
    options = options or {}
    active = [activate(RULEBOOK.rules[name], None, options.get(name, {})) for name in rules]
    return lint(doc, active, Context(today=today))


def lint_file(path: Path, rules: Iterable[str], **kwargs: Any) -> list[Finding]:
    return run_rules(build_document(path, read(path)), rules, **kwargs)


def lint_markdown(text: str, rules: Iterable[str], **kwargs: Any) -> list[Finding]:
    return run_rules(example_document(text.strip("\n"), "markdown", "US"), rules, **kwargs)


def where(findings: Iterable[Finding]) -> list[tuple[str, int | None]]:
    """(rule, line) of each place a rule fired, in report order: a finding grouped for its
    section (count > 1) gives its first line and then its other places."""
    return [
        (finding.rule, place.line)
        for finding in findings
        for place in (finding.location, *finding.places)
    ]
