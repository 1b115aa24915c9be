"""The block level of a DOCX part, in document order: paragraphs (each followed by the
text boxes anchored in it), tables, content controls and mc:AlternateContent, appending
Lines to the Context. Table rows are read top to bottom, cells left to right, each
paragraph of a cell measured; docx_rows then puts the row's lines in reading order (a
date cell beside its entry). A text box is read on its anchor's page without moving the
body's page flow.
"""

from __future__ import annotations

from lxml import etree

from reslint.readers.docx_floating import Piece, floating_run
from reslint.readers.docx_grid import Placed, bands, placed_rows, stripes, twips
from reslint.readers.docx_lines import lines_of, with_links
from reslint.readers.docx_pages import RENDERED_BREAK, ends_section
from reslint.readers.docx_paragraphs import Context, Paragraph
from reslint.readers.docx_rows import Cell, Measure, arrange_row, measure
from reslint.readers.docx_styles import shading
from reslint.readers.docx_text_boxes import fills_background, reading_order
from reslint.readers.docx_xml import ALTERNATE, TRANSPARENT, choose, val, w

_P, _TBL, _TR, _SDT, _BODY = w("p"), w("tbl"), w("tr"), w("sdt"), w("body")
_TC_PR, _TEXT = w("tcPr"), w("t")
_GRID, _GRID_COL = w("tblGrid"), w("gridCol")


def walk_blocks(container: etree._Element, ctx: Context) -> None:
    """Paragraphs and tables in document order, appending Lines to ctx.lines; a page top
    built of floating tables and text boxes in the order of their places (docx_floating)."""
    children = list(container)
    index = 0
    while index < len(children):
        if container.tag == _BODY and ctx.pager.flowing and ctx.pager.fresh:
            run = floating_run(children, index)
            if run is not None:
                end, pieces = run
                _walk_pieces(children[index:end], pieces, ctx)
                index = end
                continue
        _walk_block(children[index], ctx)
        index += 1


def _walk_pieces(blocks: list[etree._Element], pieces: list[Piece], ctx: Context) -> None:
    """A run of floating blocks: its paragraphs read as usual (they hold no text), then
    its tables and text boxes in their reading order."""
    pages: dict[int, int] = {}
    for block in blocks:
        if block.tag == _P:
            paragraph = Paragraph(block, ctx)
            pages.update(paragraph.box_pages)
    for piece in pieces:
        if piece.paragraph is None:
            _walk_table(piece.element, ctx)
        else:
            _walk_text_box(piece.element, ctx, pages.get(id(piece.element), ctx.pager.page))


def _walk_block(child: etree._Element, ctx: Context) -> None:
    """One paragraph (then the text boxes anchored in it), table or container."""
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


def _walk_table(table: etree._Element, ctx: Context) -> None:
    """Rows top to bottom, cells left to right; a vertically merged cell is read once,
    in the row it starts in. Rows that a merged cell holding a block of text joins are
    read in stripes (docx_grid)."""
    tbl_pr = table.find(w("tblPr"))
    table_style = val(tbl_pr.find(w("tblStyle")) if tbl_pr is not None else None)
    table_shaded = tbl_pr is not None and bool(
        shading(tbl_pr.find(w("shd"))) or table_style in ctx.styles.shaded_tables
    )
    grid = [twips(column.get(w("w"))) for column in table.iterfind(f"{_GRID}/{_GRID_COL}")]
    rows = [row for row in table.iter(_TR) if next(row.iterancestors(_TBL)) is table]
    placed = placed_rows(rows, grid)
    pager = ctx.pager
    for first, last in bands(placed):
        band = [cell for row in placed[first:last] for cell in row]
        striped = stripes(band)
        if striped is None:
            for row in placed[first:last]:
                _walk_row(row, ctx, table_shaded)
            continue
        start, ends = (pager.page, pager.fresh), []
        for stripe in striped:
            pager.page, pager.fresh = start
            for index in sorted({cell.row for cell in stripe}):
                _walk_row([cell for cell in stripe if cell.row == index], ctx, table_shaded)
            ends.append((pager.page, pager.fresh))
        pager.page = max(page for page, _ in ends)
        pager.fresh = all(fresh for page, fresh in ends if page == pager.page)


def _walk_row(cells: list[Placed], ctx: Context, table_shaded: bool) -> None:
    """One row's cells, left to right, then in reading order (docx_rows).

    Every cell of a row starts on the row's page: Word marks a row moved to the
    next page in one or all of its cells, before their text. The row ends on the
    last page any cell reaches. docx_rows then orders the row's lines across its
    cells, knowing each cell's width and its paragraphs' measures.
    """
    pager = ctx.pager
    start = len(ctx.lines)
    walked: list[Cell] = []
    if any(_opens_on_new_page(cell.cell) for cell in cells):
        # A row Word moved to the next page is there whole, whichever cells say so.
        pager.rendered_break()
    row_start = pager.page, pager.fresh
    ends: list[tuple[int, bool]] = []
    for placed in cells:
        tc_pr = placed.cell.find(_TC_PR)
        own = shading(tc_pr.find(w("shd")) if tc_pr is not None else None)
        shaded = ctx.shaded or table_shaded or own
        walked.append(Cell(len(ctx.lines), {}, placed.width))
        pager.page, pager.fresh = row_start
        _walk_nested(placed.cell, ctx, shaded, walked[-1].measures)
        ends.append((pager.page, pager.fresh))
    if ends:
        pager.page = max(page for page, _ in ends)
        pager.fresh = all(fresh for page, fresh in ends if page == pager.page)
    arrange_row(ctx, start, walked)


def _opens_on_new_page(cell: etree._Element) -> bool:
    """Whether Word's last layout broke the page before the cell's first text."""
    for element in cell.iter(_TEXT, RENDERED_BREAK):
        if element.tag == RENDERED_BREAK:
            return True
        if (element.text or "").strip():
            return False
    return False
