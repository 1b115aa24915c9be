"""Versioned JSON for scripts: see docs/json-output.md. A finding is `report.finding_dict`."""

from __future__ import annotations

import json
from collections import Counter

from reslint import __version__
from reslint.formatters import FormatOptions
from reslint.report import Report, finding_dict

VERSION = 1


def render(report: Report, options: FormatOptions) -> str:
    del options
    counts = Counter(f.severity.value for f in report.findings)
    data = {
        "version": VERSION,
        "reslint": __version__,
        "files": [
            {
                "path": result.path,
                "format": result.format,
                "kind": result.kind,
                "profile": result.profile,
                "error": result.error,
                "findings": [finding_dict(f) for f in result.findings],
            }
            for result in report.files
        ],
        "notes": list(report.notes),
        "summary": {
            "files": len(report.files),
            "unreadable": sum(1 for r in report.files if r.error),
            "error": counts["error"],
            "warning": counts["warning"],
            "suggestion": counts["suggestion"],
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def statistics(report: Report, options: FormatOptions) -> str:
    """`--statistics --format json`: each rule that fired, how often, most first."""
    del options
    counts = Counter(finding.rule for finding in report.findings)
    severities = {finding.rule: finding.severity.value for finding in report.findings}
    rows = [
        {
            "rule": rule,
            "count": count,
            "severity": severities[rule],
            "summary": report.rules[rule].summary if rule in report.rules else None,
        }
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False)
