"""The pypdfium2 engine: glyphs, links and images of a page through PDFium's text page.

The text of a page comes from one bulk call; per character we only ask for
its box and origin. Font size, weight, name and colour belong to the text
object a character comes from, so they are asked once per object.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reslint.model import Box
from reslint.readers.pdf_layout import Glyph, PageData, is_bold_font

_FONT_BUFFER = 256
# PDFium reports glyphs it cannot map to Unicode with these values; kept
# visible as pdfminer-style `(cid:N)` so the garbled-text rule can see them.
_UNMAPPED = (0x0, 0xFFFD)
# PDFium reports a hyphen that ends a line as U+FFFE.
_LINE_END_HYPHEN = "\ufffe"


def _object_style(
    textpage: raw.FPDF_TEXTPAGE, index: int
) -> tuple[float, str, bool, tuple[float, float, float] | None]:
    # The reported size ignores the page's transformation (Chromium prints at 0.75 scale).
    matrix = raw.FS_MATRIX()
    scale = 1.0
    if raw.FPDFText_GetMatrix(textpage, index, matrix):
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
    size = float(raw.FPDFText_GetFontSize(textpage, index)) * scale
    buffer = ctypes.create_string_buffer(_FONT_BUFFER)
    flags = ctypes.c_int()
    length = raw.FPDFText_GetFontInfo(textpage, index, buffer, _FONT_BUFFER, flags)
    font = buffer.value.decode("utf-8", "replace") if length else ""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    color = None
    if raw.FPDFText_GetFillColor(textpage, index, r, g, b, a):
        color = (r.value / 255, g.value / 255, b.value / 255)
    return size, font, is_bold_font(font), color


def _glyphs(textpage: raw.FPDF_TEXTPAGE, text: str, height: float) -> Iterator[Glyph]:
    rect = raw.FS_RECTF()
    x = ctypes.c_double()
    y = ctypes.c_double()
    current_object: int | None = -1
    style: tuple[float, str, bool, tuple[float, float, float] | None] = (0.0, "", False, None)
    for index, char in enumerate(text):
        if char in "\r\n":
            continue
        if not raw.FPDFText_GetLooseCharBox(textpage, index, rect):
            continue
        generated = char == " " and rect.right <= rect.left
        # A space PDFium generated where the file only left a gap: kept as a word break.
        text_object = ctypes.cast(raw.FPDFText_GetTextObject(textpage, index), ctypes.c_void_p)
        if text_object.value is not None and text_object.value != current_object:
            current_object = text_object.value
            style = _object_style(textpage, index)
        if char == _LINE_END_HYPHEN:
            char = "-"
        elif not generated and (
            ord(char) in _UNMAPPED or raw.FPDFText_HasUnicodeMapError(textpage, index)
        ):
            char = f"(cid:{ord(char)})"
        raw.FPDFText_GetCharOrigin(textpage, index, x, y)
        size, font, bold, color = style
        yield Glyph(
            text=char,
            x0=rect.left,
            x1=rect.right,
            top=height - rect.top,
            bottom=height - rect.bottom,
            baseline=height - y.value,
            size=size,
            font=font,
            bold=bold,
            color=color,
        )


def _links(
    page: pdfium.PdfPage, document: pdfium.PdfDocument, height: float
) -> list[tuple[Box, str]]:
    links: list[tuple[Box, str]] = []
    for index in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, index)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_LINK:
                continue
            link = raw.FPDFAnnot_GetLink(annot)
            action = raw.FPDFLink_GetAction(link) if link else None
            if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
                continue
            size = raw.FPDFAction_GetURIPath(document, action, None, 0)
            buffer = ctypes.create_string_buffer(size)
            raw.FPDFAction_GetURIPath(document, action, buffer, size)
            uri = buffer.value.decode("utf-8", "replace").strip()
            rect = raw.FS_RECTF()
            if uri and raw.FPDFAnnot_GetRect(annot, rect):
                top, bottom = sorted((height - rect.top, height - rect.bottom))
                links.append(
                    (Box(min(rect.left, rect.right), top, max(rect.left, rect.right), bottom), uri)
                )
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return links


def _image_count(page: pdfium.PdfPage) -> int:
    return sum(1 for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3))


def read_page(document: pdfium.PdfDocument, index: int) -> PageData:
    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            count = raw.FPDFText_CountChars(textpage)
            text = textpage.get_text_range(0, count) if count > 0 else ""
            if len(text) != count:
                # Characters outside the BMP take two UTF-16 units: fall back to one call each.
                text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
            glyphs = tuple(_glyphs(textpage, text, height))
        finally:
            textpage.close()
        return PageData(
            number=index + 1,
            width=width,
            height=height,
            glyphs=glyphs,
            links=tuple(_links(page, document, height)),
            image_count=_image_count(page),
        )
    finally:
        page.close()


def metadata(document: pdfium.PdfDocument) -> dict[str, str]:
    return {key: str(value) for key, value in document.get_metadata_dict(skip_empty=True).items()}
