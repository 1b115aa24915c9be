"""Inline suppression comments (`% reslint: ignore RULE`, `// reslint: ignore RULE`).

Readers know their format's comment syntax and hand the comments over as `Suppression`s
(`ReaderOutput.suppressions`, kept on the Document); this one filter, run on a file's
findings after the rules, drops the findings they silence: a finding on the comment's own
line or the line below it, in the file that holds the comment, whose rule or family the
comment names (a comment that names none silences every rule there).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reslint.model import Finding, Suppression


def _silences(suppression: Suppression, finding: Finding, path: Path) -> bool:
    where = finding.location
    if where.line is None or (suppression.source or str(path)) != where.path:
        return False
    if where.line not in (suppression.line, suppression.line + 1):
        return False
    return not suppression.rules or bool({finding.rule, finding.family} & set(suppression.rules))


def unsuppressed(
    findings: Iterable[Finding], suppressions: tuple[Suppression, ...], path: Path
) -> list[Finding]:
    """`findings` less those an inline comment in the file at `path` silences."""
    if not suppressions:
        return list(findings)
    return [
        finding
        for finding in findings
        if not any(_silences(suppression, finding, path) for suppression in suppressions)
    ]
