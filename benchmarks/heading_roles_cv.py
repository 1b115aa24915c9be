"""Would a line-level CRF find section headings better than structure/sections.py's rules?

    python benchmarks/heading_roles_cv.py [--folds 5]

A measurement, not a feature (benchmarks/README.md, "line-role model"). Tune's positions
lost most where a whole section is: 43 of its 135 missed positions are in cases where no
position is read at all. This labels each line of a document `H` (a section heading) or `O`
from non-lexical features: size against the body, bold, capitals, length, a colon, the
space above it against the line height, indent, the reader's heading flag, a bullet, a
date, a contact detail, whether the lexicon knows the text as a section title, and the
same of the lines around it (never a word itself). The truth is the tune split's labelled
section titles, matched to whole lines. Cross-validated over the tune cases; it prints the
line-level precision, recall and F1 of the rules' headings, of the model's, and of
either's (a heading when the rules or the model says so) on the held-out folds. Needs
python-crfsuite.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from parse_accuracy import Score, norm_text  # noqa: E402
from train_line_roles import DEFAULT_DATA, tune_cases  # noqa: E402

from reslint.lexicon.contact import is_contact_line  # noqa: E402
from reslint.lexicon.dates import find_dates  # noqa: E402
from reslint.lexicon.headings import known_title  # noqa: E402
from reslint.model import Line  # noqa: E402
from reslint.readers import ReadError, ReadOptions, read  # noqa: E402
from reslint.structure import build_document  # noqa: E402
from reslint.structure.heading_styles import body_font_size  # noqa: E402

_KEYS = ("size", "bold", "caps", "words", "gap", "known", "date", "indent")


def _bucket(value: float, edges: tuple[float, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def line_features(lines: tuple[Line, ...]) -> list[dict[str, str]]:
    body = body_font_size(lines) or 0.0
    lefts = [line.box.x0 for line in lines if line.box is not None]
    left = min(lefts) if lefts else 0.0
    own: list[dict[str, str]] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        letters = [ch for ch in text if ch.isalpha()]
        above = lines[index - 1] if index else None
        gap = "?"
        if line.box and above is not None and above.box and above.page == line.page:
            height = max(line.box.bottom - line.box.top, 1.0)
            gap = _bucket((line.box.top - above.box.bottom) / height, (0.2, 0.6, 1.2))
        own.append(
            {
                "size": _bucket((line.font_size or 0) / body, (0.95, 1.05, 1.25, 1.6))
                if body
                else "?",
                "bold": str(line.bold),
                "caps": "all" if letters and all(c.isupper() for c in letters) else "no",
                "words": _bucket(len(text.split()), (1, 2, 3, 4, 6, 10)),
                "colon": str(text.endswith(":")),
                "gap": gap,
                "indent": _bucket((line.box.x0 - left) if line.box else 0.0, (4, 40, 200)),
                "flag": str(line.heading),
                "bullet": str(line.bullet),
                "date": str(bool(find_dates(text))),
                "contact": str(is_contact_line(text)),
                "known": str(known_title(text) is not None),
            }
        )
    out = []
    for index, features in enumerate(own):
        merged = dict(features)
        for offset in (-1, 1, 2):
            other = index + offset
            if 0 <= other < len(own):
                for key in _KEYS:
                    merged[f"{offset}:{key}"] = own[other][key]
            else:
                merged[f"{offset}:none"] = "1"
        out.append(merged)
    return out


def document(case: dict[str, Any], data: Path) -> tuple[list, list[str], set[int]] | None:
    """Features, truth labels and the rules' heading line indexes of one case."""
    folder = data / case["id"]
    path = folder / case["file"]
    try:
        output = read(path, ReadOptions())
    except ReadError:
        return None
    if output.known is not None:
        return None  # a format that names its fields has no headings to find
    lines = output.lines
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    wanted = Counter(norm_text(s.get("title")) for s in truth.get("sections") or [])
    labels = []
    for line in lines:
        key = norm_text(line.text)
        if key and wanted[key] > 0:
            wanted[key] -= 1
            labels.append("H")
        else:
            labels.append("O")
    where = {(line.page, line.number): index for index, line in enumerate(lines)}
    doc = build_document(path, output)
    rules = {
        where[(s.heading.page, s.heading.number)]
        for s in doc.structure.sections
        if s.heading is not None and (s.heading.page, s.heading.number) in where
    }
    return line_features(lines), labels, rules


def _score(predicted: set[int], labels: list[str]) -> Score:
    truth = {index for index, label in enumerate(labels) if label == "H"}
    return Score(len(predicted & truth), len(predicted - truth), len(truth - predicted))


def main() -> int:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    cases = tune_cases(args.data)
    docs = {case["id"]: document(case, args.data) for case in cases}
    rules, model, either = Score(), Score(), Score()
    for fold in range(args.folds):
        held = [case["id"] for index, case in enumerate(cases) if index % args.folds == fold]
        trainer = pycrfsuite.Trainer(verbose=False)
        for cid, doc in docs.items():
            if cid not in held and doc is not None:
                trainer.append(doc[0], doc[1])
        trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 150})
        path = Path(f"/tmp/heading-fold-{fold}.crfsuite")
        trainer.train(str(path))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        for cid in held:
            doc = docs[cid]
            if doc is None:
                continue
            features, labels, rule_lines = doc
            tagged = tagger.tag(features)
            rules.add(_score(rule_lines, labels))
            found = {i for i, label in enumerate(tagged) if label == "H"}
            model.add(_score(found, labels))
            either.add(_score(found | rule_lines, labels))
        path.unlink()
    for name, score in (("rules", rules), ("model", model), ("either", either)):
        print(
            f"{name}: heading lines P {score.precision:.3f} R {score.recall:.3f} "
            f"F1 {score.f1:.3f} (tp {score.tp} fp {score.fp} fn {score.fn})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
