"""GitHub Actions workflow commands: each finding becomes an annotation on the file.

In a text source the annotation sits on the finding's line and column. A PDF or DOCX has
no lines GitHub could show, so its annotation is on the file and its message ends with
`(page 2, line 14)`: a `line=` there would point into the binary file."""

from __future__ import annotations

from reslint.formatters import FormatOptions, page_line, quote, relative_path
from reslint.model import Finding, Severity
from reslint.report import Report

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message the way GitHub's toolkit does (`escapeData`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (`escapeProperty`): also `:` and `,`, which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: str | int | None) -> str:
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return f"::{level} {props}::{escape_data(message)}"


def _annotation(finding: Finding) -> str:
    where = finding.location
    message = finding.message
    on_page = page_line(where)
    if on_page:
        message += f" ({on_page})"
    if finding.text and " ".join(finding.text.split()) not in finding.message:
        message += f"\n| {quote(finding.text)}"
    if finding.suggestion:
        message += f"\n{finding.suggestion}"
    return command(
        LEVELS[finding.severity],
        message,
        file=relative_path(where.path),
        line=where.line if where.in_source else None,
        col=where.column,
        title=finding.rule,
    )


def render(report: Report, options: FormatOptions) -> str:
    del options
    out = [_annotation(finding) for finding in report.findings]
    out.extend(
        command("error", result.error, file=relative_path(result.path), title="unreadable file")
        for result in report.files
        if result.error
    )
    return "\n".join(out)
