"""Would a token-level CRF find where a title and an employer's name end better than the rules?

    python benchmarks/token_roles_cv.py [--folds 5]

A measurement, not a feature: benchmarks/README.md ("line-role model") shows that most
positions read with the right dates but a wrong text have a wrong extent (a town, team or
advisor kept on a name; a name cut short), which row labels cannot decide. This labels each
token of an entry's header rows B/I-title, B/I-company or O from non-lexical features
(shape, punctuation, the lexicon's flags for the word, the row's typography; never the word
itself), cross-validated over the tune split's cases (trained on the other folds and
benchmarks/train_line_roles.py's synthetic resumes), and counts on the held-out entries
whose labelled company and title are both printed in their header how often the rules
(structure.roles) and the model give both exactly. Needs python-crfsuite.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from parse_accuracy import norm_text  # noqa: E402
from train_line_roles import DEFAULT_DATA, position_sections, synthetic, tune_cases  # noqa: E402

from reslint.lexicon.entry_words import LINE_JOINS, company_score, is_school, title_score  # noqa: E402
from reslint.lexicon.pieces import is_location  # noqa: E402
from reslint.structure.entries import split_entries  # noqa: E402
from reslint.structure.header_rows import Row, header_rows  # noqa: E402
from reslint.structure.line_roles import look_of  # noqa: E402
from reslint.structure.role_words import employer_name  # noqa: E402
from reslint.structure.row_features import SectionLook, own_features  # noqa: E402
from reslint.structure.styled_roles import read_entry_header  # noqa: E402

TOKEN_RE = re.compile(r"[^\W_][\w.'’&-]*|[^\w\s]")
_ROW_KEYS = ("bold", "italic", "size", "indent", "style1", "caps")


def _shape(token: str) -> str:
    if not token[:1].isalnum():
        return token  # punctuation is a shape, not a word
    shape = re.sub(r"[A-ZÀ-Ý]", "X", token)
    shape = re.sub(r"[^\WX\d_]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1+", r"\1\1", shape)[:6]


def _word_flags(token: str) -> dict[str, str]:
    lowered = token.lower().strip(".")
    return {
        "title": str(title_score(token) > 0),
        "company": str(company_score(token) > 0),
        "join": str(lowered in LINE_JOINS),
        "school": str(is_school(token)),
        "place": str(is_location(token)),
    }


def tokens_of(rows: list[Row], look: SectionLook) -> tuple[list[str], list[dict[str, str]]]:
    tokens: list[str] = []
    features: list[dict[str, str]] = []
    for index, row in enumerate(rows):
        typography = own_features(row.text, row.line, row.pieces, look)
        found = list(TOKEN_RE.finditer(row.text))
        for position, match in enumerate(found):
            token = match.group()
            gap = row.text[: match.start()][-3:]
            own = {"shape": _shape(token), **_word_flags(token)}
            own["gap"] = str(position > 0 and gap == "   ")  # a column gap before it
            own |= {f"row:{key}": typography[key] for key in _ROW_KEYS}
            own["row"] = str(min(index, 2))
            own["at"] = (
                "first" if position == 0 else ("last" if position == len(found) - 1 else "mid")
            )
            features.append(own)
            tokens.append(token)
    out = []
    for index, own in enumerate(features):
        merged = dict(own)
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < len(features):
                for key in ("shape", "title", "company", "join", "place", "gap"):
                    merged[f"{offset}:{key}"] = features[other][key]
            else:
                merged[f"{offset}:none"] = "1"
        out.append(merged)
    return tokens, out


def _span(tokens: list[str], value: str, taken: set[int]) -> range | None:
    want = norm_text(value)
    if not want:
        return None
    for start in range(len(tokens)):
        for end in range(start + 1, len(tokens) + 1):
            if taken & set(range(start, end)):
                break
            got = norm_text(" ".join(tokens[start:end]))
            if got == want:
                return range(start, end)
            if len(got) > len(want):
                break
    return None


def labels_for(tokens: list[str], position: dict[str, Any]) -> list[str] | None:
    title = _span(tokens, position.get("title") or "", set())
    if title is None:
        return None
    company = _span(tokens, position.get("company") or "", set(title))
    if company is None:
        return None
    labels = ["O"] * len(tokens)
    for span, name in ((title, "T"), (company, "C")):
        for index in span:
            labels[index] = ("B-" if index == span.start else "I-") + name
    return labels


def decoded(tokens: list[str], labels: list[str], name: str) -> str:
    """The first span the labels give `name`: from its first token on while `I-` goes on."""
    picked: list[str] = []
    for token, label in zip(tokens, labels, strict=True):
        if label.endswith(name) and (not picked or label.startswith("I")):
            picked.append(token)
        elif picked:
            break
    return " ".join(picked)


Example = tuple[list[str], list[dict[str, str]], list[str], str, str, str, str]


def examples(path: Path, truth: list[dict[str, Any]]) -> list[Example]:
    """(tokens, features, labels, truth title, truth company, rules' title, rules' company)."""
    found: list[Example] = []
    for lines in position_sections(path):
        entries = [entry for entry in split_entries(lines) if entry.dates is not None]
        look = look_of(lines, entries)
        for entry in entries:
            rows = header_rows(entry)
            if not rows:
                continue
            tokens, features = tokens_of(rows, look)
            start = entry.dates.start.iso() if entry.dates and entry.dates.start else ""
            ordered = sorted(truth, key=lambda p: str(p.get("start") or "").lower() != start)
            for position in ordered:
                labels = labels_for(tokens, position)
                if labels is None:
                    continue
                reading = read_entry_header(entry)
                rules_title = reading.title.value if reading.title else ""
                rules_company = employer_name(reading.company.value) if reading.company else ""
                found.append(
                    (
                        tokens,
                        features,
                        labels,
                        position["title"],
                        position["company"],
                        rules_title,
                        rules_company,
                    )
                )
                break
    return found


def main() -> int:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        base = [e for path, jobs in synthetic(120, 7, work) for e in examples(path, jobs)]
        cases = tune_cases(args.data)
        per_case = {}
        for case in cases:
            truth = json.loads((args.data / case["id"] / "truth.json").read_text(encoding="utf-8"))
            per_case[case["id"]] = examples(
                args.data / case["id"] / case["file"], truth.get("positions") or []
            )
        for fold in range(args.folds):
            held = {case["id"] for index, case in enumerate(cases) if index % args.folds == fold}
            trainer = pycrfsuite.Trainer(verbose=False)
            training = [e for cid, found in per_case.items() if cid not in held for e in found]
            for _, features, labels, *_ in base + training:
                trainer.append(features, labels)
            trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 150})
            model = work / f"tokens-{fold}.crfsuite"
            trainer.train(str(model))
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            for cid in held:
                for tokens, features, _, title, company, rules_title, rules_company in per_case[
                    cid
                ]:
                    predicted = tagger.tag(features)
                    model_ok = norm_text(decoded(tokens, predicted, "T")) == norm_text(
                        title
                    ) and norm_text(decoded(tokens, predicted, "C")) == norm_text(company)
                    rules_ok = norm_text(rules_title) == norm_text(title) and norm_text(
                        rules_company
                    ) == norm_text(company)
                    tally["entries"] += 1
                    tally["rules"] += rules_ok
                    tally["model"] += model_ok
                    tally["both"] += rules_ok and model_ok
    print(
        f"{tally['entries']} held-out tune entries whose company and title are printed in "
        f"their header: both exactly right by the rules {tally['rules']}, by the token model "
        f"{tally['model']}, by both {tally['both']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
