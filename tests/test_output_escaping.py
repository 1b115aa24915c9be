"""Every output format, fed every control character in every field that holds file text.

Issue 19: a file's text or name must never reach a terminal as control sequences, never
forge an output line, and never make the JSON or XML outputs ill-formed.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import CHECK_FORMATS, main
from reslint.formatters import FormatOptions, formatter
from reslint.formatters.safe_text import json_safe, visible
from reslint.model import Finding, Location, Severity
from reslint.report import FileResult, Report

CONTROLS = "".join(map(chr, [*range(0x20), *range(0x7F, 0xA0)]))
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
HOSTILE = "A\x1b]52;c;ZWNobyBwd25lZA==\x07B" + CONTROLS + BIDI + "\u2028\u2029\ud800Z"
# What may remain in an output: none of the above but the formatter's own newlines.
UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
PATH = "cv/evil\n" + "x.md:1:1: error forged-rule" + HOSTILE + ".md"


def hostile_report() -> Report:
    where = Location(PATH, page=2, line=3)
    finding = Finding(
        rule="email-invalid",
        family="contact",
        severity=Severity.ERROR,
        message="bad " + HOSTILE,
        location=where,
        text=HOSTILE,
        suggestion="fix " + HOSTILE,
        related=(Location("other" + HOSTILE, page=1, line=1),),
        count=2,
        places=(Location(PATH, page=2, line=5),),
    )
    return Report(
        files=(
            FileResult(PATH, findings=(finding,), format="markdown", rules=("email-invalid",)),
            FileResult("broken" + HOSTILE + ".pdf", error="unreadable " + HOSTILE),
        ),
        notes=("note " + HOSTILE,),
    )


@pytest.mark.parametrize("name", CHECK_FORMATS)
@pytest.mark.parametrize("color", [False, True])
def test_no_control_character_reaches_the_output(name: str, color: bool) -> None:
    out = formatter(name)(hostile_report(), FormatOptions(color=color))
    if color:  # the text format's own colours are the only escape sequences left
        out = re.sub("\x1b\\[[0-9;]*m", "", out)
    assert not UNSAFE.findall(out)
    out.encode("utf-8")  # no lone surrogate left to fail on stdout


@pytest.mark.parametrize("name", CHECK_FORMATS)
def test_a_file_name_cannot_forge_a_line(name: str) -> None:
    out = formatter(name)(hostile_report(), FormatOptions())
    assert "forged-rule" in out
    for line in out.splitlines():
        if "forged-rule" in line and name == "text":
            # the forged text stays on the real finding's line, after the escaped newline
            assert line.lstrip().startswith("cv/evil\\x0ax.md:1:1: error forged-rule")
        if name == "github":
            assert line.startswith("::")


@pytest.mark.parametrize("name", ["json", "sarif"])
def test_json_outputs_stay_well_formed_and_keep_the_text(name: str) -> None:
    data = json.loads(formatter(name)(hostile_report(), FormatOptions()))
    if name == "json":
        assert data["files"][0]["path"] == PATH
        assert data["files"][0]["findings"][0]["message"] == "bad " + HOSTILE
    else:
        assert data["runs"][0]["results"][0]["message"]["text"] == "bad " + HOSTILE


def test_junit_stays_well_formed_xml() -> None:
    root = ET.fromstring(formatter("junit")(hostile_report(), FormatOptions()))
    case = root.find("testsuite/testcase")
    assert case is not None
    assert case.get("file") == visible(PATH)
    assert "\\x1b" in (case.find("failure").get("message") or "")


def test_visible_and_json_safe_escape_each_character() -> None:
    for char in CONTROLS + BIDI + "\u2028\u2029\ud800":
        shown = visible(char)
        assert shown.startswith("\\") and len(shown) in (4, 6)
        assert json.loads(json_safe(json.dumps(char, ensure_ascii=False))) == char
    assert visible("plain é ü 名") == "plain é ü 名"


def test_check_and_parse_escape_a_hostile_markdown_file(tmp_path: Path) -> None:
    hostile = tmp_path / "ada\x1b[2J.md"
    hostile.write_text(
        "# Ada \x1b]0;owned\x07Lovelace\n\nada@\x1b[31mexample.org\n\n"
        "## Experience\nAcme\u202e Inc. — Data Engineer, Jan 2021 – Present\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    for args in (["check", "--no-cache", str(hostile)], ["parse", str(hostile)]):
        result = runner.invoke(main, args, catch_exceptions=False)
        assert "\\x1b" in result.stdout
        assert not UNSAFE.findall(result.stdout + result.stderr)


def test_the_stderr_error_line_is_escaped(tmp_path: Path) -> None:
    broken = tmp_path / "bad\x9b2J\u202e.pdf"
    broken.write_bytes(b"%PDF-1.4\n\x85\x1b garbage")
    result = CliRunner().invoke(main, ["check", "--no-cache", str(broken)])
    assert result.stderr.count("\n") == 1
    assert not UNSAFE.findall(result.stderr.rstrip("\n"))
    assert "\\x9b" in result.stderr
