"""Size and time of `reslint check --format html` (issue 18), against `--format json` of the
same files measured in the same run.

    python benchmarks/html_report.py [--repeat 3] [FILE ...]

Without FILEs: the invented two-page resume of tests/html_fixtures.py (needs the dev extra's
reportlab) and every two-page PDF of tests/corpus/pdf. Each command runs in a fresh process
with --no-cache, best of --repeat runs, json and html alternating; then, in this process,
the CPU time of one lint and of what html adds to it. Targets: a two-page resume's report
under 1.5 MB, and under a second more than --format json on this machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
LIMIT_BYTES = 1_500_000


def _once(args: list[str]) -> tuple[float, int]:
    """Wall time of `reslint check ARGS` in a fresh process and the size of its output."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "reslint", "check", "--no-cache", "--jobs", "1", *args],
        capture_output=True,
        cwd=REPO,
    )
    elapsed = time.perf_counter() - start
    if out.returncode not in (0, 1):
        raise SystemExit(f"reslint failed on {args}: {out.stderr.decode()[-500:]}")
    return elapsed, len(out.stdout)


def _measure(path: Path, repeat: int) -> tuple[float, float, int]:
    """Best json time, best html time, html size. The two formats alternate, so both meet
    the same load from whatever else runs on the machine."""
    json_best = html_best = float("inf")
    size = 0
    for _ in range(repeat):
        json_best = min(json_best, _once([str(path), "--format", "json"])[0])
        elapsed, size = _once([str(path), "--format", "html"])
        html_best = min(html_best, elapsed)
    return json_best, html_best, size


def _cpu(path: Path) -> tuple[float, float]:
    """In-process CPU seconds of linting `path` and of what --format html adds (the file
    views and the page); CPU time is what other load on the machine disturbs least."""
    from reslint.config import load_config
    from reslint.file_views import build_views
    from reslint.formatters import FormatOptions
    from reslint.formatters.html import render
    from reslint.options import RunOptions
    from reslint.rulebook import load_rulebook
    from reslint.runner import run

    config = load_config(None)
    options = RunOptions(config=config, rulebook=load_rulebook(config.rule_packs))
    run([path], options)  # warm: imports and lexicon loaded, as in one CLI process
    start = time.process_time()
    report = run([path], options)
    middle = time.process_time()
    render(report, FormatOptions(views=build_views(report, options, redact=False)))
    return middle - start, time.process_time() - middle


def _two_page_pdfs() -> list[Path]:
    import pypdfium2 as pdfium

    found = []
    for path in sorted((REPO / "tests" / "corpus" / "pdf").glob("*.pdf")):
        document = pdfium.PdfDocument(path)
        if len(document) == 2:
            found.append(path)
        document.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = list(args.files)
        if not files:
            from tests.html_fixtures import write_two_page_pdf

            files = [write_two_page_pdf(Path(folder) / "invented-two-page.pdf")]
            files += _two_page_pdfs()
        print(
            f"{'file':40} {'html KB':>8} {'json s':>7} {'html s':>7} {'ratio':>6} {'+s':>6}"
            f" {'lint cpu':>8} {'+html cpu':>9}"
        )
        worst = 0
        for path in files:
            json_time, html_time, size = _measure(path, args.repeat)
            worst = max(worst, size)
            lint_cpu, html_cpu = _cpu(path)
            print(
                f"{path.name[:40]:40} {size / 1024:8.0f} {json_time:7.2f} {html_time:7.2f} "
                f"{html_time / json_time:6.2f} {html_time - json_time:6.2f}"
                f" {lint_cpu:8.2f} {html_cpu:9.2f}"
            )
    print(f"largest report {worst / 1024:.0f} KB (limit {LIMIT_BYTES / 1024:.0f} KB)")
    return 0 if worst < LIMIT_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
