"""What every reader shares: its options, its one exception, and bounded file reading."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ReadError(Exception):
    """A file reslint cannot read; the message is the reason, shown after the file name."""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    pdf_engine: str = "pdfium"
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    max_unpacked_bytes: int = 100 * 1024 * 1024


def read_bytes(path: Path, options: ReadOptions) -> bytes:
    """Read a whole input file within the size limit, with a one-line reason on failure."""
    try:
        if path.is_dir():
            raise ReadError("is a directory")
        size = path.stat().st_size
        if size == 0:
            raise ReadError("empty file")
        if size > options.max_bytes:
            raise ReadError(
                f"file too large ({size // 1024} KiB, limit {options.max_bytes // 1024} KiB)"
            )
        return path.read_bytes()
    except PermissionError as error:
        raise ReadError("permission denied") from error
    except FileNotFoundError as error:
        raise ReadError("no such file") from error
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from error
