"""A page top laid out in floating blocks: tables positioned on the page (`w:tblpPr`) and
text boxes anchored in paragraphs that hold no text of their own, read in the order
their places on the page give, not the order the file stores them in.

Designer templates build a page of positioned pieces: a table of the work history
floated to the right, a text box of contact details down the left edge, another with the
name across the top. Word stores them in the order they were drawn, so the sidebar and
the name come after the whole work table. Their offsets say where they print; the
pieces are read by cutting the page (a recursive XY cut): into bands that no piece
crosses, top to bottom, and a band into columns that no piece crosses, left to right.

Only a run of such blocks starting a page is read this way: there the top of the page
is known, so offsets from a paragraph are offsets from the top margin. Anywhere else,
or when a piece's place is not given, the file's order stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from reslint.readers.docx_pages import RENDERED_BREAK, ends_section
from reslint.readers.docx_text_boxes import text_boxes_in
from reslint.readers.docx_xml import NS_WP, w

_P, _TBL, _TXBX = w("p"), w("tbl"), w("txbxContent")
_EMU_PER_TWIP = 635
# A paragraph's height, roughly, for anchors in the empty paragraphs of a run (12 pt).
_LINE = 240 * _EMU_PER_TWIP
# A row's height where the file gives none (two lines of 11 pt).
_ROW = 440 * _EMU_PER_TWIP
# Pieces overlapping by less than this (EMU, a tenth of an inch) still stand apart.
_TOLERANCE = 91_440


@dataclass(frozen=True, slots=True)
class Piece:
    """A floating table or a text box, and where it prints (EMU from the page's corner)."""

    element: etree._Element
    paragraph: etree._Element | None  # the anchor paragraph of a text box
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True, slots=True)
class _Page:
    width: int
    left: int  # margin
    top: int  # margin
    text_width: int


def _twips(value: str | None) -> int | None:
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


def _page(root: etree._Element) -> _Page:
    """The last section's page size and margins, in EMU (Letter and one inch by default)."""
    sections = list(root.iter(w("sectPr")))
    width, left, right, top = 12240, 1440, 1440, 1440
    if sections:
        size, margins = sections[-1].find(w("pgSz")), sections[-1].find(w("pgMar"))
        if size is not None:
            width = _twips(size.get(w("w"))) or width
        if margins is not None:
            left = _twips(margins.get(w("left"))) or left
            right = _twips(margins.get(w("right"))) or right
            top = _twips(margins.get(w("top"))) or top
    emu = _EMU_PER_TWIP
    return _Page(width * emu, left * emu, top * emu, (width - left - right) * emu)


def _floating_table(table: etree._Element, page: _Page) -> Piece | None:
    """A table positioned on the page, with its place; None for a table in the flow."""
    properties = table.find(f"{w('tblPr')}/{w('tblpPr')}")
    if properties is None:
        return None
    x, y = _twips(properties.get(w("tblpX"))), _twips(properties.get(w("tblpY")))
    if x is None or y is None or properties.get(w("tblpXSpec")) or properties.get(w("tblpYSpec")):
        return None
    emu = _EMU_PER_TWIP
    across = properties.get(w("horzAnchor"), "text")
    down = properties.get(w("vertAnchor"), "text")
    left = x * emu + (0 if across == "page" else page.left)
    top = y * emu + (0 if down == "page" else page.top)
    width = sum(_twips(col.get(w("w"))) or 0 for col in table.iterfind(f"{w('tblGrid')}/*"))
    rows = [row for row in table.iter(w("tr")) if next(row.iterancestors(_TBL)) is table]
    height = 0
    for row in rows:
        given = row.find(f"{w('trPr')}/{w('trHeight')}")
        height += (_twips(given.get(w("val"))) or 0) * emu if given is not None else 0
        height = max(height, 0)
    height = max(height, len(rows) * _ROW)
    return Piece(table, None, left, top, left + width * emu, top + height)


def _offset(anchor: etree._Element, axis: str) -> tuple[str, int | None, str | None] | None:
    element = anchor.find(f"{{{NS_WP}}}{axis}")
    if element is None:
        return None
    offset = element.find(f"{{{NS_WP}}}posOffset")
    align = element.find(f"{{{NS_WP}}}align")
    number = _twips((offset.text or "").strip()) if offset is not None else None
    return (
        element.get("relativeFrom", ""),
        number,
        (align.text or "").strip() if align is not None else None,
    )


def _text_box(
    box: etree._Element, paragraph: etree._Element, origin: int, page: _Page
) -> Piece | None:
    """A text box floating from `paragraph` (whose top is `origin`), with its place."""
    anchor = next(box.iterancestors(f"{{{NS_WP}}}anchor", f"{{{NS_WP}}}inline"), None)
    if anchor is None or anchor.tag != f"{{{NS_WP}}}anchor":
        return None
    extent = anchor.find(f"{{{NS_WP}}}extent")
    across, down = _offset(anchor, "positionH"), _offset(anchor, "positionV")
    if extent is None or across is None or down is None:
        return None
    width, height = _twips(extent.get("cx")) or 0, _twips(extent.get("cy")) or 0
    reference, x, align = across
    from_page = reference in ("page", "leftMargin", "outsideMargin", "insideMargin")
    if x is not None:
        left = float(x if from_page else x + page.left)
    elif align in ("left", "center", "right"):
        span = page.width if from_page else page.text_width
        share = {"left": 0.0, "center": 0.5, "right": 1.0}[align]
        left = (0 if from_page else page.left) + share * (span - width)
    else:
        return None
    reference, y, _ = down
    if y is None:
        return None
    if reference in ("page", "topMargin"):
        top = float(y)
    elif reference == "margin":
        top = float(page.top + y)
    elif reference in ("paragraph", "line"):
        top = float(origin + y)
    else:
        return None
    return Piece(box, paragraph, left, top, left + width, top + height)


def _breaks(paragraph: etree._Element) -> bool:
    """Whether a page or section ends in the paragraph (its boxes may print elsewhere)."""
    if ends_section(paragraph) or next(paragraph.iter(RENDERED_BREAK), None) is not None:
        return True
    return any(br.get(w("type")) == "page" for br in paragraph.iter(w("br")))


def _own_text(paragraph: etree._Element) -> bool:
    """Whether the paragraph prints text outside the text boxes anchored in it."""
    for text in paragraph.iter(w("t")):
        # Any copy of a box's text counts as the box's (VML fallbacks hold one too).
        if (text.text or "").strip() and next(text.iterancestors(_TXBX), None) is None:
            return True
    return False


def floating_run(children: list[etree._Element], start: int) -> tuple[int, list[Piece]] | None:
    """The end of the run of floating blocks starting at `children[start]` (the top of a
    page), and its pieces in reading order; None when there is no such run to reorder."""
    first = children[start]
    if first.tag != _TBL and (first.tag != _P or next(first.iter(_TXBX), None) is None):
        return None  # the walk asks at every block of a page top: most answers are quick
    page = _page(first.getroottree().getroot())
    pieces: list[Piece] = []
    tables = 0
    end = start
    paragraphs = 0
    for child in children[start:]:
        if child.tag == _TBL:
            piece = _floating_table(child, page)
            if piece is None:
                break
            pieces.append(piece)
            tables += 1
        elif child.tag == _P:
            if _own_text(child) or _breaks(child):
                break
            origin = page.top + paragraphs * _LINE
            for box in text_boxes_in(child):
                piece = _text_box(box, child, origin, page)
                if piece is None:
                    return None
                pieces.append(piece)
            paragraphs += 1
        else:
            break
        end += 1
    if tables == 0 or len(pieces) < 2:
        return None
    return end, xy_order(pieces)


def xy_order(pieces: list[Piece]) -> list[Piece]:
    """Pieces in reading order: bands no piece crosses top to bottom, and in a band the
    columns no piece crosses left to right; pieces that cut neither way by their tops."""
    if len(pieces) < 2:
        return pieces
    for start, end in (("top", "bottom"), ("x0", "x1")):
        groups = _cut(pieces, start, end)
        if len(groups) > 1:
            return [piece for group in groups for piece in xy_order(group)]
    return sorted(pieces, key=lambda piece: (piece.top, piece.x0))


def _cut(pieces: list[Piece], start: str, end: str) -> list[list[Piece]]:
    ordered = sorted(pieces, key=lambda piece: getattr(piece, start))
    groups: list[list[Piece]] = [[ordered[0]]]
    reach = getattr(ordered[0], end)
    for piece in ordered[1:]:
        if getattr(piece, start) >= reach - _TOLERANCE:
            groups.append([piece])
        else:
            groups[-1].append(piece)
        reach = max(reach, getattr(piece, end)) if len(groups[-1]) > 1 else getattr(piece, end)
    return groups
