"""A Korean job-board export (the JobKorea and Saramin layout), drawn as a PDF: a date column
whose cells also print what the dates mark (`졸업`, graduated; `2년 6개월`, two years six
months), beside the entries; section titles with the career's length after them in small
type; and the contact block of such exports and of Chinese resumes. Fictional people,
companies and schools."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.readers import read
from reslint.readers.base import SEGMENT_JOIN
from reslint.structure import build_document, build_structure
from tests.built_lines import built_lines, education_parts, position_parts

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")
cidfonts = pytest.importorskip("reportlab.pdfbase.cidfonts")

HEIGHT = 842.0
FONT = "HYGothic-Medium"  # a CID font every PDF viewer has: nothing to embed

# (x, y from the top, text, size)
ROWS = [
    (30, 40, "한가람", 18.0),
    (30, 60, "gaeul.han@example.kr", 8.0),
    (30, 100, "학력", 12.5),
    (50, 125, "2014. 03 ~ 2020. 02", 8.0),
    (145, 125, "한빛대학교 컴퓨터공학과", 9.1),
    (50, 137, "졸업", 7.4),
    (50, 165, "2011", 8.0),
    (145, 165, "누리고등학교", 9.1),
    (50, 177, "졸업", 7.4),
    (30, 210, "경력", 12.5),
    (60, 210, "총 4년 4개월", 8.0),
    (50, 235, "2022. 01 ~ 2024. 06", 8.0),
    (145, 235, "가온소프트", 9.1),
    (195, 235, "백엔드 개발 사원", 8.0),
    (50, 247, "2년 6개월", 7.4),
    (145, 255, "결제 서버 개발 및 운영 담당", 8.0),
    (145, 270, "주요직무 서버개발", 8.0),
    (50, 300, "2020. 03 ~ 2021. 12", 8.0),
    (145, 300, "다온랩", 9.1),
    (180, 300, "웹 개발 사원", 8.0),
    (50, 312, "1년 10개월", 7.4),
    (145, 320, "자사 관리자 웹 프론트엔드 개발 담당", 8.0),
    (30, 360, "교육", 12.5),
    (50, 385, "2021. 03 ~ 2021. 09", 8.0),
    (145, 385, "클라우드 개발자 양성 과정 한빛교육원", 9.1),
    (145, 400, "리눅스 환경에서 데이터베이스 구축과 웹 개발을 교육 받았습니다", 8.0),
]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    pdfmetrics.registerFont(cidfonts.UnicodeCIDFont(FONT))
    path = tmp_path / "resume.pdf"
    pdf = canvas_module.Canvas(str(path), pagesize=(595, HEIGHT))
    for x, y, text, size in ROWS:
        pdf.setFont(FONT, size)
        pdf.drawString(x, HEIGHT - y, text)
    pdf.save()
    return path


def test_a_date_column_of_dates_and_what_they_mark_is_read_row_by_row(export: Path) -> None:
    texts = [line.text for line in read(export).lines]
    assert f"2022. 01 ~ 2024. 06{SEGMENT_JOIN}가온소프트 백엔드 개발 사원" in texts
    assert f"2011{SEGMENT_JOIN}누리고등학교" in texts


def test_the_export_keeps_its_sections_and_positions(export: Path) -> None:
    structure = build_document(export, read(export)).structure
    # The title printed larger than the career's length after it opens the section.
    assert [(section.title, section.kind) for section in structure.sections] == [
        ("학력", "education"),
        ("경력", "experience"),
        ("교육", "education"),
    ]
    # The employer in larger type than the title beside it, no separator between: a
    # script without capitals still prints a name.
    assert position_parts(structure.positions) == [
        ("가온소프트", "백엔드 개발 사원", "2022-01", "2024-06"),
        ("다온랩", "웹 개발 사원", "2020-03", "2021-12"),
    ]
    # What the date column says of a school (`졸업`, graduated) is no degree; the course
    # under `교육` (a developer training course) is no studies.
    assert education_parts(structure.education) == [
        ("한빛대학교", "컴퓨터공학과", "2014-03", "2020-02"),
        ("누리고등학교", None, None, "2011"),
    ]


def _contact(*rows):
    contact = build_structure(built_lines(*rows), "KR").contact
    return (
        contact.name.value if contact.name else None,
        contact.headline.value if contact.headline else None,
    )


def test_a_job_boards_resume_title_is_no_name_and_the_gender_ends_the_name() -> None:
    # The board prints the resume's title (a motto) over the name, the gender and birth year.
    rows = [
        ("차가운 머리 뜨거운 가슴으로", {"size": 17}),
        "한가람 남 1995년 (만 29세)",
        "휴대폰   010-1234-5678   Email   gaeul.han@example.kr",
        "학력   경력   인턴·대외활동 / 해외경험   자격증 / 어학",
        ("학력", {"size": 12.5}),
        "2014. 03 ~ 2020. 02   한빛대학교 컴퓨터공학과",
    ]
    # The summary box's row of section titles under the contact lines is no headline.
    assert _contact(*rows) == ("한가람", None)


def test_a_chinese_name_before_its_gender_and_age() -> None:
    rows = [("张伟 男 28岁", {"size": 16}), "zhang.wei@example.cn", ("工作经历", {"size": 13})]
    assert _contact(*rows)[0] == "张伟"


def test_a_chinese_address_under_the_name_is_no_headline() -> None:
    rows = [
        ("郦思雨", {"size": 17, "bold": True}),
        "166-0000-1234 | siyu@example.cn",
        "天河区棠下骏景花园",
        ("个人总结", {"size": 17, "bold": True}),
        "四年新媒体运营经验。",
    ]
    assert _contact(*rows) == ("郦思雨", None)
    rows[2] = "区块链工程师"  # a job title holding an address's mark is a headline
    assert _contact(*rows) == ("郦思雨", "区块链工程师")
