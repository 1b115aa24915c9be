"""PDF files: positioned lines and file facts, from PDFium (default) or pdfplumber.

Both engines produce the same `PageData` and share one layout stage
(`pdf_layout`), so they differ only in what the PDF libraries report.

Limits: files over `max_bytes` are refused (ReadError), and so are files whose structure
promises more than a resume needs (`pdf_guard`, checked before any library loads them).
Pages larger than PDF allows are cut to it (`pdf_layout.clamp_page`). Only the first
`max_pages` pages are read; the rest is skipped with a warning in
`facts.warnings` and `facts.page_count` still tells the real count, so the
too-many-pages rule sees a 300-page file for what it is without the cost of
reading it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from reslint.model import FileFacts, Line, ReaderOutput
from reslint.pdf_engines import PDF_ENGINES
from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.readers.pdf_backdrop import measure_lines
from reslint.readers.pdf_bidi import direction
from reslint.readers.pdf_guard import check_structure
from reslint.readers.pdf_layout import PageData, clamp_page, mark_running_regions, page_lines

SCANNED_COVER = 0.5


def _check_header(data: bytes) -> None:
    if b"%PDF-" not in data[:1024]:
        raise ReadError("not a PDF file (no %PDF header)")


def pdf_bytes(path: Path, options: ReadOptions) -> bytes:
    """The file's bytes, once they are known to be a PDF a library may safely load."""
    data = read_bytes(path, options)
    _check_header(data)
    check_structure(data, options.max_unpacked_bytes)
    return data


def _pdfium_reason(error: Exception) -> str:
    """PDFium's reason, without the "PDFium: Success" it gives when it has no error code."""
    reason = str(error).replace(" (PDFium: Success)", "").strip().rstrip(".")
    return f"corrupt or unreadable PDF ({reason or 'PDFium could not load it'})"


def _pdfium_pages(data: bytes, max_pages: int) -> tuple[int, dict[str, str], list[PageData]]:
    import pypdfium2 as pdfium

    from reslint.readers import pdf_pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise ReadError("encrypted PDF (password required)") from error
        raise ReadError(_pdfium_reason(error)) from error
    try:
        count = len(document)
        pages = [
            clamp_page(pdf_pdfium.read_page(document, i)) for i in range(min(count, max_pages))
        ]
        return count, pdf_pdfium.metadata(document), pages
    except pdfium.PdfiumError as error:
        raise ReadError(_pdfium_reason(error)) from error
    finally:
        document.close()


def _plumber_pages(data: bytes, max_pages: int) -> tuple[int, dict[str, str], list[PageData]]:
    import io
    import logging

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    from reslint.readers import pdf_plumber

    # pdfminer logs a warning per odd font; the reader reports problems itself.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # pdfminer raises many unrelated types on broken files
        # pdfplumber wraps pdfminer's errors; the password one may sit in the chain.
        cause: BaseException | None = error
        while cause is not None:
            if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
                raise ReadError("encrypted PDF (password required)") from error
            cause = cause.__cause__ or cause.__context__
        raise ReadError(f"corrupt or unreadable PDF ({type(error).__name__})") from error
    try:
        count = len(pdf.pages)
        pages = [
            clamp_page(pdf_plumber.read_page(pdf.pages[i])) for i in range(min(count, max_pages))
        ]
        return count, pdf_plumber.metadata(pdf), pages
    except Exception as error:
        raise ReadError(f"corrupt or unreadable PDF ({type(error).__name__})") from error
    finally:
        # close() walks the pages again and would re-raise what broke them.
        with contextlib.suppress(Exception):
            pdf.close()


def read_pdf(path: Path, options: ReadOptions) -> ReaderOutput:
    """Read a PDF into reading-order lines (numbered per page) and file facts."""
    if options.pdf_engine not in PDF_ENGINES:
        raise ReadError(f"unknown PDF engine '{options.pdf_engine}'")
    data = pdf_bytes(path, options)
    extract = _pdfium_pages if options.pdf_engine == "pdfium" else _plumber_pages
    count, metadata, pages = extract(data, options.max_pages)
    if count == 0:
        raise ReadError("PDF has no pages")
    warnings: list[str] = []
    if count > len(pages):
        warnings.append(f"read only the first {len(pages)} of {count} pages")
    # One direction for the whole document: a page of Latin project names in a Persian
    # resume still reads right to left.
    rtl = direction([glyph for page in pages for glyph in page.glyphs])
    per_page = measure_lines(
        data, pages, mark_running_regions([page_lines(page, rtl) for page in pages])
    )
    lines: tuple[Line, ...] = tuple(line for page in per_page for line in page)
    # A page with no text counts as scanned when an image covers most of it; a blank page
    # with a sidebar or banner picture (the end of a designed template) is only blank.
    without_text = tuple(
        page.number
        for page in pages
        if page.image_cover >= SCANNED_COVER and not any(not g.text.isspace() for g in page.glyphs)
    )
    facts = FileFacts(
        format="pdf",
        page_count=count,
        metadata=metadata,
        image_count=sum(page.image_count for page in pages),
        pages_without_text=without_text,
        warnings=tuple(warnings),
    )
    return ReaderOutput(lines=lines, facts=facts)
