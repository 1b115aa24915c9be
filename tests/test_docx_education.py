"""Education entries of Word resumes laid out with tables and tabs (fictional people and
schools, DOCX files built in the test)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reslint.readers import ReadOptions, read
from reslint.structure import build_document
from tests.docx_builder import make_docx, para

_BOLD = "<w:b/>"


def _cell(*paragraphs: str, width: int = 3000) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>'


def _table(*rows: tuple[str, ...]) -> str:
    return "<w:tbl><w:tblPr/>" + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows) + "</w:tbl>"


def _tabbed(*parts: str) -> str:
    runs = "<w:r><w:tab/></w:r>".join(
        f'<w:r><w:t xml:space="preserve">{part}</w:t></w:r>' for part in parts
    )
    return f'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2500"/></w:tabs></w:pPr>{runs}</w:p>'


def _resume(heading: str, body: str) -> str:
    return (
        para("Ana Example", rpr=_BOLD + '<w:sz w:val="40"/>')
        + para("ana@example.org")
        + para(heading, rpr=_BOLD + '<w:sz w:val="28"/>')
        + body
        + para("SKILLS", rpr=_BOLD + '<w:sz w:val="28"/>')
        + para("Python, SQL")
    )


def _education(tmp_path: Path, body: str) -> list[tuple[Any, ...]]:
    path = make_docx(tmp_path / "cv.docx", body)
    document = build_document(path, read(path, ReadOptions()))
    return [
        (
            e.school.value if e.school else None,
            e.degree.value if e.degree else None,
            e.dates.start.iso() if e.dates and e.dates.start else None,
            e.dates.end.iso() if e.dates and e.dates.end else None,
        )
        for e in document.structure.education
    ]


def test_a_date_cell_stacking_the_start_over_the_end(tmp_path: Path) -> None:
    body = _resume(
        "FORMACIÓN",
        _table(
            (
                _cell(para("2010"), para("2015")),
                _cell(para("Licenciatura en Derecho", rpr=_BOLD), para("Universidad de Examplia")),
            ),
            (
                _cell(para("2014"), para("2018")),
                _cell(para("Westfield University", rpr=_BOLD), para("BSc Mechanical Engineering")),
            ),
        ),
    )
    assert _education(tmp_path, body) == [
        ("Universidad de Examplia", "Licenciatura", "2010", "2015"),
        ("Westfield University", "BSc", "2014", "2018"),
    ]


def test_degrees_each_dated_once_are_not_a_stacked_range(tmp_path: Path) -> None:
    # Each line names its degree and school: two entries, each with its graduation year.
    body = _resume(
        "EDUCATION",
        _tabbed("2014", "BSc Physics, Westfield University")
        + _tabbed("2016", "MSc Physics, Northgate University"),
    )
    assert _education(tmp_path, body) == [
        ("Westfield University", "BSc", None, "2014"),
        ("Northgate University", "MSc", None, "2016"),
    ]


def test_tab_separated_dates_schools_and_degrees(tmp_path: Path) -> None:
    body = _resume(
        "FORMACIÓN ACADÉMICA",
        _tabbed("2012 – 2016", "Licenciatura en Economía, Universidad de Chile")
        + _tabbed("10/2016 – 09/2018", "Studium der Informatik")
        + _tabbed("", "Universität Nordstadt")
        + _tabbed("2019", "TOEFL iBT 105"),
    )
    assert _education(tmp_path, body) == [
        ("Universidad de Chile", "Licenciatura", "2012", "2016"),
        ("Universität Nordstadt", "Studium der Informatik", "2016-10", "2018-09"),
    ]


def test_a_title_in_a_margin_cell_beside_a_one_line_cell_stands_apart(tmp_path: Path) -> None:
    heading = _BOLD + '<w:sz w:val="28"/>'
    body = (
        para("Ana Example", rpr=_BOLD + '<w:sz w:val="40"/>')
        + para("ana@example.org")
        + _table(
            (
                _cell(para("Formación", rpr=heading), width=2000),
                _cell(
                    para("Universidad de Examplia", rpr=_BOLD),
                    para("Grado en Economía, 2014 – 2018"),
                    para("IES Vista Alegre", rpr=_BOLD),
                    para("Bachillerato, 2012 – 2014"),
                    width=7000,
                ),
            ),
            # One line beside the title: the title is no part of the line beside it.
            (
                _cell(para("Idiomas", rpr=heading), width=2000),
                _cell(para("Inglés C1"), width=7000),
            ),
        )
    )
    path = make_docx(tmp_path / "cv.docx", body)
    document = build_document(path, read(path, ReadOptions()))
    assert [section.title for section in document.structure.sections] == ["Formación", "Idiomas"]
    assert _education(tmp_path, body)[-1] == ("IES Vista Alegre", "Bachillerato", "2012", "2014")
