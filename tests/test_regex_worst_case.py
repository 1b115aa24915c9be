"""Patterns that read untrusted text cannot backtrack without end (issue 19): deterministic
guards only. The timed figures (how each function's time grows on its worst case) are
benchmarks/regex_worst_case.py's (`--functions`): as tests, their wall-clock thresholds
failed whenever the shared machine was loaded.

Guarded here: the shape of every pattern reslint compiles (at import, from the rule files,
and while it lints), which must not nest unbounded repeats that can split one run of text
many ways (tests/regex_shapes.py); the bounds the Markdown link pattern looks ahead; and
that each hostile input of the benchmark is read to the end, with the right result.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import reslint
from reslint.kinds import KINDS
from reslint.lexicon.dates import find_dates
from reslint.readers.text import markdown_inline
from reslint.rulebook import load_rulebook
from tests.regex_shapes import backtracks_without_end

REPO = Path(__file__).resolve().parent.parent
LARGE = 16_000


def _module_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for module in pkgutil.walk_packages(reslint.__path__, "reslint."):
        if module.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{module.name}.{name}"] = value
    return found


def _rule_patterns() -> dict[str, str]:
    found: dict[str, str] = {}
    for rule in load_rulebook().rules.values():
        for name, option in KINDS[rule.kind].options.items():
            if option.type == "regexes":
                for index, pattern in enumerate(rule.options.get(name) or ()):
                    found[f"{rule.name}.{name}[{index}]"] = pattern
    return found


def test_the_shape_check_finds_what_backtracks_without_end():
    for bad in (r"(a+)+", r"(?:\s*\w+)*x", r"(?:\w+\s?)+$"):
        assert backtracks_without_end(bad), bad
    for good in (r"(?:[\w-]+\.)+[a-z]{2,}", r"(?:ab)+", r"(?:\w+\s?)++$", r"(?>(?:\w+\s?)+)$"):
        assert not backtracks_without_end(good), good


def test_no_pattern_of_reslints_modules_backtracks_without_end():
    patterns = _module_patterns()
    assert len(patterns) > 100  # the walk reached the modules
    assert [name for name, p in patterns.items() if backtracks_without_end(p)] == []


def test_no_rule_pattern_backtracks_without_end():
    patterns = _rule_patterns()
    assert any(name.startswith("first-person.") for name in patterns)
    assert [name for name, p in patterns.items() if backtracks_without_end(p)] == []


_RECORD = """
import json, re, sys
seen = set()
original = re._compile
def recording(pattern, flags):
    if isinstance(pattern, str):
        seen.add((pattern, int(flags)))
    return original(pattern, flags)
re._compile = recording
from reslint.cli import main
try:
    main(["check", "--no-cache", "--jobs", "1", "--format", "json", *sys.argv[1:]])
except SystemExit:
    pass
sys.stderr.write(json.dumps(sorted(seen)))
"""


def test_no_pattern_compiled_while_linting_backtracks_without_end(tmp_path: Path):
    """Patterns built at run time (from word lists, per rule) are recorded as they compile,
    in a fresh process, while reslint lints a Markdown, a PDF and a DOCX resume."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        "# Ada Lovelace\nada@example.org | +44 20 7946 0958 | London, UK\n\n## Experience\n"
        "**Acme Ltd** — Engineer, Jan 2020 – Present\n- Built the billing pipeline for 40 banks\n"
        "- I was responsible for a team of five\n\n## Education\n"
        "**Northwind University** — BSc Mathematics, 2015 – 2019\n",
        encoding="utf-8",
    )
    files = [
        str(resume),
        str(REPO / "tests/corpus/pdf/moderncv_classic_green.pdf"),
        str(next((REPO / "tests/corpus/docx").glob("*.docx"))),
    ]
    result = subprocess.run(
        [sys.executable, "-c", _RECORD, *files],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    seen = json.loads(result.stderr.strip().splitlines()[-1])
    assert len(seen) > 50
    assert [p for p, flags in seen if backtracks_without_end(re.compile(p, flags))] == []


def test_the_markdown_link_pattern_looks_a_bounded_distance_ahead():
    # Label up to 1,000 characters, target up to 2,000 and what may follow it up to 1,000:
    # beyond, the brackets are text. The bounds are what keeps `[a](` x 10,000 linear.
    assert markdown_inline("[" + "a" * 1000 + "](https://example.org)")[1] == (
        "https://example.org",
    )
    assert markdown_inline("[" + "a" * 1001 + "](https://example.org)")[1] == ()
    assert markdown_inline("[a](" + "x" * 3000 + ")")[1] != ()
    assert markdown_inline("[a](" + "x" * 3001 + ")")[1] == ()


def _repeat(unit: str, size: int = LARGE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", ["[a](", "[", "`", "`a ", "*a ", "**a ", "_a "])
def test_hostile_markdown_is_read_to_the_end(unit: str):
    shown, links = markdown_inline(_repeat(unit))
    assert links == () and len(shown) <= LARGE


@pytest.mark.parametrize("unit", ["1-", "1 ", "a."])
def test_hostile_runs_hold_no_dates(unit: str):
    assert find_dates(_repeat(unit)) == []
