"""pdf-out-of-date, and a source with its PDF beside it: the source's lines the built PDF
lacks are reported at the source line; the text is linted once, on the source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.config import read_config_file
from reslint.linting import load
from reslint.options import LoadOptions

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")

SOURCE = r"""\documentclass{moderncv}
\name{Jane}{Doe}
\email{jane.doe.1987@gmail.com}
\begin{document}
\section{Experience}
\cventry{2019--2021}{Data Engineer}{%s}{Paris}{}{
\begin{itemize}
\item Cut the monthly cloud bill by 30 percent
\end{itemize}}
\end{document}
"""
PRINTED = [
    "Jane Doe",
    "jane.doe.1987@gmail.com",
    "Experience",
    "2019–2021 Data Engineer, Acme Analytics, Paris",
    "• Cut the monthly cloud bill by 30 percent",
]


def _build_pdf(path: Path, lines: list[str]) -> None:
    """The PDF `latexmk` would have made of the source as it was (its text, at least)."""
    pdf = canvas_module.Canvas(str(path), pagesize=(612, 792))
    pdf.setTitle("Resume Template")  # left from the template: only the PDF can leak it
    pdf.setFont("Helvetica", 11)
    for index, text in enumerate(lines):
        pdf.drawString(72, 720 - 18 * index, text)
    pdf.save()


def _findings(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-cache", *args])
    return [finding for file in json.loads(result.output)["files"] for finding in file["findings"]]


def test_a_changed_employer_beside_an_unchanged_pdf_is_reported_at_its_line(tmp_path: Path):
    source = tmp_path / "resume.tex"
    source.write_text(SOURCE % "Acme Analytics", encoding="utf-8")
    _build_pdf(tmp_path / "resume.pdf", PRINTED)
    assert _findings(str(source), "--select", "pdf-out-of-date") == []

    source.write_text(SOURCE % "Globex Research", encoding="utf-8")
    (finding,) = _findings(str(source), "--select", "pdf-out-of-date")
    assert (finding["rule"], finding["path"], finding["line"]) == (
        "pdf-out-of-date",
        str(source),
        6,
    )
    assert finding["text"] == "Globex Research"


def test_without_a_pdf_beside_it_nothing_is_compared(tmp_path: Path):
    source = tmp_path / "resume.tex"
    source.write_text(SOURCE % "Globex Research", encoding="utf-8")
    assert _findings(str(source), "--select", "pdf-out-of-date") == []


def test_a_folder_with_source_and_pdf_reports_text_findings_once_on_the_source(tmp_path: Path):
    (tmp_path / "resume.tex").write_text(SOURCE % "Acme Analytics", encoding="utf-8")
    _build_pdf(tmp_path / "resume.pdf", PRINTED)
    findings = _findings(str(tmp_path), "--select", "email-odd,metadata-leak")
    # The PDF's own properties are still checked (its title is the template's).
    assert sorted((Path(f["path"]).name, f["rule"]) for f in findings) == [
        ("resume.pdf", "metadata-leak"),
        ("resume.tex", "email-odd"),
    ]
    # Alone, the PDF gets its text checks as any PDF does.
    (tmp_path / "resume.tex").unlink()
    alone = _findings(str(tmp_path / "resume.pdf"), "--select", "email-odd")
    assert [f["rule"] for f in alone] == ["email-odd"]


def _config(folder: Path, text: str) -> str:
    path = folder / ".reslint.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_config_names_the_built_pdf_of_a_source(tmp_path: Path):
    source = tmp_path / "resume.tex"
    source.write_text(SOURCE % "Globex Research", encoding="utf-8")
    (tmp_path / "build").mkdir()
    _build_pdf(tmp_path / "build" / "resume.pdf", PRINTED)
    config = _config(tmp_path, 'pdf = "build/resume.pdf"\n')
    (finding,) = _findings(str(source), "--config", config, "--select", "pdf-out-of-date")
    assert (finding["rule"], finding["line"], finding["text"]) == (
        "pdf-out-of-date",
        6,
        "Globex Research",
    )


def test_an_override_names_the_pdf_for_its_paths_and_that_pdf_gets_only_pdf_checks(
    tmp_path: Path,
):
    (tmp_path / "cv").mkdir()
    source = tmp_path / "cv" / "main.tex"
    source.write_text(SOURCE % "Globex Research", encoding="utf-8")
    _build_pdf(tmp_path / "out.pdf", PRINTED)
    config = _config(tmp_path, '[[overrides]]\npaths = ["cv/main.tex"]\npdf = "out.pdf"\n')
    (finding,) = _findings(str(source), "--config", config, "--select", "pdf-out-of-date")
    assert finding["path"] == str(source)
    # The named PDF's text is linted on the source: only its own checks run on it.
    pdf = _findings(str(tmp_path / "out.pdf"), "--config", config, "--select", "email-odd")
    assert pdf == []


def test_a_config_pdf_that_is_not_a_pdf_path_is_a_one_line_error(tmp_path: Path):
    source = tmp_path / "resume.tex"
    source.write_text(SOURCE % "Acme Analytics", encoding="utf-8")
    config = _config(tmp_path, 'pdf = "build/resume.tex"\n')
    result = CliRunner().invoke(main, ["check", "--config", config, str(source)])
    assert result.exit_code == 2
    assert "pdf" in result.output and "Traceback" not in result.output


def test_parse_loads_a_source_with_the_pdf_the_config_names_as_check_does(tmp_path: Path):
    source = tmp_path / "resume.tex"
    source.write_text(SOURCE % "Globex Research", encoding="utf-8")
    (tmp_path / "build").mkdir()
    _build_pdf(tmp_path / "build" / "resume.pdf", PRINTED)
    config = read_config_file(Path(_config(tmp_path, 'pdf = "build/resume.pdf"\n')))
    doc = load(source, LoadOptions.of(config, "US").for_path(config, source))
    assert not isinstance(doc, str)
    assert doc.facts.built_pdf is not None
    assert Path(doc.facts.built_pdf).resolve() == (tmp_path / "build" / "resume.pdf").resolve()
    assert "Acme Analytics" in " ".join(doc.facts.built_text)
