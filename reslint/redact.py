"""`--redact`: mask phone numbers and email addresses in a Report before any formatter sees it.

Doing it once over the Report, rather than in each formatter, means a new output format
cannot forget it. It uses the same email and phone finders as `structure`, so whatever
reslint recognises as contact data in a resume is also what it masks in its output.
"""

from __future__ import annotations

from dataclasses import replace

from reslint.lexicon.contact import EMAIL_RE, OBFUSCATED_EMAIL_RE, find_phones
from reslint.model import Finding, Line
from reslint.report import FileResult, Report

EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"


def redact_text(text: str, region: str) -> str:
    # An obfuscated address (`jane [at] example.org`) is as much the person's: masked too.
    masked = OBFUSCATED_EMAIL_RE.sub(EMAIL_MASK, EMAIL_RE.sub(EMAIL_MASK, text))
    # Longest first, so a number is not half-masked by a shorter one inside it.
    phones = sorted({field.raw for field in find_phones(Line(masked), region)}, key=len)
    for raw in reversed(phones):
        masked = masked.replace(raw, PHONE_MASK)
    return masked


def _optional(text: str | None, region: str) -> str | None:
    return None if text is None else redact_text(text, region)


def _finding(finding: Finding, region: str) -> Finding:
    return replace(
        finding,
        message=redact_text(finding.message, region),
        text=_optional(finding.text, region),
        suggestion=_optional(finding.suggestion, region),
    )


def _file(result: FileResult, region: str) -> FileResult:
    return replace(
        result,
        findings=tuple(_finding(finding, region) for finding in result.findings),
        error=_optional(result.error, region),
    )


def redact_report(report: Report, region: str = "US") -> Report:
    return replace(
        report,
        files=tuple(_file(result, region) for result in report.files),
        notes=tuple(redact_text(note, region) for note in report.notes),
    )
