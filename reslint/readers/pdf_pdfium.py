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
from reslint.readers.pdf_layout import Glyph, PageData, Style, is_bold_font

_FONT_BUFFER = 256
# PDFium reports glyphs it cannot map to Unicode with these values; kept
# visible as pdfminer-style `(cid:N)` so the garbled-text rule can see them.
_UNMAPPED = (0x0, 0xFFFD)
# PDFium reports a hyphen that ends a line as U+FFFE.
_LINE_END_HYPHEN = "\ufffe"


def _as_int_returning(function: ctypes._CFuncPtr, *argtypes: type) -> ctypes._CFuncPtr:
    """The same PDFium function, returning its pointer as a plain int (cheap to compare)."""
    prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, *argtypes)
    return prototype(ctypes.cast(function, ctypes.c_void_p).value)


_TEXT_OBJECT = _as_int_returning(raw.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_int)
_OBJECT_FONT = _as_int_returning(raw.FPDFTextObj_GetFont, ctypes.c_void_p)


class _Styles:
    """Style per text object, with what belongs to the font (name, bold) read once per font."""

    def __init__(self, textpage: raw.FPDF_TEXTPAGE) -> None:
        self.textpage = textpage
        self.fonts: dict[int | None, tuple[str, bool]] = {}
        self.styles: dict[tuple[object, ...], Style] = {}
        self.matrix = raw.FS_MATRIX()
        self.rgba = tuple(ctypes.c_uint() for _ in range(4))

    def _font(self, handle: int, index: int) -> tuple[str, bool]:
        font_handle = _OBJECT_FONT(handle)
        if font_handle not in self.fonts:
            buffer = ctypes.create_string_buffer(_FONT_BUFFER)
            flags = ctypes.c_int()
            length = raw.FPDFText_GetFontInfo(self.textpage, index, buffer, _FONT_BUFFER, flags)
            name = buffer.value.decode("utf-8", "replace") if length else ""
            self.fonts[font_handle] = (name, is_bold_font(name))
        return self.fonts[font_handle]

    def of(self, handle: int, index: int) -> Style:
        # The reported size ignores the page's transformation (Chromium prints at 0.75 scale).
        scale = 1.0
        if raw.FPDFText_GetMatrix(self.textpage, index, self.matrix):
            m = self.matrix
            scale = abs(m.a * m.d - m.b * m.c) ** 0.5 or 1.0
        size = round(float(raw.FPDFText_GetFontSize(self.textpage, index)) * scale, 2)
        r, g, b, a = self.rgba
        color = None
        if raw.FPDFText_GetFillColor(self.textpage, index, r, g, b, a):
            color = (r.value / 255, g.value / 255, b.value / 255)
        font, bold = self._font(handle, index)
        key = (size, font, color)
        if key not in self.styles:
            self.styles[key] = Style(size, font, bold, color)
        return self.styles[key]


def _glyphs(textpage: raw.FPDF_TEXTPAGE, text: str, height: float) -> Iterator[Glyph]:
    """One Glyph per character; what a text object shares is asked once per object.

    A text object is one string drawn in one font on one baseline, so style,
    baseline and whether its font maps to Unicode are read from its first
    character.
    """
    rect = raw.FS_RECTF()
    x = ctypes.c_double()
    y = ctypes.c_double()
    get_box = raw.FPDFText_GetLooseCharBox
    styles = _Styles(textpage)
    page_pointer = ctypes.cast(textpage, ctypes.c_void_p)
    current: int | None = -1
    style = Style(0.0, "", False, None)
    baseline = 0.0
    unmapped = False
    for index, char in enumerate(text):
        if char in "\r\n" or not get_box(textpage, index, rect):
            continue
        # A space PDFium generated where the file only left a gap: kept as a word break.
        generated = char == " " and rect.right <= rect.left
        handle = _TEXT_OBJECT(page_pointer, index)
        if handle is not None and handle != current:
            current = handle
            style = styles.of(handle, index)
            raw.FPDFText_GetCharOrigin(textpage, index, x, y)
            baseline = height - y.value
            unmapped = bool(raw.FPDFText_HasUnicodeMapError(textpage, index))
        if char == _LINE_END_HYPHEN:
            char = "-"
        elif not generated and (unmapped or ord(char) in _UNMAPPED):
            char = f"(cid:{ord(char)})"
        yield Glyph(
            char,
            rect.left,
            rect.right,
            height - rect.top,
            height - rect.bottom,
            baseline if handle is not None else height - rect.bottom,
            style,
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


def _image_count(container: object, count: object, get: object, depth: int = 0) -> int:
    """Image objects on a page, looking into form XObjects (logos and scans often sit there)."""
    images = 0
    for index in range(count(container)):  # type: ignore[operator]
        obj = get(container, index)  # type: ignore[operator]
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 3:
            images += _image_count(
                obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, depth + 1
            )
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
            glyphs = tuple(_glyphs(textpage, text, height))
        finally:
            textpage.close()
        return PageData(
            number=index + 1,
            width=width,
            height=height,
            glyphs=glyphs,
            links=tuple(_links(page, document, height)),
            image_count=_image_count(page, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject),
        )
    finally:
        page.close()


def metadata(document: pdfium.PdfDocument) -> dict[str, str]:
    return {key: str(value) for key, value in document.get_metadata_dict(skip_empty=True).items()}
