"""Is this PDF LinkedIn's "Save to PDF" profile? Asked of every PDF a run collects.

Kept apart from `linkedin_pdf`, which parses the profile and imports the
structure stage: a run served from the cache still sniffs every PDF, and
should not load the parser to do it.
"""

from __future__ import annotations

from pathlib import Path

PROFILE_TITLES = frozenset({"resume", "lebenslauf", "cv", "curriculum vitae", "currículum"})


def is_linkedin_pdf(path: Path) -> bool:
    """Author `LinkedIn` with LinkedIn's producer (Apache FOP) or title (`Resume`).

    The bytes pass the PDF reader's limits and structure check before PDFium opens them.
    """
    try:
        import pypdfium2 as pdfium

        from reslint.readers.base import ReadOptions, read_bytes
        from reslint.readers.pdf_guard import check_structure

        options = ReadOptions()
        data = read_bytes(path, options)
        check_structure(data, options.max_unpacked_bytes)
        document = pdfium.PdfDocument(data)
    except Exception:  # the PDF reader reports broken files; a sniff only says "not mine"
        return False
    try:
        metadata = document.get_metadata_dict(skip_empty=True)
    except Exception:
        return False
    finally:
        document.close()
    author = str(metadata.get("Author", "")).strip().lower()
    producer = str(metadata.get("Producer", "")).lower()
    title = str(metadata.get("Title", "")).strip().lower()
    return author == "linkedin" and ("fop" in producer or title in PROFILE_TITLES)
