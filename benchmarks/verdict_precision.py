"""Precision per rule from findings judged by hand, and which findings still need a verdict.

Verdicts live in `benchmarks/verdicts/<split>.tsv`, one judged finding a row, tab-separated:

    case    rule    page    line    verdict    pass    note

- `case`: a case id of that split (`tune.tsv`: realworld tune cases; `unseen.tsv`: opaque
  ids of real resumes nobody tuned on, the files kept outside the repository); `rule`: the
  rule name; `page`, `line`: where `reslint check --format json` put the finding (`-` when
  it has no place).
- `verdict`: TRUE (a recruiter would want it), FALSE (wrong) or DEBATABLE.
- `pass`: which judging pass the row belongs to (a branch or a date, e.g. `base` for main
  before issue 15, `trust-1` after it); a later pass adds rows, it never edits old ones.
- `note`: the mechanism in a few words (no names, no text quoted from the resume).

Lines starting with `#` are comments. Usage:

    .venv/bin/python benchmarks/verdict_precision.py [--split tune|unseen|all]
        [--verdicts FILE.tsv] [--pass NAME] [--unjudged CHECK.json]

reads one split's file (`--split`, default `tune`; `all` reads every file) or the given
`--verdicts` file, and prints, per rule, TRUE / FALSE / DEBATABLE counts and precision =
TRUE / (TRUE + FALSE) (debatable findings count for neither), then the same over all rules.
`--unjudged` takes the JSON output of `reslint check --format json` over that split's cases
and lists its findings that have no verdict in the chosen pass, so the next pass knows what
to look at.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

VERDICTS = Path(__file__).parent / "verdicts"
VERDICT_NAMES = ("TRUE", "FALSE", "DEBATABLE")
COLUMNS = ("case", "rule", "page", "line", "verdict", "pass", "note")


@dataclass(frozen=True)
class Verdict:
    case: str
    rule: str
    page: str
    line: str
    verdict: str
    judging_pass: str
    note: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.case, self.rule, self.page, self.line)


def verdict_files(split: str = "tune", folder: Path = VERDICTS) -> list[Path]:
    """The verdict files of one split (`<split>.tsv`), or every file for `all`: the splits
    are kept apart because tune precision is what the rules were fixed against and
    unseen precision is the honest estimate."""
    if split == "all":
        return sorted(folder.glob("*.tsv"))
    path = folder / f"{split}.tsv"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in folder.glob("*.tsv")))
        raise SystemExit(f"no verdicts for split {split!r} (known: {known}, all)")
    return [path]


def load(folder: Path = VERDICTS, files: list[Path] | None = None) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for path in files if files is not None else sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
                if not row or row[0].startswith("#"):
                    continue
                if len(row) < 6 or row[4] not in VERDICT_NAMES:
                    raise SystemExit(f"{path.name}:{number}: expected {', '.join(COLUMNS)}")
                row = row + [""] * (len(COLUMNS) - len(row))
                verdicts.append(Verdict(*row[: len(COLUMNS)]))
    return verdicts


def precision_table(verdicts: list[Verdict]) -> list[tuple[str, int, int, int, float | None]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for verdict in verdicts:
        counts[verdict.rule][verdict.verdict] += 1
    table = []
    for rule, count in sorted(counts.items()):
        right, wrong = count["TRUE"], count["FALSE"]
        judged = right + wrong
        table.append((rule, right, wrong, count["DEBATABLE"], right / judged if judged else None))
    return table


def unjudged(check_json: Path, verdicts: list[Verdict]) -> list[tuple[str, str, str, str]]:
    known = {verdict.key for verdict in verdicts}
    missing = []
    for result in json.loads(check_json.read_text(encoding="utf-8"))["files"]:
        case = Path(result["path"]).parent.name
        for finding in result["findings"]:
            key = (case, finding["rule"], _place(finding["page"]), _place(finding["line"]))
            if key not in known:
                missing.append(key)
    return missing


def _place(value: int | None) -> str:
    return "-" if value is None else str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="tune", help="tune (default), unseen, ... or all")
    parser.add_argument("--verdicts", type=Path, help="read this TSV file instead of a split")
    parser.add_argument("--pass", dest="judging_pass", help="only this judging pass")
    parser.add_argument("--unjudged", type=Path, help="reslint check JSON to list unjudged")
    args = parser.parse_args(argv)
    files = [args.verdicts] if args.verdicts else verdict_files(args.split)
    verdicts = load(files=files)
    passes = sorted({verdict.judging_pass for verdict in verdicts})
    if args.judging_pass:
        verdicts = [v for v in verdicts if v.judging_pass == args.judging_pass]
    source = ", ".join(path.name for path in files)
    print(f"verdicts: {source}; passes: {', '.join(passes)}; shown: {args.judging_pass or 'all'}")
    print(f"{'rule':32} {'TRUE':>5} {'FALSE':>5} {'DEBAT':>5} {'precision':>9}")
    table = precision_table(verdicts)
    for rule, right, wrong, debatable, precision in table:
        shown = "-" if precision is None else f"{precision:.2f}"
        print(f"{rule:32} {right:5} {wrong:5} {debatable:5} {shown:>9}")
    right, wrong, debatable = (sum(row[i] for row in table) for i in (1, 2, 3))
    overall = f"{right / (right + wrong):.2f}" if right + wrong else "-"
    print(f"{'all rules':32} {right:5} {wrong:5} {debatable:5} {overall:>9}")
    if args.unjudged:
        for key in unjudged(args.unjudged, verdicts):
            print("unjudged", *key, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
