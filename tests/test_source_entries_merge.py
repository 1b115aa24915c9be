"""Entries a source macro names the parts of, merged with the entry structure infers from
the same lines (structure.source_entries): the macro's parts win where they say more,
the inference fills what the macro leaves empty or reads otherwise than its name says.

The resumes are fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document

# Jake's macro name, with the arguments in the order title, dates, employer, place.
REORDERED = r"""\documentclass{article}
\newcommand{\resumeSubheading}[4]{
  \item
  \begin{tabular*}{\textwidth}{l@{\extracolsep{\fill}}r}
    \textbf{#1} & #2 \\
    \textit{#3} & \textit{#4} \\
  \end{tabular*}
}
\begin{document}
\begin{center} {\Large Priya Nandakumar} \\ priya.nandakumar@example.org \end{center}
\section{Experience}
\begin{itemize}
  \resumeSubheading{Firmware Engineer}{Mar. 2021 -- Jun. 2023}{Kestrel Avionics}{}
  \begin{itemize}\item Wrote the flight-log uploader in C.\end{itemize}
\end{itemize}
\end{document}
"""

# A degree with a single date (its end) and the field after the degree.
EDUCATION = r"""\documentclass{moderncv}
\name{Tomas}{Ferreira}
\email{tomas.ferreira@example.org}
\begin{document}
\section{Education}
\cventry{2017}{Master of Science in Hydrology}{University of Tallinn}{}{}{}
\end{document}
"""


def _doc(tmp_path: Path, text: str):
    path = tmp_path / "resume.tex"
    path.write_text(text, encoding="utf-8")
    return build_document(path, read(path))


def test_a_known_macro_name_with_its_arguments_reordered_keeps_the_inferred_entry(
    tmp_path: Path,
):
    (job,) = _doc(tmp_path, REORDERED).positions
    assert job.title is not None and job.title.value == "Firmware Engineer"
    assert job.company is not None and job.company.value == "Kestrel Avionics"
    assert job.dates is not None
    start, end = job.dates.start, job.dates.end
    assert start is not None and end is not None
    assert (start.year, start.month, end.year, end.month) == (2021, 3, 2023, 6)


def test_a_single_degree_date_is_its_end_as_the_inference_reads_it(tmp_path: Path):
    (school,) = _doc(tmp_path, EDUCATION).education
    assert school.school is not None and school.school.value == "University of Tallinn"
    assert school.dates is not None
    assert school.dates.start is None
    assert school.dates.end is not None and school.dates.end.year == 2017
    assert school.line is not None and school.line.number == 6


# A post still held, written as a range left open in the dates argument.
OPEN_RANGES = r"""\documentclass{moderncv}
\name{Ilse}{Vanderhoven}
\email{ilse.vanderhoven@example.org}
\begin{document}
\section{Experience}
\cventry{March 2020 --}{Hydrologist}{Polder Water Board}{Delft}{}{}
\cventry{2016--}{Volunteer}{River Watch}{}{}{}
\cventry{2014--2016}{Surveyor}{Dijkstra Maps}{}{}{}
\end{document}
"""


def test_a_range_left_open_in_the_dates_argument_runs_to_now(tmp_path: Path):
    held, volunteer, past = _doc(tmp_path, OPEN_RANGES).positions
    for job, year in ((held, 2020), (volunteer, 2016)):
        assert job.dates is not None and job.dates.start is not None
        assert job.dates.start.year == year
        assert job.dates.end is not None and job.dates.end.present
    assert past.dates is not None and past.dates.end is not None
    assert (past.dates.end.year, past.dates.end.present) == (2016, False)


def test_an_entry_whose_title_is_a_heading_word_opens_no_section(tmp_path: Path):
    # `Volunteer` is a section title; printed by \cventry, it is an entry's title.
    doc = _doc(tmp_path, OPEN_RANGES)
    assert [section.title for section in doc.sections] == ["Experience"]
    assert [job.title.value for job in doc.positions if job.title] == [
        "Hydrologist",
        "Volunteer",
        "Surveyor",
    ]


# Parts broken over lines in their arguments: a degree over its thesis, a faculty over its
# university.
BROKEN_PARTS = r"""\documentclass{moderncv}
\name{Tomas}{Ferreira}
\email{tomas.ferreira@example.org}
\begin{document}
\section{Education}
\cventry{2012}{Master of Arts \\ Thesis: Tides in Baltic songs}
  {Faculty of Letters \\ Tallinn University}{}{}{}
\end{document}
"""


def test_a_part_broken_over_lines_prints_each_line_and_is_read_from_them(tmp_path: Path):
    path = tmp_path / "resume.tex"
    path.write_text(BROKEN_PARTS, encoding="utf-8")
    output = read(path)
    texts = [line.text for line in output.lines]
    assert texts[texts.index("Education") + 1 :] == [
        "Master of Arts   2012",
        "Thesis: Tides in Baltic songs",
        "Faculty of Letters",
        "Tallinn University",
    ]
    thesis = next(line for line in output.lines if line.text.startswith("Thesis"))
    assert (thesis.number, thesis.column) == (6, 34)  # where its text is written
    (degree,) = build_document(path, output).education
    assert degree.school is not None and degree.school.value == "Tallinn University"
    assert degree.degree is not None and degree.degree.value == "Master of Arts"
