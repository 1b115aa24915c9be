"""What a run hands to the output formats: a Report of FileResults and RuleInfos.

These are the data that leave the lint pipeline: the runner builds them, the cache
stores FileResults, the process pool sends them back, `--redact` masks them and the
formatters render them. They depend on `reslint.model` only, so whatever renders or
stores a result never needs the code that produced it.

A Finding as JSON data is defined here once (`finding_dict`, and `finding_from_dict`
back): `--format json` prints that shape (docs/json-output.md) and the cache stores it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from reslint.model import Finding, Location, Severity

# Formats whose lines count from the top of each page (in reading order), not from the top
# of a source file: their locations are pages and lines, which no editor can jump to.
PAGED_FORMATS = frozenset(
    {"pdf", "docx", "linkedin-pdf", "linkedin-export", "linkedin-export-folder"}
)


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    format: str | None = None
    kind: str | None = None
    profile: str | None = None
    rules: tuple[str, ...] = ()  # the rules that ran on this file
    # Findings left out by the per-rule and per-file caps (limits): (rule, how many).
    omitted: tuple[tuple[str, int], ...] = ()
    notes: tuple[str, ...] = ()  # what a limit left unread (FileFacts.truncated)
    # Wall time this run spent linting it (0 when the cache served it), so what comes after
    # (the HTML report's views) gets only the rest of the file's one time budget. Not
    # cached, not compared: it says how this run went, not what the file holds.
    seconds: float = field(default=0.0, compare=False)

    def counts(self) -> Counter[Severity]:
        return Counter(finding.severity for finding in self.findings)

    @property
    def omitted_count(self) -> int:
        return sum(count for _, count in self.omitted)

    @property
    def paged(self) -> bool:
        """Whether this file's locations are page and line rather than source line:col."""
        return self.format in PAGED_FORMATS


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What an output format may say about a rule that ran (SARIF rule metadata, JUnit)."""

    name: str
    family: str
    severity: Severity
    summary: str
    why: str
    instead: str
    # The rule's page in the rule reference, a path in reslint's repository
    # (docs/rules/NAME.md); None for a rule pack's rule, which has none.
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    files: tuple[FileResult, ...]
    notes: tuple[str, ...] = ()
    rules: Mapping[str, RuleInfo] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def findings(self) -> Iterator[Finding]:
        for result in self.files:
            yield from result.findings

    def counts(self) -> Counter[Severity]:
        return Counter(finding.severity for finding in self.findings)

    def worst(self, limit: int = 5) -> list[FileResult]:
        """The files with the most serious findings: errors first, then warnings, then the rest."""

        def weight(result: FileResult) -> tuple[int, ...]:
            counts = result.counts()
            return tuple(counts[severity] for severity in Severity)

        ranked = sorted((r for r in self.files if r.findings), key=weight, reverse=True)
        return ranked[:limit]

    def renamed(self, old: str, new: str) -> Report:
        """This report with the file `old` called `new` (stdin, linted from a temporary
        file, is reported under its --stdin-filename)."""

        def place(where: Location) -> Location:
            return replace(where, path=new) if where.path == old else where

        def finding(item: Finding) -> Finding:
            return replace(
                item,
                location=place(item.location),
                places=tuple(place(where) for where in item.places),
            )

        files = tuple(
            replace(
                result,
                path=new if result.path == old else result.path,
                findings=tuple(finding(item) for item in result.findings),
            )
            for result in self.files
        )
        notes = tuple(note.replace(old, new) for note in self.notes)
        return replace(self, files=files, notes=notes)

    def exit_code(self, fail_on: Severity) -> int:
        if any(result.error for result in self.files):
            return 2
        if any(f.severity.rank >= fail_on.rank for f in self.findings):
            return 1
        return 0


def _location_dict(where: Location) -> dict[str, Any]:
    located = {"path": where.path, "page": where.page, "line": where.line}
    if where.column is not None:  # source formats (LaTeX, Typst) know the column too
        located["column"] = where.column
    return located


def _location(data: dict[str, Any]) -> Location:
    return Location(data["path"], data["page"], data["line"], data.get("column"))


def finding_dict(finding: Finding) -> dict[str, Any]:
    """`finding` as JSON data: where it is (path, page, line) flat beside what it says."""
    return {
        "rule": finding.rule,
        "family": finding.family,
        "severity": finding.severity.value,
        "message": finding.message,
        **_location_dict(finding.location),
        "text": finding.text,
        "suggestion": finding.suggestion,
        "related": [_location_dict(where) for where in finding.related],
        "count": finding.count,
        "places": [_location_dict(where) for where in finding.places],
    }


def finding_from_dict(data: dict[str, Any]) -> Finding:
    """The Finding `finding_dict` wrote; a missing key is a KeyError, a bad severity a
    ValueError."""
    return Finding(
        rule=data["rule"],
        family=data["family"],
        severity=Severity(data["severity"]),
        message=data["message"],
        location=_location(data),
        text=data["text"],
        suggestion=data["suggestion"],
        related=tuple(_location(where) for where in data["related"]),
        count=data.get("count", 1),
        places=tuple(_location(where) for where in data.get("places", ())),
    )
