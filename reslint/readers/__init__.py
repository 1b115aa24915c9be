"""One reader per input format, in one explicit registry (READERS), and `detect` and
`read`, which pick a file's reader and run it.

A reader is a function `read_x(path: Path, options: ReadOptions) -> ReaderOutput`:
positioned Lines plus the file's facts (model.py), every failure a one-line ReadError
(readers.base). To add one:

1. write it in a module of its own here, reading the file through `base.read_bytes`
   (size limit, one-line errors) and never writing to it; `FileFacts.format` names
   the format (usually the reader's name; rule TOML such as text-not-extractable's
   `formats` selects by it);
2. add it to READERS: `Reader(name, suffixes, "reslint.readers.mod:read_x")`.
   `detect` takes the first reader in READERS whose suffix matches ("/" for a
   folder) and whose `sniff`, if it has one (`"module:function"`, given the path),
   accepts the file. So a reader that claims some files of another's suffix
   (LinkedIn's PDF) stands before that one with a sniff, and a reader of a suffix
   other tools' files share (.json, .yaml, .zip: SHARED_SUFFIXES) has a sniff so
   the rest are skipped as `foreign`. `kind="profile"` marks a reader of LinkedIn
   profiles rather than resumes;
3. test it on fixtures written for the test (tests/test_*_reader.py).

Modules are imported by name only when a file of their format is read, so
`reslint --version` and `reslint rules` never load the PDF or DOCX stacks; a sniff
lives in a light module of its own when its reader is heavy (linkedin_pdf_sniff).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reslint.limits import TimedOut, time_limit
from reslint.model import ReaderOutput
from reslint.readers.base import ReadError, ReadOptions, read_bytes

__all__ = [
    "READERS",
    "ReadError",
    "ReadOptions",
    "Reader",
    "detect",
    "foreign",
    "read",
    "read_bytes",
]


@dataclass(frozen=True, slots=True)
class Reader:
    """A format reslint reads: its name, the suffixes it claims, and its read function and
    optional sniff as "module:function" (imported when first used)."""

    name: str
    suffixes: tuple[str, ...]
    target: str
    sniff: str | None = None
    # A sniff that reads only the file's first bytes, asked of a file over the size limit
    # (which `sniff` is not): a resume too large to read is then refused by its size
    # rather than skipped as someone else's file.
    head_sniff: str | None = None
    kind: str = "resume"  # "profile" for LinkedIn exports: what it makes, known before reading

    def load(self) -> Callable[[Path, ReadOptions], ReaderOutput]:
        module, _, function = self.target.partition(":")
        return getattr(importlib.import_module(module), function)

    def accepts(self, path: Path) -> bool:
        """Whether the sniff claims `path`, asked within the limits a file's reading has.

        Sniffs run while a run collects its files, before any file's own limits: a file
        over the default size limit is only asked the `head_sniff`, if any (else a reader
        of its suffix without a sniff, or none, takes it, and refuses it by its size),
        and a sniff that takes longer than SNIFF_SECONDS says no.
        """
        if self.sniff is None:
            return True
        if not (path.is_file() or path.is_dir()):
            return False  # a sniff would block on a FIFO or device, or fail on a broken link
        sniff = self.sniff
        try:
            if path.is_file() and path.stat().st_size > SNIFF_MAX_BYTES:
                if self.head_sniff is None:
                    return False
                sniff = self.head_sniff
        except OSError:
            return False
        module, _, function = sniff.partition(":")
        try:
            with time_limit(SNIFF_SECONDS):
                return bool(getattr(importlib.import_module(module), function)(path))
        except TimedOut:
            return False


SNIFF_MAX_BYTES = ReadOptions().max_bytes
SNIFF_SECONDS = 5.0


READERS: tuple[Reader, ...] = (
    Reader("text", (".txt", ".text"), "reslint.readers.text:read_text"),
    Reader("markdown", (".md", ".markdown"), "reslint.readers.text:read_markdown"),
    Reader(
        "linkedin-pdf",
        (".pdf",),
        "reslint.readers.linkedin_pdf:read_linkedin_pdf",
        sniff="reslint.readers.linkedin_pdf_sniff:is_linkedin_pdf",
        kind="profile",
    ),
    Reader(
        "linkedin-export",
        (".zip", ".csv", "/"),
        "reslint.readers.linkedin_export:read_linkedin_export",
        sniff="reslint.readers.linkedin_export_files:is_linkedin_export",
        kind="profile",
    ),
    Reader("pdf", (".pdf",), "reslint.readers.pdf:read_pdf"),
    Reader("docx", (".docx", ".docm", ".dotx", ".dotm"), "reslint.readers.docx:read_docx"),
    Reader("latex", (".tex", ".xtx"), "reslint.readers.latex:read_latex"),
    Reader("typst", (".typ",), "reslint.readers.typst:read_typst"),
    Reader(
        "jsonresume",
        (".json",),
        "reslint.readers.jsonresume:read_json_resume",
        sniff="reslint.readers.jsonresume:is_json_resume",
        head_sniff="reslint.readers.jsonresume:starts_like_json_resume",
    ),
    Reader(
        "rendercv",
        (".yaml", ".yml"),
        "reslint.readers.rendercv:read_rendercv",
        sniff="reslint.readers.rendercv:is_rendercv",
        head_sniff="reslint.readers.rendercv:is_rendercv",  # it reads the first MiB only
    ),
)


def detect(path: Path) -> Reader | None:
    """The reader for `path`, or None when reslint does not read this kind of file."""
    suffix = path.suffix.lower()
    for reader in READERS:
        if (suffix in reader.suffixes or (path.is_dir() and "/" in reader.suffixes)) and (
            reader.accepts(path)
        ):
            return reader
    return None


def _by_suffix(path: Path) -> Reader | None:
    """The reader for a suffix even if its sniff said no: it then says why it cannot read it."""
    suffix = path.suffix.lower()
    return next((reader for reader in READERS if suffix in reader.suffixes), None)


# Suffixes that resumes share with many other files (package.json, CI configs, archives):
# a file named on the command line with one of them that no reader recognises is someone
# else's file, skipped with a note; this lets a pre-commit hook pass every *.json to reslint.
SHARED_SUFFIXES = frozenset({".json", ".yaml", ".yml", ".zip", ".csv"})


def foreign(path: Path, reader: Reader | None) -> bool:
    """A regular file in a shared format that is not a resume or export reslint reads
    (`reader`: what `detect` found for it)."""
    return reader is None and path.suffix.lower() in SHARED_SUFFIXES and path.is_file()


def read(
    path: Path, options: ReadOptions | None = None, reader: Reader | None = None
) -> ReaderOutput:
    options = options or ReadOptions()
    # Folder walks skip what `detect` rejects; a file named on purpose gets its reader's reason.
    reader = reader or detect(path) or _by_suffix(path)
    if reader is None:
        raise ReadError(f"unsupported file type '{path.suffix or path.name}'")
    return reader.load()(path, options)
