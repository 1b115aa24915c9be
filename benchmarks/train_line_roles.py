"""Train (and cross-validate) the line-role CRF of reslint/structure/line_roles.py.

    python benchmarks/train_line_roles.py [--out FILE] [--people 120] [--seed 7]
    python benchmarks/train_line_roles.py --cv 5      # cross-validated on the tune split

Labelled header rows come from three places, each row labelled `title`, `company`, `both`
or `other` by aligning the labelled positions (company, title) to the rows reslint's own
entry reading makes (structure.entries, structure.roles), so that the model learns the
rows it will be given:

- synthetic resumes rendered here (reportlab) in several layouts (employer or title
  first, date column, capitals, italic titles, one style for both, sizes and fonts drawn
  at random), whose positions are known exactly;
- the project's labelled corpus (tests/corpus with benchmarks/labels);
- the tune split of ../shared/realworld (never the test split). Only non-lexical features
  are learned (structure.row_features), so the model file holds no text of these resumes.

`--cv K` splits the tune cases into K folds; for each it trains on the synthetic resumes,
the corpus and the other folds, then scores positions on the held-out fold with the model
and without (benchmarks/real_accuracy.py's scoring), and prints both sums. Training is
deterministic (L-BFGS from fixed data in a fixed order); needs python-crfsuite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from parse_accuracy import Score, norm_text  # noqa: E402
from profile_mismatch import COMPANIES, OTHER_ROLES, TITLES  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from real_accuracy import DEFAULT_DATA, score_case  # noqa: E402

import reslint.structure as structure  # noqa: E402
from reslint.readers import ReadError, ReadOptions, read  # noqa: E402
from reslint.structure.entries import split_entries  # noqa: E402
from reslint.structure.header_rows import Row, header_rows  # noqa: E402
from reslint.structure.line_roles import SHIPPED, SWITCH, entry_features, look_of  # noqa: E402
from reslint.structure.row_features import Features  # noqa: E402
from reslint.structure.styled_roles import read_entry_header  # noqa: E402

Sequence = tuple[list[Features], list[str]]

# Invented employers and roles beside profile_mismatch's, some without a company or
# title word, so that the model learns layout where the lexicon is silent.
MORE_COMPANIES = [
    "Bluebird",
    "Maple & Finch",
    "Harbor Point",
    "Eastfield University",
    "City of Brookvale",
    "Quillfeather Studio",
    "Ostrander Partners",
    "Kestrel Analytics Ltd",
    "Saint Aldric Hospital",
    "Verdant Foods Group",
]
MORE_ROLES = ["Lifeguard", "Barista", "Intern", "Founder", "Volunteer", "Cashier", "Tutor"]
PLACES = ["Springfield, IL", "Brookvale", "Remote", "Lakeside, OR", "Portsmouth, UK"]
FONTS = (
    ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    ("Times-Roman", "Times-Bold", "Times-Italic"),
)
LAYOUTS = (
    "company-first",
    "title-first",
    "caps-company",
    "date-column",
    "dates-above",
    "same-style",
    "title-larger",
)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# -- synthetic resumes ---------------------------------------------------------------


def _dates(rng: random.Random, start: tuple[int, int], end: tuple[int, int] | None) -> str:
    form = rng.randrange(3)

    def one(value: tuple[int, int] | None) -> str:
        if value is None:
            return "Present"
        year, month = value
        return (f"{MONTHS[month - 1]} {year}", f"{month:02d}/{year}", str(year))[form]

    return f"{one(start)} – {one(end)}"


def synthetic_job(rng: random.Random, start: tuple[int, int], end: tuple[int, int] | None) -> dict:
    company = rng.choice([c for c, _ in COMPANIES] + MORE_COMPANIES)
    title = rng.choice([t for t, _ in TITLES] + OTHER_ROLES + MORE_ROLES)
    return {
        "company": company,
        "title": title,
        "start": start,
        "end": end,
        "place": rng.choice(PLACES),
        "dates": _dates(rng, start, end),
    }


def render(path: Path, jobs: list[dict], layout: str, rng: random.Random) -> None:
    from reportlab.pdfgen import canvas

    regular, bold, italic = rng.choice(FONTS)
    size = rng.choice((9.0, 10.0, 10.5, 11.0))
    sheet = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740.0
    left, right = 60.0, 552.0

    def text(value: str, font: str, at: float = left, points: float = size, flush=False) -> None:
        sheet.setFont(font, points)
        if flush:
            sheet.drawRightString(right, y, value)
        else:
            sheet.drawString(at, y, value)

    def down(points: float = size) -> None:
        nonlocal y
        y -= points * 1.45
        if y < 70:
            sheet.showPage()
            y = 740.0

    text("Alex Example", bold, points=20)
    down(20)
    text("alex@example.org | +1 312 555 0100", regular)
    down()
    down()
    text("Experience", bold, points=size + 3)
    down(size + 3)
    for job in jobs:
        company, title, place, dates = job["company"], job["title"], job["place"], job["dates"]
        if layout == "company-first":
            text(company, bold), text(dates, regular, flush=True), down()
            text(title, italic), text(place, italic, flush=True), down()
        elif layout == "title-first":
            text(title, bold), text(dates, regular, flush=True), down()
            text(company, regular), down()
        elif layout == "caps-company":
            text(company.upper(), bold), text(place, regular, flush=True), down()
            text(title, regular), text(dates, regular, flush=True), down()
        elif layout == "date-column":
            text(dates, regular), text(company, bold, left + 120), down()
            text(title, italic, left + 120), down()
        elif layout == "dates-above":
            text(dates, italic), down()
            text(title, bold), down()
            text(f"{company}, {place}", regular), down()
        elif layout == "same-style":
            first, second = (company, title) if rng.random() < 0.5 else (title, company)
            text(first, bold), text(dates, bold, flush=True), down()
            text(second, bold), down()
        else:  # title-larger
            text(title, bold, points=size + 2), down(size + 2)
            text(f"{company}  |  {dates}", regular), down()
        for _ in range(rng.randint(1, 3)):
            text("\u2022 Cut the cycle time by a third in one year", regular, left + 12)
            down()
        down(4)
    text("Education", bold, points=size + 3)
    down(size + 3)
    text("Eastfield University", bold), text("2010 – 2014", regular, flush=True), down()
    text("B.S. Computer Science", regular)
    sheet.save()


def synthetic(count: int, seed: int, folder: Path) -> list[tuple[Path, list[dict]]]:
    rng = random.Random(seed)
    made = []
    for index in range(count):
        layout = LAYOUTS[index % len(LAYOUTS)]
        end: tuple[int, int] | None = None
        year = 2025
        jobs = []
        for _ in range(rng.randint(2, 4)):
            start = (year - rng.randint(1, 3), rng.randint(1, 12))
            jobs.append(synthetic_job(rng, start, end))
            end, year = (start[0], max(1, start[1] - 1)), start[0]
        path = folder / f"synthetic-{index:03d}.pdf"
        render(path, jobs, layout, rng)
        made.append((path, jobs))
    return made


# -- labelled rows -------------------------------------------------------------------


def _row_texts(row: Row) -> list[str]:
    texts = [row.text, *row.pieces]
    texts += [part.strip() for piece in row.pieces for part in piece.split(",")]
    return [norm_text(text) for text in texts if text.strip()]


def _found(value: str, row: Row) -> float:
    if not value:
        return 0.0
    return max((fuzz.ratio(value, text) for text in _row_texts(row)), default=0.0)


_MATCH = 85.0


def row_labels(rows: list[Row], truth: list[dict]) -> list[str] | None:
    """The rows' labels from the labelled position they name best, None if none does."""
    best: tuple[float, int, int | None] | None = None
    for position in truth:
        title, company = norm_text(position.get("title")), norm_text(position.get("company"))
        if not title:
            continue
        title_hits = [_found(title, row) for row in rows]
        title_row = max(range(len(rows)), key=lambda r: title_hits[r])
        if title_hits[title_row] < _MATCH:
            continue
        company_row: int | None = None
        score = title_hits[title_row]
        if company:
            company_hits = [_found(company, row) for row in rows]
            company_row = max(range(len(rows)), key=lambda r: company_hits[r])
            if company_hits[company_row] < _MATCH:
                continue
            score += company_hits[company_row]
        if best is None or score > best[0]:
            best = (score, title_row, company_row)
    if best is None:
        return None
    _, title_row, company_row = best
    labels = ["other"] * len(rows)
    labels[title_row] = "title"
    if company_row is not None:
        labels[company_row] = "both" if company_row == title_row else "company"
    return labels


def position_sections(path: Path) -> list[tuple[Line, ...]]:
    """The lines of each section reslint reads positions from in `path` (none when the
    file cannot be read): caught at `structure.find_positions`, the one place they pass."""
    sections: list[tuple[Line, ...]] = []
    original = structure.find_positions

    def capture(lines: tuple, title: str) -> Any:
        sections.append(lines)
        return original(lines, title)

    structure.find_positions = capture
    try:
        structure.build_document(path, read(path, ReadOptions()))
    except ReadError:
        return []
    finally:
        structure.find_positions = original
    return sections


def sequences(
    path: Path, truth: list[dict], rules_rows: list[tuple[int | None, int]] | None = None
) -> list[Sequence]:
    """The labelled header rows of every dated entry reslint reads from `path`; the title
    row the rules read in each goes to `rules_rows` when given."""
    found: list[Sequence] = []
    for lines in position_sections(path):
        entries = [entry for entry in split_entries(lines) if entry.dates is not None]
        look = look_of(lines, entries)
        for entry in entries:
            rows = header_rows(entry)
            labels = row_labels(rows, truth) if rows else None
            if labels is not None:
                found.append((entry_features(rows, look), labels))
                if rules_rows is not None:
                    reading = read_entry_header(entry)
                    rules_rows.append((reading.title_row, reading.margin))
    return found


Line = Any  # the reader's lines, only passed through here


def corpus_sequences() -> list[Sequence]:
    found: list[Sequence] = []
    for label in sorted((REPO / "benchmarks" / "labels").glob("*/*.json")):
        source = REPO / "tests" / "corpus" / label.parent.name / label.name.removesuffix(".json")
        truth = json.loads(label.read_text(encoding="utf-8")).get("positions") or []
        if source.is_file() and truth:
            found += sequences(source, truth)
    return found


def tune_cases(data: Path) -> list[dict[str, Any]]:
    index = json.loads((data / "index.json").read_text(encoding="utf-8"))
    return [case for case in index["cases"] if case["split"] == "tune"]


def case_sequences(
    case: dict[str, Any], data: Path, rules_rows: list[tuple[int | None, int]] | None = None
) -> list[Sequence]:
    folder = data / case["id"]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return sequences(folder / case["file"], truth.get("positions") or [], rules_rows)


def _title_row(labels: list[str]) -> int | None:
    return next((i for i, label in enumerate(labels) if label in ("title", "both")), None)


def row_tally(
    model: Path, held: list[Sequence], rules_rows: list[tuple[int | None, int]]
) -> Counter[str]:
    """On the held-out headers of several rows: how often the rules and the model put the
    title on the labelled row."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tally: Counter[str] = Counter()
    for (features, labels), (rules_row, margin) in zip(held, rules_rows, strict=True):
        if len(labels) < 2:
            continue
        want = _title_row(labels)
        model_row = _title_row(tagger.tag(features))
        for group in ("all", "unsure" if margin < 2 else "sure"):
            tally[f"{group} headers"] += 1
            tally[f"{group} rules"] += rules_row == want
            tally[f"{group} model"] += model_row == want
    return tally


def train(data: list[Sequence], out: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in data:
        trainer.append(features, labels)
    trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 150})
    trainer.train(str(out))


def _positions(cases: list[dict[str, Any]], data: Path, model: Path | None) -> Score:
    total = Score()
    if model is None:
        os.environ.pop(SWITCH, None)
    else:
        os.environ[SWITCH] = str(model)
    for case in cases:
        total.add(score_case(case, data, False).scores["positions"])
    os.environ.pop(SWITCH, None)
    return total


def cross_validate(base: list[Sequence], data: Path, folds: int, work: Path) -> None:
    cases = tune_cases(data)
    rules_rows = {case["id"]: [] for case in cases}
    per_case = {case["id"]: case_sequences(case, data, rules_rows[case["id"]]) for case in cases}
    rules, model = Score(), Score()
    rows: Counter[str] = Counter()
    for fold in range(folds):
        held = [case for index, case in enumerate(cases) if index % folds == fold]
        held_ids = {case["id"] for case in held}
        training = base + [s for cid, seqs in per_case.items() if cid not in held_ids for s in seqs]
        path = work / f"fold-{fold}.crfsuite"
        train(training, path)
        without, with_model = _positions(held, data, None), _positions(held, data, path)
        rows += row_tally(
            path,
            [s for case in held for s in per_case[case["id"]]],
            [r for case in held for r in rules_rows[case["id"]]],
        )
        rules.add(without)
        model.add(with_model)
        print(
            f"fold {fold}: {len(held)} cases, positions F1 rules {without.f1:.3f}, "
            f"model {with_model.f1:.3f}"
        )
    for group in ("all", "sure", "unsure"):
        print(
            f"title row right on {rows[group + ' headers']} labelled tune headers of several "
            f"rows ({group} by the rules): rules {rows[group + ' rules']}, "
            f"model {rows[group + ' model']}"
        )
    print(
        f"cross-validated positions F1 over tune: rules {rules.f1:.3f} "
        f"(tp {rules.tp} fp {rules.fp} fn {rules.fn}), model {model.f1:.3f} "
        f"(tp {model.tp} fp {model.fp} fn {model.fn})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--people", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cv", type=int, default=0, help="Cross-validate over K tune folds.")
    parser.add_argument("--no-real", action="store_true", help="Train without the tune split.")
    args = parser.parse_args()
    os.environ.pop(SWITCH, None)  # rows are read by the rules alone while collecting
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        base: list[Sequence] = []
        for path, jobs in synthetic(args.people, args.seed, work):
            base += sequences(path, jobs)
        synthetic_count = len(base)
        base += corpus_sequences()
        print(
            f"labelled entries: {synthetic_count} synthetic, {len(base) - synthetic_count} corpus"
        )
        if args.cv:
            cross_validate(base, args.data, args.cv, work)
            return 0
        real = (
            []
            if args.no_real
            else [s for c in tune_cases(args.data) for s in case_sequences(c, args.data)]
        )
        print(f"labelled entries: {len(real)} from the tune split")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        train(base + real, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
