"""PDFs whose structure or geometry would cost gigabytes (issue 19), built in tests/hostile_files.

The costs themselves are measured by benchmarks/hostile_limits.py; here each file must
be refused with its reason before a PDF library loads it, or read within bounds.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import reslint.readers as readers
from reslint.readers import ReadError, ReadOptions, detect
from reslint.readers.pdf import _pdfium_reason, read_pdf
from reslint.readers.pdf_guard import MAX_DEPTH, check_structure
from reslint.readers.pdf_layout import MAX_PAGE_POINTS, PageData, clamp_page
from reslint.readers.pdf_rows import Glyph, Style
from tests import hostile_files
from tests.conftest import CORPUS

LIMIT = 100 * 1024 * 1024


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("packed", [True, False])
def test_a_kids_bomb_is_refused_before_pdfium(tmp_path: Path, packed: bool) -> None:
    data = hostile_files.kids_bomb(40, 5, packed=packed)
    assert len(pdfium.PdfDocument(hostile_files.kids_bomb(3, 3, packed=packed))) == 27
    with pytest.raises(ReadError, match="page tree holds more than"):
        read_pdf(_write(tmp_path, "bomb.pdf", data), ReadOptions())


def test_a_small_shared_page_tree_is_read(tmp_path: Path) -> None:
    check_structure(hostile_files.kids_bomb(3, 3), LIMIT)  # 27 pages: a real file could


def test_a_looping_or_deep_page_tree_is_refused() -> None:
    loop = hostile_files.pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
        ]
    )
    with pytest.raises(ReadError, match="loops"):
        check_structure(loop, LIMIT)
    chain = [b"<< /Type /Catalog /Pages 2 0 R >>"] + [
        f"<< /Type /Pages /Kids [{n + 1} 0 R] /Count 1 >>".encode() for n in range(2, MAX_DEPTH + 4)
    ]
    with pytest.raises(ReadError, match="deeper"):
        check_structure(hostile_files.pdf(chain, packed=frozenset(range(2, MAX_DEPTH + 4))), LIMIT)


def test_a_deflate_bomb_is_refused_within_the_unpacked_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "deflate.pdf", hostile_files.deflate_bomb(3_000_000))
    with pytest.raises(ReadError, match="unpack"):
        read_pdf(path, ReadOptions(max_unpacked_bytes=1_000_000))
    assert read_pdf(path, ReadOptions()).facts.page_count == 1


def test_a_declared_xref_size_beyond_reason_is_refused() -> None:
    data = hostile_files.text_page(612, 792, [(72, 700, "Ada")])
    with pytest.raises(ReadError, match="declares"):
        check_structure(data.replace(b"/Size 6", b"/Size 900000000"), LIMIT)


@pytest.mark.parametrize("pdf", sorted((CORPUS / "pdf").glob("*.pdf"))[:12], ids=lambda p: p.name)
def test_real_layouts_pass_the_structure_check(pdf: Path) -> None:
    check_structure(pdf.read_bytes(), LIMIT)


def test_a_page_wider_than_pdf_allows_is_clamped(tmp_path: Path) -> None:
    style = Style(11.0, "Helvetica", False, None)
    near = Glyph("A", 10.0, 16.0, 40.0, 51.0, 50.0, style)
    far = Glyph("B", 1e8, 1e8 + 6, 40.0, 51.0, 50.0, style)
    page = clamp_page(PageData(1, 2e8, 792.0, (near, far)))
    assert (page.width, page.height, page.glyphs) == (MAX_PAGE_POINTS, 792.0, (near,))
    same = PageData(1, 612.0, 792.0, (near,))
    assert clamp_page(same) is same
    runs = [(10.0, 750.0 - 20 * row, f"Line{row}") for row in range(5)]
    runs += [(1.9e8, 750.0 - 20 * row, "far") for row in range(5)]
    output = read_pdf(
        _write(tmp_path, "wide.pdf", hostile_files.text_page(2e8, 792, runs)), ReadOptions()
    )
    assert [line.text for line in output.lines] == [f"Line{row}" for row in range(5)]


LINKEDIN_INFO = b"<< /Author (LinkedIn) /Producer (Apache FOP Version 2.2) /Title (Resume) >>"


def test_a_file_over_the_size_limit_is_never_sniffed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = hostile_files.text_page(612, 792, [(72, 700, "Ada Lovelace")], info=LINKEDIN_INFO)
    path = _write(tmp_path, "Profile.pdf", data)
    assert detect(path).name == "linkedin-pdf"
    monkeypatch.setattr(readers, "SNIFF_MAX_BYTES", len(data) - 1)
    assert detect(path).name == "pdf"  # whose read applies the size limit


def test_pdfium_success_is_no_reason() -> None:
    error = pdfium.PdfiumError("Failed to load document (PDFium: Success).")
    assert "Success" not in _pdfium_reason(error)


def test_a_huge_page_is_rendered_small_enough_for_the_report(tmp_path: Path) -> None:
    # Found by benchmarks/fuzz.py: a 3 KB PDF 2^31 points wide asked PDFium for a bitmap of
    # 14,000 GiB in --format html (MemoryError with a traceback, or the OOM killer).
    from PIL import Image

    from reslint.readers.pdf_pictures import MAX_PIXELS, SCALE, page_scale, render_pages

    path = _write(tmp_path, "wide.pdf", hostile_files.text_page(2.0**31, 792, [(72, 700, "Ada")]))
    (picture,) = render_pages(path, ReadOptions())
    assert picture.width == 2.0**31
    with Image.open(io.BytesIO(picture.data)) as image:
        # PDFium rounds each side up to whole pixels: a 1.2-pixel height is 2.
        assert image.width * image.height <= 2 * MAX_PIXELS
    assert page_scale(612, 792) == SCALE  # a real page is drawn as before


def test_a_page_without_area_is_not_rendered_and_says_why(tmp_path: Path) -> None:
    # Found by benchmarks/fuzz.py: beyond-float MediaBox numbers and an inverted CropBox
    # leave PDFium a page 0 points wide; pypdfium2 raised ValueError ("Crop exceeds page
    # dimensions") out of --format html. The report then shows the text view only.
    from reslint.readers.pdf_pictures import render_pages

    data = hostile_files.text_page(612, 792, [(72, 700, "Ada")])
    box = b"/MediaBox [0 3.4e39 1e38 792] /CropBox [0 200000000 -792 0]"
    path = _write(tmp_path, "flat.pdf", data.replace(b"/MediaBox [0 0 612.00 792.00]", box))
    with pytest.raises(ReadError, match="cannot render PDF page"):
        render_pages(path, ReadOptions())


def test_a_pdf_without_any_object_passes_the_structure_check_to_a_read_error(
    tmp_path: Path,
) -> None:
    # Found by benchmarks/fuzz.py: 95 bytes with a stream but no `N 0 obj` header made
    # the check raise ValueError, shown as "cannot read file (ValueError: zip() ...)".
    data = b"%PDF-1.7\n<< /Filter /FlateDecode /Length 5 >>\nstream\nxxxxx\nendstream\n%%EOF\n"
    check_structure(data, 1 << 20)
    with pytest.raises(ReadError, match="PDF"):
        read_pdf(_write(tmp_path, "none.pdf", data), ReadOptions())


def test_streams_damaged_near_their_end_still_count_what_they_unpack() -> None:
    # Found by benchmarks/fuzz.py: one bad byte late in a stream made zlib fail and the
    # check count nothing of it, while PDFium unpacked what came before (45 MB, 26 s); so
    # damaged streams, each under the limit, passed in any number.
    import zlib

    content = b"".join(
        b"BT /F1 11 Tf 72 %d Td (Line %d) Tj ET\n" % (i % 700, i) for i in range(100_000)
    )
    packed = bytearray(zlib.compress(content, 9))
    middle = len(packed) // 2
    packed[middle : middle + 8] = b"\xff" * 8  # about 2 MB of the 4.2 MB inflate before it
    stream = f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
    body = stream + bytes(packed) + b"\nendstream"
    data = hostile_files.pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 5 0 R] >>",
            body,
            body,
        ]
    )
    with pytest.raises(ReadError, match="unpack"):
        check_structure(data, 3_000_000)  # two of about 2 MB each
    check_structure(data, 5_000_000)


def test_page_content_past_its_own_limit_is_refused_within_the_unpacked_limit() -> None:
    # A deflate bomb under max_unpacked_bytes still cost PDFium 14-26 s per load when it
    # was page content (found by benchmarks/fuzz.py); content has a limit of its own.
    from reslint.readers.pdf_guard import MAX_CONTENT_BYTES

    with pytest.raises(ReadError, match="page content"):
        check_structure(hostile_files.deflate_bomb(MAX_CONTENT_BYTES + 1), 100 << 20)
    check_structure(hostile_files.deflate_bomb(MAX_CONTENT_BYTES - 1024), 100 << 20)


def test_a_form_xobject_is_content_too() -> None:
    import zlib

    from reslint.readers.pdf_guard import MAX_CONTENT_BYTES

    packed = zlib.compress(b" " * (MAX_CONTENT_BYTES + 1), 9)
    form = (
        f"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Filter /FlateDecode "
        f"/Length {len(packed)} >>\nstream\n".encode()
        + packed
        + b"\nendstream"
    )
    data = hostile_files.pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            form,
        ]
    )
    with pytest.raises(ReadError, match="page content"):
        check_structure(data, 100 << 20)
