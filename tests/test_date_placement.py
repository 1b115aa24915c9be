"""Where an entry prints its dates, and the dates structure finds there: at the right margin
of the title line, on a line of their own above, between or below the title and company,
in a left margin column, after the location, in parentheses after the title, and a range
broken over two lines (fictional people and employers; plain text, lines built as the PDF
reader makes them, and a PDF drawn here).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reslint.model import Line
from reslint.readers import ReadOptions, read
from reslint.readers.text import lines_from_text
from reslint.structure import build_document, build_structure
from tests.built_lines import built_lines, parsed_positions

Position = tuple[Any, ...]
EXPECTED = [
    ("Acme GmbH", "Senior Engineer", "2019-01", "present"),
    ("Globex Ltd", "Engineer", "2016-06", "2018-12"),
]
BODY = ["Built the billing platform for all teams", "Wrote the scheduler for the night jobs"]


_positions = parsed_positions


def _text(*entries: str) -> tuple[Line, ...]:
    """Two entries under an Experience heading, each with one bullet."""
    blocks = [f"{entry}\n- {bullet}\n" for entry, bullet in zip(entries, BODY, strict=True)]
    body = "\n".join(blocks)
    return lines_from_text(f"Jane Doe\njane@example.org\n\nExperience\n\n{body}", markdown=False)


# Each placement: the header lines of the two entries, `{a}`/`{b}` where their dates go.
PLACEMENTS = {
    "right margin of the title line": (
        "Senior Engineer                Jan 2019 – Present\nAcme GmbH",
        "Engineer                Jun 2016 – Dec 2018\nGlobex Ltd",
    ),
    "own line above the company": (
        "Jan 2019 – Present\nAcme GmbH\nSenior Engineer",
        "Jun 2016 – Dec 2018\nGlobex Ltd\nEngineer",
    ),
    "own line below the company": (
        "Acme GmbH\nSenior Engineer\nJan 2019 – Present",
        "Globex Ltd\nEngineer\nJun 2016 – Dec 2018",
    ),
    "between title and company": (
        "Senior Engineer\nJan 2019 – Present\nAcme GmbH",
        "Engineer\nJun 2016 – Dec 2018\nGlobex Ltd",
    ),
    "parentheses after the title": (
        "Senior Engineer (Jan 2019 – Present)\nAcme GmbH",
        "Engineer (Jun 2016 – Dec 2018)\nGlobex Ltd",
    ),
    "parentheses after title and company": (
        "Senior Engineer, Acme GmbH (Jan 2019 – Present)",
        "Engineer, Globex Ltd (Jun 2016 – Dec 2018)",
    ),
    "dashes between the parts": (
        "Acme GmbH - Senior Engineer - Jan 2019 - Present",
        "Globex Ltd - Engineer - Jun 2016 - Dec 2018",
    ),
    "dates first, then a colon": (
        "Jan 2019 – Present: Senior Engineer, Acme GmbH",
        "Jun 2016 – Dec 2018: Engineer, Globex Ltd",
    ),
    "range over three lines, the dash on its own": (
        "Jan 2019\n–\nPresent\nAcme GmbH\nSenior Engineer",
        "Jun 2016\n–\nDec 2018\nGlobex Ltd\nEngineer",
    ),
    "range broken after its dash": (
        "Senior Engineer, Acme GmbH   Jan 2019 –\nPresent",
        "Engineer, Globex Ltd   Jun 2016 –\nDec 2018",
    ),
    "range broken between the end's month and year": (
        "Senior Engineer, Acme GmbH   Jan 2019 – Present",
        "Engineer, Globex Ltd   Jun 2016 – Dec\n2018",
    ),
}


@pytest.mark.parametrize("placement", PLACEMENTS)
def test_dates_wherever_the_entry_prints_them(placement: str) -> None:
    assert _positions(_text(*PLACEMENTS[placement])) == EXPECTED


@pytest.mark.parametrize(
    "entries",
    [
        ("Acme GmbH — Senior Engineer\nBerlin, Germany | 2019 – 2021",
         "Globex Ltd — Engineer\nLeeds, UK | 2016 – 2018"),
        ("Senior Engineer\nAcme GmbH\nBerlin, Germany | 2019 – 2021",
         "Engineer\nGlobex Ltd\nLeeds, UK | 2016 – 2018"),
        ("Senior Engineer | Acme GmbH\nBerlin, Germany · 2019 – 2021",
         "Engineer | Globex Ltd\nLeeds, UK · 2016 – 2018"),
    ],
    ids=["company line", "title line first", "middle dot"],
)  # fmt: skip
def test_dates_after_the_location(entries: tuple[str, str]) -> None:
    assert _positions(_text(*entries)) == [
        ("Acme GmbH", "Senior Engineer", "2019", "2021"),
        ("Globex Ltd", "Engineer", "2016", "2018"),
    ]


def test_a_range_in_parentheses_wrapped_between_its_end_month_and_year() -> None:
    """`(March 2019 – February` at a line's end, `2021) Acme GmbH` on the next: the end is
    February 2021, not 2021, and the company is read after it."""
    lines = _text(
        "Senior Engineer, Billing Platform (March 2019 – February\n2021) Acme GmbH - Berlin",
        "Engineer, Night Jobs (June 2016 – December 2018) Globex Ltd - Leeds",
    )
    assert [position[2:] for position in _positions(lines)] == [
        ("2019-03", "2021-02"),
        ("2016-06", "2018-12"),
    ]


LABEL = {"size": 14.0, "bold": True}
DATE = {"size": 9.0, "x": 40.0, "width": 80.0}
TEXT = {"x": 130.0, "width": 300.0}


def test_a_left_date_column_whose_ranges_wrap_in_their_cell() -> None:
    """A narrow left column: each range wraps inside its cell, the end's month on the first
    line and its year on the second (`Jun 2016 – Sep` over `2016`)."""
    lines = built_lines(
        ("Jane Doe", {"size": 18.0}),
        "jane@example.org",
        ("Experience", LABEL),
        ("Jan 2019 – Mar   Senior Engineer", {**DATE, "width": 380.0}),
        ("2021   Acme GmbH, Berlin", {**DATE, "width": 380.0}),
        (f"• {BODY[0]}", {**TEXT, "bullet": True}),
        ("Jun 2016 – Dec   Engineer", {**DATE, "width": 380.0}),
        ("2018   Globex Ltd, Leeds", {**DATE, "width": 380.0}),
        (f"• {BODY[1]}", {**TEXT, "bullet": True}),
    )
    assert [position[2:] for position in _positions(lines)] == [
        ("2019-01", "2021-03"),
        ("2016-06", "2018-12"),
    ]


canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
HEIGHT = 792.0


def _pdf(path: Path, rows: list[tuple[float, float, str, float, bool]]) -> Path:
    """Rows of (x, y from the top, text, size, right-aligned) on one Letter page."""
    pdf = canvas_module.Canvas(str(path), pagesize=(612, HEIGHT))
    for x, y, text, size, right in rows:
        pdf.setFont("Helvetica", size)
        (pdf.drawRightString if right else pdf.drawString)(x, HEIGHT - y, text)
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_pdf_date_cell_that_wraps_its_end_month_from_its_year(
    tmp_path: Path, engine: str
) -> None:
    rows = [
        (40, 50, "Jane Doe", 18, False),
        (40, 70, "jane@example.org", 10, False),
        (40, 100, "Experience", 14, False),
        (110, 125, "Jan 2019 – Mar", 9, True),
        (125, 125, "Senior Engineer", 10, False),
        (110, 137, "2021", 9, True),
        (125, 137, "Acme GmbH, Berlin", 10, False),
        (135, 152, f"• {BODY[0]}", 10, False),
        (110, 177, "Jun 2016 – Dec", 9, True),
        (125, 177, "Engineer", 10, False),
        (110, 189, "2018", 9, True),
        (125, 189, "Globex Ltd, Leeds", 10, False),
        (135, 204, f"• {BODY[1]}", 10, False),
    ]
    path = _pdf(tmp_path / "cells.pdf", rows)
    doc = build_document(path, read(path, ReadOptions(pdf_engine=engine)))
    found = [(p.dates.start.iso(), p.dates.end.iso()) if p.dates else None for p in doc.positions]
    assert found == [("2019-01", "2021-03"), ("2016-06", "2018-12")]


# Where a right-aligned range too wide for its cell breaks: the first entry's two lines,
# then the second's.
RIGHT_BREAKS = {
    "after the dash": ("Jan 2019 –", "Present", "Jun 2016 –", "Dec 2018"),
    "after the end's month": ("Jan 2019 – Mar", "2021", "Jun 2016 – Dec", "2018"),
    "before the dash": ("Jan 2019", "– Mar 2021", "Jun 2016", "– Dec 2018"),
}


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("where", RIGHT_BREAKS)
def test_a_pdf_range_at_the_right_margin_that_wraps_in_its_cell(
    tmp_path: Path, engine: str, where: str
) -> None:
    """Right-aligned dates too wide for their cell: the start beside the company, the rest
    beside the title under it; the end is the next line's last cell."""
    first, second, third, fourth = RIGHT_BREAKS[where]
    rows = [
        (40, 50, "Jane Doe", 18, False),
        (40, 70, "jane@example.org", 10, False),
        (40, 100, "Experience", 14, False),
        (40, 125, "Acme GmbH", 11, False),
        (572, 125, first, 10, True),
        (40, 139, "Senior Engineer", 10, False),
        (572, 139, second, 10, True),
        (50, 155, f"• {BODY[0]}", 10, False),
        (40, 180, "Globex Ltd", 11, False),
        (572, 180, third, 10, True),
        (40, 194, "Engineer", 10, False),
        (572, 194, fourth, 10, True),
        (50, 210, f"• {BODY[1]}", 10, False),
    ]
    path = _pdf(tmp_path / "right-cells.pdf", rows)
    doc = build_document(path, read(path, ReadOptions(pdf_engine=engine)))
    found = [
        (
            p.company.value if p.company else None,
            p.title.value if p.title else None,
            p.dates.start.iso() if p.dates else None,
            p.dates.end.iso() if p.dates and p.dates.end else None,
        )
        for p in doc.positions
    ]
    end = "present" if second == "Present" else "2021-03"
    assert found == [("Acme GmbH", "Senior Engineer", "2019-01", end), EXPECTED[1]]


def test_a_wrapped_right_cell_takes_only_a_date_from_the_next_line() -> None:
    """The next line's last cell is the range's end only when it is a date on its own."""
    lines = built_lines(
        ("Jane Doe", {"size": 18.0}),
        "jane@example.org",
        ("Experience", LABEL),
        ("Acme GmbH   Jan 2019 –", {"bold": True}),
        ("Senior Engineer   Berlin", {}),
        (f"• {BODY[0]}", {"bullet": True, "x": 80.0}),
    )
    (position,) = build_structure(lines, "US").positions
    assert position.dates is not None and position.dates.end is not None
    assert position.dates.end.present  # the dash left open: still going on


def _docx_cell_table(tmp_path: Path, cells: tuple[tuple[str, ...], tuple[str, ...]]) -> Path:
    """A DOCX of two entries, each a table row: a date cell of paragraphs, then the entry."""
    from tests.docx_builder import make_docx, para

    bold = "<w:b/>"
    entries = [("Senior Engineer", "Acme GmbH, Berlin"), ("Engineer", "Globex Ltd, Leeds")]
    rows = []
    for dates, (title, company), bullet in zip(cells, entries, BODY, strict=True):
        date_cell = "".join(para(text) for text in dates)
        text_cell = para(title, rpr=bold) + para(company) + para(bullet)
        rows.append(f"<w:tr><w:tc>{date_cell}</w:tc><w:tc>{text_cell}</w:tc></w:tr>")
    head = para("Jane Doe") + para("jane@example.org") + para("Experience", rpr=bold)
    return make_docx(tmp_path / "cells.docx", head + "<w:tbl>" + "".join(rows) + "</w:tbl>")


@pytest.mark.parametrize(
    "cells",
    [
        (("01/2019", "03/2021"), ("06/2016", "12/2018")),
        (("From: 01/2019", "To: 03/2021"), ("From: 06/2016", "To: 12/2018")),
        (("von 01/2019", "bis 03/2021"), ("von 06/2016", "bis 12/2018")),
    ],
    ids=["start over end", "from over to", "von over bis"],
)
def test_a_docx_date_cell_that_stacks_start_over_end(tmp_path: Path, cells) -> None:
    path = _docx_cell_table(tmp_path, cells)
    doc = build_document(path, read(path, ReadOptions()))
    found = [
        (p.company.value if p.company else None, p.dates.start.iso(), p.dates.end.iso())
        for p in doc.positions
        if p.dates and p.dates.start and p.dates.end
    ]
    assert found == [("Acme GmbH", "2019-01", "2021-03"), ("Globex Ltd", "2016-06", "2018-12")]


@pytest.mark.parametrize(
    "dates",
    [
        ("03/2018", "06/2019", "09/2020"),  # a run of three: a list of dated lines
        ("06/2019", "03/2018", "Other"),  # the second earlier: two entries
        ("2018", "2019", "Other"),  # years only: a list of years
    ],
)
def test_stacked_single_dates_that_are_no_range(dates: tuple[str, str, str]) -> None:
    lines = lines_from_text(
        "Jane Doe\njane@example.org\n\nCertificates\n\n"
        + "\n".join(f"{date}   Certificate {n}" for n, date in enumerate(dates, start=1)),
        markdown=False,
    )
    from reslint.structure.broken_ranges import join_dangling_ranges

    joined = join_dangling_ranges(lines)
    assert [line.text for line in joined] == [line.text for line in lines]
