"""The pypdfium2 engine: glyphs, links and images of a page through PDFium's text page.

The text of a page comes from one bulk call; per character we only ask for
its box and origin. Font size, weight, name and colour belong to the text
object a character comes from, so they are asked once per object.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reslint.model import Box
from reslint.readers.pdf_layout import Glyph, PageData, Style, is_bold_font
from reslint.readers.pdf_unpainted import with_drawn_text_layers

_FONT_BUFFER = 256
# PDFium reports glyphs it cannot map to Unicode with these values; kept
# visible as pdfminer-style `(cid:N)` so the garbled-text rule can see them.
_UNMAPPED = "\x00\ufffd"
# PDFium reports a hyphen that ends a line as U+FFFE.
_LINE_END_HYPHEN = "\ufffe"


def _prototype(restype: type | None, function: ctypes._CFuncPtr, *argtypes: type) -> Any:
    """The same PDFium function taking and returning plain ints (handles and addresses).

    These are called per character or per page object, tens of thousands of times a
    file: plain ints skip the pointer-type checks and conversions of the typed bindings.
    """
    prototype = ctypes.CFUNCTYPE(restype, *argtypes)
    return prototype(ctypes.cast(function, ctypes.c_void_p).value)


# Builds a named tuple without its Python-level __new__ (one per character).
_new_tuple = tuple.__new__
_H = ctypes.c_void_p  # a handle or the address of an out-parameter
_INT = ctypes.c_int
_LOOSE_CHAR_BOX = _prototype(_INT, raw.FPDFText_GetLooseCharBox, _H, _INT, _H)
_TEXT_OBJECT = _prototype(_H, raw.FPDFText_GetTextObject, _H, _INT)
_CHAR_ORIGIN = _prototype(_INT, raw.FPDFText_GetCharOrigin, _H, _INT, _H, _H)
_UNICODE_MAP_ERROR = _prototype(_INT, raw.FPDFText_HasUnicodeMapError, _H, _INT)
_FONT_SIZE = _prototype(ctypes.c_double, raw.FPDFText_GetFontSize, _H, _INT)
_MATRIX = _prototype(_INT, raw.FPDFText_GetMatrix, _H, _INT, _H)
_FILL_COLOR = _prototype(_INT, raw.FPDFText_GetFillColor, _H, _INT, _H, _H, _H, _H)
_OBJECT_FONT = _prototype(_H, raw.FPDFTextObj_GetFont, _H)
_RENDER_MODE = _prototype(_INT, raw.FPDFTextObj_GetTextRenderMode, _H)
# A fill this transparent (0-255) paints nothing a reader sees.
_UNPAINTED_ALPHA = 8
# Text render modes whose outline is stroked (1 stroke, 2 fill and stroke, 5 and 6 the
# same adding to the clip): a transparent fill is then not the whole of the glyph's paint.
_STROKED_MODES = frozenset({1, 2, 5, 6})
_OBJECT_TYPE = _prototype(_INT, raw.FPDFPageObj_GetType, _H)
_PAGE_OBJECT_COUNT = _prototype(_INT, raw.FPDFPage_CountObjects, _H)
_PAGE_OBJECT = _prototype(_H, raw.FPDFPage_GetObject, _H, _INT)
_FORM_OBJECT_COUNT = _prototype(_INT, raw.FPDFFormObj_CountObjects, _H)
_FORM_OBJECT = _prototype(_H, raw.FPDFFormObj_GetObject, _H, ctypes.c_ulong)
_BOUNDS = _prototype(_INT, raw.FPDFPageObj_GetBounds, _H, _H, _H, _H, _H)


def _address(handle: object) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


class _Styles:
    """Style per text object, with what belongs to the font (name, bold) read once per font."""

    def __init__(self, textpage: raw.FPDF_TEXTPAGE) -> None:
        self.textpage = textpage
        self.page = _address(textpage)
        self.fonts: dict[int | None, tuple[str, bool]] = {}
        self.styles: dict[tuple[object, ...], Style] = {}  # by the raw facts `of` reads
        self.matrix = raw.FS_MATRIX()
        self.matrix_address = ctypes.addressof(self.matrix)
        self.rgba = (ctypes.c_uint * 4)()
        self.rgba_addresses = [
            ctypes.addressof(self.rgba) + i * ctypes.sizeof(ctypes.c_uint) for i in range(4)
        ]

    def of(self, handle: int, index: int) -> Style:
        """The style of the text object `handle`, whose first character is at `index`.

        Asked once per text object (thousands a page), so only the raw facts are read
        here; a combination of them seen before on the page gets its Style back.
        """
        page, matrix, rgba = self.page, self.matrix, self.rgba
        transformed = _MATRIX(page, index, self.matrix_address)
        colored = _FILL_COLOR(page, index, *self.rgba_addresses)
        # Only a transparent fill asks for the render mode (a stroked outline still shows).
        painted = (
            not colored or rgba[3] >= _UNPAINTED_ALPHA or _RENDER_MODE(handle) in _STROKED_MODES
        )
        key = (
            _OBJECT_FONT(handle),
            _FONT_SIZE(page, index),
            (matrix.a, matrix.b, matrix.c, matrix.d) if transformed else None,
            (rgba[0], rgba[1], rgba[2]) if colored else None,
            painted,
        )
        style = self.styles.get(key)
        if style is None:
            style = self.styles[key] = self._style(*key, index=index)
        return style

    def _style(
        self,
        font_handle: int | None,
        size: float,
        matrix: tuple[float, float, float, float] | None,
        rgb: tuple[int, int, int] | None,
        painted: bool,
        index: int,
    ) -> Style:
        # The reported size ignores the page's transformation (Chromium prints at 0.75 scale).
        if matrix is not None:
            a, b, c, d = matrix
            size *= abs(a * d - b * c) ** 0.5 or 1.0
        color = None if rgb is None else (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)
        font, bold = self._font(font_handle, index)
        return Style(round(size, 2), font, bold, color, painted)

    def _font(self, font_handle: int | None, index: int) -> tuple[str, bool]:
        if font_handle not in self.fonts:
            buffer = ctypes.create_string_buffer(_FONT_BUFFER)
            flags = ctypes.c_int()
            length = raw.FPDFText_GetFontInfo(self.textpage, index, buffer, _FONT_BUFFER, flags)
            name = buffer.value.decode("utf-8", "replace") if length else ""
            self.fonts[font_handle] = (name, is_bold_font(name))
        return self.fonts[font_handle]


def _glyphs(textpage: raw.FPDF_TEXTPAGE, text: str, height: float) -> list[Glyph]:
    """One Glyph per character; what a text object shares is asked once per object.

    A text object is one string drawn in one font on one baseline, so style,
    baseline and whether its font maps to Unicode are read from its first
    character.
    """
    page = _address(textpage)
    rect = raw.FS_RECTF()
    rect_address = ctypes.addressof(rect)
    origin = (ctypes.c_double * 2)()
    origin_x, origin_y = (
        ctypes.addressof(origin) + i * ctypes.sizeof(ctypes.c_double) for i in range(2)
    )
    styles = _Styles(textpage)
    glyphs: list[Glyph] = []
    current: int | None = -1
    style = Style(0.0, "", False, None)
    baseline = 0.0
    unmapped = False
    for index, char in enumerate(text):
        if char in "\r\n" or not _LOOSE_CHAR_BOX(page, index, rect_address):
            continue
        left, right, bottom = rect.left, rect.right, height - rect.bottom
        handle = _TEXT_OBJECT(page, index)
        if handle != current:
            current = handle
            if handle is not None:
                style = styles.of(handle, index)
                _CHAR_ORIGIN(page, index, origin_x, origin_y)
                baseline = height - origin[1]
                unmapped = bool(_UNICODE_MAP_ERROR(page, index))
        if char == _LINE_END_HYPHEN:
            char = "-"
        elif (unmapped or char in _UNMAPPED) and not (char == " " and right <= left):
            # A space PDFium generated where the file only left a gap stays a word break.
            char = f"(cid:{ord(char)})"
        glyphs.append(
            _new_tuple(
                Glyph,
                (
                    char,
                    left,
                    right,
                    height - rect.top,
                    bottom,
                    baseline if handle is not None else bottom,
                    style,
                ),
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


def _images(container: int, count: Any, get: Any, height: float, depth: int = 0) -> list[Box]:
    """Boxes of the image objects on a page, looking into form XObjects (logos and scans
    often sit there)."""
    boxes: list[Box] = []
    bounds = (ctypes.c_float * 4)()  # left, bottom, right, top
    addresses = [ctypes.addressof(bounds) + i * ctypes.sizeof(ctypes.c_float) for i in range(4)]
    for index in range(count(container)):
        obj = get(container, index)
        kind = _OBJECT_TYPE(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            if _BOUNDS(obj, *addresses):
                left, bottom, right, top = bounds
                boxes.append(Box(left, height - top, right, height - bottom))
            else:
                boxes.append(Box(0, 0, 0, 0))
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 3:
            boxes += _images(obj, _FORM_OBJECT_COUNT, _FORM_OBJECT, height, depth + 1)
    return boxes


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
        glyphs = with_drawn_text_layers(page, glyphs)
        images = _images(_address(page.raw), _PAGE_OBJECT_COUNT, _PAGE_OBJECT, height)
        return PageData(
            number=index + 1,
            width=width,
            height=height,
            glyphs=glyphs,
            links=tuple(_links(page, document, height)),
            image_count=len(images),
            images=tuple(images),
        )
    finally:
        page.close()


def metadata(document: pdfium.PdfDocument) -> dict[str, str]:
    return {key: str(value) for key, value in document.get_metadata_dict(skip_empty=True).items()}
