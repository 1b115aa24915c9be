"""Japanese and Korean history rows: a row that dates an entry's start (入学, 入社, 입학) and
the row under it that dates its end (卒業, 退社, 졸업) are one entry."""

from __future__ import annotations

from pathlib import Path

from reslint.model import Line
from reslint.readers import read
from reslint.structure import build_document
from reslint.structure.event_rows import fold_event_rows
from tests.built_lines import position_parts


def _texts(*texts: str) -> list[str]:
    return [line.text for line in fold_event_rows([Line(text) for text in texts])]


def test_a_start_row_and_its_end_row_fold_into_one_range() -> None:
    assert _texts("2012年4月 東雲高等学校 入学", "2015年3月 東雲高等学校 卒業") == [
        "2012年4月 ～ 2015年3月 東雲高等学校"
    ]
    assert _texts("2016.03 미래대학교 입학", "2020.02 미래대학교 졸업") == [
        "2016.03 ～ 2020.02 미래대학교"
    ]


def test_an_end_row_without_a_name_ends_the_row_above() -> None:
    assert _texts("2019年4月 株式会社ツバサ 入社", "2022年9月 退社") == [
        "2019年4月 ～ 2022年9月 株式会社ツバサ"
    ]


def test_the_last_start_row_goes_on_to_the_present() -> None:
    assert _texts("2022年10月 あおぞら合同会社 入社", "現在に至る") == [
        "2022年10月 ～ 現在に至る あおぞら合同会社"
    ]


def test_rows_of_two_names_or_two_starts_stay_apart() -> None:
    rows = ("2012年4月 東雲高等学校 入学", "2015年3月 西雲高等学校 卒業")
    assert _texts(*rows) == list(rows)
    rows = ("2012年4月 東雲高等学校 入学", "2015年4月 南風大学 入学")
    assert _texts(*rows) == list(rows)


RIREKISHO_TXT = """鈴木一郎
ichiro.suzuki@example.jp

学歴
2010年4月 東雲高等学校 入学
2013年3月 東雲高等学校 卒業

職歴
2013年4月 株式会社ツバサ 入社
2019年3月 株式会社ツバサ 退社
2019年4月 あおぞら合同会社 入社
現在に至る
"""


def test_a_rirekisho_reads_one_entry_per_pair_of_rows(write) -> None:
    path = write("rirekisho.txt", RIREKISHO_TXT)
    structure = build_document(Path(path), read(path)).structure
    assert [(p[0], p[2], p[3]) for p in position_parts(structure.positions, "")] == [
        ("株式会社ツバサ", "2013-04", "2019-03"),
        ("あおぞら合同会社", "2019-04", "present"),
    ]
    (school,) = structure.education
    assert school.school is not None and school.school.value == "東雲高等学校"
    assert school.dates is not None and school.dates.start and school.dates.end
    assert (school.dates.start.iso(), school.dates.end.iso()) == ("2010-04", "2013-03")


def test_a_table_of_years_and_months_folds_too_for_work_and_studies() -> None:
    # The month printed as a cell of its own after the year (`2011 | 3 | …`).
    studies = ("2011   3   한빛대학교 기계공학과 입학", "2017   2   한빛대학교 기계공학과 졸업")
    assert _texts(*studies) == ["2011.03 ～ 2017.02 한빛대학교 기계공학과"]
    work = ("2017   4   주식회사 누리소프트 입사", "2021   12   주식회사 누리소프트 퇴사")
    assert _texts(*work) == ["2017.04 ～ 2021.12 주식회사 누리소프트"]


def test_a_closing_full_stop_after_the_event_word_is_no_part_of_it() -> None:
    assert _texts("2012年4月 北山大学 入学。", "2016年3月 北山大学 卒業。") == [
        "2012年4月 ～ 2016年3月 北山大学"
    ]
