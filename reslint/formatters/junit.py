"""JUnit XML for Jenkins and GitLab: a test suite per file, a test case per file and rule.

A rule that found something at or above --fail-on is a failed test case (one `failure`
listing every finding of that rule); findings below it do not fail the run, so their
case passes and lists them in its `system-out`. A file that could not be read is a test
case with an `error`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from reslint.formatters import FormatOptions, relative_path
from reslint.formatters.text import location
from reslint.model import Finding, Severity
from reslint.report import FileResult, Report

# Characters XML 1.0 cannot carry at all; PDFs do produce them (form feeds, NULs).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _body(findings: list[Finding], paged: bool) -> str:
    return "\n".join(
        f"{location(f, paged)}: {f.severity.value} {f.rule} {f.message}"
        + (f"\n    help: {f.suggestion}" if f.suggestion else "")
        for f in findings
    )


def _failure(case: ET.Element, findings: list[Finding], paged: bool) -> None:
    first = findings[0]
    more = f" (and {len(findings) - 1} more)" if len(findings) > 1 else ""
    body = _body(findings, paged)
    failure = ET.SubElement(
        case,
        "failure",
        message=_clean(first.message + more),
        type=max((f.severity for f in findings), key=lambda s: s.rank).value,
    )
    failure.text = _clean(body)


def _suite(result: FileResult, fail_on: Severity) -> ET.Element:
    path = relative_path(result.path)
    suite = ET.Element("testsuite", name=_clean(path))
    if result.error:
        case = ET.SubElement(suite, "testcase", name="read", classname=_clean(path), file=path)
        ET.SubElement(case, "error", message=_clean(result.error), type="unreadable")
        suite.attrib.update(tests="1", failures="0", errors="1", skipped="0")
        return suite
    by_rule: dict[str, list[Finding]] = {name: [] for name in result.rules}
    for finding in result.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    failures = 0
    for rule, findings in by_rule.items():
        case = ET.SubElement(suite, "testcase", name=rule, classname=_clean(path), file=path)
        failing = [f for f in findings if f.severity.rank >= fail_on.rank]
        if failing:
            _failure(case, failing, result.paged)
            failures += 1
        elif findings:
            ET.SubElement(case, "system-out").text = _clean(_body(findings, result.paged))
    suite.attrib.update(tests=str(len(by_rule)), failures=str(failures), errors="0", skipped="0")
    return suite


def render(report: Report, options: FormatOptions) -> str:
    fail_on = Severity(options.fail_on)
    root = ET.Element("testsuites", name="reslint")
    suites = [_suite(result, fail_on) for result in report.files]
    root.extend(suites)
    for key in ("tests", "failures", "errors"):
        root.set(key, str(sum(int(suite.get(key, "0")) for suite in suites)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
