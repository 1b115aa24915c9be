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


def _position(text_box: etree._Element) -> tuple[str, int, int] | None:
    """Where a floating text box sits: (what the offsets are relative to, x, y) in EMU."""
    anchor = next(text_box.iterancestors(f"{{{NS_WP}}}anchor", f"{{{NS_WP}}}inline"), None)
    if anchor is None or anchor.tag != f"{{{NS_WP}}}anchor":
        return None
    axes = []
    for axis in ("positionH", "positionV"):
        element = anchor.find(f"{{{NS_WP}}}{axis}")
        offset = element.find(f"{{{NS_WP}}}posOffset") if element is not None else None
        if offset is None or not (offset.text or "").strip().lstrip("-").isdigit():
            return None
        axes.append((element.get("relativeFrom", ""), int(offset.text.strip())))
    (from_x, x), (from_y, y) = axes
    return f"{from_x}/{from_y}", x, y


def reading_order(text_boxes: list[etree._Element]) -> list[etree._Element]:
    """Boxes floating from one paragraph, top to bottom then left to right.

    Designer templates anchor every box to the first paragraph in the order they
    were drawn; their positions say how they read. Boxes are sorted only when
    all have offsets relative to the same thing, else the file's order stays.
    """
    if len(text_boxes) < 2:
        return text_boxes
    known = [(position, box) for box in text_boxes if (position := _position(box))]
    if len(known) != len(text_boxes) or len({position[0] for position, _ in known}) != 1:
        return text_boxes
    return [box for _, box in sorted(known, key=lambda item: (item[0][2], item[0][1]))]


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
