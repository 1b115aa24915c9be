"""Worst cases for the regular expressions that read untrusted text, as ratios.

    python benchmarks/regex_worst_case.py [--size 10000] [--repeat 3]

Each case is a Markdown resume whose one long line is built to make a pattern
backtrack (10,000 `[a](`, a line of backticks, `*a ` repeated...). It runs the whole
per-file pipeline in this process: the text reader, structure and every rule. The
figure is its time over the time of a plain resume of the same size in the same run
(best of --repeat), so a pattern that goes quadratic or cubic shows as a ratio in the
hundreds; a linear one stays near 1. Cases that exceed --limit seconds are reported
as such rather than waited for.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

HEADER = "# Jane Doe\njane@example.org\n\n## Experience\nAcme GmbH, Engineer, 2020 – 2022\n"

CASES: dict[str, Callable[[int], str]] = {
    "plain words": lambda n: "lorem ipsum " * (n // 12),
    "link openers [a](": lambda n: "[a](" * (n // 4),
    "open brackets": lambda n: "[" * n,
    "backticks": lambda n: "`" * n,
    "backtick runs": lambda n: "`a " * (n // 3),
    "emphasis *a": lambda n: "*a " * (n // 3),
    "strong **a": lambda n: "**a " * (n // 4),
    "underscores _a": lambda n: "_a " * (n // 3),
    "intraword a_a": lambda n: "_" + "a_" * (n // 2),
    "escapes": lambda n: "\\" * n,
    "emails a.a.": lambda n: "a." * (n // 2),
    "at signs": lambda n: "a@" * (n // 2),
    "urls www.": lambda n: "www." * (n // 4),
    "digits": lambda n: "1 " * (n // 2),
    "dashed digits": lambda n: "1-" * (n // 2),
    "date words": lambda n: "Jan " * (n // 4),
    "date ranges": lambda n: "2020 – " * (n // 7),
    "pipes": lambda n: "a | " * (n // 4),
    "commas": lambda n: "a, " * (n // 3),
    "spaces": lambda n: "a" + " " * n + "b",
}


def _lint(path: Path) -> None:
    from reslint.config import Config
    from reslint.options import RunOptions
    from reslint.rulebook import load_rulebook
    from reslint.runner import run

    run([path], RunOptions(config=Config(cache=False), rulebook=load_rulebook()))


def _time(path: Path, repeat: int) -> float:
    warm_up = path.with_name("warm-up.md")
    warm_up.write_text(HEADER, encoding="utf-8")
    _lint(warm_up)  # imports and rule loading are not the pattern's cost
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        _lint(path)
        best = min(best, time.perf_counter() - started)
    return best


def _timed(path: Path, repeat: int, limit: float) -> float | None:
    """The best time, or None when one run took longer than `limit` seconds."""
    with multiprocessing.Pool(1) as pool:
        result = pool.apply_async(_time, (path, repeat))
        try:
            return result.get(timeout=limit * repeat)
        except multiprocessing.TimeoutError:
            return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="Characters in the long line.")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=float, default=30.0, help="Seconds before a case is cut.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        times: dict[str, float | None] = {}
        for name, make in CASES.items():
            path = Path(folder) / f"{len(times)}.md"
            path.write_text(HEADER + make(args.size) + "\n", encoding="utf-8")
            times[name] = _timed(path, args.repeat, args.limit)
        baseline = times["plain words"] or float("nan")
        print(f"{args.size} characters in one line; time over a plain line of the same size")
        for name, seconds in times.items():
            if seconds is None:
                print(f"{name:<20} over {args.limit:.0f} s")
            else:
                print(f"{name:<20} {seconds * 1000:8.1f} ms  {seconds / baseline:7.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
