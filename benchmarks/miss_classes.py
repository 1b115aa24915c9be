"""How labelled entries are missed: the share of each kind of miss, and on how many resumes.

    python benchmarks/miss_classes.py [--data DIR] [--split tune|test|tune2|all]

`real_accuracy.py` says how many positions and education entries a parse gets wholly
right; this says what went wrong with the rest, so that work goes to the mechanisms
many resumes share rather than to the misses of one file. Each labelled entry is put in
one class:

- `exact`: a parsed entry has all four parts right;
- `section-empty`: the parse read no entry of that kind from the resume at all:
  `section-empty (no heading)` when it found no section of the kind either (a heading
  not known, not seen as one, or lost in the reading order), `section-empty (no entries)`
  when it found the section and read no entry from it;
- `no-entry`: no parsed entry has its dates, nor its organisation or title;
- `dates-wrong`: a parsed entry has its organisation or title but other dates;
- `swapped`: a parsed entry with its dates holds the title as the organisation and
  the organisation as the title;
- otherwise, from the parsed entry with its dates that agrees on most parts, each
  wrong part as `<part>-longer` (the parse holds the label and more: a town or a team
  glued on), `<part>-shorter` (the label holds the parse: a name cut short),
  `<part>-missing` (the parse left it empty) or `<part>-wrong`.

Only counts are printed, never text from the resumes: safe on a split that is measured
and never debugged against.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from parse_accuracy import norm_date, norm_text  # noqa: E402
from real_accuracy import DEFAULT_DATA, labelled, predict  # noqa: E402

from reslint.readers import ReadError  # noqa: E402

# The two name parts of each entry field, in the order a class names them.
NAMED_PARTS = {"positions": ("company", "title"), "education": ("school", "degree")}

Entry = tuple[str, str, str, str]


def _entries(data: dict[str, Any], field: str) -> list[Entry]:
    first, second = NAMED_PARTS[field]
    return [
        (
            norm_text(item.get(first)),
            norm_text(item.get(second)),
            norm_date(item.get("start")),
            norm_date(item.get("end")),
        )
        for item in data.get(field) or []
    ]


def _part_class(name: str, want: str, got: str) -> str:
    if not got:
        return f"{name}-missing"
    if want and want in got:
        return f"{name}-longer"
    if want and got in want:
        return f"{name}-shorter"
    return f"{name}-wrong"


def entry_class(want: Entry, parsed: list[Entry], names: tuple[str, str]) -> str:
    """The class of one labelled entry against a resume's parsed entries (not empty)."""
    if want in parsed:
        return "exact"
    dated = [got for got in parsed if got[2:] == want[2:]]
    if not dated:
        named = any(got[0] == want[0] or got[1] == want[1] for got in parsed)
        return "dates-wrong" if named else "no-entry"
    best = max(dated, key=lambda got: (got[0] == want[0]) + (got[1] == want[1]))
    if want[0] and want[1] and best[:2] == (want[1], want[0]):
        return "swapped"
    return " ".join(
        _part_class(name, want[i], best[i]) for i, name in enumerate(names) if want[i] != best[i]
    )


# The kinds of section the parse reads each field's entries from (real_accuracy's ENTRY_KINDS).
SECTION_KINDS = {
    "positions": frozenset({"experience", "research", "volunteer"}),
    "education": frozenset({"education"}),
}


def case_classes(truth: dict[str, Any], parsed: dict[str, Any], field: str) -> Counter[str]:
    wanted, got = _entries(truth, field), _entries(parsed, field)
    if not got:
        if not wanted:
            return Counter()
        kinds = {section.get("kind") for section in parsed.get("sections") or []}
        where = "no entries" if kinds & SECTION_KINDS[field] else "no heading"
        return Counter({f"section-empty ({where})": len(wanted)})
    return Counter(entry_class(want, got, NAMED_PARTS[field]) for want in wanted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="tune", help="tune (default), test, tune2... or all")
    args = parser.parse_args(argv)
    index = json.loads((args.data / "index.json").read_text(encoding="utf-8"))
    cases = [
        case
        for case in index["cases"]
        if (args.split == "all" or case["split"] == args.split) and labelled(args.data, case)
    ]
    entries = {field: Counter[str]() for field in NAMED_PARTS}
    resumes = {field: Counter[str]() for field in NAMED_PARTS}
    for case in cases:
        case_dir = args.data / case["id"]
        truth = json.loads((case_dir / "truth.json").read_text(encoding="utf-8"))
        try:
            parsed = predict(case_dir / case["file"])
        except ReadError:
            parsed = {}
        for field in NAMED_PARTS:
            found = case_classes(truth, parsed, field)
            entries[field].update(found)
            resumes[field].update(found.keys())
    print(f"{len(cases)} cases from {args.data}, split {args.split}")
    for field, counts in entries.items():
        total = sum(counts.values())
        print(f"\n{field}: {total} labelled entries")
        print(f"  {'entries':>7} {'share':>6} {'resumes':>7}  class")
        for name, count in counts.most_common():
            print(f"  {count:7} {count / total:6.1%} {resumes[field][name]:7}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
