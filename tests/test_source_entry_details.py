"""A known entry given its date argument blank, with its dates written in another argument
and within those of the entry above it, is a task of that job, not a position of its own
(structure.source_entries). The resume is fictional and written here.
"""

from __future__ import annotations

from pathlib import Path

from reslint.model import Position
from reslint.readers import read
from reslint.structure import build_document

# moderncv's date column left empty under an employer's entry: the project's dates are
# written in the title's place, inside the job's span.
PROJECTS = r"""\documentclass{moderncv}
\name{Ilse}{Varga}
\email{ilse.varga@example.org}
\begin{document}
\section{Experience}
\cventry{March 2016 -- May 2021}{Build Engineer}{Corvid Systems}{Lyon}{}{Kept the builds.}
\cventry{}{Release tooling}{2016 -- 2018}{}{}{Wrote the release scripts.}
\cventry{}{Test farm}{June 2019 -- 2021}{}{}{Ran the test machines.}
\cventry{June 2012 -- January 2016}{Support Technician}{Halden Print}{Oslo}{}{Fixed printers.}
\cventry{}{Migration}{2017 -- 2019}{}{}{Moved a mail server.}
\end{document}
"""


def _positions(tmp_path: Path, source: str) -> tuple[Position, ...]:
    path = tmp_path / "resume.tex"
    path.write_text(source, encoding="utf-8")
    return build_document(path, read(path)).positions


def test_an_entry_dated_only_outside_its_blank_date_argument_within_the_job_above_is_no_job(
    tmp_path: Path,
):
    positions = _positions(tmp_path, PROJECTS)
    companies = [job.company.value if job.company else "" for job in positions]
    # The two projects inside Corvid's span are its tasks; the migration's dates lie
    # outside the span of the job above it, so it stays an entry of its own.
    assert "Corvid Systems" in companies and "Halden Print" in companies
    assert not any("Release tooling" in company or "Test farm" in company for company in companies)
    titles = [job.title.value if job.title else "" for job in positions]
    assert not any(title in ("Release tooling", "Test farm") for title in titles)
    assert len(positions) == 3


# Jake's macro filled title, dates, employer, place in every entry, its date argument
# (the fourth) left blank each time: no date column to leave blank, so a job within the
# span of the one above is a job of its own.
REORDERED = r"""\documentclass{article}
\newcommand{\resumeSubheading}[4]{\item \textbf{#1} \hfill #2 \\ \textit{#3} \hfill #4}
\begin{document}
\section{Experience}
\begin{itemize}
  \resumeSubheading{Team Lead}{Sept. 2019 -- Dec. 2023}{Brisa Robotics}{}
  \resumeSubheading{Controls Intern}{May 2021 -- Aug. 2021}{Ostrava Motors}{}
\end{itemize}
\end{document}
"""


def test_a_job_within_the_one_above_stays_where_no_entry_uses_its_date_argument(
    tmp_path: Path,
):
    positions = _positions(tmp_path, REORDERED)
    assert len(positions) == 2
