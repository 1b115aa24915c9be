"""What a run hands to the output formats: a Report of FileResults and RuleInfos.

These are the data that leave the lint pipeline: the runner builds them, the cache
stores FileResults, the process pool sends them back, `--redact` masks them and the
formatters render them. They depend on `reslint.model` only, so whatever renders or
stores a result never needs the code that produced it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from reslint.model import Finding, Severity


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    format: str | None = None
    kind: str | None = None
    profile: str | None = None
    rules: tuple[str, ...] = ()  # the rules that ran on this file

    def counts(self) -> Counter[Severity]:
        return Counter(finding.severity for finding in self.findings)


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What an output format may say about a rule that ran (SARIF rule metadata, JUnit)."""

    name: str
    family: str
    severity: Severity
    summary: str
    why: str
    instead: str


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

    def exit_code(self, fail_on: Severity) -> int:
        if any(result.error for result in self.files):
            return 2
        if any(f.severity.rank >= fail_on.rank for f in self.findings):
            return 1
        return 0
