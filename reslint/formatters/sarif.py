"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDEs).

A finding in a text source has a region (start line and column). A PDF or DOCX has no
lines a viewer could show, so its result has none: the page and the line on it are in
the message (`(page 2, line 14)`) and in the result's properties (`page`, `pageLine`).
Each rule has its kebab-case name as `id`, a PascalCase `name`, and a `helpUri` to its
page in docs/rules/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reslint import HOMEPAGE, __version__
from reslint.formatters import FormatOptions, page_line, relative_path
from reslint.model import Finding, Location, Severity
from reslint.report import FileResult, Report, RuleInfo

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
# SARIF's levels are error, warning and note; a suggestion is a note.
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}
BASE_ID = "%SRCROOT%"


def _artifact(path: str) -> dict[str, Any]:
    relative = relative_path(path)
    if relative.startswith("/"):
        return {"uri": Path(relative).as_uri()}
    return {"uri": quote(relative), "uriBaseId": BASE_ID}


def rule_page(name: str) -> str:
    return f"{HOMEPAGE}/blob/main/docs/rules/{name}.md"


def pascal_case(name: str) -> str:
    """SARIF's `name` for a rule, as its spec's examples write one: `phone-buried` →
    `PhoneBuried`."""
    return "".join(part.capitalize() for part in name.split("-"))


def _rule(info: RuleInfo) -> dict[str, Any]:
    return {
        "id": info.name,
        "name": pascal_case(info.name),
        "helpUri": rule_page(info.name),
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.why},
        "help": {
            "text": f"{info.why}\n\nInstead: {info.instead}",
            "markdown": f"**Why it matters.** {info.why}\n\n**Instead.** {info.instead}",
        },
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"tags": [info.family]},
    }


def _physical(where: Location) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(where.path)}
    if where.line and where.in_source:
        physical["region"] = {"startLine": where.line, "startColumn": where.column}
    return physical


def _result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    where = finding.location
    on_page = page_line(where)
    message = f"{finding.message} ({on_page})" if on_page else finding.message
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": _physical(where)}],
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    if finding.related:
        result["relatedLocations"] = [
            {"id": index, "physicalLocation": _physical(other)}
            | ({"message": {"text": page_line(other)}} if page_line(other) else {})
            for index, other in enumerate(finding.related, start=1)
        ]
    paged = where.line is not None and not where.in_source
    properties = {
        key: value
        for key, value in (
            ("page", where.page if paged else None),
            ("pageLine", where.line if paged else None),
            ("text", finding.text),
            ("suggestion", finding.suggestion),
        )
        if value is not None
    }
    if properties:
        result["properties"] = properties
    return result


def _notification(result: FileResult) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": f"cannot read file: {result.error}"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(result.path)}}],
    }


def render(report: Report, options: FormatOptions) -> str:
    del options
    rules = list(report.rules.values())
    rule_index = {info.name: index for index, info in enumerate(rules)}
    unreadable = [result for result in report.files if result.error]
    run = {
        "tool": {
            "driver": {
                "name": "reslint",
                "informationUri": HOMEPAGE,
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(info) for info in rules],
            }
        },
        "originalUriBaseIds": {BASE_ID: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        # reslint counts columns in characters (code points), not SARIF's default UTF-16 units.
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": not unreadable,
                "toolExecutionNotifications": [_notification(r) for r in unreadable],
            }
        ],
        "results": [_result(finding, rule_index) for finding in report.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False)
