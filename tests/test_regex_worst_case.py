"""Each pattern that reads untrusted text, timed on its worst case as a ratio (issue 19).

A case's ratio is its time over the time of a plain input of the same size, in the same
run (best of three). A linear pattern keeps that ratio as the input grows; a quadratic
one multiplies it by eight when the input grows eightfold. So each case is
timed at two sizes and the ratio may grow at most GROWTH times: a fixed bound on the
ratio itself would depend on the machine and on what else it runs.
benchmarks/regex_worst_case.py prints the same ratios for the whole pipeline.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reslint.kinds.shared.phrases import compile_matcher, split_advice
from reslint.lexicon.dates import find_dates
from reslint.lexicon.language import document_language
from reslint.readers import read
from reslint.readers.text import lines_from_text, markdown_inline
from reslint.rulebook import load_rulebook
from reslint.structure.phones import candidates

SMALL, LARGE = 2_000, 16_000
GROWTH = 3.0  # eight times the input: linear about 1, quadratic 8
PLAIN = "Built the billing pipeline in 2020 for Acme "


def _plain(size: int, text: str = PLAIN) -> str:
    return (text * (size // len(text) + 1))[:size]


def _best(run: Callable[[str], object], text: str) -> float:
    """Seconds a call takes: the best of five rounds, each of enough calls to last 20 ms,
    so that a busy machine's pauses and the timer's grain do not decide."""
    calls, elapsed = 1, 0.0
    while True:
        started = time.perf_counter()
        for _ in range(calls):
            run(text)
        elapsed = time.perf_counter() - started
        if elapsed >= 0.02:
            break
        calls *= 2
    best = elapsed / calls
    for _ in range(4):
        started = time.perf_counter()
        for _ in range(calls):
            run(text)
        best = min(best, (time.perf_counter() - started) / calls)
    return best


def _growth(
    run: Callable[[str], object],
    hostile: Callable[[int], str],
    plain: str = PLAIN,
    sizes: tuple[int, int] = (SMALL, LARGE),
) -> float:
    """How much the hostile/plain ratio grows from the first size to the second (8x)."""
    ratios = []
    for size in sizes:
        bad, good = hostile(size), _plain(size, plain)
        ratios.append(_best(run, bad) / _best(run, good))
    return ratios[1] / ratios[0]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _placeholder(text: str) -> object:
    rule = load_rulebook().rules["placeholder-text"]
    phrases, _ = split_advice(tuple(rule.options.get("phrases", ())))
    return compile_matcher(phrases, tuple(rule.options["patterns"]), False).search(text)


def _phones(text: str) -> object:
    return list(candidates(lines_from_text(text, False)[0]))


MARKDOWN = {
    "link openers": "[a](",
    "open brackets": "[",
    "backticks": "`",
    "backtick runs": "`a ",
    "emphasis": "*a ",
    "strong": "**a ",
    "underscores": "_a ",
}


@pytest.mark.parametrize("unit", MARKDOWN.values(), ids=MARKDOWN.keys())
def test_markdown_inline_patterns_are_linear(unit: str) -> None:
    assert _growth(markdown_inline, _repeat(unit)) < GROWTH


@pytest.mark.parametrize("unit", MARKDOWN.values(), ids=MARKDOWN.keys())
def test_markdown_style_runs_are_read_linearly(unit: str) -> None:
    assert _growth(lambda text: lines_from_text(text, True), _repeat(unit)) < GROWTH


def test_the_json_resume_reader_reads_markup_linearly(tmp_path: Path) -> None:
    files: dict[str, Path] = {}

    def read_summary(summary: str) -> object:
        if summary not in files:  # written once: the file system is not what is timed
            basics = {"name": "Ada Lovelace", "summary": summary}
            files[summary] = tmp_path / f"{len(files)}.json"
            files[summary].write_text(json.dumps({"basics": basics}), encoding="utf-8")
        return read(files[summary])

    # The link pattern looks at most 2,000 characters ahead: linear from there on, which
    # the sizes here are beyond.
    assert _growth(read_summary, _repeat("[a]("), PLAIN, (8_000, 64_000)) < GROWTH


@pytest.mark.parametrize("unit", ["2020 – ", "1-", "1 "], ids=["ranges", "dashed", "digits"])
def test_dates_are_found_linearly(unit: str) -> None:
    # Plain prose with figures but no dates: with a date in every sentence the plain text
    # would be as slow as the hostile one when dates are what goes quadratic.
    # Small inputs are timed in the noise here: start at 4,000 characters.
    plain = "Built 3 pipelines for Acme and "
    assert _growth(find_dates, _repeat(unit), plain, (4_000, 32_000)) < GROWTH


@pytest.mark.parametrize("unit", ["2020 – ", "1 ", "1-"], ids=["ranges", "digits", "dashed"])
def test_phone_candidates_are_found_linearly(unit: str) -> None:
    assert _growth(_phones, _repeat(unit)) < GROWTH


@pytest.mark.parametrize("unit", ["a.", "1-", "www."], ids=["dots", "dashed", "www"])
def test_addresses_are_left_out_of_the_language_guess_linearly(unit: str) -> None:
    assert _growth(lambda text: document_language([text]), _repeat(unit)) < GROWTH


@pytest.mark.parametrize("unit", ["a.", "1-", "www."], ids=["dots", "dashed", "www"])
def test_placeholder_patterns_are_linear(unit: str) -> None:
    assert _growth(_placeholder, _repeat(unit)) < GROWTH
