"""The PDF built from a source file, when it lies beside it: the text it prints.

A resume repository often keeps `resume.pdf` next to `resume.tex`; when the PDF was not
rebuilt after the source changed, the PDF people download says something else. The source
readers hand the PDF's lines of text on in FileFacts, for the `pdf-out-of-date` check.
"""

from __future__ import annotations

from pathlib import Path

from reslint.readers.base import ReadError, ReadOptions


def built_pdf(path: Path, named: Path | None = None) -> Path | None:
    """The PDF the source `path` is built into: `named` (by the configuration) when it is
    a file, else the one with the same stem in the same folder."""
    if named is not None:
        return named if named.is_file() else None
    for suffix in (".pdf", ".PDF"):
        candidate = path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def built_pdf_text(path: Path, options: ReadOptions) -> tuple[Path, tuple[str, ...]] | None:
    """The PDF beside `path` and its lines of text, or None if there is none to read."""
    pdf = built_pdf(path, options.built_pdf)
    if pdf is None:
        return None
    from reslint.readers.pdf import read_pdf  # the PDF stack only when there is a PDF

    try:
        output = read_pdf(pdf, options)
    except ReadError:
        return None
    return pdf, tuple(line.text for line in output.lines)


SOURCE_SUFFIXES = (".tex", ".xtx", ".typ")
# The files a source may read in: LaTeX and Typst files, and the data files a Typst
# resume loads (`toml(…)`, `json(…)`, `yaml(…)`).
_READ_IN_SUFFIXES = frozenset({".tex", ".xtx", ".ltx", ".typ", ".toml", ".json", ".yaml", ".yml"})
_MAX_COMPANIONS = 256


def source_beside(pdf: Path) -> Path | None:
    """The LaTeX or Typst source a PDF was built from: the file with its stem beside it."""
    if pdf.suffix.lower() != ".pdf":
        return None
    for suffix in SOURCE_SUFFIXES:
        candidate = pdf.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def companions(path: Path, named: Path | None = None) -> tuple[Path, ...]:
    """The other files whose content decides what reading the source `path` gives: the
    files it may read in (sources under its folder) and the PDF built from it (`named` by
    the configuration, or beside it). For the cache key; none for other formats."""
    if path.suffix.lower() not in SOURCE_SUFFIXES or not path.is_file():
        return ()
    found: list[Path] = []
    pdf = built_pdf(path, named)
    if pdf is not None:
        found.append(pdf)
    for candidate in sorted(path.parent.rglob("*")):
        if len(found) >= _MAX_COMPANIONS:
            break
        if candidate.suffix.lower() in _READ_IN_SUFFIXES and candidate != path:
            found.append(candidate)
    return tuple(found)
