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
  contrast 1.0.

Only pages with such lines are rendered, so a resume in black on white costs nothing.
Both PDF engines use this (pypdfium2 renders for pdfplumber too); a file PDFium cannot
render keeps `contrast` unset.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from reslint.model import Box, Line

# Lines lighter than this (relative luminance, 0-1) are measured: white and pale grey text.
_LIGHT = 0.5
# Rendered at 2 pixels a point: a regular stroke of 10-point text is then about 1.5 pixels.
_SCALE = 2.0
# A pixel is ink when it lies this far from the background towards the glyph colour.
_INK_STEP = 0.5
# Share of the box's pixels that must be ink for the text to show at all.
_MIN_INK_SHARE = 0.01
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


def measure_lines(data: bytes, pages: list[list[Line]]) -> list[list[Line]]:
    """`pages` (lines per page, in page order) with `contrast` set where it was measured."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return pages
    try:
        return [
            _measure_page(document, index, lines) if lines else lines
            for index, lines in enumerate(pages)
        ]
    finally:
        document.close()


def _measure_page(document: object, index: int, lines: list[Line]) -> list[Line]:
    import pypdfium2 as pdfium

    try:
        page = document[index]  # type: ignore[index]
    except (pdfium.PdfiumError, IndexError):
        return lines
    try:
        width, height = page.get_size()
        covering = _covering_images(page, width, height)
        page_box = Box(0, 0, width, height)
        wanted = {
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
        if not wanted:
            return lines
        bitmap = page.render(scale=_SCALE, grayscale=True)
        try:
            pixels = _Pixels(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride)
        finally:
            bitmap.close()
        return [
            replace(line, contrast=round(pixels.contrast(line), 2)) if i in wanted else line
            for i, line in enumerate(lines)
        ]
    except pdfium.PdfiumError:
        return lines
    finally:
        page.close()


def _covering_images(page: object, width: float, height: float) -> list[Box]:
    """Boxes (top-left origin) of the page's images that are smaller than the page."""
    import pypdfium2.raw as raw

    boxes: list[Box] = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):  # type: ignore[attr-defined]
        left, bottom, right, top = obj.get_bounds()
        box = Box(left, height - top, right, height - bottom)
        area = max(box.x1 - box.x0, 0) * max(box.bottom - box.top, 0)
        if 0 < area <= _PAGE_IMAGE_SHARE * width * height:
            boxes.append(box)
    return boxes


class _Pixels:
    """A rendered grey page; coordinates in points, top-left origin like Line boxes."""

    def __init__(self, buffer: bytes, width: int, height: int, stride: int) -> None:
        self.buffer, self.width, self.height, self.stride = buffer, width, height, stride

    def _box(self, box: Box) -> Iterable[int]:
        x0 = max(int(box.x0 * _SCALE), 0)
        x1 = min(round(box.x1 * _SCALE), self.width)
        top = max(int(box.top * _SCALE), 0)
        bottom = min(round(box.bottom * _SCALE), self.height)
        for row in range(top, bottom):
            start = row * self.stride
            yield from self.buffer[start + x0 : start + x1]

    def contrast(self, line: Line) -> float:
        """The contrast with its background at which the line's text shows; 1.0 if it does not."""
        assert line.box is not None and line.color is not None
        values = list(self._box(line.box))
        if not values:
            return 1.0  # zero-size or off the page
        glyph = gray(line.color)
        background = sorted(values)[(len(values) - 1) // 2] / 255  # the lower median
        step = glyph - background
        if abs(step) < 1 / 255:
            return 1.0
        threshold = background + _INK_STEP * step
        if step > 0:
            ink = sum(1 for value in values if value / 255 >= threshold)
        else:
            ink = sum(1 for value in values if value / 255 <= threshold)
        if ink < _MIN_INK_SHARE * len(values):
            return 1.0
        return contrast(glyph, background)
