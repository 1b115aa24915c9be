"""The date forms resumes print, one matrix over lexicon.dates' vocabulary: each form once
as a range's start, the joiners between two dates, the `present` words of every language,
the `since` words before a single date, and what may follow a range (a duration).

Each case asserts the range found, where it starts and ends in the line, and the months it
reads; the text around the dates is invented.
"""

from __future__ import annotations

import pytest

from reslint.lexicon.dates import find_dates
from reslint.lexicon.pieces import cut_dates
from reslint.model import Line


def _one_range(text: str) -> tuple[str | None, str | None, str]:
    (match,) = find_dates(text)
    start = match.range.start.iso() if match.range.start else None
    end = match.range.end.iso() if match.range.end else None
    return start, end, text[match.start : match.end]


# Numeric forms: slashed, dotted, ISO, two-digit years in a range, hyphenated.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("03/2019 – 11/2020", "2019-03", "2020-11"),
        ("3.2019 – 11.2020", "2019-03", "2020-11"),
        ("2019-03 – 2020-11", "2019-03", "2020-11"),
        ("03.2019 – 11.2020", "2019-03", "2020-11"),
        ("2019/03 – 2020/11", "2019-03", "2020-11"),
        ("2019.03 ~ 2020.11", "2019-03", "2020-11"),
        ("2019. 03 ~ 2020. 11", "2019-03", "2020-11"),
        ("'19 – '21", "2019", "2021"),
        ("’98 – ’02", "1998", "2002"),
        ("01/19 – 03/21", "2019-01", "2021-03"),
        ("1/19 – 3/21", "2019-01", "2021-03"),
        ("11/98 – 02/04", "1998-11", "2004-02"),
        ("01/19 – Present", "2019-01", "present"),
        ("01-2019 – 12-2020", "2019-01", "2020-12"),
        ("Jan-2019 – Dec-2020", "2019-01", "2020-12"),
        ("Jan2019 – Dec2020", "2019-01", "2020-12"),
        ("Jan, 2019 – Dec, 2020", "2019-01", "2020-12"),
    ],
)
def test_numeric_forms(text, start, end):
    assert _one_range(text) == (start, end, text)


@pytest.mark.parametrize(
    "text",
    [
        "scored 9/10 – 7/10 on the panel",  # runs back in time: a score
        "'19",  # a two-digit year alone is a quotation
        "1/19",  # and a month with one a fraction
        "call 555-01-2019",  # hyphens grouping a number
    ],
)
def test_two_digit_years_outside_a_range_are_no_dates(text):
    assert [m.range.start.month for m in find_dates(text) if m.range.start.month] == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Summer 2019 – Fall 2020", "2019", "2020"),
        ("Autumn 2019", "2019", None),
        ("Été 2019 – Hiver 2020", "2019", "2020"),
        ("Printemps 2021", "2021", None),
        ("Sommer 2019 – Winter 2020", "2019", "2020"),
        ("Frühjahr 2018", "2018", None),
        ("Herbst 2018 – heute", "2018", "present"),
        ("Verano 2019", "2019", None),
        ("Verão 2019", "2019", None),
        ("Zomer 2019 – Najaar 2019", "2019", "2019"),
        ("Lato 2019", "2019", None),
        ("Лето 2019", "2019", None),
    ],
)
def test_seasons_in_every_language(text, start, end):
    """A season names no month: its date is the year, its style the season's."""
    assert _one_range(text) == (start, end, text)
    assert find_dates(text)[0].range.start.style == "Season YYYY"


def test_real_estate_is_no_season():
    (match,) = find_dates("Real Estate 2019 Conference")
    assert (match.range.start.iso(), match.range.start.raw) == ("2019", "2019")


# `|` between words: several are phrases.
_SINCE = "since|Since|seit|ab|depuis|à partir de|desde|a partir de|dal|sinds|vanaf|od|с|з"


@pytest.mark.parametrize("since", _SINCE.split("|"))
@pytest.mark.parametrize("date", ["03/2019", "2019"])
def test_since_words_open_a_range_that_goes_on(since, date):
    text = f"{since} {date}"
    start, end, found = _one_range(text)
    assert (start, end, found) == ("2019-03" if "/" in date else "2019", "present", text)


_JOINERS = "-|–|—|‐|‑|‒|―|−|~|～|to|until|bis|à|au|a|al|hasta|tot|do|по|até|έως".split("|")


@pytest.mark.parametrize("joiner", _JOINERS)
def test_every_joiner_between_two_dates(joiner):
    for text in (f"2019 {joiner} 2021", f"03/2019 {joiner} 11/2021"):
        start, end, found = _one_range(text)
        assert (start[:4], end[:4], found) == ("2019", "2021", text)


@pytest.mark.parametrize("joiner", ["–", "-", "~", "至", "到", "～"])
def test_joiners_touching_cjk_dates(joiner):
    assert _one_range(f"2019年3月{joiner}2020年11月") == (
        "2019-03",
        "2020-11",
        f"2019年3月{joiner}2020年11月",
    )


# One line a language (en, de, es, fr, it, pt, nl, pl, ru, uk, cs, el, tr, vi, id, zh/ja, ko).
_PRESENT = "|".join(
    (
        "Present|current|now|today|ongoing|to date|till date",
        "heute|aktuell|dato|laufend|jetzt|derzeit",
        "actualmente|presente|actualidad|la actualidad|a la fecha|hoy",
        "en cours|aujourd'hui|aujourd’hui|à ce jour|ce jour|maintenant",
        "oggi|ad oggi|in corso|attuale",
        "atual|o momento|até o momento|hoje",
        "heden|nu|huidig",
        "obecnie|teraz|do teraz|do chwili obecnej",
        "по настоящее время|наст. время|наст. вр.|н.в.|сейчас",
        "зараз|по теперішній час|дотепер",
        "současnost|do současnosti|dosud",
        "σήμερα|έως σήμερα",
        "günümüz|halen|devam ediyor",
        "hiện tại|nay",
        "sekarang|saat ini",
        "至今|现在|現在|目前",
        "현재|재직중",
        "∞",
    )
).split("|")


@pytest.mark.parametrize("present", _PRESENT)
def test_present_words_of_every_language(present):
    text = f"03/2019 – {present}"
    assert _one_range(text) == ("2019-03", "present", text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019年3月 – 至今", "2019-03", "present"),
        ("2019年3月至今", "2019-03", "present"),
        ("2019年3月～2020年11月", "2019-03", "2020-11"),
        ("2019년 3월 ~ 2020년 11월", "2019-03", "2020-11"),
        ("2019년 3월 – 현재", "2019-03", "present"),
        ("2019.03 – 현재", "2019-03", "present"),
        ("2019年03月 - 2021年12月", "2019-03", "2021-12"),
    ],
)
def test_cjk_and_korean_forms(text, start, end):
    assert _one_range(text) == (start, end, text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("марта 2019 – июня 2020", "2019-03", "2020-06"),
        ("1 марта 2019 – 30 июня 2020", "2019-03", "2020-06"),
        ("мар. 2019 – июн. 2020", "2019-03", "2020-06"),
        ("сентябрь 2019 – н.в.", "2019-09", "present"),
        ("с 2019 г. по настоящее время", "2019", "present"),
        ("березня 2019 – червня 2020", "2019-03", "2020-06"),
        ("бер. 2019 – черв. 2020", "2019-03", "2020-06"),
        ("stycznia 2019 – lutego 2020", "2019-01", "2020-02"),
        ("sty. 2019 – lut. 2020", "2019-01", "2020-02"),
        ("od marca 2018 do teraz", "2018-03", "present"),
        ("leden 2019 – únor 2020", "2019-01", "2020-02"),
        ("ledna 2019 – února 2020", "2019-01", "2020-02"),
        ("led. 2019 – úno. 2020", "2019-01", "2020-02"),
        ("brezen 2019 – soucasnost", "2019-03", "present"),
        ("Ιανουάριος 2019 – Φεβρουάριος 2020", "2019-01", "2020-02"),
        ("Μαρτίου 2019 – σήμερα", "2019-03", "present"),
        ("ΣΕΠΤΕΜΒΡΙΟΣ 2019 – ΙΑΝΟΥΑΡΙΟΣ 2020", "2019-09", "2020-01"),
        ("Ιαν 2019 – Φεβ 2020", "2019-01", "2020-02"),
    ],
)
def test_genitive_and_abbreviated_months(text, start, end):
    assert _one_range(text) == (start, end, text)


@pytest.mark.parametrize(
    "text",
    ["led 2019 migration", "pro 2019 season", "dub 2019 remix"],
)
def test_czech_abbreviations_that_are_english_words_need_a_mark(text):
    (match,) = find_dates(text)
    assert match.range.start.month is None  # the year only


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan ‘24 – Present", "2024-01", "present"),
        ("Jan '19 – Mar '21", "2019-01", "2021-03"),
        ("Sept. 2019 – Oct. 2020", "2019-09", "2020-10"),
        ("Sep. 2019 – Oct. 2020", "2019-09", "2020-10"),
        ("Sept 2019 – Oct 2020", "2019-09", "2020-10"),
        ("JAN 2019 – DEC 2020", "2019-01", "2020-12"),
        ("MARCH 2019 – PRESENT", "2019-03", "present"),
    ],
)
def test_month_names_with_and_without_marks(text, start, end):
    assert _one_range(text) == (start, end, text)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Jan 2020 – Mar 2021 · 1 yr 3 mos", "Jan 2020 – Mar 2021"),
        ("Jan 2020 – Mar 2021 (2 years)", "Jan 2020 – Mar 2021"),
        ("janv. 2020 – mars 2021 2 ans", "janv. 2020 – mars 2021"),
        ("janv. 2020 – mars 2021 · 1 an 3 mois", "janv. 2020 – mars 2021"),
        ("März 2019 – heute (5 Jahre)", "März 2019 – heute"),
        ("09.2019 – 03.2021 (1 rok 6 miesięcy)", "09.2019 – 03.2021"),
    ],
)
def test_durations_after_ranges_stay_out_of_the_range(text, dates):
    (match,) = find_dates(text)
    assert text[match.start : match.end] == dates
    # The header line keeps no trace of the duration once the dates are cut out.
    cut = cut_dates(Line(text=f"Engineer   {text}"))
    assert cut.dates is not None and cut.rest.strip() == "Engineer"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mar – Jun 2019", "2019-03", "2019-06"),
        ("Mar. – Jun. 2019", "2019-03", "2019-06"),
        ("März–Juni 2019", "2019-03", "2019-06"),
        ("mars – juin 2019", "2019-03", "2019-06"),
        ("Nov – Feb 2020", "2019-11", "2020-02"),
    ],
)
def test_ranges_that_write_the_year_once(text, start, end):
    assert _one_range(text) == (start, end, text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Aug 2021 – Expected May 2025", "2021-08", "2025-05"),
        ("Aug. 2021 - exp. May 2025", "2021-08", "2025-05"),
        ("2021 – anticipated 2025", "2021", "2025"),
        ("10/2021 – voraussichtlich 09/2025", "2021-10", "2025-09"),
        ("2021 – vsl. 2025", "2021", "2025"),
        ("sept. 2021 – prévu juin 2025", "2021-09", "2025-06"),
        ("2021 – previsto 2025", "2021", "2025"),
        ("2021 – verwacht 2025", "2021", "2025"),
    ],
)
def test_a_range_whose_end_is_still_to_come(text, start, end):
    assert _one_range(text) == (start, end, text)


@pytest.mark.parametrize(
    "text", ["Example University   Expected May 2025", "Example University, voraussichtlich 2025"]
)
def test_an_expected_word_goes_with_the_date_it_leads(text):
    cut = cut_dates(Line(text=text))
    assert cut.dates is not None and cut.rest.strip(" ,") == "Example University"
