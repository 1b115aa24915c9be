"""Dates in more languages: Hungarian year-first month names, Japanese era years, the
Scandinavian, Finnish and Romanian months and `present` words, Slavic case forms, and a
year with a one-digit month after a hyphen."""

from __future__ import annotations

import pytest

from reslint.lexicon.dates import find_dates, parse_date


def _range(text: str) -> tuple[tuple[int | None, int | None], tuple[int | None, int | None, bool]]:
    (found,) = find_dates(text)
    start, end = found.range.start, found.range.end
    assert start is not None and end is not None
    return (start.year, start.month), (end.year, end.month, end.present)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017. március – 2020. október", ((2017, 3), (2020, 10, False))),
        ("2016. febr. – jelenleg", ((2016, 2), (None, None, True))),
        ("2018 augusztus - napjainkig", ((2018, 8), (None, None, True))),
        ("平成29年10月～令和4年1月", ((2017, 10), (2022, 1, False))),
        ("令和2年4月 - 現在", ((2020, 4), (None, None, True))),
        ("augusti 2015 – nuvarande", ((2015, 8), (None, None, True))),
        ("marts 2016 - i dag", ((2016, 3), (None, None, True))),
        ("desember 2014 – nåværende", ((2014, 12), (None, None, True))),
        ("lokakuu 2013 – nykyään", ((2013, 10), (None, None, True))),
        ("octombrie 2012 - prezent", ((2012, 10), (None, None, True))),
        ("noiembrie 2011 – martie 2013", ((2011, 11), (2013, 3, False))),
        ("2021-3 - 2022-11", ((2021, 3), (2022, 11, False))),
    ],
)
def test_ranges_in_more_languages(text: str, expected: object) -> None:
    assert _range(text) == expected


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("2014. okt.", 2014, 10),
        ("令和元年5月", 2019, 5),
        ("в феврале 2016", 2016, 2),  # Russian prepositional
        ("у квітні 2017", 2017, 4),  # Ukrainian locative
        ("syyskuussa 2012", 2012, 9),
    ],
)
def test_single_dates_in_more_languages(text: str, year: int, month: int) -> None:
    found = find_dates(text)
    assert [(match.range.start.year, match.range.start.month) for match in found] == [(year, month)]


@pytest.mark.parametrize("text", ["2019 Nov", "in 2015. 4 teams", "IntelliJ 2020.3"])
def test_a_year_beside_a_short_word_or_number_keeps_only_the_year(text: str) -> None:
    (found,) = find_dates(text)
    assert found.range.start is not None and found.range.start.month is None


def test_an_era_date_reads_on_its_own() -> None:
    value = parse_date("平成30年3月")
    assert value is not None and (value.year, value.month) == (2018, 3)
