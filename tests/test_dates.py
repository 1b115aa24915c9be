from __future__ import annotations

import pytest

from reslint.structure.dates import find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan 2020 – Present", "2020-01", "present"),
        ("January 2020 - December 2021", "2020-01", "2021-12"),
        ("01/2020 – 12/2021", "2020-01", "2021-12"),
        ("2020-01 — now", "2020-01", "present"),
        ("2019 to 2021", "2019", "2021"),
        ("Jan. 2020 – Current", "2020-01", "present"),
        ("Aug. 2018 – May 2021", "2018-08", "2021-05"),
        ("Sept 2019 - Today", "2019-09", "present"),
        ("September 2017 - November 2024 (7 years 3 months)", "2017-09", "2024-11"),
        ("Summer 2021 – Fall 2021", "2021-07", "2021-10"),
        ("Acme Inc. | Engineer | Mar 2019 – Jun 2020", "2019-03", "2020-06"),
    ],
)
def test_ranges(text, start, end):
    (match,) = find_dates(text)
    assert match.range.start.iso() == start
    assert match.range.end.iso() == end


def test_single_date_and_span():
    (match,) = find_dates("Graduated May 2018")
    assert match.range.start.iso() == "2018-05" and match.range.end is None
    assert "Graduated May 2018"[match.start : match.end] == "May 2018"


def test_styles_differ_for_inconsistency_checks():
    assert parse_date("Jan 2020").style != parse_date("01/2020").style


@pytest.mark.parametrize("text", ["", "no date here", "version 2.0", "1234 Main St"])
def test_no_dates(text):
    assert find_dates(text) == []
