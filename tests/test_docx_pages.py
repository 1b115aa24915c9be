"""DOCX pages: from Word's rendered page breaks and the author's explicit ones."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK

from reslint.model import Line, Region
from reslint.readers import read
from reslint.readers.base import SEGMENT_JOIN
from tests.conftest import CORPUS
from tests.docx_builder import make_docx, para, text_box
from tests.rulehelp import lint_file

DOCX = CORPUS / "docx"
RENDERED = "<w:r><w:lastRenderedPageBreak/></w:r>"


def pages(path: Path) -> dict[str, int]:
    return {line.text: line.page for line in read(path).lines}


def body(lines: tuple[Line, ...]) -> list[Line]:
    return [line for line in lines if line.region is Region.BODY]


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())[:40]


# ---------------------------------------------------------------- corpus


@pytest.mark.parametrize(
    "name",
    ["soupboss_01-accountant", "soupboss_01-desktop_support", "soupboss_02-office_coordinator"],
)
def test_corpus_docx_pages_match_the_word_exported_pdf(name: str) -> None:
    """Word saved each of these with its rendered page breaks and exported the PDF twin."""
    pdf = read(CORPUS / "pdf" / f"{name}.pdf")
    pdf_page: dict[str, int] = {}
    for line in pdf.lines:
        pdf_page.setdefault(_key(line.text), line.page)
    output = read(DOCX / f"{name}.docx")
    compared = [
        (line.text, line.page, pdf_page[_key(line.text)])
        for line in body(output.lines)
        if _key(line.text) in pdf_page
    ]
    assert len(compared) > 20
    assert [(text, page) for text, page, _ in compared] == [
        (text, expected) for text, _, expected in compared
    ]
    assert output.facts.page_count == pdf.facts.page_count


def test_mickey_sections_and_rendered_breaks_give_three_pages() -> None:
    # Two sections start on a new page; Word also marked each start as rendered: one break each.
    output = read(DOCX / "soupboss_mickey01.docx")
    lines = body(output.lines)
    firsts: dict[int, Line] = {}
    for line in lines:
        firsts.setdefault(line.page, line)
    assert firsts[2].text.startswith("tested platform integrations")
    assert firsts[3].text.startswith("Microsoft MCSE/MCSA")
    assert max(line.page for line in lines) == output.facts.page_count == 3
    # The header belongs to the second section, which starts on page 2 ("Page 2 of 3"), and
    # stands above the body there.
    header = [
        (line.text, line.page, line.number) for line in output.lines if line.region is Region.HEADER
    ]
    assert header == [("Mickey Mouse", 2, 1), ("Page 2 of 3", 2, 2)]
    assert (firsts[2].number, firsts[3].number) == (3, 1)


def test_a_paragraph_split_across_pages_is_on_the_page_it_starts() -> None:
    # Minnie's marker sits inside the "Participate in rotating 24/7 on-call" bullet.
    lines = body(read(DOCX / "soupboss_minnie01.docx").lines)
    split = next(line for line in lines if line.text.startswith("Participate in rotating"))
    after = lines[lines.index(split) + 1]
    assert (split.page, after.page, after.number) == (2, 3, 1)


# ---------------------------------------------------------------- explicit breaks (python-docx)


def _python_docx(path: Path) -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Ada Lovelace")
    document.add_paragraph("Page one")
    return document


def test_explicit_breaks_from_python_docx(tmp_path: Path) -> None:
    document = _python_docx(tmp_path)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Page two")
    document.add_paragraph("Page three").paragraph_format.page_break_before = True
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("Page four")
    document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph("Still page four")
    document.add_section(WD_SECTION.ODD_PAGE)
    document.add_paragraph("Page five")
    document.add_section(WD_SECTION.ODD_PAGE)
    document.add_paragraph("Page seven, after a blank six")
    path = tmp_path / "breaks.docx"
    document.save(path)
    output = read(path)
    assert [(line.text, line.page, line.number) for line in output.lines] == [
        ("Ada Lovelace", 1, 1),
        ("Page one", 1, 2),
        ("Page two", 2, 1),
        ("Page three", 3, 1),
        ("Page four", 4, 1),
        ("Still page four", 4, 2),
        ("Page five", 5, 1),
        ("Page seven, after a blank six", 7, 1),
    ]
    # python-docx's template app.xml says 1 page; the breaks show more.
    assert output.facts.page_count == 7


def test_a_page_break_inside_a_paragraph_splits_it(tmp_path: Path) -> None:
    document = _python_docx(tmp_path)
    run = document.paragraphs[-1].runs[0]
    run.add_break(WD_BREAK.PAGE)
    run.add_text("continued overleaf")
    path = tmp_path / "inline.docx"
    document.save(path)
    assert [(line.text, line.page, line.number) for line in read(path).lines] == [
        ("Ada Lovelace", 1, 1),
        ("Page one", 1, 2),
        ("continued overleaf", 2, 1),
    ]


def test_page_break_before_at_the_top_of_a_page_adds_none(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Title").paragraph_format.page_break_before = True
    document.add_paragraph("After a hard break").runs[0].add_break(WD_BREAK.PAGE)
    document.add_paragraph("Starts a page anyway").paragraph_format.page_break_before = True
    path = tmp_path / "before.docx"
    document.save(path)
    assert list(pages(path).values()) == [1, 1, 2]


# ---------------------------------------------------------------- rendered breaks


def test_a_rendered_break_after_an_explicit_one_is_the_same_break(tmp_path: Path) -> None:
    xml = (
        para("One")
        + '<w:p><w:r><w:t>End of one</w:t><w:br w:type="page"/></w:r></w:p>'
        + para()  # an empty paragraph prints nothing
        + f"<w:p>{RENDERED}<w:r><w:t>Two</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Long paragraph</w:t><w:lastRenderedPageBreak/>"
        + "<w:t> goes on</w:t></w:r></w:p>"
        + para("Three")
    )
    path = make_docx(tmp_path / "r.docx", xml, app="<Pages>3</Pages>")
    output = read(path)
    assert [(line.text, line.page) for line in output.lines] == [
        ("One", 1),
        ("End of one", 1),
        ("Two", 2),
        ("Long paragraph goes on", 2),
        ("Three", 3),
    ]
    assert output.facts.page_count == 3


def test_a_table_row_moved_to_the_next_page_is_one_break(tmp_path: Path) -> None:
    def cell(text: str, rendered: bool = False) -> str:
        return f"<w:tc><w:p>{RENDERED if rendered else ''}<w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    # Word marks the break in every cell of the row that moved to the next page.
    table = (
        f"<w:tbl><w:tr>{cell('Skills')}{cell('Python')}</w:tr>"
        f"<w:tr>{cell('Languages', True)}{cell('French', True)}</w:tr></w:tbl>"
    )
    lines = read(make_docx(tmp_path / "t.docx", table + para("After"))).lines
    assert [(line.text, line.page) for line in lines] == [
        (f"Skills{SEGMENT_JOIN}Python", 1),
        (f"Languages{SEGMENT_JOIN}French", 2),
        ("After", 2),
    ]


def test_a_row_moved_to_the_next_page_marked_in_one_cell_moves_whole(tmp_path: Path) -> None:
    # A label column beside the entries: Word marked the break in the label's cell only.
    label = f"<w:tc><w:p>{RENDERED}<w:r><w:t>Education</w:t></w:r></w:p></w:tc>"
    entry = f"<w:tc>{para('University of Paris')}{para('BSc Physics')}</w:tc>"
    table = (
        f"<w:tbl><w:tr><w:tc>{para('Skills')}</w:tc><w:tc>{para('Python')}{para('SQL')}</w:tc>"
        f"</w:tr><w:tr>{label}{entry}</w:tr></w:tbl>"
    )
    lines = read(make_docx(tmp_path / "t.docx", table)).lines
    # Each label stands beside its row's first line (docx_rows), on the row's page.
    assert [(line.text, line.page, line.number) for line in lines] == [
        (f"Skills{SEGMENT_JOIN}Python", 1, 1),
        ("SQL", 1, 2),
        (f"Education{SEGMENT_JOIN}University of Paris", 2, 1),
        ("BSc Physics", 2, 2),
    ]


def test_rendered_breaks_in_newspaper_columns_are_not_pages(tmp_path: Path) -> None:
    # The section (ended by the paragraph's sectPr) is set in two columns.
    xml = (
        para("Skills")
        + f"<w:p>{RENDERED}<w:r><w:t>Second column</w:t></w:r></w:p>"
        + '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:cols w:num="2"/></w:sectPr>'
        "</w:pPr></w:p>"
    )
    assert pages(make_docx(tmp_path / "c.docx", xml)) == {"Skills": 1, "Second column": 1}


def test_text_boxes_headers_and_footers_do_not_move_the_body(tmp_path: Path) -> None:
    xml = (
        para("One")
        + f"<w:p>{RENDERED}<w:r><w:t>Two</w:t></w:r></w:p>"
        # A box anchored on page 2 with a stray break inside.
        + text_box(f"<w:p>{RENDERED}<w:r><w:t>Boxed</w:t></w:r></w:p>")
        + para("Still two")
    )
    path = make_docx(
        tmp_path / "hf.docx",
        xml,
        header=f"<w:p>{RENDERED}<w:r><w:t>ada@example.org</w:t></w:r></w:p>",
        footer=para("Page 1 of 2"),
    )
    lines = read(path).lines
    # In print order: page 1's footer before page 2.
    assert [(line.text, line.region, line.page) for line in lines] == [
        ("ada@example.org", Region.HEADER, 1),
        ("One", Region.BODY, 1),
        ("Page 1 of 2", Region.FOOTER, 1),
        ("Two", Region.BODY, 2),
        ("Boxed", Region.BODY, 2),
        ("Still two", Region.BODY, 2),
    ]
    assert read(path).facts.page_count == 2  # no app.xml: the breaks tell


def test_a_continuation_header_prints_on_the_page_word_counted(tmp_path: Path) -> None:
    # "Different first page" without a first-page header; Word counted 2 pages though no
    # break is recorded (a fixed-height table row pushed the end over).
    xml = para("Ada Lovelace") + para("Experience")
    path = make_docx(
        tmp_path / "c.docx",
        xml,
        header=para("Ada Lovelace, page 2"),
        app="<Pages>2</Pages>",
        title_page=True,
    )
    lines = read(path).lines
    assert [(line.text, line.region, line.page) for line in lines] == [
        ("Ada Lovelace", Region.BODY, 1),
        ("Experience", Region.BODY, 1),
        ("Ada Lovelace, page 2", Region.HEADER, 2),
    ]


# ---------------------------------------------------------------- rules see the pages


def test_page_rules_see_docx_pages(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Ada Lovelace")
    document.add_paragraph("Data Engineer")
    document.add_paragraph("Experience")
    document.add_paragraph("Acme Inc. — Data Engineer, Jan 2021 – Present")
    for page in (2, 3):
        document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph(f"Built pipeline number {page}, cutting costs by 30%")
    document.add_paragraph("Phone: +44 20 7946 0958")
    document.sections[0].header.paragraphs[0].text = "ada.lovelace@example.org"
    path = tmp_path / "long.docx"
    document.save(path)
    rules = ["too-many-pages", "phone-buried", "contact-in-header-footer"]
    found = {f.rule: f.location for f in lint_file(path, rules)}
    assert found["too-many-pages"].page == 3
    assert found["phone-buried"].page == 3
    assert found["contact-in-header-footer"].page == 1  # the header, on every page from 1


# ---------------------------------------------------------------- headers and footers


def _two_pages() -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Ada Lovelace")
    document.add_paragraph("Experience")
    document.add_paragraph("Acme Inc. — Data Engineer, Jan 2021 – Present")
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Built the billing pipeline, cutting month-end close by 3 days")
    return document


def test_headers_are_on_the_first_page_they_print_on(tmp_path: Path) -> None:
    document = _two_pages()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "First-page header"
    section.header.paragraphs[0].text = "Continuation header"
    section.footer.paragraphs[0].text = "Continuation footer"
    document.settings.odd_and_even_pages_header_footer = True
    section.even_page_footer.paragraphs[0].text = "Even footer"
    path = tmp_path / "hf.docx"
    document.save(path)
    found = {line.text: (line.region, line.page, line.number) for line in read(path).lines}
    assert found["First-page header"] == (Region.HEADER, 1, 1)
    assert found["Ada Lovelace"][:2] == (Region.BODY, 1)
    # Page 2 is even, so it has the even footer (and no header: there is no even one). The
    # default header and footer would print from page 3, which this resume does not have:
    # they print nowhere and are put on page 1.
    assert found["Even footer"][:2] == (Region.FOOTER, 2)
    assert found["Continuation footer"][:2] == (Region.FOOTER, 1)
    assert found["Continuation header"][:2] == (Region.HEADER, 1)


def test_a_phone_only_in_a_continuation_header_is_buried(tmp_path: Path) -> None:
    document = _two_pages()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Ada Lovelace"
    section.header.paragraphs[0].text = "Ada Lovelace · +44 20 7946 0958"
    path = tmp_path / "continuation.docx"
    document.save(path)
    phone = next(line for line in read(path).lines if "+44" in line.text)
    assert (phone.region, phone.page, phone.number) == (Region.HEADER, 2, 1)
    found = {f.rule: f.location for f in lint_file(path, ["phone-buried"])}
    assert found["phone-buried"].page == 2
