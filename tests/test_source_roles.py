"""Entry macros whose arguments the author fills otherwise than their roles say: the
document's own consistency, read through the words of each entry, decides which part each
argument holds (structure.source_roles), and a part given blank is the entry above's.

The resumes are fictional and written here.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from reslint.model import Field, KnownEntry, Line, Position
from reslint.readers import read
from reslint.structure import build_document
from reslint.structure.source_roles import dated, remapped, role_moves, worded
from tests.source_files import write_source

# moderncv's \cventry{dates}{title}{employer}{place}{grade}{description}, filled as
# {dates}{employer}{place}{}{}{job title}.
EMPLOYER_FIRST = r"""\documentclass{moderncv}
\name{Ilse}{Varga}
\email{ilse.varga@example.org}
\begin{document}
\section{Experience}
\cventry{March 2021 -- present}{Kestrel Avionics GmbH}{Graz, Austria}{}{}{Firmware Engineer}
\cventry{June 2018 -- February 2021}{Halyard Marine Ltd}{Graz, Austria}{}{}{Test Engineer}
\cventry{May 2016 -- May 2018}{Brightwater Systems Inc}{Linz, Austria}{}{}{Software Developer}
\end{document}
"""

# The employer argument holds a department, the place argument the university.
DEPARTMENT_AS_EMPLOYER = r"""\documentclass{moderncv}
\name{Rafael}{Quintero}
\email{rafael.quintero@example.org}
\begin{document}
\section{Experience}
\cventry{2022--present}{Lecturer}{Department of Geology}{University of Porto}{}{Taught.}
\cventry{2019--2022}{Research Fellow}{Department of Hydrology}{University of Coimbra}{}{Measured.}
\section{Education}
\cventry{2015--2019}{PhD in Geology}{Earth Sciences Dept.}{University of Coimbra}{}{}
\cventry{2011--2015}{BSc in Geology}{Faculty of Sciences}{University of Lisbon}{}{}
\end{document}
"""

# Awesome-CV's \cventry{title}{employer}{place}{dates}{description}: a second role at the
# same employer leaves the employer blank.
AS_ABOVE = r"""\documentclass{awesome-cv}
\name{Noor}{Haddad}
\email{noor.haddad@example.org}
\begin{document}
\cvsection{Experience}
\begin{cventries}
\cventry{Data Engineer}{Lumen Freight Corp.}{Leeds, UK}{2020--2023}{}
\cventry{Platform Lead - Routing Team}{}{}{2021--2023}{}
\cventry{Analyst}{Orchard Retail Ltd}{York, UK}{2017--2020}{}
\end{cventries}
\end{document}
"""


def _doc(tmp_path: Path, text: str):
    path = write_source(tmp_path, "resume.tex", text)
    return build_document(path, read(path))


def _value(found: Field | None) -> str | None:
    return found.value if found is not None else None


def test_an_employer_in_the_title_argument_and_a_city_in_the_employer_one(tmp_path: Path):
    jobs = _doc(tmp_path, EMPLOYER_FIRST).positions
    assert [(_value(job.company), _value(job.title), _value(job.location)) for job in jobs] == [
        ("Kestrel Avionics GmbH", "Firmware Engineer", "Graz, Austria"),
        ("Halyard Marine Ltd", "Test Engineer", "Graz, Austria"),
        ("Brightwater Systems Inc", "Software Developer", "Linz, Austria"),
    ]
    assert jobs[0].line.number == 6


def test_a_department_as_employer_gives_way_to_the_university_in_the_place_argument(
    tmp_path: Path,
):
    doc = _doc(tmp_path, DEPARTMENT_AS_EMPLOYER)
    assert [(_value(job.company), _value(job.title)) for job in doc.positions] == [
        ("University of Porto", "Lecturer"),
        ("University of Coimbra", "Research Fellow"),
    ]
    assert [_value(degree.school) for degree in doc.education] == [
        "University of Coimbra",
        "University of Lisbon",
    ]


def test_an_employer_given_blank_is_the_one_of_the_entry_above(tmp_path: Path):
    jobs = _doc(tmp_path, AS_ABOVE).positions
    assert [(_value(job.company), _value(job.title)) for job in jobs] == [
        ("Lumen Freight Corp.", "Data Engineer"),
        ("Lumen Freight Corp.", "Platform Lead"),
        ("Orchard Retail Ltd", "Analyst"),
    ]
    assert jobs[1].company is not None and jobs[1].company.line is not None
    assert jobs[1].company.line.number == 7  # the employer's own line, above


def _known(macro: str, **parts: str) -> KnownEntry:
    line = Line(text=" ".join(parts.values()))
    fields = {role: Field(text, line, text) for role, text in parts.items()}
    return KnownEntry(MappingProxyType(fields), (line,), macro)


def _inferred(company: str, title: str) -> Position:
    return Position(company=Field(company), title=Field(title), dates=None, line=Line(text=company))


def test_the_document_decides_for_an_entry_whose_words_the_inference_misread():
    # Three entries the inference reads with the employer in the title argument; in the
    # fourth it read them the macro's way. An author fills a macro the same way each time.
    entries = [
        (
            _known("job", title="Acme Ltd", organization="Engineer"),
            _inferred("Acme Ltd", "Engineer"),
        ),
        (_known("job", title="Borealis", organization="Analyst"), _inferred("Borealis", "Analyst")),
        (
            _known("job", title="Cobalt Inc", organization="Tester"),
            _inferred("Cobalt Inc", "Tester"),
        ),
        (_known("job", title="Dune Co-op", organization="Dune"), _inferred("Dune", "Dune Co-op")),
    ]
    moves = role_moves(("job", *pair) for pair in entries)
    assert moves == {"job": {"title": "organization", "organization": "title"}}
    fourth = remapped(entries[3][0], moves["job"])
    assert fourth.parts["organization"].value == "Dune Co-op"
    assert fourth.parts["title"].value == "Dune"


def test_one_entry_read_otherwise_moves_nothing():
    entries = [
        (_known("job", title="Engineer", organization="Acme"), _inferred("Acme", "Engineer")),
        (_known("job", title="Borealis", organization="Analyst"), _inferred("Borealis", "Analyst")),
    ]
    assert role_moves(("job", *pair) for pair in entries) == {}


def test_a_place_argument_that_holds_the_dates_is_the_entry_s_dates():
    entry = dated(_known("job", title="Kiln Works", organization="2017 -- 2019"))
    assert entry.parts["dates"].value == "2017 -- 2019"
    assert "organization" not in entry.parts
    with_dates = _known("job", title="Kiln Works", organization="Oslo", dates="2019")
    assert dated(with_dates) is with_dates


# Jake's template fills its \resumeSubheading school first under Education and job title
# first under Experience: the same macro, read per kind of section.
JAKE_BOTH_WAYS = r"""\documentclass{article}
\newcommand{\resumeSubheading}[4]{
  \item
  \begin{tabular*}{\textwidth}{l@{\extracolsep{\fill}}r}
    \textbf{#1} & #2 \\
    \textit{#3} & \textit{#4} \\
  \end{tabular*}
}
\begin{document}
\begin{center} {\Large Marta Kowalczyk} \\ marta.kowalczyk@example.org \end{center}
\section{Education}
\begin{itemize}
  \resumeSubheading{Vistula University}{Gdansk, Poland}
    {Bachelor of Science in Physics}{2015 -- 2018}
  \resumeSubheading{Baltic Technical College}{Gdynia, Poland}
    {Associate of Applied Science}{2013 -- 2015}
\end{itemize}
\section{Experience}
\begin{itemize}
  \resumeSubheading{Laser Technician}{Jan. 2021 -- Present}
    {Amberline Optics Sp. z o.o.}{Gdansk, Poland}
  \resumeSubheading{Research Assistant}{Sep. 2018 -- Dec. 2020}
    {Vistula University}{Gdansk, Poland}
\end{itemize}
\end{document}
"""


def test_one_macro_filled_one_way_for_degrees_and_another_for_jobs(tmp_path: Path):
    doc = _doc(tmp_path, JAKE_BOTH_WAYS)
    assert [(_value(item.school), _value(item.degree)) for item in doc.education] == [
        ("Vistula University", "Bachelor of Science"),
        ("Baltic Technical College", "Associate of Applied Science"),
    ]
    assert [(_value(job.company), _value(job.title)) for job in doc.positions] == [
        ("Amberline Optics Sp. z o.o.", "Laser Technician"),
        ("Vistula University", "Research Assistant"),
    ]


# modern-cv's Typst `resume-entry` has no argument for the school: a degree names the
# school as its title and the degree as its description.
TYPST_DEGREE = """= Education

#resume-entry(
  title: "Northfield University",
  location: "Bristol, UK",
  date: "Sep 2016 - Jun 2019",
  description: "BSc in Chemistry",
)
"""


def test_a_school_in_the_title_of_an_entry_with_no_school_argument_is_the_school(
    tmp_path: Path,
):
    path = write_source(tmp_path, "cv.typ", TYPST_DEGREE)
    (degree,) = build_document(path, read(path)).education
    assert _value(degree.school) == "Northfield University"
    assert _value(degree.degree) == "BSc"
    assert degree.school is not None and degree.school.line is not None
    assert degree.school.line.number == 4


# Awesome-CV entries under a sub-heading, without descriptions: the inference reads the
# sub-heading as an employer and each entry's header with the next one's dates.
SUBHEADED = r"""\documentclass{awesome-cv}
\name{Tariq}{Mensah}
\email{tariq.mensah@example.org}
\begin{document}
\cvsection{Other Work}
\cvsubsection{Freelance Work}
\begin{cventries}
\cventry{Web Engineer}{Kitewing}{Remote / UK}{Jun 2022 -- Sep 2023}{}
\cventry{Lead Engineer}{Harrow Digital}{Remote / USA}{Dec 2014 -- Aug 2015}{}
\cventry{Plugin Engineer}{Copperleaf Ltd.}{Remote / Australia}{Feb 2014 -- Aug 2015}{}
\end{cventries}
\end{document}
"""


def test_entries_under_a_sub_heading_keep_their_own_parts_and_dates(tmp_path: Path):
    jobs = _doc(tmp_path, SUBHEADED).positions
    found = [(_value(job.company), _value(job.title), job.dates and job.dates.raw) for job in jobs]
    assert found == [
        ("Kitewing", "Web Engineer", "Jun 2022 – Sep 2023"),
        ("Harrow Digital", "Lead Engineer", "Dec 2014 – Aug 2015"),
        ("Copperleaf Ltd.", "Plugin Engineer", "Feb 2014 – Aug 2015"),
    ]


# moderncv's \cventry filled {dates}{employer}{place} throughout; the one degree entry
# (no other entry of the section to vote with) names its school in the title's place.
LONE_DEGREE = r"""\documentclass{moderncv}
\name{Oksana}{Lindqvist}
\email{oksana.lindqvist@example.org}
\begin{document}
\section{Experience}
\cventry{2016--2023}{Fjordline Robotics AS}{Bergen, Norway}{}{}{Controls engineer.}
\cventry{2013--2016}{Nordkap Energi}{Tromsø, Norway}{}{}{Process engineer.}
\section{Education}
\cventry{2008--2013}{Westbrook University of Technology}{Trondheim, Norway}{}{}{%
Faculty of Engineering.\newline{}
Master of Science}
\end{document}
"""


def test_a_lone_degree_entry_is_read_by_its_words(tmp_path: Path):
    (study,) = _doc(tmp_path, LONE_DEGREE).education
    assert _value(study.school) == "Westbrook University of Technology"
    assert _value(study.degree) == "Master of Science"
    assert study.school.line.number == 9  # type: ignore[union-attr]


def test_worded_moves_the_school_and_keeps_a_degree_in_its_place():
    line = Line(text="x")
    entry = KnownEntry(
        MappingProxyType(
            {
                "title": Field("Acme Institute", line),
                "organization": Field("Computer Science", line),
                "location": Field("Springfield, IL", line),
            }
        ),
        (line,),
        "cventry",
    )
    parts = {role: found.value for role, found in worded(entry).parts.items()}
    assert parts == {
        "organization": "Acme Institute",
        "title": "Computer Science",
        "location": "Springfield, IL",
    }
    degree_first = replace(
        entry,
        parts=MappingProxyType(
            {"title": Field("BSc Physics", line), "organization": Field("Acme Institute", line)}
        ),
    )
    assert worded(degree_first) is degree_first


# A degree entry the inference of its lines does not read (no school, no degree word):
# its one date is still when it ended, as every education entry's is.
UNREAD_DEGREE = r"""\documentclass{moderncv}
\name{Lior}{Ben-Ami}
\email{lior.benami@example.org}
\begin{document}
\section{Education}
\cventry{2016}{Exchange semester in Lisbon}{}{}{}{}
\end{document}
"""


def test_a_known_degree_entry_with_one_date_ended_then(tmp_path: Path):
    (study,) = _doc(tmp_path, UNREAD_DEGREE).education
    assert _value(study.degree) == "Exchange semester in Lisbon"
    assert study.dates is not None and study.dates.start is None
    assert study.dates.end is not None and study.dates.end.year == 2016


def test_the_order_of_the_lines_alone_moves_no_part():
    # The inference reads the first line as the employer in every entry, but no word says
    # which part is which: the class's roles stand.
    entries = [
        (
            _known("job", title="Hydrologist", organization="Polder"),
            _inferred("Hydrologist", "Polder"),
        ),
        (
            _known("job", title="Surveyor", organization="Dijkstra"),
            _inferred("Surveyor", "Dijkstra"),
        ),
        (_known("job", title="Cartographer", organization="Vos"), _inferred("Cartographer", "Vos")),
    ]
    assert role_moves(("job", *pair) for pair in entries) == {}


# latexcv's \cvevent, defined in the document as its templates do, filled with the employer
# and its place in the title's argument and the job title in the employer's.
LATEXCV = r"""\documentclass{article}
\usepackage{ifthen}
\newcommand{\cvevent}[7]{
  \begin{tabular*}{\textwidth}{p{0.7\textwidth} r}
    \textbf{#2} & #1 \\
    #3 & \\
  \end{tabular*}\\
  \ifthenelse{\isempty{#4}}{}{#4\\}
  \ifthenelse{\isempty{#5}}{}{#5}
}
\begin{document}
\begin{center} {\Large Oriane Castellucci} \\ oriane.castellucci@example.org \end{center}
\section{Experience}
\cvevent{03/2022 - 08/2022}{Lagoonia, Chioggia, Italy}{Stage de recherche en hydrologie}{}{}{}{}
\cvevent{2020 - 2021}{Marinetech, Trieste, Italy}{Stage ingénieur logiciel}{}{}{}{}
\cvevent{2019 - 2019}{Porto Verde, Genova, Italy}{Stage opérateur}{}{}{}{}
\end{document}
"""


def test_an_employer_with_its_place_in_the_title_argument_trades_places(tmp_path: Path):
    path = tmp_path / "resume.tex"
    path.write_text(LATEXCV, encoding="utf-8")
    output = read(path)
    assert [entry.macro for entry in output.entries] == ["cvevent"] * 3
    jobs = build_document(path, output).positions
    assert [(job.company.value, job.title.value) for job in jobs if job.company and job.title] == [
        ("Lagoonia", "Stage de recherche en hydrologie"),
        ("Marinetech", "Stage ingénieur logiciel"),
        ("Porto Verde", "Stage opérateur"),
    ]
