"""The pypdfium2 engine: glyphs, links and images of a page through PDFium's text page.

The text of a page comes from one bulk call; per character we only ask for
its box and origin. Font size, weight, name and colour belong to the text
object a character comes from, so they are asked once per object.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reslint.model import Box
from reslint.readers.pdf_layout import Glyph, PageData, is_bold_font

_FONT_BUFFER = 256
_MAX_FORM_DEPTH = 3
# PDFium reports glyphs it cannot map to Unicode with these values; kept
# visible as pdfminer-style `(cid:N)` so the garbled-text rule can see them.
_UNMAPPED = (0x0, 0xFFFD)
# PDFium reports a hyphen that ends a line as U+FFFE.
_LINE_END_HYPHEN = "\ufffe"
# FPDFText_GetTextObject with the object's address as a plain int (None for no object):
# comparing addresses needs no ctypes.cast per character.
_text_object = ctypes.cast(
    raw.FPDFText_GetTextObject,
    ctypes.CFUNCTYPE(ctypes.c_void_p, raw.FPDF_TEXTPAGE, ctypes.c_int),
)

_Style = tuple[float, str, bool, tuple[float, float, float] | None]


class _Styles:
    """Font size, name, weight and colour of text objects, with the ctypes buffers PDFium
    fills allocated once per page rather than once per object."""

    def __init__(self, textpage: raw.FPDF_TEXTPAGE) -> None:
        self.textpage = textpage
        self.matrix = raw.FS_MATRIX()
        self.buffer = ctypes.create_string_buffer(_FONT_BUFFER)
        self.flags = ctypes.c_int()
        self.rgba = tuple(ctypes.c_uint() for _ in range(4))
        self.fonts: dict[bytes, tuple[str, bool]] = {}

    def of(self, index: int) -> _Style:
        textpage, matrix = self.textpage, self.matrix
        # The reported size ignores the page's transformation (Chromium prints at 0.75 scale).
        scale = 1.0
        if raw.FPDFText_GetMatrix(textpage, index, matrix):
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
        size = float(raw.FPDFText_GetFontSize(textpage, index)) * scale
        length = raw.FPDFText_GetFontInfo(textpage, index, self.buffer, _FONT_BUFFER, self.flags)
        name = self.buffer.value if length else b""
        if name not in self.fonts:
            font = name.decode("utf-8", "replace")
            self.fonts[name] = (font, is_bold_font(font))
        font, bold = self.fonts[name]
        r, g, b, a = self.rgba
        color = None
        if raw.FPDFText_GetFillColor(textpage, index, r, g, b, a):
            color = (r.value / 255, g.value / 255, b.value / 255)
        return size, font, bold, color


def _glyphs(textpage: raw.FPDF_TEXTPAGE, text: str, height: float) -> list[Glyph]:
    # A page has thousands of characters: the PDFium functions are bound to locals and
    # the per-character work kept to the four calls that have no bulk equivalent.
    loose_box = raw.FPDFText_GetLooseCharBox
    origin = raw.FPDFText_GetCharOrigin
    map_error = raw.FPDFText_HasUnicodeMapError
    styles = _Styles(textpage)
    rect = raw.FS_RECTF()
    x = ctypes.c_double()
    y = ctypes.c_double()
    current_object: int | None = -1
    style: _Style = (0.0, "", False, None)
    glyphs: list[Glyph] = []
    for index, char in enumerate(text):
        if char in "\r\n":
            continue
        if not loose_box(textpage, index, rect):
            continue
        left, right = rect.left, rect.right
        generated = char == " " and right <= left
        # A space PDFium generated where the file only left a gap: kept as a word break.
        text_object = _text_object(textpage, index)
        if text_object is not None and text_object != current_object:
            current_object = text_object
            style = styles.of(index)
        if char == _LINE_END_HYPHEN:
            char = "-"
        elif not generated and (ord(char) in _UNMAPPED or map_error(textpage, index)):
            char = f"(cid:{ord(char)})"
        origin(textpage, index, x, y)
        size, font, bold, color = style
        glyphs.append(
            Glyph(
                char,
                left,
                right,
                height - rect.top,
                height - rect.bottom,
                height - y.value,
                size,
                font,
                bold,
                color,
            )
        )
    return glyphs


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


def _image_count(
    page: raw.FPDF_PAGE | raw.FPDF_PAGEOBJECT, level: int = 0, form: bool = False
) -> int:
    """Images on the page and in form XObjects up to three levels deep; raw calls, since
    pypdfium2's `get_objects` builds a Python object for every path and text object."""
    count_objects = raw.FPDFFormObj_CountObjects if form else raw.FPDFPage_CountObjects
    get_object = raw.FPDFFormObj_GetObject if form else raw.FPDFPage_GetObject
    images = 0
    for index in range(count_objects(page)):
        kind = raw.FPDFPageObj_GetType(get_object(page, index))
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == raw.FPDF_PAGEOBJ_FORM and level < _MAX_FORM_DEPTH - 1:
            images += _image_count(get_object(page, index), level + 1, form=True)
    return images


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
            glyphs = tuple(_glyphs(textpage.raw, text, height))
        finally:
            textpage.close()
        return PageData(
            number=index + 1,
            width=width,
            height=height,
            glyphs=glyphs,
            links=tuple(_links(page, document, height)),
            image_count=_image_count(page.raw),
        )
    finally:
        page.close()


def metadata(document: pdfium.PdfDocument) -> dict[str, str]:
    return {key: str(value) for key, value in document.get_metadata_dict(skip_empty=True).items()}
