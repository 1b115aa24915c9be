"""PDF reading order on pages built here: columns, bands, date columns, accents, page edges.

Each test draws a small page with reportlab (fictional people and firms) that
shows one layout mechanism, and checks the lines both engines read from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pytest

from reslint.model import Line, Region
from reslint.readers import ReadOptions, read
from reslint.readers.base import SEGMENT_JOIN
from reslint.readers.pdf_layout import Glyph, PageData, Style, page_lines

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")

ENGINES = ("pdfium", "pdfplumber")
HEIGHT = 792.0


class Text(NamedTuple):
    """A string drawn with its baseline `y` points below the top of the page."""

    x: float
    y: float
    text: str
    size: float = 10.0
    font: str = "Helvetica"
    right: bool = False  # x is the right edge


def _build(path: Path, pages: Iterable[Iterable[Text]]) -> Path:
    pdf = canvas_module.Canvas(str(path), pagesize=(612, HEIGHT))
    for page in pages:
        for item in page:
            pdf.setFont(item.font, item.size)
            draw = pdf.drawRightString if item.right else pdf.drawString
            draw(item.x, HEIGHT - item.y, item.text)
        pdf.showPage()
    pdf.save()
    return path


def _texts(path: Path, engine: str) -> list[str]:
    return [line.text for line in read(path, ReadOptions(pdf_engine=engine)).lines]


def _lines(path: Path, engine: str) -> tuple[Line, ...]:
    return read(path, ReadOptions(pdf_engine=engine)).lines


def _column(x: float, y: float, texts: list[str], pitch: float = 14.0, **kw: object) -> list[Text]:
    return [Text(x, y + i * pitch, text, **kw) for i, text in enumerate(texts)]  # type: ignore[arg-type]


def _is_run(texts: list[str], wanted: list[str]) -> bool:
    """`wanted` appears in `texts` as consecutive lines, in order."""
    start = texts.index(wanted[0])
    return texts[start : start + len(wanted)] == wanted


MAIN = [
    "Experience",
    "Senior Engineer, Acme GmbH",
    "Built the billing platform used by every team",
    "and moved its data to the new warehouse",
    "Engineer, Globex Ltd",
    "Wrote the scheduler that runs the night jobs",
    "and the tools that watch it at the weekend",
    "Education",
    "Example University, BSc Physics",
]
SIDEBAR = [
    "Contact",
    "jane.doe@example.org",
    "+44 20 7946 0000",
    "Skills",
    "Python",
    "SQL",
    "Spanish",
]


@pytest.mark.parametrize("engine", ENGINES)
def test_sidebar_starting_below_the_main_column_is_read_as_one_block(
    tmp_path: Path, engine: str
) -> None:
    # The main column starts at the top; the left sidebar only lower down (below a photo).
    page = _column(230, 60, MAIN) + _column(40, 130, SIDEBAR, pitch=17)
    texts = _texts(_build(tmp_path / "sidebar.pdf", [page]), engine)
    assert _is_run(texts, SIDEBAR) and _is_run(texts, MAIN)
    assert texts.index("Contact") < texts.index("Experience")  # the narrow left column first


@pytest.mark.parametrize("engine", ENGINES)
def test_banner_and_summary_above_the_columns_are_read_first(tmp_path: Path, engine: str) -> None:
    page = [
        Text(40, 40, "Jane Doe", size=22),
        # Contact parts whose gaps line up with the gutter below, for two rows.
        Text(40, 62, "London"),
        Text(150, 62, "jane.doe@example.org"),
        Text(40, 76, "janedoe.example.org"),
        Text(260, 76, "github.com/janedoe"),
        Text(40, 100, "Engineer who likes quiet systems and loud colours, across the width."),
        *_column(40, 140, SIDEBAR, pitch=17),
        *_column(230, 140, MAIN),
    ]
    texts = _texts(_build(tmp_path / "banner.pdf", [page]), engine)
    assert texts[0] == "Jane Doe"
    assert texts.index("Engineer who likes quiet systems and loud colours, across the width.") < (
        texts.index("Contact")
    )
    assert _is_run(texts, SIDEBAR) and _is_run(texts, MAIN)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_large_name_above_a_lower_sidebar_is_read_before_it(tmp_path: Path, engine: str) -> None:
    page = [
        Text(230, 50, "Jane Doe", size=24),
        *_column(230, 80, MAIN),
        *_column(40, 110, SIDEBAR, pitch=17),
    ]
    texts = _texts(_build(tmp_path / "name.pdf", [page]), engine)
    assert texts[0] == "Jane Doe"
    assert texts.index("Jane Doe") < texts.index("Contact") < texts.index("Experience")


@pytest.mark.parametrize("engine", ENGINES)
def test_right_aligned_dates_and_degree_stay_with_their_entries(
    tmp_path: Path, engine: str
) -> None:
    page = [
        Text(40, 50, "Jane Doe", size=16),
        Text(572, 50, "jane.doe@example.org", right=True),
        Text(572, 64, "github.com/janedoe", right=True),
        Text(572, 78, "janedoe.example.org", right=True),
        Text(40, 110, "Education", size=13),
        Text(40, 130, "Physics, Example University, Springfield"),
        Text(572, 130, "Sep. 2015 – Jun. 2019", right=True),
        Text(572, 144, "B.Sc.", right=True),
        Text(40, 166, "Chemistry, Example College, Shelbyville"),
        Text(572, 166, "Sep. 2013 – Jun. 2015", right=True),
        Text(572, 180, "A-Levels", right=True),
        Text(40, 210, "Experience", size=13),
        Text(40, 230, "Engineer, Acme GmbH, Berlin, working on the billing platform"),
        Text(572, 230, "2019 – 2024", right=True),
    ]
    texts = _texts(_build(tmp_path / "right.pdf", [page]), engine)
    join = SEGMENT_JOIN
    assert f"Physics, Example University, Springfield{join}Sep. 2015 – Jun. 2019" in texts
    # The degree printed under the date is read right after its entry's line.
    assert texts[texts.index("B.Sc.") - 1].startswith("Physics")
    assert texts.index("B.Sc.") < texts.index("Experience")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_margin_of_section_labels_and_dates_is_read_row_by_row(
    tmp_path: Path, engine: str
) -> None:
    # Europass: section titles and dates right-aligned in a margin beside the content.
    page = [
        Text(150, 60, "Experience", right=True),
        Text(150, 90, "Jan 2019 - Present", right=True),
        *_column(170, 90, ["Acme GmbH", "Senior Engineer", "Berlin"]),
        *_column(180, 140, [f"Looked after the billing platform, part {n}" for n in range(1, 8)]),
        Text(150, 260, "Jun 2016 - Dec 2018", right=True),
        *_column(170, 260, ["Globex Ltd", "Engineer", "Leeds"]),
        *_column(180, 310, [f"Ran the night jobs and their tools, part {n}" for n in range(1, 6)]),
        Text(150, 400, "Education", right=True),
        Text(150, 430, "Sep 2012 - Jun 2016", right=True),
        Text(170, 430, "Example University"),
    ]
    texts = _texts(_build(tmp_path / "europass.pdf", [page]), engine)
    assert f"Jan 2019 - Present{SEGMENT_JOIN}Acme GmbH" in texts
    assert f"Jun 2016 - Dec 2018{SEGMENT_JOIN}Globex Ltd" in texts
    assert texts.index("Experience") < texts.index(f"Jan 2019 - Present{SEGMENT_JOIN}Acme GmbH")


@pytest.mark.parametrize("engine", ENGINES)
def test_labels_flush_against_their_values_are_read_with_them(tmp_path: Path, engine: str) -> None:
    # Table cells in two sizes, top-aligned: each value sits a point above its label.
    labels = ["Address", "Phone", "Email", "Nationality", "Date of birth", "Gender"]
    values = ["1 Example Street", "+44 20 7946 0000", "jane.doe@example.org", "British"]
    values += ["1 April 1990", "Female"]
    page = [Text(40, 40, "Jane Doe", size=24)]
    for row, (label, value) in enumerate(zip(labels, values, strict=True)):
        page.append(Text(170, 80 + 19 * row, label, right=True))
        page.append(Text(190, 78.8 + 19 * row, value, size=9))
    texts = _texts(_build(tmp_path / "labels-flush.pdf", [page]), engine)
    assert texts[1:] == [f"{a}{SEGMENT_JOIN}{b}" for a, b in zip(labels, values, strict=True)]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_left_column_set_flush_right_is_still_a_column(tmp_path: Path, engine: str) -> None:
    profile = [
        "Tester who likes to break things",
        "before the customers do, and to",
        "write down how it happened",
        "Education",
        "Example University, 2005",
        "History and Ethnology",
        "Languages",
        "English, Polish",
    ]
    page = [Text(290, 60 + 15 * i, text, right=True) for i, text in enumerate(profile)]
    page += _column(310, 62, MAIN, pitch=13)
    texts = _texts(_build(tmp_path / "flush-column.pdf", [page]), engine)
    assert _is_run(texts, profile) and _is_run(texts, MAIN)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_date_column_close_to_its_text_is_split_at_the_tab_stop(
    tmp_path: Path, engine: str
) -> None:
    # Dates right-aligned just short of the text's edge: a gap narrower than a column gap.
    page = [
        Text(140, 60, "2019–2021", right=True),
        Text(146, 60, "Research Associate. Example Institute, Springfield,"),
        Text(146, 74, "Shelbyville"),
        Text(140, 92, "2016–2019", right=True),
        Text(146, 92, "Graduate Assistant. Example University, Springfield"),
        Text(146, 106, "Ogdenville"),
        Text(140, 124, "2014", right=True),
        Text(146, 124, "Intern. Acme GmbH, Berlin, in the data team"),
        Text(146, 138, "and the tools team"),
    ]
    texts = _texts(_build(tmp_path / "tab.pdf", [page]), engine)
    assert f"2019–2021{SEGMENT_JOIN}Research Associate. Example Institute, Springfield," in texts
    assert f"2014{SEGMENT_JOIN}Intern. Acme GmbH, Berlin, in the data team" in texts
    assert "Shelbyville" in texts


@pytest.mark.parametrize("engine", ENGINES)
def test_a_date_printed_over_several_lines_joins_its_entry(tmp_path: Path, engine: str) -> None:
    # moderncv with a narrow date column: each range wraps inside its cell.
    page = [
        Text(120, 60, "Sep 2019 –", right=True),
        Text(130, 60, "Acme GmbH, Berlin"),
        Text(120, 74, "Present", right=True),
        Text(130, 74, "Senior Engineer"),
        Text(130, 92, "Built the billing platform used by every team."),
        Text(120, 116, "March", right=True),
        Text(130, 116, "Globex Ltd, Leeds"),
        Text(120, 130, "2015 –", right=True),
        Text(130, 130, "Engineer"),
        Text(120, 144, "2019", right=True),
        Text(130, 162, "Wrote the scheduler that runs the night jobs."),
        # A range whose first line stands above its entry's line.
        Text(120, 186, "2012 –", right=True),
        Text(120, 200, "2015", right=True),
        Text(130, 200, "Initech, Springfield"),
        Text(130, 214, "Intern"),
    ]
    texts = _texts(_build(tmp_path / "cells.pdf", [page]), engine)
    join = SEGMENT_JOIN
    assert texts == [
        f"Sep 2019 – Present{join}Acme GmbH, Berlin",
        "Senior Engineer",
        "Built the billing platform used by every team.",
        f"March 2015 – 2019{join}Globex Ltd, Leeds",
        "Engineer",
        "Wrote the scheduler that runs the night jobs.",
        f"2012 – 2015{join}Initech, Springfield",
        "Intern",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_label_column_is_not_read_as_dates(tmp_path: Path, engine: str) -> None:
    page = [
        Text(60, 60, "Name:"),
        Text(150, 60, "Jane Doe"),
        Text(60, 74, "Address:"),
        Text(150, 74, "1 Example Street"),
        Text(150, 88, "Springfield"),
        Text(60, 102, "Phone:"),
        Text(150, 102, "+44 20 7946 0000"),
        Text(60, 116, "Email:"),
        Text(150, 116, "jane.doe@example.org"),
    ]
    texts = _texts(_build(tmp_path / "labels.pdf", [page]), engine)
    assert texts[:3] == [
        f"Name:{SEGMENT_JOIN}Jane Doe",
        f"Address:{SEGMENT_JOIN}1 Example Street",
        "Springfield",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_accents_drawn_over_their_letters_are_put_back(tmp_path: Path, engine: str) -> None:
    # TeX's OT1 fonts draw `ö` as `o` with a `¨` over it.
    path = tmp_path / "accents.pdf"
    pdf = canvas_module.Canvas(str(path), pagesize=(612, HEIGHT))
    pdf.setFont("Helvetica", 12)
    x = 72.0
    for letter, accent in (
        ("J", ""),
        ("o", "\u00a8"),
        ("r", ""),
        ("g", ""),
        (" ", ""),
        ("E", "\u00b4"),
    ):
        pdf.drawString(x, 700, letter)
        width = pdf.stringWidth(letter, "Helvetica", 12)
        if accent:
            offset = (width - pdf.stringWidth(accent, "Helvetica", 12)) / 2
            pdf.drawString(x + offset, 700 + (3 if letter.isupper() else 0), accent)
        x += width
    pdf.drawString(72, 680, "2^10 and a~b")
    pdf.showPage()
    pdf.save()
    texts = _texts(path, engine)
    assert texts == ["Jörg É", "2^10 and a~b"]


def test_a_space_under_an_overhanging_letter_still_breaks_the_word() -> None:
    # An italic `f` whose box reaches over the space after it (Typst, Libertinus Italic).
    style = Style(9.0, "Serif-Italic", False, None)
    glyphs = []
    for char, x0, x1 in (
        ("o", 67.4, 71.6),
        ("f", 70.7, 76.1),
        (" ", 74.3, 76.5),
        ("B", 76.5, 81.6),
    ):
        glyphs.append(Glyph(char, x0, x1, 270.5, 280.8, 278.5, style))
    assert [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))] == ["of B"]


def test_a_space_drawn_inside_a_letter_is_an_unmapped_accent_not_a_word_break() -> None:
    # `Torrejón` in a font that maps the acute to a space, drawn over the `o`, the `n`
    # starting where the `o` ends.
    style = Style(28.0, "Cambria", False, None)
    glyphs = []
    for char, x0, x1 in (
        ("j", 243.4, 250.8),
        ("o", 250.8, 265.7),
        (" ", 256.5, 262.2),
        ("n", 265.7, 281.3),
        (" ", 281.3, 287.5),
        ("E", 287.5, 303.6),
    ):
        glyphs.append(Glyph(char, x0, x1, 90.0, 118.0, 110.0, style))
    assert [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))] == ["jon E"]


def test_an_accent_over_a_dotless_i_makes_an_accented_i() -> None:
    # TeX's `\'{\i}` in an OT1 font: a dotless `ı` with a spacing `´` drawn over it.
    style = Style(10.0, "CMR10", False, None)
    glyphs = [
        Glyph(char, x0, x1, 161.6, 171.5, 169.0, style)
        for char, x0, x1 in (
            ("r", 238.0, 241.9),
            ("\u00b4", 240.8, 245.8),
            ("\u0131", 241.9, 244.7),
            ("a", 244.7, 249.7),
        )
    ]
    assert [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))] == ["ría"]


@pytest.mark.parametrize("engine", ENGINES)
def test_page_edges_are_read_at_the_edges_of_their_page(tmp_path: Path, engine: str) -> None:
    pages = []
    for number in (1, 2):
        pages.append(
            [
                Text(40, 30, "Jane Doe – Curriculum Vitae", size=8),
                *_column(40, 130, SIDEBAR[number - 1 :], pitch=17),
                *_column(230, 130, MAIN[number - 1 :]),
                # The page number sits under the sidebar, inside the left column's span.
                Text(40, 770, f"Page {number} of 2", size=8),
            ]
        )
    lines = _lines(_build(tmp_path / "edges.pdf", pages), engine)
    for number in (1, 2):
        page = [line for line in lines if line.page == number]
        assert page[0].text == "Jane Doe – Curriculum Vitae" and page[0].region is Region.HEADER
        assert page[-1].text == f"Page {number} of 2" and page[-1].region is Region.FOOTER
        assert [line.number for line in page] == list(range(1, len(page) + 1))
        assert all(line.region is Region.BODY for line in page[1:-1])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_large_name_on_the_contact_line_is_a_line_of_its_own(tmp_path: Path, engine: str) -> None:
    page = [
        Text(40, 60, "Jane Doe", size=30),
        Text(572, 60, "jane.doe@example.org", size=9, right=True),
        Text(40, 100, "Senior Engineer, Acme GmbH"),
        Text(572, 100, "2019 – 2024", size=9, right=True),
    ]
    lines = _lines(_build(tmp_path / "name-line.pdf", [page]), engine)
    assert [line.text for line in lines[:2]] == ["Jane Doe", "jane.doe@example.org"]
    assert lines[0].font_size == pytest.approx(30, abs=0.5)
    assert lines[2].text == f"Senior Engineer, Acme GmbH{SEGMENT_JOIN}2019 – 2024"


@pytest.mark.parametrize("engine", ENGINES)
def test_small_words_after_a_large_name_are_a_line_of_their_own(
    tmp_path: Path, engine: str
) -> None:
    path = tmp_path / "pronouns.pdf"
    pdf = canvas_module.Canvas(str(path), pagesize=(612, HEIGHT))
    pdf.setFont("Times-Roman", 28)
    pdf.drawString(40, 700, "Jane Doe")
    pdf.setFont("Times-Roman", 12)
    pdf.drawString(40 + pdf.stringWidth("Jane Doe ", "Times-Roman", 28), 700, "she / her")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 660, "-")
    pdf.drawString(48, 660, "Wrote the scheduler")
    pdf.showPage()
    pdf.save()
    lines = _lines(path, engine)
    assert [line.text for line in lines] == ["Jane Doe", "she / her", "Wrote the scheduler"]
    assert lines[0].font_size == pytest.approx(28, abs=0.5) and lines[2].bullet


def _visual_row(words: list[str], baseline: float, x: float = 300.0) -> list[Glyph]:
    """Glyphs of `words` placed left to right from `x`, as a PDF draws them."""
    style = Style(10.0, "Sans", False, None)
    glyphs = []
    for word in words:
        for char in word:
            glyphs.append(Glyph(char, x, x + 5, baseline - 8, baseline + 2, baseline, style))
            x += 5
        x += 3
    return glyphs


def test_right_to_left_rows_are_read_from_the_right() -> None:
    # On the page, from the left: a Latin run that keeps its order, then two Hebrew
    # words whose letters stand mirrored (the reader meets them right to left).
    visual = ["Acme", "GmbH", "2019", "ב", "הדובע"]
    bullet = ["הנכות", "•"]
    glyphs = _visual_row(visual, 100) + _visual_row(bullet, 120, x=340)
    lines = page_lines(PageData(1, 612, 792, tuple(glyphs)))
    assert [line.text for line in lines] == ["עבודה ב Acme GmbH 2019", "תוכנה"]
    assert lines[1].bullet


def test_a_right_to_left_page_reads_its_right_column_first() -> None:
    right = [["הדובע"], ["Acme", "GmbH"], ["המכח"], ["ב", "דובע"], ["םירבח"], ["שדח"]]
    left = [["תוריכ"], ["ןוחטב"], ["הקיזומ"], ["הילגנא"], ["תירבע"]]
    glyphs: list[Glyph] = []
    for row, words in enumerate(right):
        glyphs += _visual_row(words, 100 + 14 * row, x=330)
    for row, words in enumerate(left):
        glyphs += _visual_row(words, 106 + 17 * row, x=60)
    texts = [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))]
    assert texts == [
        "עבודה",
        "Acme GmbH",
        "חכמה",
        "עבוד ב",
        "חברים",
        "חדש",
        "כירות",
        "בטחון",
        "מוזיקה",
        "אנגליה",
        "עברית",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_accents_drawn_after_the_word_find_their_letters(tmp_path: Path, engine: str) -> None:
    # A TeX margin title drawn letter by letter, other text, and only then its accents:
    # in the content stream the accents are far from their letters.
    path = tmp_path / "late-accents.pdf"
    pdf = canvas_module.Canvas(str(path), pagesize=(612, HEIGHT))
    pdf.setFont("Helvetica", 12)
    accents = []
    x = 72.0
    for letter, accent in (("O", "\u00a8"), ("D", ""), ("U", "\u00a8"), ("L", ""), ("L", "")):
        pdf.drawString(x, 700, letter)
        width = pdf.stringWidth(letter, "Helvetica", 12)
        if accent:
            accents.append((x + (width - pdf.stringWidth(accent, "Helvetica", 12)) / 2, accent))
        x += width
    pdf.drawString(200, 700, "Genc Bilim Odulu 2012")
    pdf.drawString(72, 680, "Karadeniz 1998")
    for x, accent in accents:
        pdf.drawString(x, 703, accent)
    pdf.showPage()
    pdf.save()
    texts = _texts(path, engine)
    assert texts[0].startswith("ÖDÜLL")
    assert "Karadeniz 1998" in texts
    assert not any(set(text) <= {"\u00a8", "\u0308", " "} for text in texts)


def _set(text: str, x: float, advance: float, word_gap: float, style: Style) -> list[Glyph]:
    """Glyphs of `text` with no space glyphs: each letter `advance` after the one before,
    a word `word_gap` more than that after the word before."""
    glyphs = []
    for char in text:
        if char == " ":
            x += word_gap
            continue
        glyphs.append(Glyph(char, x, x + 6.5, 100.0, 109.0, 107.0, style))
        x += advance
    return glyphs


def test_word_gaps_in_tightly_tracked_type_are_measured_from_its_letter_gaps() -> None:
    # A bold header set with negative tracking and no space glyphs: letters overlap by
    # about 1 pt, words stand half a point apart.
    style = Style(9.0, "Sans-Bold", True, None)
    glyphs = _set("05.2013 - 06.2018 BANK MILLENNIUM SA", 72.0, 5.5, 1.5, style)
    texts = [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))]
    assert texts == ["05.2013 - 06.2018 BANK MILLENNIUM SA"]


def test_letters_set_close_without_overlapping_stay_one_word() -> None:
    # Plain type whose boxes touch: gaps a little wider than the typical one are kerning.
    style = Style(9.0, "Sans", False, None)
    glyphs = _set("Millennium", 72.0, 6.6, 0.0, style)
    glyphs[3] = glyphs[3]._replace(x0=glyphs[3].x0 + 0.9, x1=glyphs[3].x1 + 0.9)
    texts = [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))]
    assert texts == ["Millennium"]


def test_zero_width_spaces_in_letter_spaced_type_are_no_word_breaks() -> None:
    # A designer template sets its contact column with 0.13 em tracking; PDFium puts a
    # zero-width space between two letters of an address, which is no word gap there.
    style = Style(9.0, "Sans", False, None)
    glyphs = _set("kim.berg.77@mail.example", 72.0, 6.5 + 1.2, 0.0, style)
    glyphs.insert(9, Glyph(" ", glyphs[8].x1 - 1.6, glyphs[8].x1 - 1.6, 100.0, 109.0, 107.0, style))
    glyphs += _set("Berlin", glyphs[-1].x1 + 4.8, 6.5 + 1.2, 0.0, style)
    texts = [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))]
    assert texts == ["kim.berg.77@mail.example Berlin"]


def test_a_run_printed_over_the_next_one_is_read_apart() -> None:
    # A degree too wide for its column runs into the school beside it: the two runs are
    # drawn one after the other and overlap; their letters are not interleaved.
    style = Style(10.0, "Sans-Bold", True, None)
    degree = _set("Licentiate", 62.0, 5.2, 0.0, style)
    school = _set("Westfield University", 90.0, 5.2, 3.0, style)
    texts = [line.text for line in page_lines(PageData(1, 612, 792, tuple(degree + school)))]
    assert texts == [f"Licentiate{SEGMENT_JOIN}Westfield University"]


def test_fake_bold_drawn_twice_is_read_once() -> None:
    # The same run drawn again a hair to the side (poor man's bold) is one text.
    style = Style(10.0, "Sans", False, None)
    glyphs = _set("Experience", 72.0, 5.5, 0.0, style) + _set("Experience", 72.3, 5.5, 0.0, style)
    texts = [line.text for line in page_lines(PageData(1, 612, 792, tuple(glyphs)))]
    assert texts == ["Experience"]
