"""GitHub Actions workflow commands: each finding becomes an annotation on the file."""

from __future__ import annotations

from reslint.formatters import FormatOptions, omitted_note, page_words, relative_path
from reslint.formatters.safe_text import visible, visible_lines
from reslint.model import Finding, Severity
from reslint.report import Report

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message the way GitHub's toolkit does (`escapeData`).

    Callers make file text `visible_lines` first: the newlines left are shown as line
    breaks inside the one annotation, never as a new command.
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (`escapeProperty`): also `:` and `,`, which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: str | int | None) -> str:
    props = ",".join(
        f"{key}={escape_property(visible(str(value)))}"
        for key, value in properties.items()
        if value is not None
    )
    return f"::{level} {props}::{escape_data(message)}"


def _annotation(finding: Finding, paged: bool) -> str:
    """A text source's annotation sits on its line and column; a page format's lines are no
    lines of the file, so its annotation is on the file and the message says the page and
    line."""
    where = finding.location
    message = visible_lines(finding.message)
    words = page_words(where, paged)
    if words:
        message += f" ({words})"
    if finding.suggestion:
        message += f"\n{visible_lines(finding.suggestion)}"
    return command(
        LEVELS[finding.severity],
        message,
        file=relative_path(where.path),
        line=None if words else where.line,
        col=None if words else where.column,
        title=finding.rule,
    )


def render(report: Report, options: FormatOptions) -> str:
    del options
    out = [
        _annotation(finding, result.paged) for result in report.files for finding in result.findings
    ]
    out.extend(
        command(
            "error",
            visible_lines(result.error),
            file=relative_path(result.path),
            title="unreadable file",
        )
        for result in report.files
        if result.error
    )
    out.extend(
        command("notice", omitted_note(rule, count), file=relative_path(result.path))
        for result in report.files
        for rule, count in result.omitted
    )
    return "\n".join(out)
