"""Performance figures for reslint, as ratios against baselines measured in the same run.

    python benchmarks/performance.py            # everything
    python benchmarks/performance.py --only pdf,startup
    python benchmarks/performance.py --only pdf --baseline ../old   # vs another commit's checkout

Sections (targets from issue 8):
  pdf      `reslint check --jobs 1 --no-cache` over the corpus PDFs vs bare pypdfium2
           text-and-box extraction of the same files (target <= 2.5x); pdfplumber vs pdfium engine
  files    per-file and per-page medians of one in-process lint
  startup  `reslint --version` and `reslint rules` vs `python -c pass` (target < +0.15 s)
  batch    --jobs 2 vs --jobs 1 on ~200 files (target >= 1.7x on 2 cores); warm cache vs cold
           (target <= 10 %); peak memory of a --jobs 1 run over them (target < 150 MB)
  docx     DOCX files per second, and vs bare python-docx paragraph reading

Every command runs in a fresh process, so interpreter start-up is on both sides of a ratio.
Times are the best of --repeat runs (the least disturbed by other load on the machine).
reslint's bytecode is compiled first, as `pip install` does: with PYTHONDONTWRITEBYTECODE set
(as in some sandboxes) an editable checkout would otherwise recompile every module on every run,
a cost the libraries on the other side of each ratio (compiled at install) never pay.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
BATCH_SUFFIXES = (".pdf", ".docx", ".md", ".json", ".yaml")

BARE_PDFIUM = """
import sys
import pypdfium2 as pdfium
for path in sys.argv[1:]:
    pdf = pdfium.PdfDocument(path)
    for index in range(len(pdf)):
        page = pdf[index]
        text = page.get_textpage()
        content = text.get_text_range()
        boxes = [text.get_charbox(i) for i in range(text.count_chars())]
        text.close()
        page.close()
    pdf.close()
"""

# The machine's own two-process speed-up, as a control for --jobs: the bare extraction of
# every corpus PDF, twice in a row, or twice at once (sys.argv[1] says which).
TWO_BARE_PDFIUM = """
import subprocess, sys
bare = [sys.executable, "-c", sys.argv[2], *sys.argv[3:]]
if sys.argv[1] == "parallel":
    for process in [subprocess.Popen(bare), subprocess.Popen(bare)]:
        process.wait()
else:
    subprocess.run(bare)
    subprocess.run(bare)
"""

BARE_DOCX = """
import sys
import docx
for path in sys.argv[1:]:
    document = docx.Document(path)
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
"""


def python() -> str:
    return sys.executable


def reslint(*args: str) -> list[str]:
    return [python(), "-m", "reslint", *args]


def timed(command: Sequence[str], repeat: int, cwd: Path | None = None) -> float:
    """Best wall time of `repeat` runs; reslint's exit codes 0-2 all count as a completed run."""
    return min(run_once(command, cwd).wall for _ in range(repeat))


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float  # user + system time of the child


def run_once(command: Sequence[str], cwd: Path | None = None) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1, 2):
        sys.exit(
            f"command failed ({result.returncode}): {' '.join(command)}\n"
            f"{result.stderr.decode()[-2000:]}"
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu)


def interleaved(
    commands: dict[str, Sequence[str]], rounds: int, cwd: Path | None = None
) -> dict[str, list[Run]]:
    """Each command once per round, in turn. This machine's speed drifts by half from minute
    to minute (a shared VM), so a ratio is taken within each round, where both sides ran
    under the same conditions, and the median over rounds is reported."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            runs[name].append(run_once(command, cwd))
    return runs


def paired_ratio(top: list[Run], bottom: list[Run], measure: str = "wall") -> float:
    return statistics.median(
        getattr(a, measure) / getattr(b, measure) for a, b in zip(top, bottom, strict=True)
    )


def best(runs: list[Run]) -> float:
    return min(run.wall for run in runs)


# RUSAGE_CHILDREN's ru_maxrss is the largest of all children so far (the pdfplumber run of
# the PDF section, say), so the command runs under a fresh parent that reports its own.
_PEAK_OF_ONE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], capture_output=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def peak_memory_mb(command: Sequence[str], cwd: Path | None = None) -> float:
    """Peak resident memory of one run of `command` (Linux reports KiB)."""
    out = subprocess.run(
        [python(), "-c", _PEAK_OF_ONE, *command], cwd=cwd, capture_output=True, text=True
    )
    return int(out.stdout.split()[-1]) / 1024


def corpus(suffix: str) -> list[Path]:
    return sorted(CORPUS.rglob(f"*{suffix}"))


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def section_pdf(repeat: int, baseline: Path | None = None) -> None:
    pdfs = [str(p) for p in corpus(".pdf")]
    pages = sum(page_count(Path(p)) for p in pdfs)
    check_pdfs = reslint("check", "--jobs", "1", "--no-cache", "--format", "json", *pdfs)
    commands = {"bare": [python(), "-c", BARE_PDFIUM, *pdfs], "check": check_pdfs}
    if baseline is not None:
        # `python -m reslint` imports the package from the working folder first.
        compile_bytecode(baseline)
        commands["baseline"] = ["env", "-C", str(baseline), *check_pdfs]
    runs = interleaved(commands, max(repeat, 5))
    bare, check = best(runs["bare"]), best(runs["check"])
    plumber = timed(
        reslint(
            "check",
            "--jobs",
            "1",
            "--no-cache",
            "--format",
            "json",
            "--pdf-engine",
            "pdfplumber",
            *pdfs,
        ),
        max(1, repeat - 1),
    )
    ratio = paired_ratio(runs["check"], runs["bare"])
    cpu_ratio = paired_ratio(runs["check"], runs["bare"], "cpu")
    print(f"PDF: {len(pdfs)} files, {pages} pages; bare and check alternated {len(runs['bare'])}x")
    print(f"  bare pypdfium2 text+boxes      {bare:7.3f} s  ({bare / pages * 1000:5.1f} ms/page)")
    print(f"  reslint check (pdfium)         {check:7.3f} s  ({check / pages * 1000:5.1f} ms/page)")
    print(
        f"  reslint check (pdfplumber)     {plumber:7.3f} s  "
        f"({plumber / pages * 1000:5.1f} ms/page)"
    )
    print(
        f"  ratio check / bare             {ratio:7.2f}x  (median of paired wall times; "
        f"target <= 2.5x: {verdict(ratio <= 2.5)})"
    )
    print(
        f"  same, CPU time                 {cpu_ratio:7.2f}x  "
        f"(ratio of the best times {check / bare:.2f}x)"
    )
    print(f"  ratio pdfplumber / pdfium      {plumber / check:7.2f}x")
    if baseline is not None:
        print(
            f"  check here / check in {baseline}: "
            f"{paired_ratio(runs['check'], runs['baseline'], 'cpu'):.3f} of its CPU time "
            f"(baseline alone: {paired_ratio(runs['baseline'], runs['bare']):.2f}x bare)"
        )


def section_files() -> None:
    from reslint.config import Config
    from reslint.linting import lint_file
    from reslint.options import RunOptions
    from reslint.rulebook import load_rulebook

    options = RunOptions(config=Config(cache=False), rulebook=load_rulebook())
    per_file: list[float] = []
    per_page: list[float] = []
    for path in corpus(".pdf"):
        lint_file(path, options)  # warm imports and caches once
        start = time.perf_counter()
        lint_file(path, options)
        elapsed = time.perf_counter() - start
        per_file.append(elapsed)
        per_page.append(elapsed / page_count(path))
    print("Per file (in process, PDF corpus):")
    print(
        f"  median per file {statistics.median(per_file) * 1000:6.1f} ms, "
        f"max {max(per_file) * 1000:6.1f} ms"
    )
    print(f"  median per page {statistics.median(per_page) * 1000:6.1f} ms")


def section_startup(repeat: int) -> None:
    runs = max(repeat, 5)
    base = timed([python(), "-c", "pass"], runs)
    version = timed(reslint("--version"), runs)
    rules = timed(reslint("rules"), runs)
    print(f"Start-up (best of {runs}):")
    print(f"  python -c pass        {base:6.3f} s")
    print(
        f"  reslint --version     {version:6.3f} s  (+{version - base:5.3f} s: "
        f"{verdict(version - base < 0.15)})"
    )
    print(
        f"  reslint rules         {rules:6.3f} s  (+{rules - base:5.3f} s: "
        f"{verdict(rules - base < 0.15)})"
    )


def make_batch(folder: Path, size: int) -> list[Path]:
    """`size` files copied from the corpus, each made unique so no two share a cache entry."""
    sources = [p for p in sorted(CORPUS.rglob("*")) if p.suffix in BATCH_SUFFIXES]
    sources = [p for p in sources if "reactiveresume_ditto_template" not in p.name]
    made: list[Path] = []
    for index in range(size):
        source = sources[index % len(sources)]
        target = folder / f"{index:03d}-{source.name}"
        data = source.read_bytes()
        # Bytes after a PDF's %%EOF or a ZIP's end record are ignored by readers;
        # a trailing newline is harmless in text formats.
        trailer = f"\n% copy {index}\n".encode() if source.suffix == ".pdf" else b"\n" * (index + 1)
        if source.suffix == ".docx":
            trailer = b""
            target.write_bytes(data)
            _touch_docx(target, index)
        else:
            target.write_bytes(data + trailer)
        made.append(target)
    return made


def _touch_docx(path: Path, index: int) -> None:
    """Give a DOCX copy a unique custom part so its content hash differs."""
    import zipfile

    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(f"customXml/copy{index}.xml", f"<copy n='{index}'/>")


def section_batch(repeat: int, size: int) -> None:
    with tempfile.TemporaryDirectory(prefix="reslint-batch-") as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        files = make_batch(folder, size)
        (Path(tmp) / ".reslint.toml").write_text('cache-dir = "cache"\n')
        base = ["check", "--format", "json", "files"]
        pdfs = [str(p) for p in corpus(".pdf")]
        jobs = interleaved(
            {
                "one": reslint(*base, "--jobs", "1", "--no-cache"),
                "two": reslint(*base, "--jobs", "2", "--no-cache"),
                "serial": [python(), "-c", TWO_BARE_PDFIUM, "serial", BARE_PDFIUM, *pdfs],
                "parallel": [python(), "-c", TWO_BARE_PDFIUM, "parallel", BARE_PDFIUM, *pdfs],
            },
            repeat,
            cwd=Path(tmp),
        )
        one, two = best(jobs["one"]), best(jobs["two"])
        cold_times, warm_times = [], []
        for _ in range(repeat):
            shutil.rmtree(Path(tmp) / "cache", ignore_errors=True)
            cold_times.append(timed(reslint(*base, "--jobs", "1"), 1, cwd=Path(tmp)))
            warm_times.append(timed(reslint(*base, "--jobs", "1"), 1, cwd=Path(tmp)))
        cold, warm = min(cold_times), min(warm_times)
        memory = peak_memory_mb(reslint(*base, "--jobs", "1", "--no-cache"), cwd=Path(tmp))
        speedup = paired_ratio(jobs["one"], jobs["two"])
        machine = paired_ratio(jobs["serial"], jobs["parallel"])
        extra_cpu = paired_ratio(jobs["two"], jobs["one"], "cpu")
        print(f"Batch: {len(files)} files ({', '.join(BATCH_SUFFIXES)}), {os.cpu_count()} cores")
        print(
            f"  --jobs 1 {one:7.2f} s   --jobs 2 {two:7.2f} s   speed-up {speedup:4.2f}x "
            f"(median of paired runs; target >= 1.7x: {verdict(speedup >= 1.7)})"
        )
        print(
            f"  control: two bare pypdfium2 runs at once vs one after the other {machine:4.2f}x "
            f"(what the machine gave two processes in the same rounds); --jobs 2 used "
            f"{extra_cpu:4.2f}x the CPU time of --jobs 1"
        )
        print(
            f"  cold cache {cold:7.2f} s   warm cache {warm:7.2f} s   warm/cold "
            f"{warm / cold * 100:5.1f} % (target <= 10 %: {verdict(warm / cold <= 0.10)})"
        )
        print(
            f"  peak memory, --jobs 1 over {len(files)} files: {memory:6.1f} MB "
            f"(target < 150 MB: {verdict(memory < 150)})"
        )


def section_docx(repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="reslint-docx-") as tmp:
        sources = corpus(".docx")
        files = []
        for index in range(80):
            target = Path(tmp) / f"{index:03d}-{sources[index % len(sources)].name}"
            shutil.copy(sources[index % len(sources)], target)
            files.append(str(target))
        bare = timed([python(), "-c", BARE_DOCX, *files], repeat)
        check = timed(
            reslint("check", "--jobs", "1", "--no-cache", "--format", "json", *files), repeat
        )
        print(f"DOCX: {len(files)} files")
        print(f"  reslint check --jobs 1  {len(files) / check:6.1f} files/s  ({check:.2f} s)")
        print(
            f"  bare python-docx read   {len(files) / bare:6.1f} files/s  ({bare:.2f} s); "
            f"ratio {check / bare:4.2f}x"
        )


def compile_bytecode(tree: Path = REPO) -> None:
    subprocess.run(
        [python(), "-m", "compileall", "-q", str(tree / "reslint")], check=True, capture_output=True
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="pdf,files,startup,batch,docx")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument(
        "--baseline",
        type=Path,
        help="a checkout of another commit (git worktree add): the pdf section also times "
        "its reslint, alternating with this one",
    )
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    compile_bytecode()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"reslint performance on {os.cpu_count()} cores (load average {load}), "
        f"Python {sys.version.split()[0]}"
    )
    if "pdf" in chosen:
        section_pdf(args.repeat, args.baseline.resolve() if args.baseline else None)
    if "files" in chosen:
        section_files()
    if "startup" in chosen:
        section_startup(args.repeat)
    if "batch" in chosen:
        section_batch(args.repeat, args.batch_size)
    if "docx" in chosen:
        section_docx(args.repeat)


if __name__ == "__main__":
    main()
