"""Peak memory and time of `reslint check` on hostile files built by tests/hostile_files.py.

Each file runs in a process of its own, so the peak resident memory is that file's:

    .venv/bin/python benchmarks/hostile_limits.py [--only NAME] [--python PATH]

`--python` runs reslint with another interpreter (another checkout's venv: the figures
before a change).

Prints one row per file: seconds, peak MB, exit code, and the first stderr line. Issue 19
asks for every one under 1 GB and 15 s with at most one line of error. Each process may
map at most 4 GB (RLIMIT_AS), so a file that would take more fails there instead of
bringing the shared machine's OOM killer.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import hostile_files  # noqa: E402

CASES = {
    "wide-page-2e8.pdf": lambda: _wide(2e8),
    "wide-page-2e31.pdf": lambda: _wide(2.0**31),
    "kids-bomb-packed.pdf": lambda: hostile_files.kids_bomb(40, 5),
    "kids-bomb-plain.pdf": lambda: hostile_files.kids_bomb(40, 5, packed=False),
    "deflate-bomb.pdf": lambda: hostile_files.deflate_bomb(400_000_000),
}


ADDRESS_SPACE = 4 * 1024**3


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _wide(width: float) -> bytes:
    """Thirty rows of text at the left edge, the middle and the right edge of a wide page."""
    runs = []
    for row in range(30):
        y = 750 - 20 * row
        runs += [(10, y, f"Line {row}"), (width / 2, y, f"mid {row}"), (width - 200, y, "end")]
    return hostile_files.text_page(width, 792, runs)


def run_one(python: str, path: Path) -> tuple[float, float, int, str]:
    code = (
        "import resource, sys\n"
        "from reslint.cli import main\n"
        "try:\n"
        "    main(['check', '--no-cache', '--jobs', '1', sys.argv[1]])\n"
        "except SystemExit as e:\n"
        "    code = e.code\n"
        "peak = max(resource.getrusage(who).ru_maxrss\n"
        "           for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
        "print(f'PEAK {peak}', file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [python, "-c", code, str(path)],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=600,
        check=False,
        preexec_fn=_cap_memory,
        cwd=path.parent,  # not the checkout: `-c` would import reslint from the working directory
    )
    seconds = time.monotonic() - started
    lines = done.stderr.splitlines()
    peak = next((int(line.split()[1]) for line in lines if line.startswith("PEAK ")), 0)
    errors = [line for line in lines if not line.startswith("PEAK ")]
    if not peak:  # killed before it could say: the children's peak is the best figure
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    first = errors[0] if errors else ""
    return (
        seconds,
        peak / 1024,
        done.returncode,
        f"{first} (+{len(errors) - 1} lines)" if len(errors) > 1 else first,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the case whose name contains this")
    parser.add_argument("--python", default=sys.executable, help="interpreter to run reslint")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'file':<24}{'s':>8}{'peak MB':>10}{'exit':>6}  stderr")
        for name, build in CASES.items():
            if args.only and args.only not in name:
                continue
            path = Path(folder) / name
            path.write_bytes(build())
            seconds, megabytes, code, error = run_one(args.python, path)
            print(f"{name:<24}{seconds:>8.1f}{megabytes:>10.0f}{code:>6}  {error[:90]}")


if __name__ == "__main__":
    main()
