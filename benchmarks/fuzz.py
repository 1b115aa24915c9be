"""Mutation fuzzing of reslint's readers, for a bounded time. Not run in CI.

    python benchmarks/fuzz.py --reader pdf --seconds 60
    python benchmarks/fuzz.py --reader all --seconds 600      # time split across readers

Seeds are the corpus files of each format (LinkedIn exports are built from the test
fixtures). Each input is a seed mutated at the byte level (bit flips, interesting
values, deleted, repeated or spliced chunks, truncation) or, for ZIP-based formats,
inside the archive (a member's XML or CSV mutated and the archive re-packed, so the
parsers behind the ZIP layer are reached, not only zipfile's CRC check).

An input runs the whole per-file pipeline: reader, structure, every rule. The
expected outcomes are a Document or a ReadError. Anything else is a finding:
  crash  any other exception
  hang   the run took longer than --timeout (reslint.limits time limit)
  died   the worker process died (a segfault in a C library) or stopped answering
Each finding is saved with a reproducer file and its traceback in a temporary folder
(printed at the end); the exit code is 1 if there was any.

Inputs run in a separate worker process, restarted after it dies, so a crash in
PDFium cannot end the fuzzing session.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import random
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
EXPORT_NAME = "Basic_LinkedInDataExport_01-02-2025.zip"

# Reader name (as in reslint.readers.READERS) and the file suffix its inputs get.
TARGETS: dict[str, tuple[str, str]] = {
    "pdf": ("pdf", ".pdf"),
    "docx": ("docx", ".docx"),
    "linkedin": ("linkedin-export", ".zip"),
    "text": ("markdown", ".md"),
    "json": ("jsonresume", ".json"),
    "yaml": ("rendercv", ".yaml"),
}
Mutation = Callable[[bytes, random.Random, list[bytes]], bytes]
INTERESTING = (b"\x00", b"\xff", b"\x7f", b"\x80", b"0", b"-1", b"99999999999", b"(", b"<", b"&")


def seeds(target: str) -> list[bytes]:
    if target == "pdf":
        return [path.read_bytes() for path in sorted((CORPUS / "pdf").glob("*.pdf"))]
    if target == "docx":
        return [path.read_bytes() for path in sorted((CORPUS / "docx").glob("*.docx"))]
    if target == "linkedin":
        sys.path.insert(0, str(REPO))
        from tests.linkedin_fixtures import ADA, GRACE, export_csvs

        return [_zip({k: v.encode() for k, v in export_csvs(p).items()}) for p in (ADA, GRACE)]
    suffix = TARGETS[target][1]
    found = sorted((CORPUS / "structured").glob(f"*{suffix}"))
    if target == "text":
        found += sorted((REPO / "examples").rglob("*.md"))[:5]
    return [path.read_bytes() for path in found]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# ---------------------------------------------------------------- mutations


def mutate_bytes(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    out = bytearray(data or b"\x00")
    for _ in range(rng.choice((1, 1, 2, 4, 16))):
        operation = rng.randrange(7)
        at = rng.randrange(len(out)) if out else 0
        if operation == 0:
            out[at] ^= 1 << rng.randrange(8)
        elif operation == 1:
            value = rng.choice(INTERESTING)
            out[at : at + len(value)] = value
        elif operation == 2:
            del out[at : at + rng.randrange(1, 256)]
        elif operation == 3:
            chunk = out[at : at + rng.randrange(1, 256)]
            out[at:at] = chunk * rng.randrange(1, 64)
        elif operation == 4:
            other = rng.choice(pool)
            start = rng.randrange(len(other))
            out[at:at] = other[start : start + rng.randrange(1, 2048)]
        elif operation == 5:
            del out[max(1, at) :]
        else:
            out[at] = rng.randrange(256)
        if not out:
            out = bytearray(b"\x00")
    return bytes(out)


def mutate_archive(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """Mutate one member of a ZIP (or drop, duplicate or rename one) and re-pack it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
    except Exception:
        return mutate_bytes(data, rng, pool)
    if not members:
        return mutate_bytes(data, rng, pool)
    texts = [n for n in members if n.endswith((".xml", ".rels", ".csv"))] or list(members)
    name = rng.choice(texts)
    choice = rng.randrange(10)
    if choice == 0:
        del members[name]
    elif choice == 1:
        members[rng.choice(("../../x/", "/abs/", "a/b/c/")) + name.rsplit("/", 1)[-1]] = members[
            name
        ]
    else:
        members[name] = mutate_bytes(members[name], rng, list(members.values()))
    return _zip(members)


# ---------------------------------------------------------------- the worker


def _worker(connection: Connection, reader_name: str, engine: str, timeout: float) -> None:
    from reslint.engine import activate, lint
    from reslint.kinds import Context
    from reslint.limits import TimedOut, time_limit
    from reslint.readers import READERS, ReadError, ReadOptions, read
    from reslint.rulebook import load_rulebook
    from reslint.structure import build_document

    reader = next(r for r in READERS if r.name == reader_name)
    rules = [activate(rule) for rule in load_rulebook().rules.values()]
    options = ReadOptions(pdf_engine=engine)
    while True:
        path = Path(connection.recv())
        try:
            with time_limit(timeout):
                output = read(path, options, reader=reader)
                doc = build_document(path, output, "US")
                lint(doc, rules, Context())
            connection.send(("ok", ""))
        except ReadError as error:
            connection.send(("read-error", str(error)))
        except TimedOut:
            connection.send(("hang", traceback.format_exc()))
        except BaseException as error:
            connection.send(("crash", f"{type(error).__name__}: {traceback.format_exc()}"))


@dataclass
class Session:
    target: str
    seconds: float
    timeout: float
    engine: str
    out: Path
    seed: int
    counts: Counter[str] = field(default_factory=Counter)
    findings: dict[str, Path] = field(default_factory=dict)  # signature -> reproducer

    def run(self) -> None:
        reader_name, suffix = TARGETS[self.target]
        pool = seeds(self.target)
        rng = random.Random(self.seed)
        context = multiprocessing.get_context("spawn")
        work = Path(tempfile.mkdtemp(prefix=f"reslint-fuzz-{self.target}-work-"))
        input_path = work / f"input{suffix}"
        parent, process = self._start(context, reader_name)
        deadline = time.monotonic() + self.seconds
        while time.monotonic() < deadline:
            archive = suffix in (".docx", ".zip") and rng.random() < 0.6
            mutate: Mutation = mutate_archive if archive else mutate_bytes
            data = mutate(rng.choice(pool), rng, pool)
            input_path.write_bytes(data)
            parent.send(str(input_path))
            if parent.poll(self.timeout + 10):
                try:
                    outcome, detail = parent.recv()
                except EOFError:
                    outcome, detail = "died", "worker process died"
            else:
                outcome, detail = "died", f"no answer within {self.timeout + 10:g} s"
            self.counts[outcome] += 1
            if outcome in ("crash", "hang", "died"):
                self._save(outcome, detail, data, suffix)
                if outcome == "died":
                    process.kill()
                    parent, process = self._start(context, reader_name)
        process.kill()

    def _start(self, context, reader_name: str):
        parent, child = context.Pipe()
        process = context.Process(
            target=_worker, args=(child, reader_name, self.engine, self.timeout), daemon=True
        )
        process.start()
        return parent, process

    def _save(self, outcome: str, detail: str, data: bytes, suffix: str) -> None:
        # One reproducer per distinct failure: the exception and the innermost reslint frame.
        lines = [line for line in detail.splitlines() if "reslint" in line and "File" in line]
        last = detail.strip().splitlines()[-1] if detail.strip() else outcome
        signature = f"{outcome}|{lines[-1].strip() if lines else ''}|{last.split(':')[0]}"
        if signature in self.findings:
            return
        number = len(self.findings) + 1
        path = self.out / f"{self.target}-{outcome}-{number}{suffix}"
        path.write_bytes(data)
        path.with_suffix(path.suffix + ".txt").write_text(detail, encoding="utf-8")
        self.findings[signature] = path
        print(f"  {outcome}: {last[:150]}\n    reproducer: {path}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reader", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--seconds", type=float, default=60, help="total fuzzing time")
    parser.add_argument("--timeout", type=float, default=10, help="per input; longer is a hang")
    parser.add_argument("--engine", choices=("pdfium", "pdfplumber"), default="pdfium")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: time)")
    args = parser.parse_args()
    targets = list(TARGETS) if args.reader == "all" else [args.reader]
    out = Path(tempfile.mkdtemp(prefix="reslint-fuzz-"))
    seed = args.seed if args.seed is not None else int(time.time())
    print(f"seed {seed}; reproducers go to {out}")
    failed = False
    for target in targets:
        session = Session(target, args.seconds / len(targets), args.timeout, args.engine, out, seed)
        print(f"{target}: fuzzing for {session.seconds:g} s", flush=True)
        started = time.monotonic()
        session.run()
        elapsed = time.monotonic() - started
        total = sum(session.counts.values())
        summary = ", ".join(f"{key} {value}" for key, value in sorted(session.counts.items()))
        print(
            f"{target}: {total} inputs in {elapsed:.0f} s ({total / elapsed:.1f}/s): {summary}; "
            f"{len(session.findings)} distinct finding(s)"
        )
        failed = failed or bool(session.findings)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
