"""A line printed in two styles with no separator between (`**Senior Engineer** Acme`):
the readers keep its style runs (`Line.runs`), and structure reads a title in one run and
its employer in the other. Fictional people and firms, in several languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.model import Line, StyleRun
from reslint.readers import ReadOptions, read
from reslint.readers.style_runs import Chunk, is_italic_font, style_runs
from reslint.readers.text import lines_from_text
from reslint.structure import build_document
from reslint.structure.header_rows import Row
from reslint.structure.style_parts import style_changes_between, style_cuts
from reslint.structure.styled_roles import styled_reading
from tests.docx_builder import make_docx, para

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")

HEIGHT = 792.0
ENGINES = ("pdfium", "pdfplumber")
Part = tuple[str, str]  # text, font


def _pdf(path: Path, rows: list[list[Part] | tuple[str, float]]) -> Path:
    """Each row drawn on its own baseline; a row of parts drawn one after another with a
    space between, each part in its font (a heading row is its text and size)."""
    pdf = canvas_module.Canvas(str(path), pagesize=(612, HEIGHT))
    y = 72.0
    for row in rows:
        if isinstance(row, tuple):
            text, size = row
            pdf.setFont("Helvetica-Bold", size)
            pdf.drawString(72, HEIGHT - y, text)
            y += size * 1.6
            continue
        x = 72.0
        for text, font in row:
            pdf.setFont(font, 10)
            pdf.drawString(x, HEIGHT - y, text)
            x += pdfmetrics.stringWidth(text + " ", font, 10)
        y += 14
    pdf.showPage()
    pdf.save()
    return path


BOLD, REGULAR, ITALIC = "Helvetica-Bold", "Helvetica", "Helvetica-Oblique"


def _positions(path: Path, engine: str | None = None) -> list[tuple[str | None, str | None]]:
    options = ReadOptions(pdf_engine=engine) if engine else ReadOptions()
    doc = build_document(path, read(path, options))
    return [
        (p.company.value if p.company else None, p.title.value if p.title else None)
        for p in doc.positions
    ]


def _resume(heading: str, entries: list[tuple[list[Part], str, str]]) -> list:
    rows: list = [("Marta Quiroga Lenz", 20.0), [("marta.quiroga@example.org", REGULAR)]]
    rows.append((heading, 13.0))
    for header, dates, body in entries:
        rows.append([(dates, REGULAR)])
        rows.append(header)
        rows.append([(body, REGULAR)])
    return rows


# -- readers ------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_a_pdf_line_keeps_its_bold_and_italic_runs(tmp_path: Path, engine: str) -> None:
    path = _pdf(
        tmp_path / "runs.pdf",
        [[("Senior Data Engineer", BOLD), ("Norrland Freight", REGULAR), ("Umeå", ITALIC)]],
    )
    [line] = read(path, ReadOptions(pdf_engine=engine)).lines
    assert line.text == "Senior Data Engineer Norrland Freight Umeå"
    assert [(r.text, r.bold, r.italic) for r in line.runs] == [
        ("Senior Data Engineer", True, False),
        ("Norrland Freight", False, False),
        ("Umeå", False, True),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_line_in_one_style_has_no_runs(tmp_path: Path, engine: str) -> None:
    path = _pdf(tmp_path / "one.pdf", [[("Senior Data Engineer", BOLD), ("at Norrland", BOLD)]])
    [line] = read(path, ReadOptions(pdf_engine=engine)).lines
    assert line.bold and line.runs == ()


def test_a_docx_paragraph_keeps_its_runs(tmp_path: Path) -> None:
    runs = (
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Ingénieure logiciel </w:t></w:r>'
        '<w:r><w:t xml:space="preserve">Brunel Conseil </w:t></w:r>'
        "<w:r><w:rPr><w:i/></w:rPr><w:t>Nantes</w:t></w:r>"
    )
    path = make_docx(tmp_path / "cv.docx", f"<w:p>{runs}</w:p>")
    [line] = read(path).lines
    assert [(r.text, r.bold, r.italic) for r in line.runs] == [
        ("Ingénieure logiciel", True, False),
        ("Brunel Conseil", False, False),
        ("Nantes", False, True),
    ]


def test_runs_merge_neighbours_of_one_style_and_pass_over_what_the_line_lost() -> None:
    chunks = [
        Chunk("•", False, False, 10.0),  # a bullet the reader cut off the text
        Chunk("Lead", True, False, 10.0),
        Chunk("Analyst", True, False, 10.1),
        Chunk("Orbis", False, False, 10.0),
    ]
    assert style_runs("Lead Analyst Orbis", chunks) == (
        StyleRun("Lead Analyst", True, False, 10.0),
        StyleRun("Orbis", False, False, 10.0),
    )
    assert style_runs("Orbis", [Chunk("Orbis", False, False, 10.0)]) == ()
    # The bullet cut off the start is printed again further on: it is not looked for there.
    chunks = [Chunk("•", True, False, 10.0), Chunk("Lead", True, False, 10.0)]
    chunks += [Chunk("•", False, False, 10.0), Chunk("Orbis", False, False, 10.0)]
    assert [run.text for run in style_runs("Lead • Orbis", chunks)] == ["Lead", "• Orbis"]


@pytest.mark.parametrize(
    ("font", "italic"),
    [
        ("ABCDEF+OpenSans-Italic", True),
        ("Arial-BoldItalicMT", True),
        ("Helvetica-Oblique", True),
        ("CMTI10", True),
        ("Garamond-BoldIt", True),
        ("Helvetica-Bold", False),
        ("Poppins-Regular", False),
        ("Titillium", False),
    ],
)
def test_italic_from_the_font_name(font: str, italic: bool) -> None:
    assert is_italic_font(font) is italic


# -- style parts ----------------------------------------------------------------


def _mixed(*runs: tuple[str, bool]) -> Line:
    return Line(" ".join(text for text, _ in runs), runs=tuple(StyleRun(t, b) for t, b in runs))


def test_a_piece_is_cut_where_the_style_changes_between_words() -> None:
    line = _mixed(("Werkstudentin Softwaretest", True), ("Kessler Werke", False))
    assert style_cuts(line.text, line) == ["Werkstudentin Softwaretest", "Kessler Werke"]
    assert style_changes_between(line, "Kessler Werke", "Werkstudentin Softwaretest")


def test_a_change_inside_a_word_cuts_nothing() -> None:
    line = Line("Desarrollador Lumbre", runs=(StyleRun("Desarrolla", True), StyleRun("dor Lumbre")))
    assert style_cuts(line.text, line) == ["Desarrollador Lumbre"]


def test_a_part_without_a_word_cuts_nothing() -> None:
    line = _mixed(("\uf0b7", False), ("Data Analyst Orbis", True))
    assert style_cuts(line.text, line) == [line.text]


# -- parses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "header", "expected"),
    [
        (
            "Experiencia laboral",
            [("Desarrolladora de software", BOLD), ("Lumbre Sistemas", REGULAR)],
            ("Lumbre Sistemas", "Desarrolladora de software"),
        ),
        (
            "Berufserfahrung",
            [("Werkstudentin Softwaretest", BOLD), ("Kessler Werke", REGULAR)],
            ("Kessler Werke", "Werkstudentin Softwaretest"),
        ),
        (
            "Expérience professionnelle",
            [("Ingénieure logiciel", BOLD), ("Brunel Conseil", ITALIC)],
            ("Brunel Conseil", "Ingénieure logiciel"),
        ),
        (
            # The employer first, in bold; the title after it, in regular type.
            "Work Experience",
            [("Quillfeather Analytics", BOLD), ("Senior Data Engineer", REGULAR)],
            ("Quillfeather Analytics", "Senior Data Engineer"),
        ),
    ],
)
def test_a_header_in_two_styles_is_a_title_and_an_employer(
    tmp_path: Path, heading: str, header: list[Part], expected: tuple[str, str]
) -> None:
    rows = _resume(
        heading,
        [
            (header, "03/2021 – 08/2023", "Maintained the team's test harness and its reports."),
            (
                [("Praktikant", BOLD), ("Orbis Datenwerk", REGULAR)],
                "01/2019 – 12/2020",
                "Wrote the nightly import of the sales figures.",
            ),
        ],
    )
    path = _pdf(tmp_path / "cv.pdf", rows)
    assert _positions(path)[0] == expected


def test_a_team_in_another_style_leaves_the_employer_line_its_employer(tmp_path: Path) -> None:
    rows = _resume(
        "Experience",
        [
            (
                [("Senior Data Engineer", BOLD), ("Platform Team", REGULAR)],
                "Northwind Traders Ltd   03/2021 – 08/2023",
                "Maintained the team's test harness and its reports.",
            ),
        ],
    )
    path = _pdf(tmp_path / "cv.pdf", rows)
    [(company, title)] = _positions(path)
    assert company == "Northwind Traders Ltd"
    assert title is not None and title.startswith("Senior Data Engineer")


def test_a_docx_header_in_two_styles(tmp_path: Path) -> None:
    header = (
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Sviluppatrice web </w:t></w:r>'
        "<w:r><w:t>Ortica Digitale</w:t></w:r></w:p>"
    )
    body = (
        para("Giulia Ferrandi", rpr='<w:sz w:val="40"/>')
        + para("giulia.ferrandi@example.org")
        + para("Esperienza lavorativa", rpr='<w:b/><w:sz w:val="28"/>')
        + para("03/2021 – 08/2023")
        + header
        + para("Ho curato il sito dei clienti e le sue pagine.")
    )
    path = make_docx(tmp_path / "cv.docx", body)
    assert _positions(path) == [("Ortica Digitale", "Sviluppatrice web")]


def _row(*runs: tuple[str, bool]) -> Row:
    line = _mixed(*runs)
    return Row(line, line.text, [line.text])


def test_a_styled_reading_takes_a_title_and_a_name() -> None:
    reading = styled_reading([_row(("Analista de datos", True), ("Pereda Asociados", False))])
    assert reading is not None and reading.title and reading.company
    assert (reading.title.value, reading.company.value) == ("Analista de datos", "Pereda Asociados")


@pytest.mark.parametrize(
    "runs",
    [
        # A bold title beside the first words of a description set in the next column.
        (("Web Developer", True), ("Developed new features for", False)),
        # A department, not the employer.
        (("Research Assistant", True), ("Department of Botany", False)),
        # Neither part reads as a title.
        (("Harbour Lights", True), ("Pereda Asociados", False)),
    ],
)
def test_no_styled_reading(runs: tuple[tuple[str, bool], ...]) -> None:
    assert styled_reading([_row(*runs)]) is None


@pytest.mark.parametrize(
    ("heading", "sure", "open_", "expected"),
    [
        (
            "Work Experience",
            [
                [("Software Engineer", BOLD), ("Quillfeather Analytics", REGULAR)],
                [("Data Analyst", BOLD), ("Orbis Datenwerk", REGULAR)],
            ],
            [("Lifeguard", BOLD), ("Bayside Pools", REGULAR)],
            ("Bayside Pools", "Lifeguard"),
        ),
        (
            # The employer in bold first, the title after it in italics.
            "Berufserfahrung",
            [
                [("Kessler Werke", BOLD), ("Werkstudentin Softwaretest", ITALIC)],
                [("Orbis Datenwerk", BOLD), ("Praktikant Vertrieb", ITALIC)],
            ],
            [("Freibad Lindenau", BOLD), ("Rettungsschwimmer", ITALIC)],
            ("Freibad Lindenau", "Rettungsschwimmer"),
        ),
    ],
)
def test_a_header_whose_words_say_nothing_takes_the_sections_styles(
    tmp_path: Path,
    heading: str,
    sure: list[list[Part]],
    open_: list[Part],
    expected: tuple[str, str],
) -> None:
    body = "Kept the place running on busy weekends."
    dates = ["03/2021 – 08/2023", "01/2019 – 12/2020", "06/2017 – 09/2018"]
    headers = [*sure, open_]
    rows = _resume(heading, [(h, d, body) for h, d in zip(headers, dates, strict=True)])
    path = _pdf(tmp_path / "cv.pdf", rows)
    assert _positions(path)[2] == expected


def test_without_sure_neighbours_a_header_whose_words_say_nothing_is_not_cut(
    tmp_path: Path,
) -> None:
    rows = _resume(
        "Work Experience",
        [([("Lifeguard", BOLD), ("Bayside Pools", REGULAR)], "06/2017 – 09/2018", "Swam.")],
    )
    path = _pdf(tmp_path / "cv.pdf", rows)
    [(company, title)] = _positions(path)
    assert (company, title) != ("Bayside Pools", "Lifeguard")


def test_a_markdown_line_keeps_its_strong_and_emphasis_runs() -> None:
    source = "**Ingénieure logiciel** *Brunel Conseil* [Nantes](https://x.org)"
    [line] = lines_from_text(source, True)
    assert line.text == "Ingénieure logiciel Brunel Conseil Nantes"
    assert [(r.text, r.bold, r.italic) for r in line.runs] == [
        ("Ingénieure logiciel", True, False),
        ("Brunel Conseil", False, True),
        ("Nantes", False, False),
    ]
    [plain] = lines_from_text("Ingénieure logiciel, Brunel Conseil", True)
    assert plain.runs == ()
    # `snake_case` and a code span hold no emphasis.
    [code] = lines_from_text("Maintained `**kwargs` in snake_case_names", True)
    assert code.runs == ()


def test_a_markdown_header_in_two_styles(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(
        "# Tomas Arvel\n\ntomas.arvel@example.org\n\n## Experience\n\n"
        "03/2021 – 08/2023\n**Sviluppatrice web** Ortica Digitale\n\n- Built the shop.\n\n"
        "01/2019 – 12/2020\n**Lifeguard** Bayside Pools\n\n- Kept the pools safe.\n",
        encoding="utf-8",
    )
    assert _positions(path) == [
        ("Ortica Digitale", "Sviluppatrice web"),
        ("Bayside Pools", "Lifeguard"),
    ]
