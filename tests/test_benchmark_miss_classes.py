"""benchmarks/miss_classes.py: each labelled entry lands in the class that says what the
parse got wrong (invented entries: company, title, start, end as the benchmark compares
them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from miss_classes import case_classes, entry_class

NAMES = ("company", "title")
WANT = ("lumen freight", "data analyst", "2021-03", "present")


@pytest.mark.parametrize(
    ("parsed", "expected"),
    [
        ([WANT], "exact"),
        ([("data analyst", "lumen freight", "2021-03", "present")], "swapped"),
        ([("lumen freight lagos", "data analyst", "2021-03", "present")], "company-longer"),
        ([("", "data analyst", "2021-03", "present")], "company-missing"),
        ([("lumen freight", "analyst", "2021-03", "present")], "title-shorter"),
        ([("harbor bank", "clerk", "2021-03", "present")], "company-wrong title-wrong"),
        ([("lumen freight", "data analyst", "2021-01", "present")], "dates-wrong"),
        ([("harbor bank", "clerk", "2015", "2017")], "no-entry"),
    ],
)
def test_entry_class(parsed, expected):
    assert entry_class(WANT, parsed, NAMES) == expected


def test_the_dated_entry_agreeing_most_is_compared():
    parsed = [
        ("harbor bank", "clerk", "2021-03", "present"),
        ("lumen freight", "analyst", "2021-03", "present"),
    ]
    assert entry_class(WANT, parsed, NAMES) == "title-shorter"


def test_a_resume_with_no_parsed_entries_loses_them_all_to_the_section():
    truth = {"positions": [dict(zip(("company", "title", "start", "end"), WANT, strict=True))]}
    assert case_classes(truth, {"positions": []}, "positions") == {"section-empty (no heading)": 1}
    found = {"positions": [], "sections": [{"title": "Work", "kind": "experience"}]}
    assert case_classes(truth, found, "positions") == {"section-empty (no entries)": 1}
    assert case_classes({"positions": []}, {"positions": []}, "positions") == {}
