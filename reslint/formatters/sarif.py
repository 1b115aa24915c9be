"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDEs)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reslint import __version__
from reslint.formatters import FormatOptions, omitted_note, page_words, relative_path
from reslint.formatters.safe_text import json_safe
from reslint.model import Finding, Location, Severity
from reslint.report import FileResult, Report, RuleInfo

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
# SARIF's levels are error, warning and note; a suggestion is a note.
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}
BASE_ID = "%SRCROOT%"


def _path_bytes(path: str) -> bytes:
    """The file name's bytes: undecodable ones come back from Python as lone surrogates."""
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogatepass")


def _artifact(path: str) -> dict[str, Any]:
    relative = relative_path(path)
    if relative.startswith("/"):
        return {"uri": "file://" + quote(_path_bytes(relative))}
    return {"uri": quote(_path_bytes(relative)), "uriBaseId": BASE_ID}


def rule_name(rule_id: str) -> str:
    """SARIF's `name` is a readable identifier distinct from the `id`: `EmailMissing`."""
    return "".join(part[:1].upper() + part[1:] for part in rule_id.split("-") if part)


def information_uri() -> str | None:
    """The project's home page from the installed package's metadata, if it names one."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata("reslint")
    except PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "repository", "source"):
            return url.strip()
    return meta.get("Home-page") or None


def _rule(info: RuleInfo) -> dict[str, Any]:
    # `helpUri` must be an absolute URI (SARIF 2.1.0, 3.49.12) and reslint knows no home
    # page to root one at, so a built-in rule's page in the rule reference is named in the
    # help text instead, beside `reslint explain`, which works wherever reslint is installed.
    more = f"`reslint explain {info.name}`"
    if info.reference:
        more = f"{info.reference} in reslint's repository, or {more}"
    return {
        "id": info.name,
        "name": rule_name(info.name),
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.why},
        "help": {
            "text": f"{info.why}\n\nInstead: {info.instead}\n\nMore: {more}",
            "markdown": f"**Why it matters.** {info.why}\n\n**Instead.** {info.instead}"
            f"\n\n**More.** {more}",
        },
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"tags": [info.family]},
    }


def _region(where: Location, paged: bool) -> dict[str, Any]:
    """A text source's line and column; a page format has no source lines, so none (its
    page and line go in the message and the properties)."""
    if where.line is None or page_words(where, paged) is not None:
        return {}
    region = {"startLine": where.line}
    if where.column:
        region["startColumn"] = where.column
    return {"region": region}


def _result(finding: Finding, rule_index: dict[str, int], paged: bool) -> dict[str, Any]:
    physical: dict[str, Any] = {
        "artifactLocation": _artifact(finding.location.path),
        **_region(finding.location, paged),
    }
    words = page_words(finding.location, paged)
    message = f"{finding.message} ({words})" if words else finding.message
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": physical}],
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    if finding.related:
        result["relatedLocations"] = [
            {
                "id": index,
                "physicalLocation": {
                    "artifactLocation": _artifact(where.path),
                    **_region(where, True),
                },
            }
            for index, where in enumerate(finding.related, start=1)
        ]
    # Line numbers of PDF and DOCX count from the top of each page: they are properties.
    properties = {
        key: value
        for key, value in (
            ("page", finding.location.page if words else None),
            ("line", finding.location.line if words else None),
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
                "version": __version__,
                "semanticVersion": __version__,
                **({"informationUri": uri} if (uri := information_uri()) else {}),
                "rules": [_rule(info) for info in rules],
            }
        },
        "originalUriBaseIds": {BASE_ID: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "invocations": [
            {
                "executionSuccessful": not unreadable,
                "toolExecutionNotifications": [_notification(r) for r in unreadable]
                + [
                    {
                        "level": "note",
                        "message": {"text": omitted_note(rule, count)},
                        "locations": [
                            {"physicalLocation": {"artifactLocation": _artifact(result.path)}}
                        ],
                        "associatedRule": {"id": rule},
                    }
                    for result in report.files
                    for rule, count in result.omitted
                ],
            }
        ],
        "results": [
            _result(finding, rule_index, result.paged)
            for result in report.files
            for finding in result.findings
        ],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json_safe(json.dumps(log, indent=2, ensure_ascii=False))
