"""DOCX text boxes (DrawingML shapes and VML, the text in `w:txbxContent`): finding the
outermost ones in a run's drawing, the order boxes floating from one paragraph are read
in, and whether a box's shape paints a background. Their paragraphs are walked like the
body's, by docx_blocks.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from reslint.readers.docx_xml import ALTERNATE, NS_A, NS_V, NS_WP, NS_WPS, choose, w

_TXBX = w("txbxContent")


def text_boxes_in(element: etree._Element) -> Iterator[etree._Element]:
    """Outermost text-box contents under `element`, one copy of each AlternateContent."""
    if element.tag == _TXBX:
        yield element
        return
    if element.tag == ALTERNATE:
        chosen = choose(element)
        if chosen is not None:
            yield from text_boxes_in(chosen)
        return
    for child in element:
        yield from text_boxes_in(child)


def _anchor(text_box: etree._Element) -> etree._Element | None:
    anchor = next(text_box.iterancestors(f"{{{NS_WP}}}anchor", f"{{{NS_WP}}}inline"), None)
    return anchor if anchor is not None and anchor.tag == f"{{{NS_WP}}}anchor" else None


def _offset(anchor: etree._Element, axis: str) -> tuple[str, int] | None:
    """An axis's reference (`page`, `margin`, `paragraph`…) and its offset in EMU."""
    element = anchor.find(f"{{{NS_WP}}}{axis}")
    offset = element.find(f"{{{NS_WP}}}posOffset") if element is not None else None
    if offset is None or not (offset.text or "").strip().lstrip("-").isdigit():
        return None
    return element.get("relativeFrom", ""), int(offset.text.strip())


def _position(text_box: etree._Element) -> tuple[str, int, int] | None:
    """Where a floating text box sits: (what the offsets are relative to, x, y) in EMU."""
    anchor = _anchor(text_box)
    if anchor is None:
        return None
    across, down = _offset(anchor, "positionH"), _offset(anchor, "positionV")
    if across is None or down is None:
        return None
    return f"{across[0]}/{down[0]}", across[1], down[1]


_EMU_PER_TWIP = 635
# Horizontal references measured from the page's left edge; the others from the margin.
_FROM_PAGE = frozenset({"page", "leftMargin", "outsideMargin"})
_ALIGNED = {"left": 0.0, "inside": 0.0, "center": 0.5, "right": 1.0, "outside": 1.0}
# Boxes whose tops are this close (EMU, about a third of an inch) stand side by side.
_SAME_ROW = 300_000


def _page_x(text_box: etree._Element, margin: int, width: int) -> float | None:
    """The box's left edge from the page's left edge, in EMU, roughly: offsets from the
    margin or the column are moved by the left margin, aligned boxes put at their side."""
    anchor = _anchor(text_box)
    element = anchor.find(f"{{{NS_WP}}}positionH") if anchor is not None else None
    if element is None:
        return None
    found = _offset(anchor, "positionH")
    if found is not None:
        reference, x = found
        return float(x) if reference in _FROM_PAGE else float(x + margin)
    align = element.find(f"{{{NS_WP}}}align")
    side = _ALIGNED.get((align.text or "").strip()) if align is not None else None
    return None if side is None else side * width


def _page_geometry(text_box: etree._Element) -> tuple[int, int]:
    """The left margin and the page width of the body's last section, in EMU (Letter and
    one inch when the file gives none)."""
    sections = list(text_box.getroottree().getroot().iter(w("sectPr")))
    margin, width = 1440, 12240
    if sections:
        page, margins = sections[-1].find(w("pgSz")), sections[-1].find(w("pgMar"))
        given = margins.get(w("left")) if margins is not None else None
        wide = page.get(w("w")) if page is not None else None
        margin = int(given) if given and given.isdigit() else margin
        width = int(wide) if wide and wide.isdigit() else width
    return margin * _EMU_PER_TWIP, width * _EMU_PER_TWIP


def _by_height(text_boxes: list[etree._Element]) -> list[etree._Element] | None:
    """Boxes whose tops are all measured from the same thing, but whose left edges are
    not (one from the page, one from the margin, one aligned right): top to bottom, those
    side by side left to right; None when a box's top or left edge is unknown."""
    downs = [(_anchor(box), box) for box in text_boxes]
    tops = [(_offset(anchor, "positionV"), box) for anchor, box in downs if anchor is not None]
    if len(tops) != len(text_boxes) or any(top is None for top, _ in tops):
        return None
    if len({top[0] for top, _ in tops if top is not None}) != 1:
        return None
    margin, width = _page_geometry(text_boxes[0])
    lefts = [_page_x(box, margin, width) for box in text_boxes]
    if any(left is None for left in lefts):
        return None
    placed = sorted(
        ((top[1], left, box) for (top, box), left in zip(tops, lefts, strict=True) if top),
        key=lambda item: item[0],
    )
    ordered: list[etree._Element] = []
    row: list[tuple[int, float | None, etree._Element]] = []
    for item in placed:
        if row and item[0] - row[0][0] > _SAME_ROW:
            ordered += [box for _, _, box in sorted(row, key=lambda entry: entry[1] or 0.0)]
            row = []
        row.append(item)
    ordered += [box for _, _, box in sorted(row, key=lambda entry: entry[1] or 0.0)]
    return ordered


def reading_order(text_boxes: list[etree._Element]) -> list[etree._Element]:
    """Boxes floating from one paragraph, top to bottom then left to right.

    Designer templates anchor every box to the first paragraph in the order they
    were drawn; their positions say how they read. Boxes are sorted when all have
    offsets relative to the same thing; when only their tops are (the left edges
    measured from the page for some, the margin for others), by their tops, those
    side by side by their left edges on the page; else the file's order stays.
    """
    if len(text_boxes) < 2:
        return text_boxes
    known = [(position, box) for box in text_boxes if (position := _position(box))]
    if len(known) == len(text_boxes) and len({position[0] for position, _ in known}) == 1:
        return [box for _, box in sorted(known, key=lambda item: (item[0][2], item[0][1]))]
    return _by_height(text_boxes) or text_boxes


def fills_background(text_box: etree._Element) -> bool:
    """Whether the shape holding a text box paints a background (white text on it is visible)."""
    for ancestor in text_box.iterancestors():
        if ancestor.tag == f"{{{NS_WPS}}}wsp":
            properties = ancestor.find(f"{{{NS_WPS}}}spPr")
            return properties is not None and properties.find(f"{{{NS_A}}}solidFill") is not None
        if ancestor.tag.startswith(f"{{{NS_V}}}"):
            filled = (ancestor.get("filled") or "t").lower() not in ("f", "false")
            color = (ancestor.get("fillcolor") or "").lower()
            if ancestor.get("fillcolor") is not None or ancestor.get("filled") is not None:
                return filled and color not in ("white", "#ffffff", "#fff")
    return False
