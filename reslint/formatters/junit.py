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
from reslint.formatters.safe_text import visible
from reslint.formatters.text import location
from reslint.model import Finding, Severity
from reslint.report import FileResult, Report

# Characters XML 1.0 cannot carry at all, even escaped: `visible` writes C0 controls as
# escapes, which leaves U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    """File text as one line of well-formed XML, whatever it holds."""
    return _NOT_XML.sub("\ufffd", visible(text))


def _body(findings: list[Finding], paged: bool) -> str:
    """One line per finding (and its help); each part is clean, the newlines are ours."""
    return "\n".join(
        f"{location(f, paged)}: {f.severity.value} {f.rule} {_clean(f.message)}"
        + (f"\n    help: {_clean(f.suggestion)}" if f.suggestion else "")
        for f in findings
    )


def _failure(case: ET.Element, findings: list[Finding], omitted: int, paged: bool) -> None:
    if not findings:  # the per-file cap left none of this rule's findings
        ET.SubElement(case, "failure", message=f"{omitted:,} findings not shown", type="omitted")
        return
    first = findings[0]
    hidden = len(findings) - 1 + omitted
    more = f" (and {hidden:,} more)" if hidden else ""
    failure = ET.SubElement(
        case,
        "failure",
        message=_clean(first.message + more),
        type=max((f.severity for f in findings), key=lambda s: s.rank).value,
    )
    failure.text = _NOT_XML.sub("\ufffd", _body(findings, paged))


def _suite(result: FileResult, fail_on: Severity) -> ET.Element:
    path = _clean(relative_path(result.path))
    suite = ET.Element("testsuite", name=path)
    if result.error:
        case = ET.SubElement(suite, "testcase", name="read", classname=path, file=path)
        ET.SubElement(case, "error", message=_clean(result.error), type="unreadable")
        suite.attrib.update(tests="1", failures="0", errors="1", skipped="0")
        return suite
    by_rule: dict[str, list[Finding]] = {name: [] for name in result.rules}
    for finding in result.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    omitted = dict(result.omitted)
    for rule in omitted:
        by_rule.setdefault(rule, [])
    failures = 0
    for rule, findings in by_rule.items():
        case = ET.SubElement(suite, "testcase", name=rule, classname=path, file=path)
        failing = [f for f in findings if f.severity.rank >= fail_on.rank]
        left_out = omitted.get(rule, 0)
        # A rule whose every finding the per-file cap left out may have failed: say so.
        if failing or (left_out and not findings):
            _failure(case, failing, left_out, result.paged)
            failures += 1
        elif findings:
            ET.SubElement(case, "system-out").text = _NOT_XML.sub(
                "\ufffd", _body(findings, result.paged)
            )
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
