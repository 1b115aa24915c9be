from __future__ import annotations

import pytest

from reslint.lexicon.date_checks import compatible_styles, unreadable_dates
from reslint.lexicon.dates import find_dates, parse_date


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
        ("Summer 2021 – Fall 2021", "2021", "2021"),
        ("Acme Inc. | Engineer | Mar 2019 – Jun 2020", "2019-03", "2020-06"),
        ("09/2023 > 04/2024", "2023-09", "2024-04"),
        ("2019 > Oggi", "2019", "present"),
        ("2020, Jul-Okt.", "2020-07", "2020-10"),
        ("2018, Aug-Sep. Ich war verantwortlich", "2018-08", "2018-09"),
    ],
)
def test_ranges(text, start, end):
    (match,) = find_dates(text)
    assert match.range.start.iso() == start
    assert match.range.end.iso() == end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("septiembre de 2017 - actualidad (7 años 3 meses)", "2017-09", "present"),  # LinkedIn
        ("ene. de 2020 – dic. de 2021", "2020-01", "2021-12"),
        ("marzo 2016 hasta 2018", "2016-03", "2018"),
        ("janv. 2020 – aujourd’hui", "2020-01", "present"),
        ("sept. 2017 - déc. 2019", "2017-09", "2019-12"),
        ("févr. 2015 – à ce jour", "2015-02", "present"),
        ("März 2019 - Heute", "2019-03", "present"),
        ("Jan. 2015 bis Dez. 2018", "2015-01", "2018-12"),
        ("outubro de 2015 - o momento", "2015-10", "present"),
        ("jan/2019 – até o momento", "2019-01", "present"),
        ("set 2017 - atual", "2017-09", "present"),
        ("gennaio 2018 - presente", "2018-01", "present"),
        ("gen 2020 – dic 2021", "2020-01", "2021-12"),
        ("mrt. 2016 - heden", "2016-03", "present"),
        ("mei 2019 tot augustus 2020", "2019-05", "2020-08"),
        ("01/11/2018 t/m 22/08/2023", "2018-11", "2023-08"),  # `tot en met`, abbreviated
        ("maart 2013 t.e.m. oktober 2018", "2013-03", "2018-10"),
        ("1 de marzo de 2019 – 15 de junio de 2020", "2019-03", "2020-06"),
        ("1. März 2019 – 30. Juni 2020", "2019-03", "2020-06"),
    ],
)
def test_ranges_in_other_languages(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)
    assert match.start == 0


@pytest.mark.parametrize("dash", list("−\u00ad﹘﹣－～〜"))  # minus, soft hyphen, small, wide
def test_every_dash_separates_a_range(dash):
    (match,) = find_dates(f"Mar 2019 {dash} Jun 2021")
    assert (match.range.start.iso(), match.range.end.iso()) == ("2019-03", "2021-06")
    (match,) = find_dates(f"2019{dash}2021")
    assert (match.range.start.iso(), match.range.end.iso()) == ("2019", "2021")


@pytest.mark.parametrize("apostrophe", list("'’‘ʼ′´"))
def test_years_shortened_with_any_apostrophe(apostrophe):
    (match,) = find_dates(f"Acme | Engineer | Jan {apostrophe}24 – Present")
    assert (match.range.start.iso(), match.range.end.iso()) == ("2024-01", "present")
    (match,) = find_dates(f"01/{apostrophe}21-04/{apostrophe}22   PostDoc")
    assert (match.range.start.iso(), match.range.end.iso()) == ("2021-01", "2022-04")


def test_present_words_with_any_apostrophe():
    (match,) = find_dates("janv. 2020 – aujourd‘hui")
    assert match.range.end.present


@pytest.mark.parametrize(
    ("text", "start", "end", "style"),
    [
        ("01/10/2019–29/02/2020   Auslandssemester", "2019-10", "2020-02", "DD/MM/YYYY"),
        ("01/07/2024 – 15/01/2025   Madrid", "2024-07", "2025-01", "DD/MM/YYYY"),
        ("12.03.2012 – 11.10.2013", "2012-03", "2013-10", "DD.MM.YYYY"),
        ("1.9.2015 - 30.6.2018", "2015-09", "2018-06", "DD.MM.YYYY"),
        ("01/15/2020 – 03/01/2021", "2020-01", "2021-03", "MM/DD/YYYY"),  # the US order stays
    ],
)
def test_numeric_dates_with_a_day_in_either_order(text, start, end, style):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)
    assert match.range.start.style == style


def test_an_ambiguous_day_reads_month_first_in_english_and_day_first_elsewhere():
    assert parse_date("03/10/2019").iso() == "2019-03"
    (match,) = find_dates("03/10/2019 – hasta la fecha")
    assert match.range.start.iso() == "2019-10"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("01/10/2018–andauernd", "2018-10", "present"),
        ("Janvier 2021 – nos jours", "2021-01", "present"),
        ("Mar 2019 - jusqu’à présent", "2019-03", "present"),
        ("enero 2020 – en curso", "2020-01", "present"),
        ("ott 2019 – tuttora", "2019-10", "present"),
        ("giugno 2018 – ad oggi", "2018-06", "present"),
        ("30/06/2012– alla data attuale", "2012-06", "present"),
        ("maio 2017 - em andamento", "2017-05", "present"),
        ("jan 2020 – momenteel", "2020-01", "present"),
        ("2019 – to date", "2019", "present"),
    ],
)
def test_more_words_for_present_and_until(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sept 17 – present", "2017-09", "present"),
        ("Jan 16 – Jul 17", "2016-01", "2017-07"),
        ("Dec. 15 – Jan. 16", "2015-12", "2016-01"),
    ],
)
def test_a_month_and_two_digits_in_a_range_is_a_month_of_that_year(text, start, end):
    """The apostrophe of `Sept ’17` lost, or set apart by the PDF: in a range the two
    digits are the year."""
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)


@pytest.mark.parametrize("text", ["Sept 17", "Jul 17 – Jan 16", "Sept 17 – Sept 19, 2019"])
def test_a_month_and_two_digits_outside_a_forward_range_is_no_year(text):
    assert all(match.range.start.year != 2017 for match in find_dates(text))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Summer jobs 2016, 2017, 2020 and 2021", "2016", "2021"),
        ("Sommaren 2022, 2023 och 2024", "2022", "2024"),
        ("Étés 2018 et 2019", "2018", "2019"),
        ("2015, 2016 und 2018", "2015", "2018"),
    ],
)
def test_a_list_of_years_is_the_range_from_its_first_to_its_last(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)


@pytest.mark.parametrize("text", ["2019, 2018 and 2017", "in 2015, 2017, 2019", "Python 3, 2019"])
def test_years_out_of_order_or_without_a_closing_word_stay_apart(text):
    assert all(match.range.end is None for match in find_dates(text))


@pytest.mark.parametrize(
    ("text", "start", "cut"),
    [
        ("seit 6/2015   Acme GmbH, Dresden", "2015-06", "seit 6/2015"),
        ("Depuis 2019 : animatrice", "2019", "Depuis 2019"),
        ("Desde marzo de 2021", "2021-03", "Desde marzo de 2021"),
        ("dal 2019", "2019", "dal 2019"),
        ("Since May 2020", "2020-05", "Since May 2020"),
    ],
)
def test_since_a_date_is_a_range_that_goes_on(text, start, cut):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, "present")
    assert text[match.start : match.end] == cut


def test_since_before_a_range_goes_with_the_range():
    (match,) = find_dates("Desde enero 2019 hasta 2021")
    assert (match.start, match.range.end.iso()) == (0, "2021")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jul-Okt 2019", "2019-07", "2019-10"),
        ("Jul.–Okt. 2019   Praktikum", "2019-07", "2019-10"),
        ("Mars-Juillet 2014", "2014-03", "2014-07"),
        ("Fev. - Aou. 2023", "2023-02", "2023-08"),  # French short months without accents
        ("Avr. – Aoû. 2018", "2018-04", "2018-08"),
        ("Research Intern   May–July, 2016", "2016-05", "2016-07"),
        ("julio - agosto de 2019", "2019-07", "2019-08"),
        ("Dec – Feb 2021", "2020-12", "2021-02"),  # a span from December starts the year before
        ("3 - 4/2014   Acme GmbH", "2014-03", "2014-04"),
        ("03-08/2015", "2015-03", "2015-08"),
    ],
)
def test_two_months_of_one_year(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("Committee chair   2020-21", "2020", "2021"), ("2016–17 season", "2016", "2017")],
)
def test_year_ranges_with_the_second_year_cut_short(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2010-11", [("2010-11", None)]),  # a month, as before
        ("Revenue 2020-25% up", [("2020", None)]),
        ("Next-Gen - May 2020", [("2020-05", None)]),
    ],
)
def test_what_is_not_a_span(text, found):
    assert [
        (m.range.start.iso(), m.range.end and m.range.end.iso()) for m in find_dates(text)
    ] == found


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Ноябрь 2020 - Август 2022", "2020-11", "2022-08"),  # Russian, nominative
        ("сент. 2019 – наст. время", "2019-09", "present"),
        ("с мая 2018 г. по настоящее время", "2018-05", "present"),  # genitive, `г.`, no dash
        ("2006 – 2011г.", "2006", "2011"),
        ("янв 2015 — н.в.", "2015-01", "present"),
        ("вересень 2020 – дотепер", "2020-09", "present"),  # Ukrainian
        ("2020 - сьогодення", "2020", "present"),
        ("з вересня 2019 р.", "2019-09", "present"),
        ("styczeń 2019 – obecnie", "2019-01", "present"),  # Polish
        ("od marca 2018 do teraz", "2018-03", "present"),
        ("paź 2017 - gru 2018", "2017-10", "2018-12"),
        ("07.2019 - ∞", "2019-07", "present"),
        ("Mayıs 2013 – Mayıs 2014", "2013-05", "2014-05"),  # Turkish
        ("ŞUBAT 2012 – HAZİRAN 2012", "2012-02", "2012-06"),
        ("EKİM 2020 - ARALIK 2021", "2020-10", "2021-12"),
        ("2017-Halen", "2017", "present"),
        ("Eylül 2019 – Günümüz", "2019-09", "present"),
        ("Agustus 2021 – sekarang", "2021-08", "present"),  # Indonesian
        ("Januari 2020 s.d. Desember 2021", "2020-01", "2021-12"),
        ("Januari – Mei 2025", "2025-01", "2025-05"),
        ("Tháng 3/2019 - nay", "2019-03", "present"),  # Vietnamese
        ("tháng 03 năm 2019 đến tháng 5 năm 2021", "2019-03", "2021-05"),
        ("03/2019 - hiện tại", "2019-03", "present"),
    ],
)
def test_ranges_in_slavic_turkic_and_southeast_asian_languages(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)
    assert match.end == len(text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019年3月 – 至今", "2019-03", "present"),
        ("2019年3月至今", "2019-03", "present"),  # 至今 brings its own 至 (until)
        ("2019年3月至2021年5月", "2019-03", "2021-05"),
        ("2021.5~至今", "2021-05", "present"),
        ("2019/03 — 现在", "2019-03", "present"),
        ("2019年至2021年", "2019", "2021"),
        ("[期間] 2016年04月 ～ 2017年11月", "2016-04", "2017-11"),
        ("2016年4月〜現職", "2016-04", "present"),
        ("2022년 8월 - 현재", "2022-08", "present"),
        ("2009년 3월 - 2015년 2월", "2009-03", "2015-02"),
    ],
)
def test_ranges_in_chinese_japanese_and_korean(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)
    assert text.endswith(text[match.start : match.end])


def test_cjk_dates_touch_the_text_around_them():
    assert [m.range.start.iso() for m in find_dates("于2019年3月加入公司")] == ["2019-03"]
    assert [m.range.start.iso() for m in find_dates("2017年国家奖学金")] == ["2017"]
    assert find_dates("手机:18518516699") == []  # digits inside a longer number are no year
    (stamp,) = find_dates("2022年07月01日現在")  # a day, and `as of`: no range
    assert (stamp.range.start.iso(), stamp.range.end) == ("2022-07", None)
    assert stamp.range.start.style == "YYYY年MM月DD日"


def test_a_year_and_one_digit_alone_is_read_as_a_year():
    assert [m.range.start.iso() for m in find_dates("IntelliJ IDEA 2019.3")] == ["2019"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Sold out 2019 tour", ["2019"]),  # Portuguese `out` (October) needs a range or a dot
        ("Next-Gen 2020 Fellowship", ["2020"]),  # Italian `gen` (January) likewise
        ("Rio de Janeiro 2016 Olympic Games", ["2016"]),
        ("Hernandez 2019", ["2019"]),  # `dez` inside a word
        ("to mar the brand", []),
        ("prices may rise", []),
        ("Heden Street, Nu Skin", []),  # words for `present` start no range
        ("out. 2019", ["2019-10"]),
        ("Sub 2019 tour", ["2019"]),  # Turkish `sub` (February)
        ("Des 2019 awards", ["2019"]),  # Indonesian `des` (December)
        ("Lip 2019 sync battle", ["2019"]),  # Polish `lip` (July)
    ],
)
def test_foreign_month_words_do_not_make_dates_of_english_text(text, dates):
    assert [m.range.start.iso() for m in find_dates(text)] == dates
    assert all(m.range.end is None for m in find_dates(text))


def test_word_like_month_standing_alone_is_a_month():
    assert parse_date("out 2019").iso() == "2019-10"  # a CSV cell or a JSON field
    assert parse_date("actualidad").present


def test_single_date_and_span():
    (match,) = find_dates("Graduated May 2018")
    assert match.range.start.iso() == "2018-05" and match.range.end is None
    assert "Graduated May 2018"[match.start : match.end] == "May 2018"


def test_styles_differ_for_inconsistency_checks():
    assert parse_date("Jan 2020").style != parse_date("01/2020").style


@pytest.mark.parametrize("text", ["", "no date here", "version 2.0", "1234 Main St"])
def test_no_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end", "style"),
    [
        ("Jan 15, 2020 – Dec 20, 2021", "2020-01", "2021-12", "Mon D, YYYY"),
        ("15 March 2019 - 1 April 2020", "2019-03", "2020-04", "D Mon YYYY"),
        ("01/15/2020 - 03/01/2021", "2020-01", "2021-03", "MM/DD/YYYY"),
    ],
)
def test_day_precision_dates_keep_their_month(text, start, end, style):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)
    assert match.range.start.style == style


@pytest.mark.parametrize(
    ("a", "b", "consistent"),
    [
        ("Jan 2020", "Feb 2021", True),
        ("Jan 2020", "01/2020", False),
        ("Jan 2020", "January 2020", False),
        ("Jan. 2020", "Jan 2020", False),
        ("Aug. 2018", "May 2021", True),
        ("Aug. 2018", "June 2020", True),
        ("Aug. 2018", "March 2020", True),
        ("Aug 2018", "March 2020", True),  # AP style without its dots: short names in full
        ("January 2020", "May 2021", True),
        ("Jan 2020", "July 2020", True),
        ("01/2020", "2020-01", False),
        ("janv. 2020", "juin 2021", True),  # French never shortens juin, mars, mai, août
        ("janvier 2020", "mars 2021", True),
        ("janv. 2020", "janvier 2021", False),
        ("septiembre de 2017", "octubre 2019", True),
        ("jan/2019", "fev/2020", True),
        ("jan/2019", "jan 2020", False),
    ],
)
def test_compatible_styles(a, b, consistent):
    assert bool(compatible_styles(parse_date(a)) & compatible_styles(parse_date(b))) == consistent


@pytest.mark.parametrize("text", ["2019", "Summer 2021", "Present"])
def test_years_seasons_and_present_are_neutral(text):
    assert compatible_styles(parse_date(text)) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jnuary 2020 – Present", "Jnuary 2020"),
        ("Feburary 2019 - March 2020", "Feburary 2019"),
        ("Jan 2020 – Presnt", "Presnt"),
        ("Jan 2020 – Curent", "Curent"),
        ("13/2019 – 05/2021", "13/2019"),
        ("2020-13", "2020-13"),
        ("Jan 2020 – Dec 20", "Dec 20"),
        ("2019 – 20211", "20211"),
        ("2019 – 2O21", "2O21"),
    ],
)
def test_unreadable_dates_found(text, found):
    assert [item.text for item in unreadable_dates(text)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Jan 2020 – Present",
        "Since 2019",
        "Class of 2020",
        "May 2020 — Google",
        "Expected 2026",
        "Marketing 2020",
        "Mars 2020 – Octobre 2021",
        "2019 - 5 years",
        "Jan 15, 2020 – Dec 20, 2021",
        "Acme Inc. | Engineer | Mar 2019 – Jun 2020",
        "Junior 2019",  # near Spanish junio, but only English words count as misspelt months
        "Mayor 2019",
        "Super Mario 2019",
        "Natural 2019",
        "janv. 2020 – aujourd’hui",
        "septiembre de 2017 - actualidad",
    ],
)
def test_readable_text_is_not_reported(text):
    assert unreadable_dates(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Solar Hijri months and years, in Persian or in ASCII digits.
        ("از دی ۱۳۹۵ تا مرداد ۱۳۹۶", "1395-10", "1396-05"),
        ("تیر 1398 تاکنون", "1398-04", "present"),
        ("1391 تا 1395", "1391", "1395"),
        ("۱۴۰۰ - ۱۴۰۲", "1400", "1402"),
        ("مارس 2019 - حتى الآن", "2019-03", "present"),
    ],
)
def test_ranges_in_persian_and_arabic(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)
    assert (match.start, match.end) == (text.index(text.strip()[0]), len(text))


def test_hijri_years_are_years_only_on_arabic_script_lines():
    assert find_dates("Scaled the service to 1400 users in 2019")[0].range.start.iso() == "2019"
    assert len(find_dates("Scaled the service to 1400 users in 2019")) == 1
    assert [m.range.start.iso() for m in find_dates("۱۴۰۰ کاربر در 1399")] == ["1400", "1399"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019. 03 ~ 2021. 02", "2019-03", "2021-02"),  # Korean, a space after the dot
        ("2020. 3. ~ 현재", "2020-03", "present"),
        ("2019.03.15 - 2020.01.31", "2019-03", "2020-01"),  # with the day
        ("2018. 03. 02. ~ 2019. 11. 30.", "2018-03", "2019-11"),
        ("2019-03-15 – present", "2019-03", "present"),
        ("T3/2019 - T5/2020", "2019-03", "2020-05"),  # Vietnamese `T` for tháng
    ],
)
def test_numbered_months_with_spaces_days_and_marks(text, start, end):
    (match,) = find_dates(text)
    assert (match.range.start.iso(), match.range.end.iso()) == (start, end)
    assert match.end == len(text)


@pytest.mark.parametrize("text", ["in 2019. 3 teams shipped", "IntelliJ 2019.3", "2019. 3 teams"])
def test_a_spaced_dot_and_one_digit_is_no_month(text):
    assert [m.range.start.iso() for m in find_dates(text)] == ["2019"]


@pytest.mark.parametrize(
    ("text", "start", "raw"),
    [
        ("2017 - Agosto   Operador", "2017-08", "2017 - Agosto"),
        ("2018 – Junio", "2018-06", "2018 – Junio"),
        ("2016 - sept.", "2016-09", "2016 - sept."),
    ],
)
def test_a_year_then_a_month_name_is_one_date(text, start, raw):
    (match,) = find_dates(text)
    assert match.range.start.iso() == start
    assert match.range.end is None
    assert match.range.raw == raw


def test_a_year_then_a_month_with_its_own_year_stays_a_range():
    (match,) = find_dates("2017 - Agosto 2018")
    assert (match.range.start.iso(), match.range.end.iso()) == ("2017", "2018-08")
