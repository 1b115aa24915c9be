"""Score `reslint parse` on real people's resumes: P/R/F1 per field and group.

    python benchmarks/real_accuracy.py [--split tune|test|unseen|all] [--details]
                                       [--by split,language,script,producer,layout,format]
                                       [--source | --sourced] [--json FILE] [--only ID,...]
                                       [--parts]

Reads `../shared/realworld` (or `--data`, another folder in the same format, such as
a set of unseen resumes whose cases are marked `split: unseen`): `index.json` lists
the cases with their split, language, producer and layout; each case folder holds
the resume (`resume.pdf` or `resume.docx`) and a hand-made `truth.json`. Cases
without a `truth.json` are listed in the index but not scored. With `--source`,
cases that keep their LaTeX or Typst source under `src/` are parsed from that
source instead of the built file (only once reslint reads it); `--sourced` scores the
same cases from their built file, the figures to compare with.

Scored as `parse_accuracy.py` scores the corpus labels, with its code: a
position counts only when company, title, start and end all match; an
education entry when school, degree, start and end match; contact is emails,
phones and LinkedIn together. The headline is scored beside the name, and the
section headings by their printed title and whether entries are read from
them (a diagnostic: a heading the parse misses loses the entries under it).

The data is for measurement only. Tune on the `tune` splits (realworld's `tune`, and
`tune2`, a second set of fresh real resumes kept outside the repository); every other
split (`test`, `unseen`) is measured, never debugged against: `--details` refuses to
list its misses unless `--i-am-not-tuning` is given.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from entry_parts import PART_FIELDS, part_scores  # noqa: E402
from parse_accuracy import FileResult, Score, compare, norm_text  # noqa: E402

from reslint.parse_view import as_dict  # noqa: E402
from reslint.readers import ReadError, ReadOptions, read  # noqa: E402
from reslint.structure import build_document  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "realworld"
FIELDS = (
    "contact",
    "email",
    "phone",
    "linkedin",
    "name",
    "headline",
    "sections",
    "positions",
    "education",
)
CONTACT = ("email", "phone", "linkedin")
LATIN_OTHER = {"es", "de", "fr", "pt", "it", "nl", "pl", "tr", "vi", "id"}
SOURCE_SUFFIXES = (".tex", ".xtx", ".typ")


def script_group(language: str) -> str:
    """The issue's three groups: English, other Latin-script, other scripts."""
    if language == "en":
        return "english"
    return "latin-other" if language in LATIN_OTHER else "other-scripts"


_TEX_COMMENT_RE = re.compile(r"(?<!\\)%[^\n]*")
_TEX_START_RE = re.compile(r"\\documentclass\b|\\begin\s*\{document\}")
_TEX_INPUT_RE = re.compile(r"\\(?:input|include|subfile)\s*\{([^{}]+)\}")
_TYP_IMPORT_RE = re.compile(r"#(?:import|include)\s+\"([^\"]+)\"")


def _starts_document(path: Path, text: str, imported: set[Path]) -> bool:
    """A LaTeX file with `\\documentclass` or `\\begin{document}` outside comments; a
    Typst file no other Typst file imports or includes (the file `typst compile` is run on)."""
    if path.suffix == ".typ":
        return path.resolve() not in imported
    return bool(_TEX_START_RE.search(_TEX_COMMENT_RE.sub("", text)))


def _reads(path: Path, text: str) -> set[Path]:
    """The files a source file reads in, resolved beside it."""
    if path.suffix == ".typ":
        names = _TYP_IMPORT_RE.findall(text)
    else:
        names = [name.strip() for name in _TEX_INPUT_RE.findall(_TEX_COMMENT_RE.sub("", text))]
    found = set()
    for name in names:
        for candidate in (path.parent / name, path.parent / f"{name}.tex"):
            found.add(candidate.resolve())
    return found


def source_file(case_dir: Path, built: str = "") -> Path | None:
    """The main LaTeX/Typst file of a case: a file that starts a document (the reader
    follows its `\\input`s from there), the one named like the PDF it built (`built`, the
    PDF's file name in its repository) first, then one that reads in the file named like
    the PDF (a document whose text is in an `\\input` file named for the PDF), then the
    shallowest; with no file that starts a document, the one named like the PDF."""
    src = case_dir / "src"
    if not src.is_dir():
        return None
    candidates = sorted(
        (p for p in src.rglob("*") if p.suffix in SOURCE_SUFFIXES),
        key=lambda p: (len(p.relative_to(src).parts), str(p)),
    )
    texts = {path: path.read_text(encoding="utf-8", errors="replace") for path in candidates}
    reads = {path: _reads(path, texts[path]) for path in candidates}
    imported = set().union(*reads.values()) if reads else set()
    starters = [path for path in candidates if _starts_document(path, texts[path], imported)]
    stem = Path(built).stem
    named = [path for path in candidates if stem and path.stem == stem]
    for path in starters:
        if path in named:
            return path
    for path in starters:
        if any(other.resolve() in reads[path] for other in named):
            return path
    if starters:
        return starters[0]
    return named[0] if named else (candidates[0] if candidates else None)


def built_name(case: dict[str, Any]) -> str:
    """The built PDF's file name in its repository (`owner/repo:path@commit`)."""
    return case.get("source", "").partition(":")[2].rpartition("@")[0]


def predict(path: Path) -> dict[str, Any]:
    return as_dict(build_document(path, read(path, ReadOptions())))


# Entries are read from these kinds; the rest only need their title right, since the
# labels name skills, summary and contact where reslint has finer kinds (languages...).
ENTRY_KINDS = {"experience": "experience", "education": "education"}
ENTRY_KINDS |= {kind: "experience" for kind in ("research", "leadership", "volunteer")}


def _sections(data: dict[str, Any]) -> Counter[tuple[str, str]]:
    return Counter(
        (ENTRY_KINDS.get(section.get("kind") or "", "other"), norm_text(section.get("title")))
        for section in data.get("sections") or []
    )


def _section_score(predicted: dict[str, Any], truth: dict[str, Any], misses: list[str]) -> Score:
    """Headings by printed title, and whether entries are read from them."""
    got, want = _sections(predicted), _sections(truth)
    hit = got & want
    misses.extend(f"  missed section: {k} | {t}" for k, t in (want - hit).elements())
    misses.extend(f"  extra  section: {k} | {t}" for k, t in (got - hit).elements())
    return Score(sum(hit.values()), sum((got - hit).values()), sum((want - hit).values()))


def labelled(data: Path, case: dict[str, Any]) -> bool:
    """A case is scored only with its hand-made labels: a folder of unseen resumes may
    list more cases than were labelled (its findings are judged in benchmarks/verdicts)."""
    return (data / case["id"] / "truth.json").is_file()


def score_case(case: dict[str, Any], data: Path, use_source: bool) -> FileResult:
    case_dir = data / case["id"]
    path = case_dir / case["file"]
    if use_source and case.get("has_src"):
        path = source_file(case_dir, built_name(case)) or path
    result = FileResult(path)
    truth = json.loads((case_dir / "truth.json").read_text(encoding="utf-8"))
    try:
        predicted = predict(path)
    except ReadError as error:
        result.error = str(error)
        predicted = {}
    compare(predicted, truth, result)
    result.scores.update(part_scores(predicted, truth))
    want, got = norm_text(truth.get("headline")), norm_text(predicted.get("headline"))
    result.scores["headline"] = Score(
        int(bool(want) and got == want),
        int(bool(got) and got != want),
        int(bool(want) and got != want),
    )
    if want != got:
        if want:
            result.misses.append(f"  missed headline: {want}")
        if got:
            result.misses.append(f"  extra  headline: {got}")
    result.scores["sections"] = _section_score(predicted, truth, result.misses)
    contact = Score()
    for name in CONTACT:
        contact.add(result.scores[name])
    result.scores["contact"] = contact
    return result


GROUPINGS: dict[str, Callable[[dict[str, Any]], str]] = {
    "split": lambda case: case["split"],
    "script": lambda case: script_group(case["language"]),
    "language": lambda case: case["language"],
    "producer": lambda case: case["theme"],
    "layout": lambda case: case["layout"],
    "format": lambda case: Path(case["file"]).suffix.lstrip("."),
}


def totals(results: list[FileResult]) -> dict[str, Score]:
    summed = {name: Score() for name in FIELDS}
    for result in results:
        for name in FIELDS:
            summed[name].add(result.scores[name])
    return summed


def table(title: str, groups: dict[str, list[FileResult]]) -> str:
    header = f"{title:<16} {'n':>3}  " + "  ".join(f"{name:>9}" for name in FIELDS)
    lines = [header]
    for key in sorted(groups):
        summed = totals(groups[key])
        cells = "  ".join(f"{summed[name].f1:9.3f}" for name in FIELDS)
        lines.append(f"{key:<16} {len(groups[key]):>3}  {cells}")
    return "\n".join(lines)


def detail_table(results: list[FileResult], fields: tuple[str, ...] = FIELDS) -> str:
    summed = {name: Score() for name in fields}
    for result in results:
        for name in fields:
            summed[name].add(result.scores[name])
    width = max(map(len, fields))
    lines = [f"{'field':<{width}} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name in fields:
        s = summed[name]
        lines.append(
            f"{name:<{width}} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   "
            f"{s.tp:>4} {s.fp:>4} {s.fn:>4}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="all", help="tune, test, unseen... or all")
    parser.add_argument("--by", default="split,script,language,producer,layout,format")
    parser.add_argument("--only", default="", help="Comma-separated case ids.")
    parser.add_argument("--source", action="store_true", help="Parse LaTeX/Typst sources.")
    parser.add_argument(
        "--sourced",
        action="store_true",
        help="Only the cases that keep a source, read from their built file: "
        "the figures to compare --source with.",
    )
    parser.add_argument("--details", action="store_true", help="List each miss per case.")
    parser.add_argument("--i-am-not-tuning", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="Write per-case scores here.")
    parser.add_argument(
        "--parts",
        action="store_true",
        help="Also score each part of an entry on its own (benchmarks/entry_parts.py).",
    )
    args = parser.parse_args(argv)

    index = json.loads((args.data / "index.json").read_text(encoding="utf-8"))
    splits = sorted({case["split"] for case in index["cases"]})
    if args.split != "all" and args.split not in splits:
        parser.error(f"no {args.split!r} split in {args.data} (it has {', '.join(splits)}, all)")
    cases = [
        case
        for case in index["cases"]
        if (args.split == "all" or case["split"] == args.split)
        and (not args.only or case["id"] in args.only.split(","))
        and labelled(args.data, case)
    ]
    if args.source or args.sourced:
        cases = [case for case in cases if case.get("has_src")]
    started = time.perf_counter()
    results = [score_case(case, args.data, args.source) for case in cases]
    elapsed = time.perf_counter() - started

    if args.details:
        for case, result in zip(cases, results, strict=True):
            if not case["split"].startswith("tune") and not args.i_am_not_tuning:
                continue
            if result.error or result.misses:
                print(f"{case['id']} ({case['language']}, {case['theme']}, {case['layout']})")
                if result.error:
                    print(f"  error: {result.error}")
                print("\n".join(result.misses))
        print()

    print(
        f"{len(results)} cases from {args.data} in {elapsed:.1f} s"
        + (" (sources)" if args.source else "")
    )
    print("F1 per field; contact = emails, phones and LinkedIn together\n")
    for grouping in filter(None, args.by.split(",")):
        key_of = GROUPINGS[grouping]
        groups: dict[str, list[FileResult]] = {}
        for case, result in zip(cases, results, strict=True):
            groups.setdefault(key_of(case), []).append(result)
        print(table(grouping, groups))
        print()
    for split in splits:
        members = [r for c, r in zip(cases, results, strict=True) if c["split"] == split]
        if members:
            print(f"{split} split: precision, recall, F1")
            print(detail_table(members))
            print()
            if args.parts:
                print(f"{split} split: entry parts, each on its own")
                print(detail_table(members, PART_FIELDS))
                print()
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    case["id"]: {name: [s.tp, s.fp, s.fn] for name, s in result.scores.items()}
                    for case, result in zip(cases, results, strict=True)
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
