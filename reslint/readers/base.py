"""What every reader shares: its options, its one exception (ReadError), bounded file
reading, and SEGMENT_JOIN, how the parts of a line that stand apart are joined."""

from __future__ import annotations

import errno
import re
import stat
from dataclasses import dataclass
from pathlib import Path

# Readers join the parts of a line that stand apart on the page (a tab stop, a column gap,
# right-aligned dates) with three spaces, so `structure` can tell them apart.
SEGMENT_JOIN = "   "
# A bullet or list number typed at the start of a line (plain text, DOCX, a LaTeX source's
# `$\cdot$ `): the line is a bullet.
BULLET_RE = re.compile(r"^\s*(?:[-*+•▪◦‣·●■►–—]|\d{1,2}[.)])\s+")


class ReadError(Exception):
    """A file reslint cannot read; the message is the reason, shown after the file name."""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    pdf_engine: str = "pdfium"
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    max_unpacked_bytes: int = 100 * 1024 * 1024
    # Plain text and Markdown are all text: 2 MB is some 500 printed pages, far beyond any
    # resume, while every byte of it goes through every stage (a PDF's bytes mostly don't).
    max_text_bytes: int = 2 * 1024 * 1024
    # The PDF the configuration names as the one the source being read is built into;
    # None: the PDF with the source's stem beside it, if any.
    built_pdf: Path | None = None


def read_bytes(path: Path, options: ReadOptions) -> bytes:
    """Read a whole input file within the size limit, with a one-line reason on failure."""
    try:
        if path.is_dir():
            raise ReadError("is a directory")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device would block or never end.
            raise ReadError("not a regular file")
        if info.st_size == 0:
            raise ReadError("empty file")
        if info.st_size > options.max_bytes:
            raise ReadError(_too_large(info.st_size, options.max_bytes))
        with path.open("rb") as handle:
            # The file may have grown since stat(); never read more than the limit.
            data = handle.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            raise ReadError(_too_large(len(data), options.max_bytes))
        return data
    except PermissionError as error:
        raise ReadError("permission denied") from error
    except FileNotFoundError as error:
        reason = "broken symbolic link" if path.is_symlink() else "no such file"
        raise ReadError(reason) from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ReadError("symbolic link loop") from error
        raise ReadError(error.strerror or str(error)) from error


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({size // 1024} KiB, limit {limit // 1024} KiB)"
