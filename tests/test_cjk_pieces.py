"""An employer, a space and a job title on one line with no other separator, as Chinese,
Japanese and Korean resumes print them: two pieces, and the position gets both."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.lexicon.pieces import sentence_pieces, strong_pieces
from reslint.readers import read
from reslint.structure import build_document
from tests.built_lines import position_parts


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("株式会社ミナト データエンジニア", ["株式会社ミナト", "データエンジニア"]),
        ("星河科技 后端开发实习生 (支付团队)", ["星河科技", "后端开发实习生 (支付团队)"]),
        ("주식회사 한빛 데이터 엔지니어", ["주식회사 한빛", "데이터 엔지니어"]),
        ("(주)누리 연구원", ["(주)누리", "연구원"]),
    ],
)
def test_an_employer_before_a_cjk_title_is_a_piece_of_its_own(text: str, pieces: list[str]) -> None:
    assert sentence_pieces(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "데이터 분석 엔지니어",  # Korean spaces the words of one title
        "백엔드 개발자",
        "高级 工程师",  # a rank, not an employer
        "シニア エンジニア",
        "研究助理 北京",  # a title, then a place
        "Nordwind 算法工程师",  # a Latin word before: left to the roles
    ],
)
def test_a_title_alone_stays_one_piece(text: str) -> None:
    assert sentence_pieces(text) == [text]


# A Japanese 職歴 table with its period, employer and job on one line, set apart by single
# spaces.
SHOKUREKI_TXT = """佐藤次郎
jiro.sato@example.jp

【職歴】
2016年4月～2019年3月 株式会社ミナト システムエンジニア
2019年4月～現在 ひかり合同会社 プロジェクトマネージャー

【学歴】
2012年4月～2016年3月 北海道大学 工学部
"""


def test_a_japanese_work_table_with_single_spaces(write) -> None:
    path = write("shokureki.txt", SHOKUREKI_TXT)
    structure = build_document(Path(path), read(path)).structure
    assert position_parts(structure.positions, "") == [
        ("株式会社ミナト", "システムエンジニア", "2016-04", "2019-03"),
        ("ひかり合同会社", "プロジェクトマネージャー", "2019-04", "present"),
    ]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("KỸ SƯ PHẦN MỀM– Hà Nội", ["KỸ SƯ PHẦN MỀM", "Hà Nội"]),
        ("Nordlicht GmbH –Berlin", ["Nordlicht GmbH", "Berlin"]),
        ("Paris–Lyon Express", ["Paris–Lyon Express"]),  # unspaced: one name
    ],
)
def test_an_en_dash_spaced_on_one_side_parts_two_pieces(text: str, pieces: list[str]) -> None:
    assert strong_pieces(text) == pieces
