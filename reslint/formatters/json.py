"""Versioned JSON for scripts: see docs/json-output.md. A finding is `report.finding_dict`."""

from __future__ import annotations

import json
from collections import Counter

from reslint import __version__
from reslint.formatters import FormatOptions
from reslint.formatters.safe_text import json_safe
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
                "omitted": dict(result.omitted),
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
            "omitted": sum(r.omitted_count for r in report.files),
        },
    }
    return json_safe(json.dumps(data, indent=2, ensure_ascii=False))
