"""How much of a PDF line shows on the printed page, from the page as PDFium renders it.

A text layer knows each glyph's colour, not what is painted beneath it: white text is
plain to see on a dark banner or sidebar and invisible on the white page. So for the
lines where the question arises (light text, text lying on an image) the page is
rendered once, in grey at low resolution, and each such line's box is compared with
its colour:

- the background is the median pixel of the box (glyph strokes cover well under half
  of a line's box);
- the text shows if some pixels of the box lie clearly on the glyph colour's side of
  that background; its contrast with the background is then the WCAG contrast ratio;
- text none of whose pixels show (under an image, zero-size, off the page) shows with
  contrast 1.0;
- where nothing lies beneath (no image, no other text), ink on either side of the
  background counts: a text layer
  may report a colour the page does not paint (`1 g`, white, for glyphs PDFium renders
  black), and what the page shows decides.

Only pages with such lines are rendered, so a resume in black on white costs nothing.
Both PDF engines use this (pypdfium2 renders for pdfplumber too); a file PDFium cannot
render keeps `contrast` unset.
"""

from __future__ import annotations

from dataclasses import replace

from reslint.model import Box, Line
from reslint.readers.pdf_layout import PageData

# Lines lighter than this (relative luminance, 0-1) are measured: white and pale grey text.
_LIGHT = 0.5
# Rendered at 2 pixels a point: a regular stroke of 10-point text is then about 1.5 pixels.
_SCALE = 2.0
# The most pixels one page's render may take (16 MB of grey; an A3 page is 4 million): a
# larger area, which only a page far beyond paper sizes has, is left unmeasured.
_MAX_PIXELS = 16_000_000
# A pixel is ink when it lies this far from the background towards the glyph colour.
_INK_STEP = 0.5
# Share of the box's pixels that must be ink for the text to show at all.
_MIN_INK_SHARE = 0.01
# Ink of another grey than the reported colour counts only this far from the background
# (a light grey rule or an anti-aliased edge is no glyph painted in another colour).
_PAINTED_STEP = 0.5
# An image over more of the page than this is a scan or a page background: the text on
# it is its text layer, not text hidden under a picture.
_PAGE_IMAGE_SHARE = 0.5


def _luminance(value: float) -> float:
    """sRGB component (0-1) to linear light."""
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def gray(color: tuple[float, float, float]) -> float:
    """The grey (0-1) PDFium renders a colour as, in grayscale mode."""
    red, green, blue = color
    return 0.299 * red + 0.587 * green + 0.114 * blue


def contrast(a: float, b: float) -> float:
    """WCAG contrast ratio of two greys (0-1): 1.0 for the same, 21.0 for black on white."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _light(line: Line) -> bool:
    return line.color is not None and _luminance(gray(line.color)) >= _LIGHT


def _overlaps(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def _inside(box: Box, page: Box) -> bool:
    """Whether `box` has an area and lies on the page."""
    return page.x0 <= box.x0 < box.x1 <= page.x1 and page.top <= box.top < box.bottom <= page.bottom


def _covering(page: PageData) -> list[Box]:
    """The page's images that may hide text: not a scan or background over most of it."""
    area = page.width * page.height
    return [
        box
        for box in page.images
        if 0 < (box.x1 - box.x0) * (box.bottom - box.top) <= _PAGE_IMAGE_SHARE * area
    ]


def _bare(line: Line, covering: list[Box], lines: list[Line]) -> bool:
    """Nothing lies beneath the line but the page: no image, no other line's text (whose
    strokes would be ink of their own)."""
    box = line.box
    return (
        box is not None
        and not any(_overlaps(box, other) for other in covering)
        and not any(
            other is not line and other.box is not None and _overlaps(box, other.box)
            for other in lines
        )
    )


def _wanted(lines: list[Line], page: PageData) -> set[int]:
    """The lines of a page whose visibility is in question."""
    covering = _covering(page)
    page_box = Box(0, 0, page.width, page.height)
    return {
        i
        for i, line in enumerate(lines)
        if line.box is not None
        and line.color is not None
        and (
            _light(line)
            or not _inside(line.box, page_box)
            or any(_overlaps(line.box, box) for box in covering)
        )
    }


def measure_lines(data: bytes, pages: list[PageData], lines: list[list[Line]]) -> list[list[Line]]:
    """`lines` (per page, in the order of `pages`) with `contrast` set where it was
    measured. Only pages with such lines are opened and rendered."""
    wanted = [_wanted(page_lines, page) for page, page_lines in zip(pages, lines, strict=True)]
    if not any(wanted):
        return lines
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return lines
    try:
        return [
            _measure_page(document, page, page_lines, chosen) if chosen else page_lines
            for page, page_lines, chosen in zip(pages, lines, wanted, strict=True)
        ]
    finally:
        document.close()


def _measure_page(
    document: object, data: PageData, lines: list[Line], wanted: set[int]
) -> list[Line]:
    import pypdfium2 as pdfium

    try:
        page = document[data.number - 1]  # type: ignore[index]
    except (pdfium.PdfiumError, IndexError):
        return lines
    covering = _covering(data)
    try:
        width, height = page.get_size()
        # Only the part of the page that holds the lines in question is rendered.
        boxes = [box for i in wanted if (box := lines[i].box) is not None]
        left = min(max(min(b.x0 for b in boxes), 0.0), width)
        top = min(max(min(b.top for b in boxes), 0.0), height)
        right = max(min(max(b.x1 for b in boxes), width), left)
        bottom = max(min(max(b.bottom for b in boxes), height), top)
        pixels: _Pixels | None = None
        if (right - left) * (bottom - top) * _SCALE**2 > _MAX_PIXELS:
            return lines
        if right - left >= 1 and bottom - top >= 1:
            crop = (left, height - bottom, width - right, top)
            bitmap = page.render(scale=_SCALE, grayscale=True, crop=crop)
            try:
                pixels = _Pixels(
                    bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, left, top
                )
            finally:
                bitmap.close()

        def measured(line: Line) -> Line:
            if pixels is None:
                return replace(line, contrast=1.0)
            shown = pixels.contrast(line, _bare(line, covering, lines))
            return replace(line, contrast=round(shown, 2))

        return [measured(line) if i in wanted else line for i, line in enumerate(lines)]
    except pdfium.PdfiumError:
        return lines
    finally:
        page.close()


class _Pixels:
    """A rendered grey part of a page, whose top-left corner is at (`left`, `top`) points;
    boxes are asked in page points, top-left origin, like Line boxes."""

    def __init__(
        self, buffer: bytes, width: int, height: int, stride: int, left: float, top: float
    ) -> None:
        self.buffer, self.width, self.height, self.stride = buffer, width, height, stride
        self.left, self.top = left, top

    def _box(self, box: Box) -> bytes:
        x0 = max(int((box.x0 - self.left) * _SCALE), 0)
        x1 = min(round((box.x1 - self.left) * _SCALE), self.width)
        top = max(int((box.top - self.top) * _SCALE), 0)
        bottom = min(round((box.bottom - self.top) * _SCALE), self.height)
        if x1 <= x0:
            return b""
        stride, buffer = self.stride, self.buffer
        return b"".join(buffer[row * stride + x0 : row * stride + x1] for row in range(top, bottom))

    def contrast(self, line: Line, bare: bool = False) -> float:
        """The contrast with its background at which the line's text shows; 1.0 if it does
        not. On a `bare` page (no image beneath) the darkest or lightest ink counts when the
        reported colour does not show: the page may paint the glyphs in another colour."""
        assert line.box is not None and line.color is not None
        values = self._box(line.box)
        if not values:
            return 1.0  # zero-size or off the page
        glyph = gray(line.color)
        background_value = sorted(values)[(len(values) - 1) // 2]  # the lower median
        background = background_value / 255
        shown = self._shown(values, glyph, background)
        if shown > 1.0 or not bare:
            return shown
        for painted in (min(values) / 255, max(values) / 255):
            found = self._shown(values, painted, background)
            if abs(painted - background) >= _PAINTED_STEP and found > 1.0:
                return found
        return 1.0

    @staticmethod
    def _shown(values: bytes, glyph: float, background: float) -> float:
        """The contrast of ink of the `glyph` grey against `background`, 1.0 if too little
        of the box is such ink."""
        step = glyph - background
        if abs(step) < 1 / 255:
            return 1.0
        threshold = round((background + _INK_STEP * step) * 255)
        # Count ink pixels in C: map each grey to 1 if it is on the glyph's side, then count.
        if step > 0:
            table = bytes(int(value >= threshold) for value in range(256))
        else:
            table = bytes(int(value <= threshold) for value in range(256))
        ink = values.translate(table).count(1)
        if ink < _MIN_INK_SHARE * len(values):
            return 1.0
        return contrast(glyph, background)
