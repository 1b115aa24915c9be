"""Score `reslint parse` against hand-made labels: precision, recall and F1.

    python benchmarks/parse_accuracy.py [--engine pdfium|pdfplumber] [--details]

Labels live in benchmarks/labels/<corpus subfolder>/<file name>.json with the
keys of the `reslint parse --format json` contract: name, emails, phones
(E.164), linkedin, positions [{company, title, start, end}] and education
[{school, degree, field, start, end}] (`degree` the degree proper, `field` the
field of study printed with it, or null). Each labelled file is read from
tests/corpus with the same code `reslint parse` runs.

A position counts only when company, title, start and end all match; an
education entry when school, degree, start and end match, and the field too
where the label has the key. Text is compared
after light normalisation (Unicode NFKC, case, whitespace, punctuation);
phones by their digits (and leading +); LinkedIn URLs without scheme and www.
The name is reported too, outside the contact score.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reslint.parse_view import as_dict  # noqa: E402
from reslint.readers import ReadError, ReadOptions, read  # noqa: E402
from reslint.structure import build_document  # noqa: E402

FIELDS = ("name", "email", "phone", "linkedin", "positions", "education")
CONTACT = ("email", "phone", "linkedin")


def norm_text(value: Any) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def norm_phone(value: str) -> str:
    value = value.strip()
    return ("+" if value.startswith("+") else "") + re.sub(r"\D", "", value)


def norm_linkedin(value: str) -> str:
    value = re.sub(r"^https?://", "", value.strip().lower())
    value = re.sub(r"^(?:www|[a-z]{2})\.", "", value)
    return value.rstrip("/")


def norm_date(value: Any) -> str:
    return str(value).strip().lower() if value else ""


def items(data: dict[str, Any], with_field: bool = False) -> dict[str, Counter[tuple[str, ...]]]:
    """The comparable items of one parse result (or label), per field; an education entry's
    field of study counts only `with_field` (labels that name it)."""
    linkedin = data.get("linkedin")
    name = norm_text(data.get("name"))
    return {
        "name": Counter([(name,)] if name else []),
        "email": Counter((e.strip().lower(),) for e in data.get("emails") or []),
        "phone": Counter((norm_phone(p),) for p in data.get("phones") or []),
        "linkedin": Counter([(norm_linkedin(linkedin),)] if linkedin else []),
        "positions": Counter(
            (
                norm_text(p.get("company")),
                norm_text(p.get("title")),
                norm_date(p.get("start")),
                norm_date(p.get("end")),
            )
            for p in data.get("positions") or []
        ),
        "education": Counter(
            (
                norm_text(e.get("school")),
                norm_text(e.get("degree")),
                *((norm_text(e.get("field")),) if with_field else ()),
                norm_date(e.get("start")),
                norm_date(e.get("end")),
            )
            for e in data.get("education") or []
        ),
    }


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class FileResult:
    path: Path
    scores: dict[str, Score] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    error: str | None = None


def compare(predicted: dict[str, Any], label: dict[str, Any], result: FileResult) -> None:
    with_field = any("field" in entry for entry in label.get("education") or [])
    got, want = items(predicted, with_field), items(label, with_field)
    for name in FIELDS:
        hit = got[name] & want[name]
        result.scores[name] = Score(
            sum(hit.values()),
            sum((got[name] - hit).values()),
            sum((want[name] - hit).values()),
        )
        for item in (want[name] - hit).elements():
            result.misses.append(f"  missed {name}: {' | '.join(item)}")
        for item in (got[name] - hit).elements():
            result.misses.append(f"  extra  {name}: {' | '.join(item)}")


def label_files(labels: Path) -> Iterable[Path]:
    return sorted(labels.glob("*/*.json"))


def run(labels: Path, corpus: Path, engine: str) -> list[FileResult]:
    results: list[FileResult] = []
    for label_path in label_files(labels):
        source = corpus / label_path.parent.name / label_path.name.removesuffix(".json")
        result = FileResult(source)
        label = json.loads(label_path.read_text(encoding="utf-8"))
        try:
            document = build_document(source, read(source, ReadOptions(pdf_engine=engine)))
            predicted = as_dict(document)
        except ReadError as error:
            result.error = str(error)
            predicted = {}
        compare(predicted, label, result)
        results.append(result)
    return results


def _row(name: str, field_name: str, score: Score) -> str:
    return (
        f"{name:<12} {field_name:<10} {score.precision:6.3f} {score.recall:6.3f} "
        f"{score.f1:6.3f}   {score.tp:>4} {score.fp:>4} {score.fn:>4}"
    )


def report(results: list[FileResult], engine: str) -> str:
    groups: dict[str, list[FileResult]] = {}
    for result in results:
        groups.setdefault(result.path.parent.name, []).append(result)
    groups["overall"] = results
    lines = [
        f"engine: {engine}; {len(results)} labelled files",
        f"{'format':<12} {'field':<10} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    for name, members in groups.items():
        totals = {f: Score() for f in FIELDS}
        for result in members:
            for f in FIELDS:
                totals[f].add(result.scores[f])
        contact = Score()
        for f in CONTACT:
            contact.add(totals[f])
        for f in CONTACT:
            lines.append(_row(name, f, totals[f]))
        lines.append(_row(name, "contact", contact))
        lines.append(_row(name, "name", totals["name"]))
        lines.append(_row(name, "positions", totals["positions"]))
        lines.append(_row(name, "education", totals["education"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("pdfium", "pdfplumber"), default="pdfium")
    parser.add_argument("--labels", type=Path, default=REPO / "benchmarks" / "labels")
    parser.add_argument("--corpus", type=Path, default=REPO / "tests" / "corpus")
    parser.add_argument("--details", action="store_true", help="List misses per file.")
    args = parser.parse_args(argv)
    results = run(args.labels, args.corpus, args.engine)
    if args.details:
        for result in results:
            if result.error or result.misses:
                print(f"{result.path.parent.name}/{result.path.name}")
                if result.error:
                    print(f"  error: {result.error}")
                print("\n".join(result.misses))
        print()
    print(report(results, args.engine))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
