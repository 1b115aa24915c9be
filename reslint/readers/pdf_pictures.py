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
from collections.abc import Mapping, Sequence
from pathlib import Path

import pypdfium2 as pdfium

from reslint.model import Box
from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.visual import PagePicture

SCALE = 1.5  # 108 dpi: a 10 pt line is about 15 pixels high
PALETTE = 64  # colours kept after quantising; text and rules of a resume need few
_COVER_MARGIN = 1.5  # points around a covered box, so no antialiased edge shows


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
    except pdfium.PdfiumError as error:
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
        image = page.render(scale=scale).to_pil().convert("RGB")
        draw = ImageDraw.Draw(image)
        for box in cover.get(index + 1, ()):
            draw.rectangle(
                (
                    (box.x0 - _COVER_MARGIN) * scale,
                    (box.top - _COVER_MARGIN) * scale,
                    (box.x1 + _COVER_MARGIN) * scale,
                    (box.bottom + _COVER_MARGIN) * scale,
                ),
                fill=(40, 40, 40),
            )
        buffer = io.BytesIO()
        # Fast octree: a fifth of the time of the default median cut and, on resume
        # pages, smaller files; `optimize` would cost as much again for 1 % less.
        image.quantize(PALETTE, method=Image.Quantize.FASTOCTREE).save(buffer, format="PNG")
        pictures.append(PagePicture(index + 1, width, height, "image/png", buffer.getvalue()))
    return tuple(pictures)
