"""benchmarks/real_accuracy.py --data on a folder of unseen resumes: its own split name, only
the labelled cases scored, and their misses kept out of --details as the test split's are.
The resume and its labels are written here for an invented person."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from real_accuracy import main

RESUME = """# Ines Okafor

ines.okafor@example.org

## Experience

### Data Analyst, Lumen Freight
*March 2021 - Present*

- Cut weekly reporting time by 40 % with a shared dashboard

## Education

### BSc Statistics, University of Lagos
*2016 - 2020*
"""

TRUTH = {
    "name": "Ines Okafor",
    "emails": ["ines.okafor@example.org"],
    "phones": [],
    "linkedin": None,
    "headline": None,
    "positions": [
        {"company": "Lumen Freight", "title": "Data Analyst", "start": "2021-03", "end": "present"}
    ],
    "education": [
        {"school": "University of Lagos", "degree": "BSc", "start": "2016", "end": "2020"}
    ],
    "sections": [],
}


def _case(case_id: str) -> dict[str, str]:
    return {
        "id": case_id,
        "theme": "markdown",
        "language": "en",
        "layout": "one-column",
        "file": "resume.md",
        "split": "unseen",
    }


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for case_id in ("u01", "u02"):
        (tmp_path / case_id).mkdir()
        (tmp_path / case_id / "resume.md").write_text(RESUME, encoding="utf-8")
    # Only u01 is labelled; u02 is in the index for its judged findings alone.
    (tmp_path / "u01" / "truth.json").write_text(json.dumps(TRUTH), encoding="utf-8")
    index = {"cases": [_case("u01"), _case("u02")]}
    (tmp_path / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return tmp_path


def test_an_unseen_split_scores_its_labelled_cases(data: Path, capsys: pytest.CaptureFixture[str]):
    main(["--data", str(data), "--split", "unseen", "--by", "split"])
    out = capsys.readouterr().out
    assert out.startswith("1 cases from")
    assert "unseen split: precision, recall, F1" in out
    row = next(line.split() for line in out.splitlines() if line.startswith("email "))
    assert row[1:4] == ["1.000", "1.000", "1.000"]


def test_a_split_the_index_lacks_is_refused(data: Path):
    with pytest.raises(SystemExit) as stop:
        main(["--data", str(data), "--split", "test"])
    assert stop.value.code == 2


def test_details_do_not_list_unseen_misses(data: Path, capsys: pytest.CaptureFixture[str]):
    truth = dict(TRUTH, emails=["someone.else@example.org"])
    (data / "u01" / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    main(["--data", str(data), "--split", "unseen", "--by", "split", "--details"])
    assert "missed email" not in capsys.readouterr().out
    main(
        [
            "--data",
            str(data),
            "--split",
            "unseen",
            "--by",
            "split",
            "--details",
            "--i-am-not-tuning",
        ]
    )
    assert "missed email: someone.else@example.org" in capsys.readouterr().out
