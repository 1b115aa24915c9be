"""One line per finding, `LOCATION: severity rule-name message`, coloured on a terminal.

LOCATION is `path:line:column` in a text source and `path:pPAGE:LLINE` in a PDF or DOCX
(`formatters.where`). Under it: the words the finding is about when the message does not
already quote them, the fix hint, and the profile lines it was compared with. A summary
follows, and a pointer to `reslint explain`; `quiet` leaves only the findings.
"""

from __future__ import annotations

from collections import Counter

import click

from reslint.formatters import FormatOptions, printable, quote, where
from reslint.model import Finding, Severity
from reslint.report import Report

COLORS = {"error": "red", "warning": "yellow", "suggestion": "cyan"}


def location(finding: Finding) -> str:
    return where(finding.location)


def finding_lines(finding: Finding, style: _Style) -> list[str]:
    severity = finding.severity.value
    out = [
        f"{style(location(finding), bold=True)}: "
        f"{style(severity, fg=COLORS[severity])} "
        f"{style(finding.rule, bold=True)} {printable(finding.message)}"
    ]
    if finding.text and " ".join(finding.text.split()) not in finding.message:
        out.append(style(f"    | {quote(finding.text)}", dim=True))
    if finding.suggestion:
        out.append(style(f"    help: {printable(finding.suggestion)}", dim=True))
    for related in finding.related:
        out.append(style(f"    see: {where(related)}", dim=True))
    return out


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, **kwargs: object) -> str:
        return click.style(text, **kwargs) if self.color else text  # type: ignore[arg-type]


def render(report: Report, options: FormatOptions) -> str:
    style = _Style(options.color)
    out: list[str] = []
    if not options.quiet:
        out.extend(style(f"note: {printable(note)}", dim=True) for note in report.notes)
    for result in report.files:
        for finding in result.findings:
            out.extend(finding_lines(finding, style))
    if options.quiet:
        return "\n".join(out)
    if len(report.files) > 1:
        table = summary_table(report)
        out.extend(style(line, bold=not line.startswith(" ")) for line in table)
    out.append(style(summary_line(report), bold=True))
    rules = sorted({finding.rule for finding in report.findings})
    if rules:
        out.append(explain_hint(rules))
    return "\n".join(out)


def explain_hint(rules: list[str]) -> str:
    return f"Why a rule matters and what to do instead: reslint explain RULE (e.g. {rules[0]})"


def summary_line(report: Report) -> str:
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
    return summary + "."


def statistics(report: Report, options: FormatOptions) -> str:
    """`--statistics`: how often each rule fired, most first, as ruff prints it."""
    style = _Style(options.color)
    counts = Counter(finding.rule for finding in report.findings)
    severities = {finding.rule: finding.severity for finding in report.findings}
    width = max((len(str(n)) for n in counts.values()), default=1)
    name_width = max((len(name) for name in counts), default=0)
    out = []
    for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        severity = severities[rule].value
        summary = report.rules[rule].summary if rule in report.rules else ""
        out.append(
            f"{count:>{width}}  {style(rule.ljust(name_width), bold=True)}  "
            f"{style(severity.ljust(10), fg=COLORS[severity])}  {summary}".rstrip()
        )
    if not options.quiet:
        out.append(style(summary_line(report), bold=True))
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
        width = max(12, *(len(r.path) for r in worst))
        header = "".join(f"{s.value + 's':>13}" for s in Severity)
        lines += ["", f"{'Most findings':<{width + 2}}{header}"]
        for result in worst:
            file_counts = result.counts()
            cells = "".join(f"{file_counts[s]:>13}" for s in Severity)
            lines.append(f"  {result.path:<{width}}{cells}")
    lines.append("")
    return lines
