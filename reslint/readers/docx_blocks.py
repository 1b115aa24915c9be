"""The block level of a DOCX part, in document order: paragraphs (each followed by the
text boxes anchored in it), tables, content controls and mc:AlternateContent, appending
Lines to the Context. Table rows are read top to bottom, cells left to right, and a row
of one-line cells becomes one tab-separated Line; a text box is read on its anchor's
page without moving the body's page flow.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from lxml import etree

from reslint.model import Line
from reslint.readers.docx_lines import lines_of
from reslint.readers.docx_pages import ends_section
from reslint.readers.docx_paragraphs import Context, Paragraph
from reslint.readers.docx_styles import shading
from reslint.readers.docx_text_boxes import fills_background, reading_order
from reslint.readers.docx_xml import ALTERNATE, TRANSPARENT, choose, val, w

_P, _TBL, _TR, _TC, _SDT = w("p"), w("tbl"), w("tr"), w("tc"), w("sdt")


def walk_blocks(container: etree._Element, ctx: Context) -> None:
    """Paragraphs and tables in document order, appending Lines to ctx.lines."""
    for child in container:
        tag = child.tag
        if tag == _P:
            paragraph = Paragraph(child, ctx)
            if any(piece.text.strip() for piece in paragraph.pieces):
                ctx.add(lines_of(paragraph, ctx), paragraph.heading_level)
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


def _walk_nested(container: etree._Element, ctx: Context, shaded: bool) -> None:
    outer = ctx.shaded
    ctx.shaded = shaded
    try:
        walk_blocks(container, ctx)
    finally:
        ctx.shaded = outer


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

    A row whose cells each hold one plain line (`Title | Company | Dates`)
    becomes one tab-separated Line, as it reads on the page. Every cell of a
    row starts on the row's page (Word marks a row moved to the next page in
    each of its cells); the row ends on the last page any cell reaches.
    """
    pager = ctx.pager
    tbl_pr = table.find(w("tblPr"))
    table_style = val(tbl_pr.find(w("tblStyle")) if tbl_pr is not None else None)
    table_shaded = tbl_pr is not None and (
        shading(tbl_pr.find(w("shd"))) or table_style in ctx.styles.shaded_tables
    )
    for row in table.iter(_TR):
        if next(row.iterancestors(_TBL)) is not table:
            continue  # a nested table's row: read when its cell is walked
        start = len(ctx.lines)
        cell_starts: list[int] = []
        row_start = pager.page, pager.fresh
        ends: list[tuple[int, bool]] = []
        for cell in _cells(row):
            tc_pr = cell.find(w("tcPr"))
            merge = tc_pr.find(w("vMerge")) if tc_pr is not None else None
            if merge is not None and merge.get(w("val"), "continue") == "continue":
                continue
            shaded = (
                ctx.shaded
                or table_shaded
                or shading(tc_pr.find(w("shd")) if tc_pr is not None else None)
            )
            cell_starts.append(len(ctx.lines))
            pager.page, pager.fresh = row_start
            _walk_nested(cell, ctx, shaded)
            ends.append((pager.page, pager.fresh))
        if ends:
            pager.page = max(page for page, _ in ends)
            pager.fresh = all(fresh for page, fresh in ends if page == pager.page)
        _join_row(ctx, start, cell_starts)


def _join_row(ctx: Context, start: int, cell_starts: list[int]) -> None:
    bounds = [*cell_starts, len(ctx.lines)]
    per_cell = [ctx.lines[a:b] for a, b in pairwise(bounds)]
    filled = [cell for cell in per_cell if cell]
    if len(filled) < 2 or any(len(cell) != 1 for cell in filled):
        return
    lines = [cell[0] for cell in filled]
    if any(
        line.bullet or line.heading or (line.region, line.page) != (lines[0].region, lines[0].page)
        for line in lines
    ):
        return
    first = lines[0]
    del ctx.lines[start:]
    del ctx.levels[start:]
    ctx.add(
        [
            Line(
                text="\t".join(line.text for line in lines),
                page=first.page,
                number=first.number,
                font_size=first.font_size,
                bold=all(line.bold for line in lines),
                region=first.region,
                color=first.color,
                font_name=first.font_name,
                links=tuple(dict.fromkeys(link for line in lines for link in line.links)),
                hidden=any(line.hidden for line in lines),
            )
        ],
        None,
    )
