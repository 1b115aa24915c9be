"""Word DOCX, the reader's entry point (read_docx): the parts in the order they print,
page by page: its header, the body, its footer. The body is walked first, because the
pages it reaches decide where headers and footers print; each header or footer is put
on the first page it prints on, and the body's lines under a header are numbered after
it. Of the heading levels the walk records, only the section level stays a heading.

The text is read from the XML, not through python-docx's objects, which do not surface
text boxes, field-code hyperlinks or content controls. The other DOCX modules, from
the bottom up:

  docx_xml         namespaces, tag names, w:val and on/off properties, markup read through
  docx_package     opening the file safely (python-docx), its parts and facts
  docx_pages       which page a paragraph is on, from the breaks the file records
  docx_styles      styles and their basedOn chains; a run's resolved formatting
  docx_numbering   which list levels print a marker
  docx_text_boxes  finding text boxes, their reading order, whether they are filled
  docx_paragraphs  one paragraph's runs: text, formatting, hyperlinks; the walk's Context
  docx_lines       a paragraph's pieces into Lines
  docx_grid        a table's cells in its grid; rows a merged sidebar block joins, read in stripes
  docx_rows        a table row's lines in reading order (a date cell beside its entry)
  docx_blocks      paragraphs, tables and text boxes in document order
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from reslint.model import FileFacts, Line, ReaderOutput, Region
from reslint.readers.base import ReadOptions, read_bytes
from reslint.readers.docx_blocks import walk_blocks
from reslint.readers.docx_numbering import Numbering
from reslint.readers.docx_package import Part, image_count, open_package
from reslint.readers.docx_pages import first_pages
from reslint.readers.docx_paragraphs import Context
from reslint.readers.docx_styles import Styles


def _section_headings(lines: list[Line], levels: list[int | None]) -> list[Line]:
    """Keep `heading` only on section headings, not on the name or entry sub-headings.

    Templates style section titles and job headers as headings of different
    levels. Section titles sit at the shallowest level used more than once;
    shallower levels used once are the name and the headline above them, deeper
    levels are entry headers.
    Only the body's distinct titles count: a header repeating the name in the
    name's style does not make that a level used twice.
    """
    titles = {
        (level, " ".join(line.text.casefold().split()))
        for line, level in zip(lines, levels, strict=True)
        if level is not None and line.region is Region.BODY
    }
    counts = Counter(level for level, _ in titles)
    repeated = [level for level, count in counts.items() if count > 1]
    if not repeated:
        return lines
    section_level = min(repeated)
    return [
        replace(line, heading=False) if level is not None and level != section_level else line
        for line, level in zip(lines, levels, strict=True)
    ]


def _walk_part(part: Part, ctx: Context, page: int) -> list[tuple[Line, int | None]]:
    """One part's lines (with their heading levels), read from `page` on."""
    start = len(ctx.lines)
    ctx.region, ctx.links = part.region, part.links
    ctx.pager.page = page
    if part.region is Region.BODY:
        ctx.pager.begin(part.root)
    walk_blocks(part.root, ctx)
    if part.region is Region.BODY:
        ctx.pager.finish()
    return [(line, level) for line, level, _ in ctx.cut(start)]


def read_docx(path: Path, options: ReadOptions) -> ReaderOutput:
    package = open_package(read_bytes(path, options), options)
    # With colour painted behind the text somewhere, white text may sit on it: unknown.
    ctx = Context(
        styles=Styles(package.styles, package.theme_fonts),
        links={},
        numbering=Numbering(package.numbering),
        shaded=package.backdrop,
    )
    pager = ctx.pager
    # The body first: the pages it reaches decide where headers and footers print.
    body = [
        line for p in package.parts if p.region is Region.BODY for line in _walk_part(p, ctx, 1)
    ]
    last_page = pager.page
    body_numbers, pager.numbers = pager.numbers, Counter()
    if package.pages and pager.ends and package.pages > pager.ends[-1]:
        # Word laid out more pages than the breaks it recorded show (a table row of fixed
        # height, space after the last text): headers of later pages print there.
        pager.ends[-1] = package.pages
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
    # In print order: a header first printed on page 2 is read after page 1's footer.
    walked = sorted(headers + body + walk(Region.FOOTER), key=lambda item: item[0].page)
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
