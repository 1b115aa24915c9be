"""Recognising LinkedIn's data export, and getting its CSVs out of a ZIP, folder or CSV.

The export is a ZIP as downloaded, its unpacked folder, or single CSV files; every CSV is
optional and may sit in a subfolder.

Safety: the archive is never extracted to disk; only the CSVs the reader uses (FILES) are
read, through a size-bounded stream (declared sizes in a ZIP can lie), so a ZIP bomb stops
at `ReadOptions.max_unpacked_bytes`. Member names that climb out of the archive (`../`,
absolute paths) and nested archives are ignored.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from reslint.readers.archive import ZIP_ERRORS
from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.readers.linkedin_export_csv import (
    FILES,
    HEADER_SEARCH_ROWS,
    LINKEDIN_COLUMNS,
    OTHER_EXPORT_FILES,
    decode_csv,
    file_kind_for_header,
    head_rows,
    header_key,
)

EXPORT_NAME_RE = re.compile(r"^(?:basic|complete)_linkedindataexport", re.IGNORECASE)
MAX_ARCHIVE_MEMBERS = 10_000


def _folder_names(folder: Path) -> Iterator[str]:
    """CSV names in a folder and its direct subfolders: an export may be unpacked one level down."""
    try:
        entries = sorted(folder.iterdir())[:200]
    except OSError:
        return
    for entry in entries:
        if entry.is_file():
            yield entry.name
        elif entry.is_dir() and not entry.name.startswith("."):
            try:
                yield from (child.name for child in sorted(entry.iterdir())[:200])
            except OSError:
                continue


def _holds_other_documents(folder: Path) -> bool:
    """A folder with resumes beside loose export CSVs is a folder to search, not an export."""
    from reslint.readers import READERS

    suffixes = {s for reader in READERS if reader.kind != "profile" for s in reader.suffixes}
    suffixes |= {".pdf", ".docx"}
    try:
        return any(
            entry.suffix.lower() in suffixes for entry in folder.iterdir() if entry.is_file()
        )
    except OSError:
        return False


def _csv_header_matches(path: Path) -> bool:
    """A CSV with another name is an export file when one of its first lines is a known header."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    text, _ = decode_csv(head[: len(head) // 2 * 2])  # whole UTF-16 units
    try:
        rows = list(csv.reader(io.StringIO(text)))[:HEADER_SEARCH_ROWS]
    except csv.Error:
        return False
    # Two of LinkedIn's own column names, so a job tracker with "Company,Title" stays out.
    return any(
        file_kind_for_header(row) is not None
        and len({header_key(cell) for cell in row} & LINKEDIN_COLUMNS) >= 2
        for row in rows
    )


def is_linkedin_export(path: Path) -> bool:
    """Cheap check: does `path` (ZIP, folder or CSV) hold LinkedIn export CSVs?"""
    suffix = path.suffix.lower()
    if path.is_dir():
        names = list(_folder_names(path))
        return any(name.lower() in ("profile.csv", "positions.csv") for name in names) and not (
            _holds_other_documents(path)
        )
    if suffix == ".csv":
        return path.name.lower() in FILES or _csv_header_matches(path)
    if suffix == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                names = [PurePosixPath(n).name.lower() for n in archive.namelist()[:2000]]
        except (zipfile.BadZipFile, OSError, ValueError):
            # A broken ZIP that is named like an export is still ours, to report why it fails.
            return bool(EXPORT_NAME_RE.match(path.name))
        return any(name in FILES for name in names) or (
            bool(EXPORT_NAME_RE.match(path.name))
            and any(name in OTHER_EXPORT_FILES for name in names)
        )
    return False


def _unsafe_member(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return name.startswith(("/", "\\")) or ".." in parts or (bool(parts) and ":" in parts[0])


def from_zip(path: Path, options: ReadOptions, warnings: list[str]) -> dict[str, tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(path)
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from error
    except ZIP_ERRORS as error:
        raise ReadError("not a valid ZIP archive") from error
    found: dict[str, tuple[str, bytes]] = {}
    budget = options.max_unpacked_bytes
    too_big = f"archive unpacks to more than {options.max_unpacked_bytes // (1024 * 1024)} MiB"
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ARCHIVE_MEMBERS:
            raise ReadError(f"archive has too many entries ({len(members)})")
        # Shallowest first, so a stray copy deeper in the archive does not win.
        for info in sorted(members, key=lambda i: (i.filename.count("/"), i.filename)):
            if info.is_dir():
                continue
            if _unsafe_member(info.filename):
                warnings.append(f"ignored unsafe archive entry '{info.filename}'")
                continue
            name = PurePosixPath(info.filename).name
            kind = FILES.get(name.lower())
            if kind is None or kind in found:
                continue  # nested archives, photos and the CSVs the linter does not use
            if info.flag_bits & 0x1:
                raise ReadError("archive is encrypted")
            if info.file_size > budget:
                raise ReadError(too_big)
            try:
                with archive.open(info) as member:
                    data = member.read(budget + 1)
            except ZIP_ERRORS as error:
                raise ReadError(f"cannot unpack '{name}' ({error})") from error
            if len(data) > budget:
                raise ReadError(too_big)
            budget -= len(data)
            found[kind] = (name, data)
    return found


def from_folder(path: Path, options: ReadOptions) -> dict[str, tuple[str, bytes]]:
    found: dict[str, tuple[str, bytes]] = {}
    candidates = sorted(path.glob("*.csv")) + sorted(path.glob("*/*.csv"))
    for candidate in candidates:
        kind = FILES.get(candidate.name.lower())
        if kind is not None and kind not in found and candidate.is_file():
            found[kind] = (candidate.name, read_bytes(candidate, options))
    return found


def from_csv(path: Path, options: ReadOptions) -> dict[str, tuple[str, bytes]]:
    data = read_bytes(path, options)
    kind = FILES.get(path.name.lower())
    if kind is None:
        try:
            rows = head_rows(data)
        except csv.Error:
            rows = []
        kind = next((k for k in map(file_kind_for_header, rows) if k is not None), None)
    if kind is None:
        raise ReadError("not a LinkedIn export CSV (no known header)")
    return {kind: (path.name, data)}
