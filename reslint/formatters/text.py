"""`path:page:line: severity rule-name message`, coloured on a terminal; a source format
(LaTeX, Typst), which knows the column, is shown as `path:line:col` so editors jump to it."""

from __future__ import annotations

from collections import Counter

import click

from reslint.formatters import FormatOptions, omitted_note
from reslint.formatters.safe_text import visible
from reslint.model import Finding, Severity
from reslint.report import Report

COLORS = {"error": "red", "warning": "yellow", "suggestion": "cyan"}


def location(finding: Finding) -> str:
    where = finding.location
    if where.column is not None:
        return f"{visible(where.path)}:{where.line or 1}:{where.column}"
    return f"{visible(where.path)}:{where.page or 1}:{where.line or 1}"


def render(report: Report, options: FormatOptions) -> str:
    out: list[str] = []

    def style(text: str, **kwargs: object) -> str:
        return click.style(text, **kwargs) if options.color else text

    for note in report.notes:
        out.append(style(f"note: {visible(note)}", dim=True))
    for result in report.files:
        for finding in result.findings:
            severity = finding.severity.value
            line = (
                f"{style(location(finding), bold=True)}: "
                f"{style(severity, fg=COLORS[severity])} "
                f"{style(finding.rule, bold=True)} {visible(finding.message)}"
            )
            out.append(line)
            if finding.places:
                places = ", ".join(
                    f"{where.page or 1}:{where.line or 1}" for where in finding.places
                )
                if finding.count > len(finding.places) + 1:  # the rest capped (linting)
                    places += ", …"
                out.append(
                    style(f"    {finding.count} times in this section; also at {places}", dim=True)
                )
            if finding.suggestion:
                out.append(style(f"    help: {visible(finding.suggestion)}", dim=True))
            for related in finding.related:
                see = f"{visible(related.path)}:{related.page or 1}:{related.line or 1}"
                out.append(style(f"    see: {see}", dim=True))
        for rule, count in result.omitted:
            out.append(style(f"{visible(result.path)}: {omitted_note(rule, count)}", dim=True))
    if len(report.files) > 1:
        table = summary_table(report)
        out.extend(style(line, bold=not line.startswith(" ")) for line in table)
    counts = Counter(f.severity.value for f in report.findings)
    total = sum(counts.values())
    unreadable = sum(1 for result in report.files if result.error)
    files = len(report.files)
    if total:
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in COLORS if counts[s]]
        summary = f"Found {total} problem{'s' if total != 1 else ''} ({', '.join(parts)})"
    else:
        summary = "No problems found"
    summary += f" in {files} file{'s' if files != 1 else ''}"
    if unreadable:
        summary += f"; {unreadable} could not be read"
    omitted = sum(result.omitted_count for result in report.files)
    if omitted:
        summary += f"; {omitted:,} more not shown"
    out.append(style(summary + ".", bold=True))
    return "\n".join(out)


def summary_table(report: Report, limit: int = 5) -> list[str]:
    """Files and findings per severity, then the files with the most serious findings."""
    counts = report.counts()
    unreadable = sum(1 for result in report.files if result.error)
    files = f"{len(report.files)}" + (f" ({unreadable} could not be read)" if unreadable else "")
    rows = [("files", files)] + [(f"{s.value}s", str(counts[s])) for s in Severity]
    lines = ["", "Summary"] + [f"  {label:<12}{value:>6}" for label, value in rows]
    worst = report.worst(limit)
    if worst:
        paths = [visible(result.path) for result in worst]
        width = max(12, *(len(path) for path in paths))
        header = "".join(f"{s.value + 's':>13}" for s in Severity)
        lines += ["", f"{'Most findings':<{width + 2}}{header}"]
        for result, path in zip(worst, paths, strict=True):
            file_counts = result.counts()
            cells = "".join(f"{file_counts[s]:>13}" for s in Severity)
            lines.append(f"  {path:<{width}}{cells}")
    lines.append("")
    return lines
