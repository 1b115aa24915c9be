"""Record what `reslint parse` and `reslint check` print, to prove a refactoring changed nothing.

    python benchmarks/output_snapshot.py OUT_DIR [FOLDER ...]
    python benchmarks/output_snapshot.py --compare BEFORE_DIR AFTER_DIR

The first form runs the installed `reslint` (the one beside this Python) on
every file reslint reads under each FOLDER (default: ../shared/corpus and
../shared/realworld): `reslint parse --format json FILE` per file and
`reslint check --format json --no-cache FOLDER` per folder, and writes each
output, byte for byte, under OUT_DIR. The second form lists every output that
differs between two such snapshots and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (REPO.parent / "shared" / "corpus", REPO.parent / "shared" / "realworld")
SUFFIXES = {".pdf", ".docx", ".md", ".txt", ".json", ".yaml", ".yml", ".zip", ".tex", ".typ"}
RESLINT = Path(sys.executable).with_name("reslint")


def _key(path: Path) -> str:
    return hashlib.sha1(str(path).encode()).hexdigest()[:12] + "-" + path.name


def _run(args: list[str]) -> bytes:
    done = subprocess.run(args, capture_output=True, check=False)
    return (
        done.stdout
        + b"\n--- stderr ---\n"
        + done.stderr
        + f"\n--- exit {done.returncode}\n".encode()
    )


def snapshot(out: Path, folders: list[Path]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    jobs: dict[str, list[str]] = {}
    for folder in folders:
        jobs[f"check-{_key(folder)}"] = [
            str(RESLINT),
            "check",
            "--format",
            "json",
            "--no-cache",
            str(folder),
        ]
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUFFIXES and "/src/" not in str(path):
                jobs[f"parse-{_key(path)}"] = [str(RESLINT), "parse", "--format", "json", str(path)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = dict(zip(jobs, pool.map(_run, jobs.values()), strict=True))
    for name, data in outputs.items():
        (out / name).write_bytes(data)
    print(f"{len(outputs)} outputs written to {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differ = [
        name
        for name in names
        if not (before / name).exists()
        or not (after / name).exists()
        or (before / name).read_bytes() != (after / name).read_bytes()
    ]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} outputs byte-identical")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args(argv)
    if args.compare:
        if len(args.paths) != 2:
            parser.error("--compare takes BEFORE_DIR AFTER_DIR")
        return compare(*args.paths)
    if not args.paths:
        parser.error("give OUT_DIR")
    folders = [path.resolve() for path in args.paths[1:]] or list(DEFAULT_FOLDERS)
    return snapshot(args.paths[0], folders)


if __name__ == "__main__":
    raise SystemExit(main())
