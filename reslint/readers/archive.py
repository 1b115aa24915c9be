"""What the readers of ZIP-based formats (DOCX, LinkedIn exports) share.

Kept out of `readers.base` so that reading a PDF or a text file never imports
zipfile and the compression modules behind it.
"""

from __future__ import annotations

import zipfile
import zlib

# What a damaged ZIP raises besides BadZipFile: a broken deflate stream (zlib.error), an
# offset before the start of the file (ValueError), an unknown compression method
# (NotImplementedError), a member flagged as encrypted (RuntimeError), a short read.
ZIP_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    zlib.error,
    ValueError,
    NotImplementedError,
    RuntimeError,
    OSError,
)


def unpack_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, inflated to no more than its declared size, CRC checked.

    `ZipFile.read()` inflates a member in one call: one that declares 4 KB but
    inflates to gigabytes is inflated in full before zipfile cuts it to the declared
    size. `read(n)` inflates at most n bytes, so memory follows the declared size,
    which callers check against their limits first. Raises one of ZIP_ERRORS.
    """
    with archive.open(info) as member:
        return member.read(info.file_size)
