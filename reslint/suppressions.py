"""Inline suppression comments (`<!-- reslint: ignore RULE -->`, `# reslint: ignore RULE`,
`% reslint: ignore RULE`, `// reslint: ignore RULE`).

Readers know their format's comment syntax and hand the comments over as `Suppression`s
(`ReaderOutput.suppressions`, kept on the Document); this one filter, run on a file's
findings after the rules, drops the findings they silence: a finding on the comment's own
line or the line below it, in the file that holds the comment, whose rule or family the
comment names (a comment that names none silences every rule there). The findings of
`keep` (the rule that reports unused and unknown suppressions) are never silenced, or a
blanket comment that silences nothing would silence its own report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from reslint.model import Finding, Suppression


def unsuppressed(
    findings: Iterable[Finding],
    suppressions: tuple[Suppression, ...],
    path: Path,
    keep: frozenset[str] = frozenset(),
) -> list[Finding]:
    """`findings` less those an inline comment in the file at `path` silences."""
    if not suppressions:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        if finding.rule in keep:
            kept.append(finding)
            continue
        # A grouped finding (count > 1) is silenced place by place: what a comment does not
        # cover stays, at the first place left.
        places = [finding.location, *finding.places]
        left = [
            where
            for where in places
            if not any(comment.silences(finding, path, where) for comment in suppressions)
        ]
        if len(left) == len(places):
            kept.append(finding)
        elif left:
            moved = left[0] != finding.location
            kept.append(
                replace(
                    finding,
                    location=left[0],
                    places=tuple(left[1:]),
                    count=len(left),
                    text=None if moved else finding.text,
                )
            )
    return kept
