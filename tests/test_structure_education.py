"""Education entries: the school, the degree proper and the field of study told apart, in
layouts resumes use (fictional schools; lines built as the PDF and text readers make them)."""

from __future__ import annotations

from typing import Any

from reslint.model import Line
from reslint.readers.text import lines_from_text
from reslint.structure import build_structure
from tests.built_lines import built_lines, education_parts

HEADING = {"size": 14.0, "bold": True}


_lines = built_lines


def _education(lines: tuple[Line, ...]) -> list[tuple[str | None, ...]]:
    return education_parts(build_structure(lines, "US").education, with_field=True)


def test_degree_field_and_school_on_one_line() -> None:
    text = (
        "Jane Doe\njane@example.org\n\nEDUCATION\n"
        "Ph.D. in Statistics, Westfield State University, Springfield, MA, 2017\n"
        "2012 B.S. Northgate College, Chemistry, Portland, OR\n"
        "BBA ZRTU Pilsen, Strategy, 2010\n"
    )
    assert _education(lines_from_text(text, markdown=False)) == [
        ("Westfield State University", "Ph.D.", "Statistics", None, "2017"),
        # `B.S.` keeps its period: the school does not start with one.
        ("Northgate College", "B.S.", "Chemistry", None, "2012"),
        # A name led by its acronym is the school, not the field.
        ("ZRTU Pilsen", "BBA", "Strategy", None, "2010"),
    ]


def test_sentences_of_a_date_column_line() -> None:
    text = (
        "Jane Doe\n\nEducation\n"
        "2010-2013. Doctor of Philosophy (PhD), Zoology, Northgate University, New Zealand.\n"
    )
    assert _education(lines_from_text(text, markdown=False)) == [
        ("Northgate University", "Doctor of Philosophy (PhD)", "Zoology", "2010", "2013"),
    ]


def test_a_department_is_not_the_school_when_a_university_is_named() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Department of Physics   Northgate University", {"bold": True}),
        "Ph.D. (Appl. Phys.), Graduated cum laude   2018 – 2022",
        ("Quantum Optics Lab   ZRTU Pilsen", {"bold": True}),
        "M.Sc. Physics   2016 – 2018",
    )
    assert _education(lines) == [
        ("Northgate University", "Ph.D.", "Appl. Phys.", "2018", "2022"),
        ("ZRTU Pilsen", "M.Sc.", "Physics", "2016", "2018"),
    ]


def test_a_second_degree_printed_under_the_first_shares_its_school() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Northgate University   Portland, OR", {"bold": True}),
        "Doctor of Philosophy (PhD) – Genetics   04/2019",
        "Master of Science (MSc) – Genetics   10/2017",
        ("Advisor: Jane Roe", {"bullet": True, "x": 80.0}),
    )
    assert _education(lines) == [
        ("Northgate University", "Doctor of Philosophy (PhD)", "Genetics", None, "2019-04"),
        ("Northgate University", "Master of Science (MSc)", "Genetics", None, "2017-10"),
    ]


def test_a_degree_slot_that_names_only_the_field() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Engineering Physics   Sept. 2020 – May 2026", {"bold": True}),
        ("Northgate University", {"font": "Serif-Italic"}),
    )
    assert _education(lines) == [
        ("Northgate University", "Engineering Physics", None, "2020-09", "2026-05"),
    ]


def test_schools_after_a_period_an_at_sign_and_from() -> None:
    text = (
        "Jane Doe\n\nEducation\n"
        "2014 Certificate in College Teaching. Northgate University, Center for Teaching\n"
        "Bachelor Degree in Telecommunication Engineering @ University of Westfield (UW)\n"
        "2012: MA of Translation Studies from Tarbiat Institute, Tehran\n"
    )
    assert _education(lines_from_text(text, markdown=False)) == [
        ("Northgate University", "Certificate in College Teaching", None, None, "2014"),
        (
            "University of Westfield (UW)",
            "Bachelor Degree",
            "Telecommunication Engineering",
            None,
            None,
        ),
        ("Tarbiat Institute", "MA", "Translation Studies", None, "2012"),
    ]


def test_a_degree_slot_without_a_degree_name_skips_dates_and_numbers() -> None:
    text = (
        "Jane Doe\n\nEducation\n"
        "Northgate University. Expected graduation date 05/2024. Computer Science Major. "
        "Cumulative GPA 3.2/4.0\n"
    )
    assert _education(lines_from_text(text, markdown=False)) == [
        ("Northgate University", "Computer Science Major", None, None, "2024-05"),
    ]


def test_a_grade_attained_is_no_degree_and_saint_is_no_sentence_end() -> None:
    text = (
        "Jane Doe\n\nEducational Background\n"
        "2000 – 2008: Kirima Primary School. Attained a B+ (366/500)\n"
        "2014 – 2016: St. Brendan County College. Diploma in Forestry\n"
    )
    assert _education(lines_from_text(text, markdown=False)) == [
        ("Kirima Primary School", None, None, "2000", "2008"),
        ("St. Brendan County College", "Diploma in Forestry", None, "2014", "2016"),
    ]


def test_entries_that_end_with_their_date_line() -> None:
    lines = _lines(
        ("Education Background", HEADING),
        "Northgate University",
        ("Bachelor of science", {"font": "Poppins-Italic"}),
        "September 2023 - Current",
        "Atingi Academy",
        "Certificate in Digital and social media",
        "marketing",
        "August, 2024",
        "Higher Institute of Engineering",
        "and Technology in Villa de",
        "Mar",
        "Certificate Medical Billing and Coding",
        "April, 2023",
    )
    assert _education(lines) == [
        ("Northgate University", "Bachelor of science", None, "2023-09", "present"),
        (
            "Atingi Academy",
            "Certificate in Digital and social media marketing",
            None,
            None,
            "2024-08",
        ),
        # A certificate keeps the words printed right after it: its own name.
        (
            "Higher Institute of Engineering and Technology in Villa de Mar",
            "Certificate Medical Billing and Coding",
            None,
            None,
            "2023-04",
        ),
    ]


def test_degrees_written_as_bullets_above_their_schools() -> None:
    bullet = {"bullet": True, "bold": True}
    lines = _lines(
        ("Education", HEADING),
        ("Master of Arts (M.A.) in History", bullet),
        "NORTHGATE UNIVERSITY (Portland, OR)   2021",
        ("Teaching Assistant Graduate Certificate (TAGC), Pedagogy", bullet),
        "WESTFIELD STATE UNIVERSITY (Springfield, MA)   2019",
        ("Bachelor of Science (B.S.) in Chemistry", bullet),
        "NORTHGATE UNIVERSITY (Portland, OR)   2017",
    )
    schools_and_degrees = [(school, degree, end) for school, degree, _, _, end in _education(lines)]
    assert schools_and_degrees == [
        ("NORTHGATE UNIVERSITY", "Master of Arts (M.A.)", "2021"),
        ("WESTFIELD STATE UNIVERSITY", "Teaching Assistant Graduate Certificate (TAGC)", "2019"),
        ("NORTHGATE UNIVERSITY", "Bachelor of Science (B.S.)", "2017"),
    ]


def test_a_degree_bullet_under_its_school_and_its_details() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Northgate University   Portland, OR   2014 – 2018", {"bold": True}),
        ("Bachelor of Science in Physics", {"bullet": True}),
        ("GPA 3.8; Dean's list", {"bullet": True}),
        ("Westfield College   Springfield, MA   2012 – 2014", {"bold": True}),
        ("Associate of Arts in Music", {"bullet": True}),
    )
    assert _education(lines) == [
        ("Northgate University", "Bachelor of Science", "Physics", "2014", "2018"),
        ("Westfield College", "Associate of Arts", "Music", "2012", "2014"),
    ]


def test_a_schools_abbreviation_and_campus_after_its_name() -> None:
    text = (
        "Jane Doe\njane@example.org\n\nEDUCATION\n"
        "Bachelor of Science in Optics @ University of Westfield - UOW, 2016\n"
        "B.A.-Anthropology, University of Northgate, Lakeside campus, Portland, OR, 2012\n"
        "MASTER OF ARTS • 2019 • UNIVERSITY OF NORTHGATE – LAKESIDE\n"
        "Associate of Arts, Westfield College, CA, 2010\n"
        "Master of Science, Westfield University – Springfield, 2008\n"
        "Bachelor of Arts, University of Northgate – Portland, OR, 2006\n"
    )
    schools = [(e.school.value if e.school else None) for e in _structure(text)]
    assert schools == [
        "University of Westfield - UOW",
        "University of Northgate, Lakeside campus",
        # A place after a dash that follows `University of …` names its campus.
        "UNIVERSITY OF NORTHGATE – LAKESIDE",
        "Westfield College",
        # Where the school is: after a name not led by `University of`, or a city and state.
        "Westfield University",
        "University of Northgate",
    ]


def _structure(text: str) -> list[Any]:
    return list(build_structure(lines_from_text(text, markdown=False), "US").education)


def test_a_level_printed_under_the_school_is_that_entrys_degree() -> None:
    # Russian CVs: bold years, the school, then the level in brackets on its own line.
    lines = _lines(
        ("Образование", HEADING),
        ("2001 – 2008 г.", {"bold": True}),
        "Гимназия № 5",
        ("( среднее)", {"bold": True}),
        ("2008 – 2013 г.", {"bold": True}),
        "Тверской технический университет",
        ("( высшее)", {"bold": True}),
    )
    assert _education(lines) == [
        ("Гимназия № 5", "среднее", None, "2001", "2008"),
        ("Тверской технический университет", "высшее", None, "2008", "2013"),
    ]


def test_a_degree_in_the_first_lines_under_the_school() -> None:
    # A sentence under the school names the degree (a Ukrainian CV's "Working towards a
    # bachelor's degree in economics"); a bullet there is what was done, not the degree.
    lines = _lines(
        ("Education", HEADING),
        "2016 - 2020",
        "Northgate University",
        "Working towards a bachelor's degree in economics at the faculty of social sciences,",
        "with a minor in statistics.",
        ("2012 – 2015   Westfield College", {"bold": True}),
        ("Tutored first-year students for the Master's programme", {"bullet": True}),
    )
    assert _education(lines) == [
        (
            "Northgate University",
            "bachelor's degree",
            "economics at the faculty of social sciences",
            "2016",
            "2020",
        ),
        ("Westfield College", None, None, "2012", "2015"),
    ]


def test_degrees_written_the_way_each_country_writes_them() -> None:
    text = (
        "Ayşe Demir\n\nEĞİTİM\n"
        "Örnek Üniversitesi | Bilgisayar Mühendisliği Bölümü   2015\n"
        "\nPENDIDIKAN\n"
        "Universitas Contoh — Sarjana Teknik, 2016 – 2020\n"
        "\nFORMAÇÃO\n"
        "Faculdade Exemplo — Ensino Superior Incompleto, 2019 – 2021\n"
    )
    assert [row[:2] for row in _education(lines_from_text(text, markdown=False))] == [
        # The programme studied is the degree, named whole.
        ("Örnek Üniversitesi", "Bilgisayar Mühendisliği Bölümü"),
        ("Universitas Contoh", "Sarjana Teknik"),
        ("Faculdade Exemplo", "Ensino Superior Incompleto"),
    ]


def test_a_date_column_whose_entry_lines_are_indented_in_another_font() -> None:
    # A German tabular CV: the dates alone at the margin, the degree and the school
    # indented beside them in fonts the date line does not use.
    date = {"bold": True, "size": 9.0, "font": "Sans-Bold"}
    degree = {"x": 220.0, "size": 14.0, "font": "Sans"}
    school = {"x": 212.0, "size": 10.0, "font": "Sans-Light"}
    lines = _lines(
        ("Studium", HEADING),
        ("01/10/2018–31/03/2021", date),
        ("Masterstudium Maschinenbau", degree),
        ("Hochschule Nordstadt", school),
        ("01/10/2014–31/08/2017", date),
        ("Bachelorstudium Physik", degree),
        ("Universität Weststadt", school),
    )
    assert _education(lines) == [
        ("Hochschule Nordstadt", "Masterstudium", "Maschinenbau", "2018-10", "2021-03"),
        ("Universität Weststadt", "Bachelorstudium", "Physik", "2014-10", "2017-08"),
    ]


def test_an_abbreviation_after_a_comma_and_the_degree_in_a_line_below() -> None:
    lines = _lines(
        ("Образование", HEADING),
        "2005 - 2011   Университет Примерова, СГУ, Самара, Россия.",
        ("Факультет прикладной математики.", {"x": 130.0, "font": "Serif"}),
        ("Степень магистра", {"x": 130.0, "font": "Serif"}),
    )
    # `СГУ` names the school again; the degree is the one the line below names.
    assert _education(lines) == [
        ("Университет Примерова, СГУ", "Степень магистра", None, "2005", "2011"),
    ]


def test_a_school_named_right_after_the_degree_and_its_field() -> None:
    lines = _lines(
        ("Educación", HEADING),
        "2018 – 2019   Sevilla, España",
        ("Máster en Orientación Laboral Escuela Superior de Estudios Norte", {"bold": True}),
        "2013 – 2017   Sevilla, España",
        ("Grado en Psicología Universidad de Villanorte", {"bold": True}),
        "2011 – 2013   Sevilla, España",
        ("Bachillerato IES Ramón Pérez", {"bold": True}),
    )
    assert [row[:3] for row in _education(lines)] == [
        ("Escuela Superior de Estudios Norte", "Máster", "Orientación Laboral"),
        ("Universidad de Villanorte", "Grado", "Psicología"),
        ("IES Ramón Pérez", "Bachillerato", None),
    ]


def test_a_school_word_after_a_field_link_is_what_was_studied() -> None:
    text = "Jane Doe\n\nEducation\nBachelor of Arts in School Psychology, Westfield College, 2015\n"
    assert _education(lines_from_text(text, markdown=False)) == [
        ("Westfield College", "Bachelor of Arts", "School Psychology", None, "2015"),
    ]


def test_a_school_after_a_link_word_of_its_language_or_by_its_acronym() -> None:
    text = (
        "Marie Dupont\n\nFormation\n"
        "2019 à 2020 : Master en Statistique à ENSEX\n"
        "2016 – 2018 Diplom Informatik an der TU Weststadt\n"
        "\nFORMAÇÃO\n"
        "Sistemas de Informação, Superior completo — FAEX\n"
    )
    assert [row[:3] for row in _education(lines_from_text(text, markdown=False))] == [
        ("ENSEX", "Master", "Statistique"),
        ("TU Weststadt", "Diplom", "Informatik"),
        ("FAEX", "Superior completo", None),
    ]


def test_a_bold_degree_wrapped_over_two_lines_starts_one_entry() -> None:
    # Degree first, in bold and wrapped in a narrow sidebar; the thesis, then the school.
    bold = {"bold": True}
    lines = _lines(
        ("Education", HEADING),
        ("PhD in Chemistry   2024", bold),
        "Catalysts for the Splitting",
        "of Water at Low Temperatures.",
        "Northgate University, Portland",
        ("MSc Materials   2020", bold),
        ("Chemistry", bold),
        "Thin Films of Oxides",
        "on Glass and Quartz.",
        "Westfield College, Springfield",
    )
    assert [(school, degree, end) for school, degree, _, _, end in _education(lines)] == [
        ("Northgate University", "PhD", "2024"),
        ("Westfield College", "MSc", "2020"),
    ]


def test_entries_naming_neither_a_degree_nor_a_school_are_not_studies() -> None:
    text = (
        "Jane Doe\n\nEducation and Training\n"
        "2023 – 2024   Online courses & tutorials\n"
        "2017   Cloud Practitioner Essentials, Examplesoft\n"
        "2012 – 2016   Northgate University\n"
        "2010 – 2012   Bachelor of Arts in History, Westfield\n"
    )
    assert [row[:2] for row in _education(lines_from_text(text, markdown=False))] == [
        ("Northgate University", None),
        ("Westfield", "Bachelor of Arts"),
    ]


def test_a_province_in_brackets_is_not_the_schools_abbreviation() -> None:
    text = (
        "Giulia Bianchi\n\nIstruzione\n"
        "2007   Diploma di Licenza Media, Istituto Verdi (CT)\n"
        "2012   Laurea in Fisica, Università di Examplia (UDE)\n"
        "2014   Master of Science, Northgate University (NU)\n"
    )
    assert [row[:2] for row in _education(lines_from_text(text, markdown=False))] == [
        ("Istituto Verdi", "Diploma di Licenza Media"),
        ("Università di Examplia (UDE)", "Laurea"),
        ("Northgate University (NU)", "Master of Science"),
    ]


def test_a_course_led_by_its_code_under_the_school_line() -> None:
    # `DSH-2` is a course's code, not a school's acronym: the line is what was studied.
    lines = _lines(
        ("Bildungsweg", HEADING),
        "TU Weststadt – Weststadt, Deutschland   10/2018 – 06/2019",
        "DSH-2 Sprachkurs und Prüfung",
        "Gymnasium Nordstadt – Nordstadt, Deutschland   Abschluss: 2015",
        "Abitur (Allgemeine Hochschulreife)",
    )
    assert _education(lines) == [
        ("TU Weststadt", "DSH-2 Sprachkurs und Prüfung", None, "2018-10", "2019-06"),
        ("Gymnasium Nordstadt", "Abitur (Allgemeine Hochschulreife)", None, None, "2015"),
    ]


def test_a_table_of_studies_under_its_column_labels() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Qualification   Institute   Year   CGPA/Percentage", {"bold": True}),
        "B.Tech   Northgate Institute of Technology   2020   8.5/10",
        "Class XII   Westfield Public School   2016   92%",
    )
    # The head of the table names no entry.
    assert [(school, degree, end) for school, degree, _, _, end in _education(lines)] == [
        ("Northgate Institute of Technology", "B.Tech", "2020"),
        ("Westfield Public School", "Class XII", "2016"),
    ]


def test_a_certificate_under_a_school_is_not_a_school_of_its_own() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Northgate University   2015 – 2019", {"bold": True}),
        "BSc Computer Science",
        ("XYZ Certified Cloud Architect   2021", {"bold": True}),
        ("Westfield High School   Springfield, MA", {"bold": True}),
        ("High School Diploma   June 2015", {"font": "Serif-Italic"}),
    )
    assert [(school, degree, end) for school, degree, _, _, end in _education(lines)] == [
        ("Northgate University", "BSc", "2019"),
        ("Westfield High School", "High School Diploma", "2015-06"),
    ]


def test_lines_naming_neither_take_the_roles_of_the_sections_other_entries() -> None:
    # Each entry prints its degree's line above its school's: an entry whose lines name
    # neither by their words is read the same way.
    bold = {"bold": True}
    lines = _lines(
        ("Educación", HEADING),
        ("2017 – 2018   Bachiller en Ingeniería de Sistemas", bold),
        ("Universidad Villanorte", bold),
        ("2015 – 2016   Taller de Diseño Gráfico", bold),
        ("Centro Industrial San Martín", bold),
    )
    assert [row[:2] for row in _education(lines)] == [
        ("Universidad Villanorte", "Bachiller"),
        ("Centro Industrial San Martín", "Taller de Diseño Gráfico"),
    ]


def test_studies_said_to_go_on_without_a_date_end_at_present() -> None:
    text = (
        "Jane Doe\n\nEducation\n"
        "Doctor of Philosophy (Ph.D.) in History, Northgate University (In-Progress)\n"
        "\nFormation\n"
        "Master en Chimie, Université de Villeneuve (en cours)\n"
    )
    assert [(row[0], row[4]) for row in _education(lines_from_text(text, markdown=False))] == [
        ("Northgate University", "present"),
        ("Université de Villeneuve", "present"),
    ]


def test_a_labelled_major_is_the_degree_slot_of_an_entry_naming_no_degree() -> None:
    lines = _lines(
        ("Education", HEADING),
        "Northgate University | September 2015 – May 2019",
        ("Majors: Economics, Political Science Minor: Music", {"bullet": True, "x": 90.0}),
        ("Honors Program, Distinction in Economics", {"bullet": True, "x": 90.0}),
    )
    assert _education(lines) == [
        ("Northgate University", "Economics, Political Science", None, "2015-09", "2019-05"),
    ]


def test_departments_before_a_university_with_commas_and_its_campus_after_one() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("PhD Marine Ecology (2022)", {"bold": True}),
        "Lowe School of Ocean Science, University of Westland, Lake City",
        ("Master of Science in Physics (2016)", {"bold": True}),
        "Department of Physics, Optics Division, Northgate University",
        ("BSc Physics (2014)", {"bold": True}),
        "University of Northgate, Northgate",
    )
    assert [row[0] for row in _education(lines)] == [
        "Lowe School of Ocean Science, University of Westland, Lake City",
        "Department of Physics, Optics Division, Northgate University",
        # The town the university is named for is where it is, not a campus.
        "University of Northgate",
    ]


def test_an_entry_with_its_own_date_line_does_not_share_the_school_above() -> None:
    lines = _lines(
        ("Educación", HEADING),
        "2013 – 2017   Sevilla, España",
        ("Grado en Historia Universidad de Villanorte", {"bold": True}),
        "2005 – 2013   Huelva, España",
        ("Bachillerato", {"bold": True}),
    )
    assert [row[:2] for row in _education(lines)] == [
        ("Universidad de Villanorte", "Grado"),
        (None, "Bachillerato"),
    ]


def test_an_entry_naming_only_what_was_studied_has_it_as_its_degree() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Applied Mathematics", {"bold": True, "size": 12.0}),
        "2006-2011",
        "Studied proofs, modelling and some programming.",
        ("Online courses", {"bold": True, "size": 12.0}),
        "2012-2013",
    )
    assert _education(lines) == [(None, "Applied Mathematics", None, "2006", "2011")]


def test_a_school_line_after_the_thesis_under_a_degree_is_that_degrees_school() -> None:
    bold = {"bold": True}
    lines = _lines(
        ("Education", HEADING),
        ("BSc Physics with Astronomy   2020", bold),
        "Measuring the Spin of Distant",
        "pulsars with radio telescopes.",
        "Westfield University, Springfield",
    )
    assert [(school, degree, end) for school, degree, _, _, end in _education(lines)] == [
        ("Westfield University", "BSc", "2020"),
    ]


def test_a_big_city_after_a_schools_name_is_where_it_is() -> None:
    text = (
        "Jane Doe\njane@example.org\n\nEDUCATION\n"
        "2019 – 2021 : Master 2 en Finance à IAE-XY Dakar\n"
        "2016 – 2019 : Licence en Économie à ESXQ PARIS\n"
        "Sint-Jozefscollege Brugge, ASO Wiskunde, 2010 – 2016\n"
        # Right after a school word the city is the name's own last word.
        "Technische Universität München, Master of Science, 2008 – 2010\n"
        "Westfield College London, BA History, 2005 – 2008\n"
    )
    assert [row[:2] for row in _education(lines_from_text(text, markdown=False))] == [
        ("IAE-XY", "Master 2"),
        ("ESXQ", "Licence"),
        ("Sint-Jozefscollege", "ASO"),
        ("Technische Universität München", "Master of Science"),
        ("Westfield College London", "BA"),
    ]


def test_several_degrees_under_one_school_are_an_entry_each() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("Northgate State University   2012 – 2016", {"bold": True}),
        "Bachelor of Arts in Sociology",
        "Bachelor of Science in Biology",
        ("Westfield College", {"bold": True}),
        "Certificate in Museum Studies",
    )
    assert _education(lines) == [
        ("Northgate State University", "Bachelor of Arts", "Sociology", "2012", "2016"),
        ("Northgate State University", "Bachelor of Science", "Biology", "2012", "2016"),
        ("Westfield College", "Certificate in Museum Studies", None, None, None),
    ]


def test_an_honour_named_after_a_university_is_no_school_of_its_own() -> None:
    lines = _lines(
        ("Education", HEADING),
        ("PhD in Ecology (2020)", {"bold": True}),
        "Northgate University",
        "Northgate University Award of Excellence; Westfield Travel Prize",
        ("Master of Science in Botany (2015)", {"bold": True}),
        "Westfield College",
    )
    assert [row[:2] for row in _education(lines)] == [
        ("Northgate University", "PhD"),
        ("Westfield College", "Master of Science"),
    ]
