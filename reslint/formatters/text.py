"""`place: severity rule-name message`, coloured on a terminal, then the words the finding is
about and a fix hint. A text source (Markdown, text, YAML, JSON, LaTeX, Typst) is placed at
`path:line:col` so editors jump to it; a page format (PDF, DOCX) at `path:pN:lM`, page N and
line M in reading order (formatters.position)."""

from __future__ import annotations

from collections import Counter

import click

from reslint.formatters import FormatOptions, omitted_note, place, position
from reslint.formatters.safe_text import visible
from reslint.model import Finding, Severity
from reslint.report import Report

COLORS = {"error": "red", "warning": "yellow", "suggestion": "cyan"}
QUOTE_WIDTH = 100
_CONTROL = dict.fromkeys(range(32), " ")


def location(finding: Finding, paged: bool) -> str:
    return visible(place(finding.location, paged))


def quoted(finding: Finding) -> str | None:
    """The words the finding is about, on one line, when its message does not show them."""
    if not finding.text:
        return None
    text = " ".join(finding.text.translate(_CONTROL).split())
    if not text or text in finding.message:
        return None
    text = text if len(text) <= QUOTE_WIDTH else text[: QUOTE_WIDTH - 1] + "…"
    return visible(text)


def render(report: Report, options: FormatOptions) -> str:
    out: list[str] = []

    def style(text: str, **kwargs: object) -> str:
        return click.style(text, **kwargs) if options.color else text

    for note in () if options.quiet else report.notes:
        out.append(style(f"note: {visible(note)}", dim=True))
    for result in report.files:
        for finding in result.findings:
            severity = finding.severity.value
            line = (
                f"{style(location(finding, result.paged), bold=True)}: "
                f"{style(severity, fg=COLORS[severity])} "
                f"{style(finding.rule, bold=True)} {visible(finding.message)}"
            )
            out.append(line)
            words = quoted(finding)
            if words:
                out.append(style(f"    | {words}", dim=True))
            if finding.places:
                places = ", ".join(position(where, result.paged) for where in finding.places)
                if finding.count > len(finding.places) + 1:  # the rest capped (linting)
                    places += ", …"
                out.append(
                    style(f"    {finding.count} times in this section; also at {places}", dim=True)
                )
            if finding.suggestion:
                out.append(style(f"    help: {visible(finding.suggestion)}", dim=True))
            for related in finding.related:
                # The related lines are the profile's: a LinkedIn export or PDF, paged.
                out.append(style(f"    see: {visible(place(related, True))}", dim=True))
        for rule, count in result.omitted:
            out.append(style(f"{visible(result.path)}: {omitted_note(rule, count)}", dim=True))
    if options.quiet:
        return "\n".join(out)
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
    first = next(iter(report.findings), None)
    if first is not None:
        out.append(f"Run `reslint explain RULE` (e.g. `reslint explain {first.rule}`) for more.")
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


def statistics(report: Report) -> str:
    """`--statistics`: how often each rule fired, most first, as ruff prints it."""
    counts: Counter[str] = Counter()
    severity: dict[str, str] = {}
    for finding in report.findings:
        counts[finding.rule] += finding.count
        severity[finding.rule] = finding.severity.value
    if not counts:
        return ""
    width = len(str(max(counts.values())))
    rules = report.rules
    return "\n".join(
        f"{count:>{width}}  {rule:<28}  {severity[rule]:<10}  "
        f"{rules[rule].summary if rule in rules else ''}".rstrip()
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
