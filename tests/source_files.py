"""Source files (LaTeX, Typst, their data and class files) written into a test's folder."""

from __future__ import annotations

from pathlib import Path


def write_source(folder: Path, name: str, text: str) -> Path:
    """`text` as `folder/name` (UTF-8), its subfolders made as needed."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
