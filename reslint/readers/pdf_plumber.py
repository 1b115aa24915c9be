"""The pdfplumber engine (pdfminer underneath): slower, an independent second opinion."""

from __future__ import annotations

from typing import Any

from reslint.model import Box
from reslint.readers.pdf_layout import Glyph, PageData, Style, is_bold_font


def _rgb(color: Any) -> tuple[float, float, float] | None:
    """pdfminer colours come as gray, RGB or CMYK tuples (or a pattern name)."""
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not all(isinstance(c, (int, float)) for c in color):
        return None
    if len(color) == 1:
        return (float(color[0]),) * 3
    if len(color) == 3:
        return (float(color[0]), float(color[1]), float(color[2]))
    if len(color) == 4:
        c, m, y, k = (float(v) for v in color)
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def _glyph(char: dict[str, Any], height: float, styles: dict[tuple[Any, ...], Style]) -> Glyph:
    font = str(char.get("fontname", ""))
    matrix = char.get("matrix") or (1, 0, 0, 1, char["x0"], height - char["bottom"])
    key = (float(char.get("size", 0.0)), font, _rgb(char.get("non_stroking_color")))
    text = char["text"]
    if text == "\x00":
        text = "(cid:0)"  # an unmapped glyph, kept visible like pdfminer's other (cid:N)
    return Glyph(
        text=text,
        x0=float(char["x0"]),
        x1=float(char["x1"]),
        top=float(char["top"]),
        bottom=float(char["bottom"]),
        baseline=height - float(matrix[5]),
        style=styles.setdefault(key, Style(key[0], font, is_bold_font(font), key[2])),
    )


def read_page(page: Any) -> PageData:
    height = float(page.height)
    top_offset = float(page.bbox[1]) if page.bbox else 0.0
    links = []
    for annot in page.annots:
        uri = annot.get("uri")
        if uri:
            links.append(
                (
                    Box(
                        float(annot["x0"]),
                        float(annot["top"]) - top_offset,
                        float(annot["x1"]),
                        float(annot["bottom"]) - top_offset,
                    ),
                    str(uri).strip(),
                )
            )
    styles: dict[tuple[Any, ...], Style] = {}
    return PageData(
        number=page.page_number,
        width=float(page.width),
        height=height,
        glyphs=tuple(
            _glyph(char, height, styles) for char in page.chars if char["text"] not in "\r\n"
        ),
        links=tuple(links),
        image_count=len(page.images),
        images=tuple(
            [
                Box(
                    float(i["x0"]),
                    float(i["top"]) - top_offset,
                    float(i["x1"]),
                    float(i["bottom"]) - top_offset,
                )
                for i in page.images
            ]
        ),
    )


def metadata(pdf: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in (pdf.metadata or {}).items():
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, (str, int, float)) and str(value).strip():
            out[str(key)] = str(value)
    return out
