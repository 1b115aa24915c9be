"""benchmarks/real_accuracy.py --source: which file of a case's src/ is parsed.

The folders are written here: a document whose text sits in an `\\input` file named for
the PDF, and a Typst repository whose top file is not the first one by name."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from real_accuracy import source_file


def test_the_document_that_inputs_the_file_named_like_the_pdf_is_parsed(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "cv-public.tex").write_text(r"\def\cvmail{ana@example.org}", encoding="utf-8")
    (src / "alpha.tex").write_text(
        "\\documentclass{article}\n\\begin{document}Notes\\end{document}\n", encoding="utf-8"
    )
    (src / "template.tex").write_text(
        "% \\documentclass{altacv}\n\\documentclass{altacv}\n\\input{cv-public}\n"
        "\\begin{document}\\end{document}\n",
        encoding="utf-8",
    )
    assert source_file(tmp_path, "cv-public.pdf") == src / "template.tex"


def test_a_file_named_like_the_pdf_that_starts_a_document_comes_first(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.tex").write_text("\\documentclass{article}\n", encoding="utf-8")
    (src / "resume.tex").write_text("\\documentclass{moderncv}\n", encoding="utf-8")
    assert source_file(tmp_path, "resume.pdf") == src / "resume.tex"


def test_the_typst_file_nothing_imports_is_the_top_file(tmp_path: Path):
    src = tmp_path / "src"
    (src / "lib").mkdir(parents=True)
    (src / "lib" / "a.typ").write_text("#let entry(title) = title\n", encoding="utf-8")
    (src / "body.typ").write_text("= Experience\n", encoding="utf-8")
    (src / "main.typ").write_text(
        '#import "lib/a.typ": entry\n#include "body.typ"\n', encoding="utf-8"
    )
    # Not body.typ, first by name but included, nor the imported lib/a.typ.
    assert source_file(tmp_path, "cv.pdf") == src / "main.typ"
