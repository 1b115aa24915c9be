"""PDF pages as pictures for the HTML report: rendered by PDFium, encoded by Pillow.

Rendering is the reader's business because only the reader knows the format; what is
drawn over the pictures is the formatter's. Pages are rendered at a scale that keeps
text legible on screen and quantised to a small palette before PNG encoding: a resume
is mostly flat colour, so a 2-page resume stays a few hundred kilobytes, well inside the
report's size budget. `cover` paints boxes (contact details under `--redact`) solid
before encoding, so what is hidden is not in the image at all.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

import pypdfium2 as pdfium

from reslint.model import Box
from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.visual import PagePicture

SCALE = 1.5  # 108 dpi: a 10 pt line is about 15 pixels high
PALETTE = 64  # colours kept after quantising; text and rules of a resume need few
_COVER_MARGIN = 1.5  # points around a covered box, so no antialiased edge shows
# Pixels of one page's bitmap at most. The bitmap is sized by the page's own geometry, so
# a 3 KB PDF with a MediaBox of 2e8 points asked for gigabytes (found by
# benchmarks/fuzz.py); a larger page is drawn smaller. A Letter page at SCALE is 1.1 M.
MAX_PIXELS = 4_000_000


def page_scale(width: float, height: float, scale: float = SCALE) -> float:
    """`scale`, or less, so that a `width` x `height` point page fits in MAX_PIXELS."""
    area = width * height
    if not math.isfinite(area) or area <= 0:
        return scale  # no bitmap can be made for it: render raises, and that is a ReadError
    return min(scale, math.sqrt(MAX_PIXELS / area))


def render_pages(
    path: Path,
    options: ReadOptions,
    cover: Mapping[int, Sequence[Box]] | None = None,
    scale: float = SCALE,
) -> tuple[PagePicture, ...]:
    """Each page (up to `options.max_pages`) as a PNG; `cover[page]` boxes painted over.
    Raises ReadError with a one-line reason when PDFium cannot open or render it."""

    data = read_bytes(path, options)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise ReadError(f"cannot render PDF ({error})") from error
    try:
        return _render(document, options, cover or {}, scale)
    except (pdfium.PdfiumError, ValueError, OverflowError) as error:
        # pypdfium2 checks a page's geometry itself: a page without area is a ValueError
        # ("Crop exceeds page dimensions"), found by benchmarks/fuzz.py.
        raise ReadError(f"cannot render PDF page ({error})") from error
    finally:
        document.close()


def _render(
    document: pdfium.PdfDocument,
    options: ReadOptions,
    cover: Mapping[int, Sequence[Box]],
    scale: float,
) -> tuple[PagePicture, ...]:
    from PIL import Image, ImageDraw  # only a report needs Pillow loaded

    pictures = []
    for index in range(min(len(document), options.max_pages)):
        page = document[index]
        width, height = page.get_size()
        drawn = page_scale(width, height, scale)
        image = page.render(scale=drawn).to_pil().convert("RGB")
        draw = ImageDraw.Draw(image)
        for box in cover.get(index + 1, ()):
            draw.rectangle(
                (
                    (box.x0 - _COVER_MARGIN) * drawn,
                    (box.top - _COVER_MARGIN) * drawn,
                    (box.x1 + _COVER_MARGIN) * drawn,
                    (box.bottom + _COVER_MARGIN) * drawn,
                ),
                fill=(40, 40, 40),
            )
        buffer = io.BytesIO()
        # Fast octree: a fifth of the time of the default median cut and, on resume
        # pages, smaller files; `optimize` would cost as much again for 1 % less.
        image.quantize(PALETTE, method=Image.Quantize.FASTOCTREE).save(buffer, format="PNG")
        pictures.append(PagePicture(index + 1, width, height, "image/png", buffer.getvalue()))
    return tuple(pictures)
