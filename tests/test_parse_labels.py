"""`reslint parse --format json` against the labels in benchmarks/labels.

Structured formats map exactly, so their parse must equal the label. DOCX
files go through `structure`, so their score is held to a floor here; run
`python -m tests.test_parse_labels` for the per-file table.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reslint.cli import main
from tests.conftest import CORPUS, REPO

LABELS = REPO / "benchmarks" / "labels"
CONTACT_KEYS = ("name", "emails", "phones", "linkedin")
POSITION_KEYS = ("company", "title", "start", "end")
EDUCATION_KEYS = ("school", "degree", "field", "start", "end")


def labelled(folder: str) -> list[tuple[Path, Path]]:
    """(corpus file, label file) pairs for one label folder."""
    return [
        (CORPUS / folder / label.name.removesuffix(".json"), label)
        for label in sorted((LABELS / folder).glob("*.json"))
    ]


def parsed(path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["parse", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    return {
        **{key: data[key] for key in CONTACT_KEYS},
        "positions": [{key: p[key] for key in POSITION_KEYS} for p in data["positions"]],
        "education": [{key: e[key] for key in EDUCATION_KEYS} for e in data["education"]],
    }


def score(label: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Per field: (right, labelled). Emails and phones count per value; entries all-or-nothing."""
    scores = {key: (int(got[key] == label[key]), 1) for key in ("name", "linkedin")}
    for key in ("emails", "phones", "positions", "education"):
        wanted, found = label[key], list(got[key])
        right = 0
        for item in wanted:
            if item in found:
                found.remove(item)
                right += 1
        # Extra values are wrong too: count them against the labelled total.
        scores[key] = (right, len(wanted) + len(found))
    return scores


@pytest.mark.parametrize(
    ("path", "label"), labelled("structured"), ids=lambda value: getattr(value, "name", "")
)
def test_structured_parse_equals_label(path: Path, label: Path) -> None:
    assert parsed(path) == json.loads(label.read_text(encoding="utf-8"))


def test_every_docx_is_labelled() -> None:
    assert {path.name for path, _ in labelled("docx")} == {
        path.name for path in (CORPUS / "docx").glob("*.docx")
    }


def totals(folder: str) -> dict[str, tuple[int, int]]:
    summed: dict[str, tuple[int, int]] = {}
    for path, label in labelled(folder):
        for key, (right, total) in score(
            json.loads(label.read_text("utf-8")), parsed(path)
        ).items():
            old = summed.get(key, (0, 0))
            summed[key] = (old[0] + right, old[1] + total)
    return summed


def test_docx_accuracy_floor() -> None:
    # Floors at the measured level (see the report), so a regression fails. The misses are
    # soupboss_minnie01.docx, a LinkedIn page pasted without a name or section headings.
    summed = totals("docx")
    for key in ("emails", "phones", "linkedin", "education"):
        assert summed[key][0] == summed[key][1], key
    assert summed["name"][0] >= 7
    assert summed["positions"][0] >= 24


def main_table() -> None:
    rows = []
    for path, label in labelled("docx"):
        scores = score(json.loads(label.read_text("utf-8")), parsed(path))
        rows.append((path.name, scores))
    keys = ("name", "emails", "phones", "linkedin", "positions", "education")
    print(f"{'file':36}" + "".join(f"{key:>11}" for key in keys))
    summed = {key: [0, 0] for key in keys}
    for name, scores in rows:
        cells = ""
        for key in keys:
            right, total = scores[key]
            summed[key][0] += right
            summed[key][1] += total
            cells += f"{f'{right}/{total}':>11}"
        print(f"{name:36}{cells}")
    print(f"{'total':36}" + "".join(f"{f'{r}/{t}':>11}" for r, t in summed.values()))


if __name__ == "__main__":
    main_table()
