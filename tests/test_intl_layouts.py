"""Entry layouts common in one country's resumes, read by the text reader.

Each fixture is a fictional resume; the test asserts which company, title and dates each
position gets.
"""

from __future__ import annotations

from pathlib import Path

from reslint.model import Structure
from reslint.readers import read
from reslint.structure import build_document
from tests.built_lines import position_parts


def _structure(write, name: str, text: str) -> Structure:
    path = write(name, text)
    return build_document(Path(path), read(path)).structure


def _positions(structure: Structure) -> list[tuple[str | None, ...]]:
    return position_parts(structure.positions, "")


# A Japanese 職務経歴書: each employer over a table (`期間   業務内容`) of its projects, each
# with its own period and its fields under labels in brackets (`【役割】` the role); a
# detail wraps at any character and sentences end with `。`.
HANAKO_TXT = """職務経歴書
山田花子
hanako.yamada@example.jp

職務経歴
株式会社サンプル   [期間] 2015年04月 ~ 2018年03月
期間   業務内容
2015年04月~   【概要】在庫管理アプリ開発
2016年03月   【役割】 Androidプログラマ
【メンバー数】5名
【チーム体制】 ディレクター1名 デザイナー1名 Androidプログラ
マ2名 サーバーサイドエンジニア1名
【使用技術】 Kotlin, Java
新機能の開発と不具合の修正を担当しました。画面は約二十で、
在庫の一覧と入出庫の登録がありました。
2016年04月   【概要】予約サービス
~2018年03月   【役割】 サーバーサイドエンジニア
【メンバー数】8名
予約機能のAPIを設計し、既存の管理画面から段階的に移行しました。
テスト合同会社   [期間] 2018年04月 ~ 2020年12月
期間   業務内容
2018年04月~   【概要】社内向け管理画面
2020年12月   【役割】 フロントエンドプログラマ
【メンバー数】3名
画面の設計と実装を行いました。
"""


def test_japanese_project_table_under_each_employer(write) -> None:
    structure = _structure(write, "hanako.txt", HANAKO_TXT)
    assert _positions(structure) == [
        ("株式会社サンプル", "Androidプログラマ", "2015-04", "2016-03"),
        ("株式会社サンプル", "サーバーサイドエンジニア", "2016-04", "2018-03"),
        ("テスト合同会社", "フロントエンドプログラマ", "2018-04", "2020-12"),
    ]
