"""Word DOCX: body paragraphs and tables in document order, headers and footers, text boxes.

docx_package opens the file (safely, with python-docx); the text itself is read
here from the XML, because python-docx does not surface text boxes, field-code
hyperlinks or content controls. Pages come from the breaks the file records
(docx_pages); lines are numbered by paragraph (the n-th paragraph with text on
its page).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from lxml import etree

from reslint.model import FileFacts, Line, ReaderOutput, Region
from reslint.readers.base import ReadOptions, read_bytes
from reslint.readers.docx_lines import lines_of
from reslint.readers.docx_package import Part, image_count, open_package
from reslint.readers.docx_pages import ends_section, first_pages
from reslint.readers.docx_paragraphs import Context, Paragraph
from reslint.readers.docx_styles import Styles, shading
from reslint.readers.docx_text_boxes import fills_background, reading_order
from reslint.readers.docx_xml import (
    ALTERNATE,
    TRANSPARENT,
    choose,
    w,
)

_P, _TBL, _TR, _TC, _SDT = w("p"), w("tbl"), w("tr"), w("tc"), w("sdt")


def _walk_blocks(container: etree._Element, ctx: Context) -> None:
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
                _walk_blocks(content, ctx)
        elif tag == ALTERNATE:
            chosen = choose(child)
            if chosen is not None:
                _walk_blocks(chosen, ctx)
        elif tag in TRANSPARENT:
            _walk_blocks(child, ctx)


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
        _walk_blocks(container, ctx)
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
            shaded = ctx.shaded or shading(tc_pr.find(w("shd")) if tc_pr is not None else None)
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


def _section_headings(lines: list[Line], levels: list[int | None]) -> list[Line]:
    """Keep `heading` only on section headings, not on entry sub-headings.

    Templates style section titles and job headers as headings of different
    levels. Section titles sit at the shallowest level used more than once (the
    name is often the only top-level heading); deeper levels are entry headers.
    """
    counts = Counter(level for level in levels if level is not None)
    repeated = [level for level, count in counts.items() if count > 1]
    if not repeated:
        return lines
    section_level = min(repeated)
    return [
        replace(line, heading=False) if level is not None and level > section_level else line
        for line, level in zip(lines, levels, strict=True)
    ]


def _walk_part(part: Part, ctx: Context, page: int) -> list[tuple[Line, int | None]]:
    """One part's lines (with their heading levels), read from `page` on."""
    start = len(ctx.lines)
    ctx.region, ctx.links = part.region, part.links
    ctx.pager.page = page
    if part.region is Region.BODY:
        ctx.pager.begin(part.root)
    _walk_blocks(part.root, ctx)
    if part.region is Region.BODY:
        ctx.pager.finish()
    walked = list(zip(ctx.lines[start:], ctx.levels[start:], strict=True))
    del ctx.lines[start:], ctx.levels[start:]
    return walked


def read_docx(path: Path, options: ReadOptions) -> ReaderOutput:
    package = open_package(read_bytes(path, options), options)
    # With colour painted behind the text somewhere, white text may sit on it: unknown.
    ctx = Context(styles=Styles(package.styles), links={}, shaded=package.backdrop)
    pager = ctx.pager
    # The body first: the pages it reaches decide where headers and footers print.
    body = [
        line for p in package.parts if p.region is Region.BODY for line in _walk_part(p, ctx, 1)
    ]
    last_page = pager.page
    body_numbers, pager.numbers = pager.numbers, Counter()
    printed = first_pages(pager, package.even_and_odd)

    def walk(region: Region) -> list[tuple[Line, int | None]]:
        walked: list[tuple[Line, int | None]] = []
        for p in package.parts:
            if p.region is region:
                pages = [printed[(region.value, i)] for i in p.ids if (region.value, i) in printed]
                # One that prints on no page (a continuation header of a 1-page resume): page 1.
                walked += _walk_part(p, ctx, min(pages, default=1))
        return walked

    headers = walk(Region.HEADER)
    # A header stands at the top of its page: the body's lines there are numbered after it.
    above = pager.numbers
    body = [
        (replace(line, number=line.number + above[line.page]) if above[line.page] else line, level)
        for line, level in body
    ]
    pager.numbers = body_numbers + above
    walked = headers + body + walk(Region.FOOTER)
    facts = FileFacts(
        format="docx",
        # Word's count can be stale (python-docx's template says 1); the breaks are not.
        page_count=max(package.pages or 1, last_page),
        metadata=package.metadata,
        image_count=image_count([p.root for p in package.parts]),
    )
    lines = [line for line, _ in walked]
    return ReaderOutput(
        lines=tuple(_section_headings(lines, [level for _, level in walked])), facts=facts
    )
