"""Forms that resumes in CJK and other scripts print whatever their layout: full-width
digits, headings that join two titles, a table's row of column labels, dates in full-width
brackets. Fictional people, companies and schools."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.lexicon.dates import find_dates
from reslint.lexicon.entry_words import glued_company_title
from reslint.lexicon.headings import heading_kind, known_title
from reslint.model import Line, Structure
from reslint.readers import read
from reslint.structure import build_document, build_structure
from reslint.structure.role_words import title_at_company
from tests.built_lines import built_lines, education_parts, parsed_positions, position_parts


def _structure(write, name: str, text: str) -> Structure:
    path = write(name, text)
    return build_document(Path(path), read(path)).structure


def _ranges(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            match.range.start.iso() if match.range.start else None,
            match.range.end.iso() if match.range.end else None,
        )
        for match in find_dates(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２０１８年４月～現在", [("2018-04", "present")]),
        ("２０１５．０４ － ２０１８．０３", [("2015-04", "2018-03")]),
        ("２０１９／３－２０２１／２", [("2019-03", "2021-02")]),
        ("२०१९ - २०२१", [("2019", "2021")]),
    ],
)
def test_full_width_and_devanagari_digits_are_dates(text: str, expected) -> None:
    # Word files keep the full-width digits Japanese and Chinese typists enter; no reader
    # normalises them.
    assert _ranges(text) == expected


# Japanese, full-width digits as a Word file keeps them.
ICHIRO_TXT = """鈴木一郎
ichiro.suzuki@example.jp

職務経歴
２０１８年４月～現在　株式会社ミナトデータ　システムエンジニア
２０１５年４月～２０１８年３月　北浜システム株式会社　プログラマ

学歴
２０１１年４月～２０１５年３月　西都工業大学　工学部　卒業
"""


def test_a_history_in_full_width_digits_keeps_its_dates(write) -> None:
    structure = _structure(write, "ichiro.txt", ICHIRO_TXT)
    assert position_parts(structure.positions) == [
        ("株式会社ミナトデータ", "システムエンジニア", "2018-04", "present"),
        ("北浜システム株式会社", "プログラマ", "2015-04", "2018-03"),
    ]
    assert [entry[0] for entry in education_parts(structure.education)] == ["西都工業大学"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("实习/项目经历", "experience"),  # internships and projects: 实习经历 first
        ("教育/培训经历", "education"),
        ("项目、实习经历", "projects"),
        ("技能及其他", "skills"),  # the first title whole
        ("校园/社团经历", "leadership"),  # 校园经历
    ],
)
def test_unspaced_titles_sharing_their_noun_name_the_first(title: str, kind: str) -> None:
    assert known_title(title) == kind
    assert heading_kind(Line(title)) == kind


@pytest.mark.parametrize("text", ["产品/运营经理", "年月学歴・職歴"])
def test_a_first_part_that_is_no_title_makes_no_heading(text: str) -> None:
    # A job title with a slash; a form's column labels (year, month) before its title.
    assert known_title(text) is None
    assert heading_kind(Line(text, bold=True)) is None


# Korean, tables of work and studies each under its row of column labels.
SEOYEON_TXT = """이서연
seoyeon.lee@example.kr

경력사항
기간   회사명   직위   담당업무
2019.03 ~ 현재   ㈜한울데이터   선임연구원   결제 시스템 개발
2016.01 ~ 2019.02   누리웍스   연구원   웹 개발

학력사항
기간   학교명   전공   구분
2010.03 ~ 2016.02   한빛대학교   컴퓨터공학   졸업
"""


def test_a_row_of_column_labels_is_no_entry(write) -> None:
    structure = _structure(write, "seoyeon.txt", SEOYEON_TXT)
    assert position_parts(structure.positions) == [
        ("㈜한울데이터", "선임연구원", "2019-03", "present"),
        ("누리웍스", "연구원", "2016-01", "2019-02"),
    ]
    assert len(structure.education) == 1
    school, degree, start, end = education_parts(structure.education)[0]
    assert (school, start, end) == ("한빛대학교", "2010-03", "2016-02")
    assert degree != "기간"


# Chinese Markdown: each employer a sub-heading with its dates in full-width brackets.
TAO_MD = """# 何涛
- 邮箱：he.tao@example.cn

## 工作经历
### 青禾网络科技有限公司 （ 2018年7月 ~ 至今 ）
负责支付网关的设计。

### 远帆数据有限公司 （ 2016年3月 ~ 2018年6月 ）
负责数据平台开发。

## 教育经历
北湖大学 — 本科, 2012.09 - 2016.06
"""


def test_a_dated_sub_heading_heads_an_entry_not_a_section(write) -> None:
    structure = _structure(write, "tao.md", TAO_MD)
    assert [section.kind for section in structure.sections] == ["experience", "education"]
    assert [
        (company, start, end) for company, _, start, end in position_parts(structure.positions)
    ] == [
        ("青禾网络科技有限公司", "2018-07", "present"),
        ("远帆数据有限公司", "2016-03", "2018-06"),
    ]


def _stacked(heading: str, entries: list[list[tuple[str, dict]]]) -> list:
    rows: list = [("Noémie Arnaud", {"size": 20, "bold": True}), "noemie@example.org"]
    rows.append((heading, {"size": 13, "bold": True}))
    for entry in entries:
        rows.extend(entry)
    rows += [("FORMATION", {"size": 13, "bold": True}), "Université de Lorval 2010 - 2014"]
    return rows


def test_entries_that_open_with_their_dates_alone_keep_their_title() -> None:
    # Dates alone over the bold employer and the plain title, French and Vietnamese.
    bullet = {"bullet": True, "x": 90}
    rows = _stacked(
        "EXPÉRIENCES PROFESSIONNELLES",
        [
            [
                ("Mars 2019 - aujourd'hui", {}),
                ("Brume Conseil", {"bold": True}),
                ("Ingénieure logiciel", {}),
                ("Conception d'une API", bullet),
            ],
            [
                ("03/2016 - Hiện tại", {}),
                ("Công ty TNHH Sao Mai", {"bold": True}),
                ("Lập trình viên Backend", {}),
                ("Phát triển API", bullet),
            ],
        ],
    )
    assert parsed_positions(built_lines(*rows)) == [
        ("Brume Conseil", "Ingénieure logiciel", "2019-03", "present"),
        ("Công ty TNHH Sao Mai", "Lập trình viên Backend", "2016-03", "present"),
    ]


@pytest.mark.parametrize(
    ("company", "title"),
    [
        ("Nordlicht GmbH", "Softwareentwickler"),
        ("Công ty Ánh Dương", "Thực tập sinh"),
        ("누리웍스", "선임 연구원"),
    ],
)
def test_a_title_hanging_under_a_date_column_employer_is_no_wrap(company: str, title: str) -> None:
    rows = _stacked(
        "BERUFSERFAHRUNG",
        [
            [
                (f"03/2019 - 02/2021   {company}", {}),
                (title, {"x": 180}),
                ("Aufbau der Plattform", {"bullet": True, "x": 180}),
            ]
        ],
    )
    assert parsed_positions(built_lines(*rows)) == [(company, title, "2019-03", "2021-02")]


def test_a_wrapped_employer_under_a_date_column_still_joins() -> None:
    rows = _stacked(
        "BERUFSERFAHRUNG",
        [
            [
                ("03/2019 - 02/2021   Stadtwerke Nordlicht und", {}),
                ("Bergwerk GmbH", {"x": 180}),
                ("Softwareentwickler", {"x": 180, "bold": True}),
            ]
        ],
    )
    company = parsed_positions(built_lines(*rows))[0][0]
    assert company == "Stadtwerke Nordlicht und Bergwerk GmbH"


def test_a_turkish_legal_form_with_points_stays_in_the_name(write) -> None:
    structure = _structure(
        write,
        "ayse.txt",
        "Ayşe Demir\nayse@example.com.tr\n\nİŞ DENEYİMİ\nHaziran 2017 - Şubat 2019\n"
        "Deneme Yazılım Ltd. Şti.\nStajyer\n",
    )
    assert position_parts(structure.positions) == [
        ("Deneme Yazılım Ltd. Şti.", "Stajyer", "2017-06", "2019-02")
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("교육이수", "certifications"),  # Korean: training completed
        ("학력", "education"),
        ("Berufsausbildung", "education"),  # German vocational training
    ],
)
def test_titles_name_what_their_language_keeps_under_them(title: str, kind: str) -> None:
    assert known_title(title) == kind


def test_teaching_on_a_french_academic_cv_is_no_education() -> None:
    assert known_title("Enseignement") is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Lập trình viên tại Công ty TNHH Sao Mai   03/2019 - nay"],
            [("Công ty TNHH Sao Mai", "Lập trình viên", "2019-03", "present")],
        ),
        (
            ["Desenvolvedora na Lumiar Sistemas Ltda   mar 2019 - atual"],
            [("Lumiar Sistemas Ltda", "Desenvolvedora", "2019-03", "present")],
        ),
        (
            [
                "Programistka w Przykład Sp. z o.o.   03.2019 - obecnie",
                "Stażystka w Wisła SA   06.2017 - 02.2019",
            ],
            [
                ("Przykład Sp. z o.o.", "Programistka", "2019-03", "present"),
                ("Wisła SA", "Stażystka", "2017-06", "2019-02"),
            ],
        ),
        (
            [
                "Ведущий инженер в ООО Ромашка   Март 2019 - настоящее время",
                "Инженер-программист в АО Пример   Июнь 2017 - Февраль 2019",
            ],
            [
                ("ООО Ромашка", "Ведущий инженер", "2019-03", "present"),
                ("АО Пример", "Инженер-программист", "2017-06", "2019-02"),
            ],
        ),
    ],
)
def test_title_at_employer_in_more_languages(lines: list[str], expected) -> None:
    # Each a line of its own, bold, over a bullet; the second line is no role at the
    # employer above: it names its own after the joiner.
    rows: list = [("Marta Silva", {"size": 20, "bold": True}), "marta@example.org"]
    rows.append(("EXPERIENCE", {"size": 13, "bold": True}))
    for line in lines:
        rows += [(line, {"bold": True}), ("API", {"bullet": True, "x": 90})]
    rows += [("EDUCATION", {"size": 13, "bold": True}), "Lorem University 2010 - 2014"]
    assert parsed_positions(built_lines(*rows)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Développeuse au sein de Capgemini", ("Développeuse", "Capgemini")),
        ("Consultant pour Brume Conseil SA", ("Consultant", "Brume Conseil SA")),
        ("Berater für Nordlicht GmbH", ("Berater", "Nordlicht GmbH")),
        ("Consultor para Ejemplo S.L.", ("Consultor", "Ejemplo S.L.")),
        # A joiner that also links a title to its field, before no employer's words.
        ("Especialista em Marketing", None),
        ("Специалист в области продаж", None),
        ("Animatrice pour enfants", None),
        ("Referent für Marketing", None),
    ],
)
def test_title_at_employer_by_its_joiner(text: str, expected) -> None:
    assert title_at_company(text) == expected


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("업무경험", "experience"),  # Korean, spaced or not as the writer pleases
        ("어학능력", "languages"),
        ("경 력", "experience"),
        ("사이드 프로젝트", "projects"),
        ("技能清单", "skills"),
        ("个人作品", "projects"),
        ("求职目标", "summary"),
        ("プロフィール", "summary"),
        ("個人開発", "projects"),
        ("कार्य अनुभव", "experience"),  # Hindi
        ("शैक्षणिक योग्यता", "education"),
        ("ประสบการณ์ทำงาน", "experience"),  # Thai
        ("השכלה", "education"),  # Hebrew
    ],
)
def test_more_titles_of_more_languages(title: str, kind: str) -> None:
    assert known_title(title) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("मार्च 2019 - वर्तमान", [("2019-03", "present")]),
        ("जनवरी २०१८ – दिसंबर २०२०", [("2018-01", "2020-12")]),
        ("2016 - अब तक", [("2016", "present")]),
    ],
)
def test_hindi_dates(text: str, expected) -> None:
    assert _ranges(text) == expected


def test_a_russian_school_wrapped_after_an_adjective_is_one_name() -> None:
    # The adjective's noun comes after it: the line cannot end there.
    rows = [
        ("Иван Петров", {"size": 20, "bold": True}),
        "ivan@example.ru",
        ("ОБРАЗОВАНИЕ", {"size": 16, "bold": True}),
        ("Северо-Западный", {"size": 12}),
        ("Государственный Технический", {"size": 12}),
        ("университет", {"size": 12}),
        ("Бакалавр, Прикладная математика", {"bold": True}),
        "Июль 2015 - Июль 2019",
    ]
    structure = build_structure(built_lines(*rows), "RU")
    assert [entry[0] for entry in education_parts(structure.education)] == [
        "Северо-Западный Государственный Технический университет"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Da marzo 2019 ad oggi", [("2019-03", "present")]),
        ("sept. 2019 - auj.", [("2019-09", "present")]),
    ],
)
def test_italian_and_french_present_forms(text: str, expected) -> None:
    assert _ranges(text) == expected


def test_the_main_column_read_after_a_sidebar_on_page_two_goes_on_with_its_section() -> None:
    # Page 1: the sidebar, then the main column's experience. Page 2: the sidebar's
    # hobbies first, then the rest of the experience in the main column.
    side = {"x": 40, "width": 140}
    main = {"x": 230, "width": 330}
    rows = [
        ("Lena Gruber", {"size": 20, "bold": True, **main}),
        ("KONTAKT", {"size": 12, "bold": True, **side}),
        ("lena@example.at", side),
        ("BERUFSERFAHRUNG", {"size": 16, "bold": True, **main}),
        ("Nordlicht GmbH - Linz   08.2023 - 09.2023", {"bold": True, **main}),
        ("Softwareentwicklerin", main),
        ("HOBBIES", {"size": 12, "bold": True, "page": 2, **side}),
        ("Klettern", {"bullet": True, "page": 2, **side}),
        ("Bergwerk AG   06.2021 - 06.2021", {"bold": True, "page": 2, **main}),
        ("Werkstudentin", {"page": 2, **main}),
        ("Alpenstahl GmbH   07.2018 - 07.2018", {"bold": True, "page": 2, **main}),
        ("Praktikantin", {"page": 2, **main}),
    ]
    assert [company for company, *_ in parsed_positions(built_lines(*rows))] == [
        "Nordlicht GmbH",
        "Bergwerk AG",
        "Alpenstahl GmbH",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星辰网络科技有限公司高级软件工程师", ("星辰网络科技有限公司", "高级软件工程师")),
        ("サンプル株式会社エンジニア", ("サンプル株式会社", "エンジニア")),
        ("远山数据有限公司（数据工程师）", ("远山数据有限公司", "数据工程师")),
        # A company word inside a department's name ends no employer: the IB department.
        ("投资银行部实习生", None),
        ("株式会社サンプルエンジニア", None),  # the legal form opens the name
        ("研究助理（北京）", None),  # a title, then its place
    ],
)
def test_an_employer_and_a_title_glued_as_cjk_prints_them(text: str, expected) -> None:
    assert glued_company_title(text) == expected


def test_glued_employer_and_title_lines_give_both() -> None:
    rows = [
        ("陈晓雨", {"size": 20, "bold": True}),
        "xiaoyu@example.cn",
        ("工作经历", {"size": 13, "bold": True}),
        "2019.03-至今星辰网络科技有限公司高级软件工程师",
        "2016.07-2019.02远山数据有限公司数据工程师",
    ]
    assert parsed_positions(built_lines(*rows)) == [
        ("星辰网络科技有限公司", "高级软件工程师", "2019-03", "present"),
        ("远山数据有限公司", "数据工程师", "2016-07", "2019-02"),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("工作經歷", "experience"),  # traditional, found by the simplified title
        ("實習經驗", "experience"),
        ("個人技能", "skills"),
        ("獲獎情況", "awards"),
        ("語文能力", "languages"),  # Taiwan's titles
        ("專長", "skills"),
        ("自傳", "summary"),
        ("職務経歴", "experience"),  # Japanese kanji fold alike on both sides
        ("学歴", "education"),
    ],
)
def test_traditional_han_titles_are_the_simplified_ones(title: str, kind: str) -> None:
    assert known_title(title) == kind


# Vietnamese, every field labelled.
LAN_TXT = """Trần Thị Lan
lan.tran@example.vn

KINH NGHIỆM LÀM VIỆC
Công ty: Công ty TNHH Phần mềm Sao Mai
Vị trí: Lập trình viên Backend
Thời gian: 03/2019 - nay

HỌC VẤN
Trường: Đại học Bách khoa Hà Nội
Chuyên ngành: Công nghệ thông tin
Thời gian: 2013 - 2017
"""


def test_labelled_fields_of_a_study_name_no_school(write) -> None:
    structure = _structure(write, "lan.txt", LAN_TXT)
    assert position_parts(structure.positions) == [
        ("Công ty TNHH Phần mềm Sao Mai", "Lập trình viên Backend", "2019-03", "present")
    ]
    school, _, start, end = education_parts(structure.education)[0]
    assert (school, start, end) == ("Đại học Bách khoa", "2013", "2017")


def test_a_surname_ending_as_an_adjective_over_a_title_is_no_wrap() -> None:
    rows = [
        ("Иван Петров", {"size": 20, "bold": True}),
        "ivan@example.ru",
        ("ОПЫТ РАБОТЫ", {"size": 16, "bold": True}),
        "ИП Вишневский   Март 2019 - настоящее время",
        "Менеджер",
    ]
    assert parsed_positions(built_lines(*rows)) == [
        ("ИП Вишневский", "Менеджер", "2019-03", "present")
    ]


def test_a_slash_left_at_a_piece_edge_by_a_cut_date_goes() -> None:
    rows = [
        ("김하늘", {"size": 20, "bold": True}),
        "sky@example.kr",
        ("경력", {"size": 16, "bold": True}),
        ("㈜한울데이터", {"bold": True}),
        "선임 / 2019년 3월 - 현재",
    ]
    assert parsed_positions(built_lines(*rows)) == [("㈜한울데이터", "선임", "2019-03", "present")]
