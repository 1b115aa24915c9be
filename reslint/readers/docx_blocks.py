"""The block level of a DOCX part, in document order: paragraphs (each followed by the
text boxes anchored in it), tables, content controls and mc:AlternateContent, appending
Lines to the Context. Table rows are read top to bottom, cells left to right, each
paragraph of a cell measured; docx_rows then puts the row's lines in reading order (a
date cell beside its entry). A text box is read on its anchor's page without moving the
body's page flow.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from reslint.readers.docx_lines import lines_of, with_links
from reslint.readers.docx_pages import RENDERED_BREAK, ends_section
from reslint.readers.docx_paragraphs import Context, Paragraph
from reslint.readers.docx_rows import Cell, Measure, arrange_row, measure
from reslint.readers.docx_styles import shading
from reslint.readers.docx_text_boxes import fills_background, reading_order
from reslint.readers.docx_xml import ALTERNATE, TRANSPARENT, choose, val, w

_P, _TBL, _TR, _TC, _SDT = w("p"), w("tbl"), w("tr"), w("tc"), w("sdt")
_TC_PR, _V_MERGE, _TEXT = w("tcPr"), w("vMerge"), w("t")
_GRID, _GRID_COL = w("tblGrid"), w("gridCol")


def walk_blocks(container: etree._Element, ctx: Context) -> None:
    """Paragraphs and tables in document order, appending Lines to ctx.lines."""
    for child in container:
        tag = child.tag
        if tag == _P:
            paragraph = Paragraph(child, ctx)
            if ctx.measures is not None:
                ctx.measures[child] = measure(paragraph, len(ctx.measures))
            if any(piece.text.strip() for piece in paragraph.pieces):
                ctx.add(lines_of(paragraph, ctx), paragraph.heading_level, child)
            elif ctx.lines and (links := [piece.link for piece in paragraph.pieces if piece.link]):
                # A paragraph holding only linked icons: the links belong to the line above.
                ctx.lines[-1] = with_links(ctx.lines[-1], links)
            for text_box in reading_order(paragraph.text_boxes):
                _walk_text_box(text_box, ctx, paragraph.box_pages[id(text_box)])
            if ends_section(child):
                ctx.pager.end_section()
        elif tag == _TBL:
            _walk_table(child, ctx)
        elif tag == _SDT:
            content = child.find(w("sdtContent"))
            if content is not None:
                walk_blocks(content, ctx)
        elif tag == ALTERNATE:
            chosen = choose(child)
            if chosen is not None:
                walk_blocks(chosen, ctx)
        elif tag in TRANSPARENT:
            walk_blocks(child, ctx)


def _walk_text_box(text_box: etree._Element, ctx: Context, page: int) -> None:
    """A text box is on its anchor's page; breaks inside it do not move the body's flow."""
    pager = ctx.pager
    outer = pager.flowing, pager.page
    pager.flowing, pager.page = False, page
    try:
        _walk_nested(text_box, ctx, ctx.shaded or fills_background(text_box))
    finally:
        pager.flowing, pager.page = outer


def _walk_nested(
    container: etree._Element,
    ctx: Context,
    shaded: bool,
    measures: dict[etree._Element, Measure] | None = None,
) -> None:
    """Walk a text box or a cell (whose paragraphs go to `measures`), then restore the
    walk's state around it."""
    outer = ctx.shaded, ctx.measures
    ctx.shaded, ctx.measures = shaded, measures
    try:
        walk_blocks(container, ctx)
    finally:
        ctx.shaded, ctx.measures = outer


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        if child.tag == _TC:
            yield child
        elif child.tag == _SDT:
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _cells(content)
        elif child.tag in TRANSPARENT:
            yield from _cells(child)


def _walk_table(table: etree._Element, ctx: Context) -> None:
    """Rows top to bottom, cells left to right; a vertically merged cell is read once.

    Every cell of a row starts on the row's page: Word marks a row moved to the
    next page in one or all of its cells, before their text. The row ends on the
    last page any cell reaches. docx_rows then orders the row's lines across its
    cells, knowing each cell's width and its paragraphs' measures.
    """
    pager = ctx.pager
    tbl_pr = table.find(w("tblPr"))
    table_style = val(tbl_pr.find(w("tblStyle")) if tbl_pr is not None else None)
    table_shaded = tbl_pr is not None and (
        shading(tbl_pr.find(w("shd"))) or table_style in ctx.styles.shaded_tables
    )
    grid = [_twips(column.get(w("w"))) for column in table.iterfind(f"{_GRID}/{_GRID_COL}")]
    for row in table.iter(_TR):
        if next(row.iterancestors(_TBL)) is not table:
            continue  # a nested table's row: read when its cell is walked
        start = len(ctx.lines)
        walked: list[Cell] = []
        placed = list(_cells_in_grid(row, grid))
        cells = [(cell, width) for cell, width in placed if not _continues_merge(cell)]
        if any(_opens_on_new_page(cell) for cell, _ in cells):
            # A row Word moved to the next page is there whole, whichever cells say so.
            pager.rendered_break()
        row_start = pager.page, pager.fresh
        ends: list[tuple[int, bool]] = []
        for cell, width in cells:
            tc_pr = cell.find(_TC_PR)
            shaded = (
                ctx.shaded
                or table_shaded
                or shading(tc_pr.find(w("shd")) if tc_pr is not None else None)
            )
            walked.append(Cell(len(ctx.lines), {}, width))
            pager.page, pager.fresh = row_start
            _walk_nested(cell, ctx, shaded, walked[-1].measures)
            ends.append((pager.page, pager.fresh))
        if ends:
            pager.page = max(page for page, _ in ends)
            pager.fresh = all(fresh for page, fresh in ends if page == pager.page)
        arrange_row(ctx, start, walked)


def _twips(value: str | None) -> float | None:
    return int(value) / 20 if value and value.isdigit() else None


def _cells_in_grid(
    row: etree._Element, grid: list[float | None]
) -> Iterator[tuple[etree._Element, float | None]]:
    """The row's cells with their widths in points: their own, or the grid columns they span."""
    before = row.find(f"{w('trPr')}/{w('gridBefore')}")
    column = int(val(before) or 0) if (val(before) or "0").isdigit() else 0
    for cell in _cells(row):
        tc_pr = cell.find(_TC_PR)
        span_value = val(tc_pr.find(w("gridSpan"))) if tc_pr is not None else None
        span = int(span_value) if span_value and span_value.isdigit() else 1
        width_element = tc_pr.find(w("tcW")) if tc_pr is not None else None
        width = None
        if width_element is not None and width_element.get(w("type"), "dxa") == "dxa":
            width = _twips(width_element.get(w("w")))
        spanned = grid[column : column + span]
        if width is None and spanned and None not in spanned:
            width = sum(spanned)  # type: ignore[arg-type]
        column += span
        yield cell, width


def _continues_merge(cell: etree._Element) -> bool:
    """A cell under a vertically merged one: its text, if any, was read with the first."""
    merge = cell.find(f"{_TC_PR}/{_V_MERGE}")
    return merge is not None and merge.get(w("val"), "continue") == "continue"


def _opens_on_new_page(cell: etree._Element) -> bool:
    """Whether Word's last layout broke the page before the cell's first text."""
    for element in cell.iter(_TEXT, RENDERED_BREAK):
        if element.tag == RENDERED_BREAK:
            return True
        if (element.text or "").strip():
            return False
    return False
