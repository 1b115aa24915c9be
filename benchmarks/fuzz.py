"""Mutation fuzzing of reslint, one process per input, for a bounded time. Not run in CI.

    python benchmarks/fuzz.py --seconds 60                   # every target, round robin
    python benchmarks/fuzz.py --target pdf-structure --seconds 600

Each input is a file made from a seed and run by a fresh Python process that does what
`reslint check FILE` does (discovery, reading, structure, rules, caps, within the file's
time limit) and then renders the report in every output format. The parent waits for it
with `os.wait4`, so each input's peak memory (ru_maxrss) and wall time are measured on
their own, and a crash, a hang or an out-of-memory kill in C code ends only that process.

Targets and their inputs:
  pdf, docx, linkedin, text, json, yaml   a corpus seed mutated at the byte level (bit
        flips, interesting values, deleted, repeated or spliced chunks, truncation), inside
        the archive for ZIP formats (a member's XML or CSV mutated and re-packed), with
        terminal control sequences injected into its text, or, for JSON, value by value
        (so that it is still a JSON Resume)
  pdf-structure   a PDF built object by object (tests/hostile_files.py): page geometry
        (MediaBox huge, negative, inverted, NaN, UserUnit), page trees (Kids bombs, cycles,
        lying /Count), object streams (packed objects, lying /N and /First), deflate bombs,
        many pages, and text, metadata and links holding control characters; then, for a
        third of them, mutated at the byte level as well
Some inputs get a hostile file name (newline, ESC, BEL, C1, bidi override).

Failure classes (each saved once per signature, with a reproducer, in a temporary folder):
  crash     the process raised (a traceback), or a file's error is a reader bug
            ("cannot read file (TypeError: ...)")
  died      killed by a signal: a segfault in a C library, or past --kill-after seconds
  memory    peak memory over --max-mb
  slow      wall time over --max-seconds (issue 19's bound; the file's own limit is 60 s)
  output    JSON or SARIF that does not parse, JUnit that is not well-formed XML, an HTML
            report that is empty
  terminal  a raw control character (C0 but tab and newline, DEL, C1, bidi override or
            isolate, line separator) in any output or on stderr, reslint's own colour
            codes aside
  stderr    more than one stderr line for the one file
Timed-out files (the file limit working) and read errors are counted, not failures.
Every input's figures go to inputs.jsonl in the output folder; the exit code is 1 if any
failure was found.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
EXPORT_NAME = "Basic_LinkedInDataExport_01-02-2025.zip"

# Target name and the file name its inputs get (the suffix decides the reader).
TARGETS: dict[str, str] = {
    "pdf": "resume.pdf",
    "pdf-structure": "resume.pdf",
    "docx": "resume.docx",
    "linkedin": EXPORT_NAME,
    "text": "resume.md",
    "json": "resume.json",
    "yaml": "resume.yaml",
}
FORMATS = ("text", "json", "sarif", "github", "junit", "html")
Mutation = Callable[[bytes, random.Random, list[bytes]], bytes]
INTERESTING = (b"\x00", b"\xff", b"\x7f", b"\x80", b"0", b"-1", b"99999999999", b"(", b"<", b"&")
# What a hostile file puts where text is read: OSC 52 (clipboard), OSC 0 (title), CSI 2J,
# 8-bit CSI, a right-to-left override, a line separator, BEL, CR (overwrites a line).
CONTROLS = (
    "\x1b]52;c;cm0gLXJmIH4=\x07",
    "\x1b]0;owned\x07",
    "\x1b[2J\x1b[H",
    "\x9b2J",
    "\x9d0;owned\x9c",
    "\u202eevil\u202c",
    "\u2066x\u2069",
    "\u2028",
    "\x07",
    "\rforged: error",
    "\x00",
)
HOSTILE_NAMES = ("a\nb.x: error: forged", "\x1b]0;t\x07", "bel\x07", "c1\u0085", "rlo\u202efdp")
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
SGR = re.compile("\x1b\\[[0-9;]*m")  # reslint's own colours in the text output


def seeds(target: str) -> list[bytes]:
    if target == "pdf":
        return [path.read_bytes() for path in sorted((CORPUS / "pdf").glob("*.pdf"))]
    if target == "docx":
        return [path.read_bytes() for path in sorted((CORPUS / "docx").glob("*.docx"))]
    if target == "linkedin":
        sys.path.insert(0, str(REPO))
        from tests.linkedin_fixtures import ADA, GRACE, export_csvs

        return [_zip({k: v.encode() for k, v in export_csvs(p).items()}) for p in (ADA, GRACE)]
    if target == "pdf-structure":
        return []
    suffix = Path(TARGETS[target]).suffix
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


# ---------------------------------------------------------------- byte and archive mutations


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


def inject_controls(data: bytes, rng: random.Random, pool: list[bytes], xml: bool = False) -> bytes:
    """Control sequences put into the text: after a space, a quote, a comma or a tag end,
    where a name, a title or a value is likely to be, so they reach what is read.

    `xml`: into element text only, and only what XML 1.0 allows (C1 and bidi, not C0), so
    the part still parses and the characters reach the reader rather than the XML parser.
    """
    del pool
    out = bytearray(data)
    where = rb">" if xml else rb"[ \",:>\n]"
    # Not after the last `>`: text after the root element is not XML.
    places = [m.end() for m in re.finditer(where, data.rstrip()[:-1])] or [len(data)]
    controls = [c for c in CONTROLS if not xml or not re.search("[\x00-\x1f]", c)]
    # From the end backwards, so each insertion leaves the other places where they were.
    for at in sorted((rng.choice(places) for _ in range(rng.choice((1, 2, 5)))), reverse=True):
        out[at:at] = rng.choice(controls).encode("utf-8", "surrogatepass")
    return bytes(out)


def mutate_json(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """A JSON Resume changed value by value, so it still parses and is still a resume
    (byte mutations mostly make it no JSON, skipped as someone else's file): strings get
    control sequences (as JSON escapes, which is how they arrive), long or
    backtracking-prone text, numbers, nesting or the wrong type."""
    try:
        tree = json.loads(data)
    except ValueError:
        return inject_controls(data, rng, pool)
    leaves: list[tuple[object, object]] = []  # (container, key) of every value

    def walk(node: object) -> None:
        items = (
            node.items()
            if isinstance(node, dict)
            else enumerate(node)
            if isinstance(node, list)
            else ()
        )
        for key, value in items:
            if node is not tree:  # `basics`, `work`, … keep their type: still a resume
                leaves.append((node, key))
            walk(value)

    walk(tree)
    for _ in range(rng.choice((1, 3, 10))):
        if not leaves:
            break
        container, key = rng.choice(leaves)
        value = container[key]  # type: ignore[index]
        text = value if isinstance(value, str) else "Ada Lovelace"
        choice = rng.randrange(6)
        if choice == 0:
            new: object = text + rng.choice(CONTROLS) + text
        elif choice == 1:
            new = rng.choice(("[a](", "`", "*a ", "a@", "(", "-", "1 ")) * rng.randrange(100, 5000)
        elif choice == 2:
            new = rng.choice((0, -1, 1e308, 2**64, None, True, [], {}))
        elif choice == 3:
            new = [text] * rng.randrange(1, 3000)
        elif choice == 4:
            new = text
            for _ in range(rng.randrange(10, 400)):
                new = [new]
        else:
            new = {"name": text, "highlights": [text + rng.choice(CONTROLS)] * 3}
        container[key] = new  # type: ignore[index]
    return json.dumps(tree).encode()


def inject_in_archive(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
    except Exception:
        return inject_controls(data, rng, pool)
    texts = [n for n in members if n.endswith((".xml", ".csv"))]
    if not texts:
        return inject_controls(data, rng, pool)
    name = rng.choice(texts)
    members[name] = inject_controls(members[name], rng, pool, xml=name.endswith(".xml"))
    return _zip(members)


# ---------------------------------------------------------------- structural PDF mutations


def _helpers():
    sys.path.insert(0, str(REPO))
    from tests import hostile_files

    return hostile_files


NUMBERS = (
    "612",
    "792",
    "0",
    "-0",
    "1e-9",
    "-50000000",
    "200000000",
    "2147483648",
    "1e38",
    "3.4e39",
    "99999999999999999999",
    "nan",
    "-inf",
    "14400",
    "-792",
    "0.0001",
    "4294967296",
)


def _pdf_string(text: str) -> str:
    """`text` as a PDF hex string in UTF-16BE (so C1 and bidi characters survive)."""
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


def _hostile_text(rng: random.Random) -> str:
    words = ["Ada Lovelace", "Engineer", "2019 - 2021", "ada@example.com", "+1 555 0100"]
    return rng.choice(words) + rng.choice(CONTROLS) + rng.choice(words)


def _geometry_pdf(rng: random.Random) -> bytes:
    box = " ".join(
        rng.choice(NUMBERS) if rng.random() < 0.5 else d for d in ("0", "0", "612", "792")
    )
    extras = ""
    if rng.random() < 0.3:
        extras += f" /CropBox [{' '.join(rng.choice(NUMBERS) for _ in range(4))}]"
    if rng.random() < 0.2:
        extras += f" /Rotate {rng.choice(('90', '270', '45', '-90', '99999999'))}"
    if rng.random() < 0.2:
        extras += f" /UserUnit {rng.choice(NUMBERS)}"
    runs = []
    for _ in range(rng.randrange(1, 40)):
        x = rng.choice((rng.uniform(0, 600), float(rng.choice(NUMBERS[:14]).replace("nan", "0"))))
        y = rng.uniform(0, 800)
        text = "Ada Lovelace Engineer 2019" if rng.random() < 0.7 else "x" * rng.randrange(1, 3000)
        size = rng.choice(("11", "0", "1e9", "-3"))
        runs.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ({text}) Tj ET\n")
    content = "".join(runs).encode()
    hf = _helpers()
    return hf.pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [{box}]{extras} "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".encode(),
            hf.FONT,
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        ],
        packed=frozenset({2, 3}) if rng.random() < 0.3 else frozenset(),
    )


def _tree_pdf(rng: random.Random) -> bytes:
    """A page tree gone wrong: a cycle, a lying /Count, a Kids entry that is no page."""
    kids = rng.choice(
        ("3 0 R", "2 0 R", "1 0 R", "3 0 R 3 0 R 2 0 R", "99 0 R", "null", "3 0 R " * 500)
    )
    count = rng.choice(("1", "-1", "0", "2147483647", "99999999999", "1.5", "/Name"))
    parent = rng.choice(("2 0 R", "3 0 R", "null"))
    page_type = rng.choice(("/Page", "/Pages", "/Page"))
    inner = rng.choice(("", " /Kids [2 0 R]", " /Kids [3 0 R]"))
    hf = _helpers()
    content = b"BT /F1 11 Tf 72 700 Td (Ada Lovelace) Tj ET"
    return hf.pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
            f"<< /Type {page_type} /Parent {parent}{inner} /MediaBox [0 0 612 792] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".encode(),
            hf.FONT,
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        ],
        packed=frozenset(rng.sample((2, 3, 4, 5), rng.randrange(0, 4))),
    )


def _deflate_bomb(rng: random.Random) -> bytes:
    """A content stream that unpacks to up to 400 MB, compressed chunk by chunk so the
    fuzzer itself never holds it."""
    unpacked = rng.choice((1, 10, 50, 150, 400)) << 20
    packer = zlib.compressobj(9)
    chunk = (b"BT /F1 11 Tf 72 700 Td (A) Tj ET\n" * 32768)[: 1 << 20]
    data = b"".join(packer.compress(chunk) for _ in range(unpacked >> 20)) + packer.flush()
    hf = _helpers()
    return hf.pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            hf.FONT,
            f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode()
            + data
            + b"\nendstream",
        ],
        packed=frozenset({2, 3}) if rng.random() < 0.5 else frozenset(),
    )


def _many_pages(rng: random.Random) -> bytes:
    pages = rng.choice((51, 500, 5000))
    hf = _helpers()
    first = 4
    kids = " ".join(f"{first + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        hf.FONT,
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R"
    objects += [page + b" >> >> >>"] * pages
    # An object stream's index is one byte in hostile_files' xref, so at most 255 packed.
    packed = frozenset(range(first, first + min(pages, 250))) if rng.random() < 0.5 else frozenset()
    return hf.pdf(objects, packed=packed)


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def _hostile_text_pdf(rng: random.Random) -> bytes:
    """Text, metadata and a link target holding control characters."""
    hf = _helpers()
    runs = "".join(
        f"BT /F1 11 Tf 72 {700 - 14 * i} Td ({_latin1(_hostile_text(rng))}) Tj ET\n"
        for i in range(rng.randrange(1, 12))
    ).encode("latin-1", "replace")
    uri = _pdf_string("https://example.com/" + rng.choice(CONTROLS))
    info = (
        f"<< /Title {_pdf_string(_hostile_text(rng))} /Author {_pdf_string(_hostile_text(rng))} "
        f"/Producer {_pdf_string(rng.choice(CONTROLS))} >>"
    ).encode()
    return hf.pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [6 0 R] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            hf.FONT,
            f"<< /Length {len(runs)} >>\nstream\n".encode() + runs + b"\nendstream",
            f"<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] "
            f"/A << /S /URI /URI {uri} >> >>".encode(),
        ],
        info=info,
        packed=frozenset({2, 3, 6}) if rng.random() < 0.3 else frozenset(),
    )


def _object_stream_lies(rng: random.Random) -> bytes:
    """An object stream whose /N or /First, or whose offsets, say something else."""
    data = _helpers().kids_bomb(rng.randrange(1, 4), rng.randrange(1, 4))
    value = rng.choice((b"0", b"-1", b"999999", b"2147483647", b"7"))
    key = rng.choice((rb"/N \d+", rb"/First \d+", rb"/Size \d+", rb"/W \[1 4 1\]"))
    replacement = key.split(b" ")[0].replace(b"\\", b"") + b" " + value
    if b"/W" in key:
        replacement = rng.choice((b"/W [1 8 1]", b"/W [0 0 0]", b"/W [9 9 9]", b"/W [1 4]"))
    return re.sub(key, replacement, data, count=1)


def structural_pdf(rng: random.Random) -> tuple[str, bytes]:
    """One structurally hostile PDF, and the name of the mutation that made it."""
    hf = _helpers()
    kind = rng.choice(
        ("geometry", "geometry", "tree", "kids-bomb", "objstm", "deflate", "pages", "text", "text")
    )
    if kind == "geometry":
        data = _geometry_pdf(rng)
    elif kind == "tree":
        data = _tree_pdf(rng)
    elif kind == "kids-bomb":
        fanout = rng.choice((2, 8, 64, 256, 1000))
        depth = rng.choice((1, 2, 3, 4, 6, 10))
        data = hf.kids_bomb(fanout, depth, packed=rng.random() < 0.7)
    elif kind == "objstm":
        data = _object_stream_lies(rng)
    elif kind == "deflate":
        data = _deflate_bomb(rng)
    elif kind == "pages":
        data = _many_pages(rng)
    else:
        data = _hostile_text_pdf(rng)
    if rng.random() < 0.33:
        kind += "+bytes"
        data = mutate_bytes(data, rng, [data])
    return kind, data


def make_input(target: str, pool: list[bytes], rng: random.Random) -> tuple[str, bytes]:
    """(mutation name, bytes) of one input for `target`."""
    if target == "pdf-structure":
        return structural_pdf(rng)
    seed = rng.choice(pool)
    archive = target in ("docx", "linkedin")
    roll = rng.random()
    if target == "json" and roll < 0.5:
        return "values", mutate_json(seed, rng, pool)
    if roll < 0.2:
        return "inject", (inject_in_archive if archive else inject_controls)(seed, rng, pool)
    if archive and roll < 0.7:
        return "archive", mutate_archive(seed, rng, pool)
    return "bytes", mutate_bytes(seed, rng, pool)


# ---------------------------------------------------------------- the child: one input


def child(path: Path, out: Path) -> int:
    """What `reslint check PATH` does, then every format rendered into `out`.

    stderr gets what check writes there (one line per file error) and nothing else unless
    something raised; status.json says how long each part took and what the file gave.
    """
    started = time.monotonic()
    try:
        from reslint.config import load_config
        from reslint.formatters import FormatOptions, formatter
        from reslint.formatters.safe_text import visible
        from reslint.options import RunOptions
        from reslint.rulebook import load_rulebook
        from reslint.runner import run

        config = load_config(None, start=out)
        options = RunOptions(config=config, rulebook=load_rulebook(config.rule_packs))
        imported = time.monotonic()
        report = run([path], options, jobs=1)
        linted = time.monotonic()
        timings = {}
        for name in FORMATS:
            begun = time.monotonic()
            format_options = FormatOptions(color=True)
            if name == "html":
                from reslint.file_views import build_views

                format_options = FormatOptions(views=build_views(report, options, False))
            (out / name).write_bytes(formatter(name)(report, format_options).encode("utf-8"))
            timings[name] = round(time.monotonic() - begun, 3)
        errors = [result.error for result in report.files if result.error]
        for result in report.files:
            if result.error:
                print(f"reslint: {visible(result.path)}: {visible(result.error)}", file=sys.stderr)
        status = {
            "import_s": round(imported - started, 3),
            "lint_s": round(linted - imported, 3),
            "format_s": timings,
            "errors": errors,
            "notes": list(report.notes) if hasattr(report, "notes") else [],
            "findings": sum(len(result.findings) for result in report.files),
        }
        (out / "status.json").write_text(json.dumps(status), encoding="utf-8")
        return 0
    except BaseException:
        traceback.print_exc()
        return 3


# ---------------------------------------------------------------- the parent: checks


def output_problems(out: Path) -> list[str]:
    """What is wrong with the outputs in `out` (empty: nothing)."""
    problems = []
    for name in FORMATS:
        target = out / name
        if not target.exists():
            problems.append(f"output: no {name} output")
            continue
        raw = target.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            problems.append(f"output: {name} is not UTF-8 ({error.reason})")
            continue
        try:
            if name in ("json", "sarif"):
                parsed = json.loads(text)
                if name == "sarif" and (not isinstance(parsed, dict) or "runs" not in parsed):
                    problems.append("output: sarif has no runs")
            elif name == "junit":
                ElementTree.fromstring(raw)
            elif name == "html" and "</html>" not in text:
                problems.append("output: html report is not closed")
        except (ValueError, ElementTree.ParseError) as error:
            problems.append(f"output: {name} does not parse ({type(error).__name__})")
        unsafe = terminal_problem(SGR.sub("", text) if name == "text" else text)
        if unsafe:
            problems.append(f"terminal: {name} output holds {unsafe}")
    return problems


def terminal_problem(text: str) -> str:
    """The first raw control or bidi character in `text`, as an escape ('' if none)."""
    found = UNSAFE.search(text)
    return f"U+{ord(found.group()):04X}" if found else ""


@dataclass(frozen=True)
class Outcome:
    target: str
    mutation: str
    size: int
    kind: str  # ok, read-error, timed-out, or a failure class
    detail: str
    seconds: float
    peak_mb: float
    lint_s: float = 0.0
    format_s: float = 0.0


FAILURES = ("crash", "died", "memory", "slow", "output", "terminal", "stderr")


def run_input(
    path: Path, out: Path, target: str, mutation: str, limits: argparse.Namespace
) -> Outcome:
    """Run one input in its own process and judge what it did."""
    for old in out.iterdir():
        old.unlink()
    stdout_path, stderr_path = out / "stdout", out / "stderr"

    def confine() -> None:
        # A safety net for the shared machine, well above --max-mb: what goes past it
        # fails its allocation and shows as "memory" rather than paging the host.
        cap = int(limits.address_space_mb) << 20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        os.nice(5)

    started = time.monotonic()
    with stdout_path.open("wb") as stdout, stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(path), str(out)],
            stdout=stdout,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            cwd=out,
            preexec_fn=confine,
        )
        killed = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > limits.kill_after and not killed:
                os.kill(process.pid, signal.SIGKILL)
                killed = True
            time.sleep(0.02)
        process.returncode = 0  # reaped by wait4; keep Popen from waiting again
    seconds = time.monotonic() - started
    peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
    stderr_text = stderr_path.read_bytes().decode("utf-8", "replace")
    size = path.stat().st_size

    def outcome(kind: str, detail: str, lint_s: float = 0.0, format_s: float = 0.0) -> Outcome:
        return Outcome(
            target,
            mutation,
            size,
            kind,
            detail,
            round(seconds, 3),
            round(peak_mb, 1),
            lint_s,
            format_s,
        )

    if os.WIFSIGNALED(status):
        why = "killed after --kill-after" if killed else f"signal {os.WTERMSIG(status)}"
        return outcome("died", why)
    code = os.WEXITSTATUS(status)
    if code != 0:
        last = stderr_text.strip().splitlines()[-1:] or [f"exit code {code}"]
        kind = "memory" if "MemoryError" in last[0] else "crash"
        return outcome(kind, stderr_text if kind == "crash" else last[0])
    state = json.loads((out / "status.json").read_text(encoding="utf-8"))
    lint_s, format_s = state["lint_s"], round(sum(state["format_s"].values()), 3)
    errors = state["errors"]
    problems = output_problems(out)
    unsafe = terminal_problem(stderr_text)
    if unsafe:
        problems.append(f"terminal: stderr holds {unsafe}")
    if len(stderr_text.splitlines()) > 1:
        problems.append(f"stderr: {len(stderr_text.splitlines())} lines")
    bug = next((e for e in errors if e.startswith("cannot read file (")), "")
    if bug:
        problems.insert(0, f"crash: {bug}")
    if peak_mb > limits.max_mb or any("too much memory" in e for e in errors):
        problems.append(f"memory: {peak_mb:.0f} MB")
    if seconds > limits.max_seconds:
        problems.append(f"slow: {seconds:.1f} s (lint {lint_s:.1f} s, formats {format_s:.1f} s)")
    if problems:
        kind = problems[0].split(":")[0]
        return outcome(kind, "\n".join(problems), lint_s, format_s)
    if any("timed out" in e for e in errors):
        return outcome("timed-out", errors[0], lint_s, format_s)
    return outcome("read-error" if errors else "ok", errors[0] if errors else "", lint_s, format_s)


# ---------------------------------------------------------------- the session


@dataclass
class Session:
    targets: list[str]
    seconds: float
    out: Path
    seed: int
    limits: argparse.Namespace
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    findings: dict[str, Path] = field(default_factory=dict)  # signature -> reproducer
    peak: dict[str, Outcome] = field(default_factory=dict)  # target -> its most memory
    slowest: dict[str, Outcome] = field(default_factory=dict)  # target -> its longest run

    def run(self) -> None:
        pools = {target: seeds(target) for target in self.targets}
        rng = random.Random(self.seed)
        work = Path(tempfile.mkdtemp(prefix="reslint-fuzz-work-"))
        run_dir = work / "run"
        run_dir.mkdir()
        log = (self.out / "inputs.jsonl").open("w", encoding="utf-8")
        deadline = time.monotonic() + self.seconds
        number = 0
        while time.monotonic() < deadline:
            target = self.targets[number % len(self.targets)]
            number += 1
            mutation, data = make_input(target, pools[target], rng)
            name = TARGETS[target]
            if rng.random() < 0.1 and target not in ("linkedin",):
                suffix = Path(name).suffix
                name = rng.choice(HOSTILE_NAMES) + suffix
                mutation += "+name"
            input_dir = work / "in"
            if input_dir.exists():
                for old in input_dir.iterdir():
                    old.unlink()
            input_dir.mkdir(exist_ok=True)
            path = input_dir / name
            path.write_bytes(data)
            result = run_input(path, run_dir, target, mutation, self.limits)
            log.write(json.dumps({**result.__dict__, "detail": result.detail[:300]}) + "\n")
            log.flush()
            self.counts[(target, result.kind)] += 1
            if target not in self.peak or result.peak_mb > self.peak[target].peak_mb:
                self.peak[target] = result
            if target not in self.slowest or result.seconds > self.slowest[target].seconds:
                self.slowest[target] = result
            if result.kind in FAILURES:
                self._save(result, data, Path(name).suffix, run_dir)
            if number % 100 == 0:
                print(
                    f"  {number} inputs, {time.monotonic() - deadline + self.seconds:.0f} s",
                    flush=True,
                )
        log.close()

    def _save(self, result: Outcome, data: bytes, suffix: str, run_dir: Path) -> None:
        # One reproducer per distinct failure: the class, the innermost reslint frame, and
        # the exception or problem's first words.
        detail = result.detail
        frames = [line for line in detail.splitlines() if "reslint" in line and "File" in line]
        last = detail.strip().splitlines()[-1] if detail.strip() else result.kind
        head = re.sub(r"[\d.]+", "N", last.split("(")[0])[:60]
        signature = f"{result.target}|{result.kind}|{frames[-1].strip() if frames else ''}|{head}"
        if signature in self.findings:
            return
        number = len(self.findings) + 1
        path = self.out / f"{result.target}-{result.kind}-{number}{suffix}"
        path.write_bytes(data)
        stderr = (run_dir / "stderr").read_bytes().decode("utf-8", "replace")
        path.with_suffix(path.suffix + ".txt").write_text(
            f"{result}\n\n{detail}\n\nstderr:\n{stderr}", encoding="utf-8"
        )
        self.findings[signature] = path
        shown = last.encode("unicode_escape").decode("ascii")[:150]
        print(
            f"  {result.target} {result.kind} ({result.mutation}): {shown}\n    reproducer: {path}",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", nargs=2, metavar=("INPUT", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--seconds", type=float, default=60, help="total fuzzing time")
    parser.add_argument("--max-mb", type=float, default=1024, help="peak memory; more is a failure")
    parser.add_argument("--max-seconds", type=float, default=15, help="per input; more is slow")
    # Past the file limit (60 s) and its formatting: a file that times out is not killed.
    parser.add_argument("--kill-after", type=float, default=90, help="per input; then killed")
    parser.add_argument("--address-space-mb", type=float, default=6144, help="RLIMIT_AS of a child")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: time)")
    args = parser.parse_args()
    if args.child:
        return child(Path(args.child[0]), Path(args.child[1]))
    targets = list(TARGETS) if args.target == "all" else [args.target]
    out = Path(tempfile.mkdtemp(prefix="reslint-fuzz-"))
    seed = args.seed if args.seed is not None else int(time.time())
    print(f"seed {seed}; reproducers and inputs.jsonl go to {out}", flush=True)
    session = Session(targets, args.seconds, out, seed, args)
    started = time.monotonic()
    session.run()
    elapsed = time.monotonic() - started
    for target in targets:
        counts = {kind: n for (t, kind), n in session.counts.items() if t == target}
        total = sum(counts.values())
        if not total:
            continue
        summary = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
        peak, slow = session.peak[target], session.slowest[target]
        print(
            f"{target}: {total} inputs: {summary}; peak {peak.peak_mb:.0f} MB ({peak.mutation}), "
            f"longest {slow.seconds:.1f} s ({slow.mutation})"
        )
    total = sum(session.counts.values())
    failures = sum(n for (_, kind), n in session.counts.items() if kind in FAILURES)
    print(
        f"all: {total} inputs in {elapsed:.0f} s, {failures} failing, "
        f"{len(session.findings)} distinct finding(s)"
    )
    return 1 if session.findings else 0


if __name__ == "__main__":
    sys.exit(main())
