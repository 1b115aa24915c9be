"""Education entries as resumes in several languages print them: schools named after their
country, sections of certificates and studies together, degrees named with their field
(fictional people and schools; lines built as the text reader makes them)."""

from __future__ import annotations

from typing import Any

from reslint.lexicon.degrees import DegreeSplit, names_degree, split_degree
from reslint.lexicon.entry_words import is_school
from reslint.lexicon.headings import heading_kind
from reslint.lexicon.pieces import is_location
from reslint.model import Line
from reslint.readers.text import lines_from_text
from reslint.structure import build_structure
from tests.built_lines import built_lines


def _education(text: str) -> list[tuple[Any, ...]]:
    return [
        (
            e.school.value if e.school else None,
            e.degree.value if e.degree else None,
            e.dates.end.iso() if e.dates and e.dates.end else None,
        )
        for e in build_structure(lines_from_text(text, markdown=False), "US").education
    ]


def test_a_town_with_its_province_code_is_a_place_a_school_with_its_acronym_is_not() -> None:
    assert is_location("Galatina (LE)")
    assert is_location("Lille (59)")
    assert not is_location("Istituto Rossi (CT)")
    assert not is_location("Northgate University (NU)")


def test_a_school_word_with_its_accent_typed_as_an_apostrophe() -> None:
    assert is_school("Centro Universitário da Serra Norte")
    assert is_school("Universita’ degli studi di Nordvilla")
    assert is_school("Universita' di Sudvilla")


def test_a_school_named_after_its_country_is_not_a_place() -> None:
    assert not is_location("Licenciatura en Economía, Universidad de Chile")
    assert not is_location("Bachelor of Arts, University of Malta")
    assert is_location("Lyon, France")
    text = (
        "Sara Pérez\nsara@example.org\n\nEDUCACIÓN\n"
        "2012 – 2016   Maestría en Finanzas, Universidad de Chile\n"
        "2008 – 2012   Licenciatura em Direito, Universidade de Portugal\n"
    )
    assert _education(text) == [
        ("Universidad de Chile", "Maestría", "2016"),
        ("Universidade de Portugal", "Licenciatura", "2012"),
    ]


def _kind(title: str) -> str | None:
    return heading_kind(Line(title, 1, 1, font_size=14.0, bold=True), 10.0)


def test_certificates_joined_to_education_in_a_heading_make_a_section_of_studies() -> None:
    for title in (
        "Certifications & Education",
        "Certificates and Education",
        "Certificaciones y Educación",
        "Zertifikate und Ausbildung",
        "Courses and Education",
    ):
        assert _kind(title) == "education", title
    assert _kind("Certifications") == "certifications"
    assert _kind("Projects & Education") == "projects"
    text = (
        "Jo Smith\njo@example.org\n\nCERTIFICATIONS & EDUCATION\n"
        "2021   AWS Certified Solutions Architect\n"
        "2014 – 2018   Bachelor of Science in Biology, Westfield University\n"
    )
    # The school's entry is read; the certificate, naming no school, is no studies entry.
    assert _education(text) == [("Westfield University", "Bachelor of Science", "2018")]


def test_a_study_named_by_what_was_studied_is_one_degree() -> None:
    # German and Italian name a study by its subject with no separator: one name, up to a
    # comma or a dash; a degree proper keeps its field apart.
    text = (
        "Lena Vogel\nlena@example.org\n\nAUSBILDUNG\n"
        "10/2014 – 09/2018   Studium der Betriebswirtschaftslehre, Universität Nordstadt\n"
        "2018 – 2020   Studium der Informatik (ohne Abschluss) – TU Weststadt\n"
        "2020   Ausbildung zum Fachinformatiker, Berufskolleg Oststadt\n"
        "2021   Erstes Staatsexamen, Universität Südstadt\n"
    )
    assert _education(text) == [
        ("Universität Nordstadt", "Studium der Betriebswirtschaftslehre", "2018-09"),
        ("TU Weststadt", "Studium der Informatik (ohne Abschluss)", "2020"),
        ("Berufskolleg Oststadt", "Ausbildung zum Fachinformatiker", "2020"),
        ("Universität Südstadt", "Erstes Staatsexamen", "2021"),
    ]
    # German keeps only what follows the link: "Studium Elektrotechnik" is a study and its
    # field, and a school named with "der" stays a school.
    text = (
        "Lena Vogel\nlena@example.org\n\nAUSBILDUNG\n"
        "2008 – 2010   Studium Elektrotechnik, Universität der Künste Nordstadt\n"
    )
    assert _education(text) == [("Universität der Künste Nordstadt", "Studium", "2010")]
    text = (
        "Giulia Bianchi\ngiulia@example.org\n\nISTRUZIONE\n"
        "2007   Diploma Perito Informatico, Istituto Verdi\n"
        "2012   Laurea magistrale in Ingegneria, Politecnico di Examplia\n"
    )
    assert _education(text) == [
        ("Istituto Verdi", "Diploma Perito Informatico", "2007"),
        ("Politecnico di Examplia", "Laurea magistrale", "2012"),
    ]


def test_short_degree_names_of_their_languages() -> None:
    text = (
        "Paul Martin\npaul@example.org\n\nFORMATION\n"
        "2019 – 2020   M1 Informatique – Université de Rennes\n"
        "2018   L3 Mathématiques, Université de Nantes\n"
    )
    assert _education(text) == [
        ("Université de Rennes", "M1", "2020"),
        ("Université de Nantes", "L3", "2018"),
    ]
    text = (
        "Eva de Vries\neva@example.org\n\nOPLEIDING\n"
        "2012 – 2016   HBO Verpleegkunde, Hogeschool Utrecht\n"
        "2010 – 2012   WO Psychologie, Universiteit Leiden\n"
    )
    assert [degree for _, degree, _ in _education(text)] == ["HBO", "WO"]


def test_short_degree_names_outside_a_degrees_place_are_not_degrees() -> None:
    text = (
        "Jo Smith\njo@example.org\n\nEXPERIENCE\n"
        "L2 Support Engineer, Westfield University\n2019 – 2021\n"
        "Handled BS and MA tickets for the help desk\n\n"
        "EDUCATION\n"
        "Northgate College, Boston, MA\n"
        "BS, Biology, 2015\n"
    )
    structure = build_structure(lines_from_text(text, markdown=False), "US")
    # A job at a university is a job, whatever short degree name its title starts with.
    assert [
        (p.title and p.title.value, p.company and p.company.value) for p in structure.positions
    ] == [("L2 Support Engineer", "Westfield University")]
    # `MA` after a town is its state, not a degree; the degree is the line under it.
    assert _education(text) == [("Northgate College", "BS", "2015")]


def test_courses_and_language_tests_among_studies_are_not_studies() -> None:
    text = (
        "Sara Pérez\nsara@example.org\n\nEDUCACIÓN\n"
        "2012 – 2016   Licenciatura en Economía, Universidad de Examplia\n"
        "2019   Certificado Google Data Analytics (Coursera)\n"
        "2020   TOEFL iBT 105\n"
    )
    assert _education(text) == [("Universidad de Examplia", "Licenciatura", "2016")]
    text = (
        "Claire Petit\nclaire@example.org\n\nDIPLÔMES\n"
        "Master Chimie – Université de Nordville – 2021\n"
        "TOEIC (910 pts) – 2020\n"
        "BAFA – Animatrice – 2018\n"
        "Udemy : Python pour la data science – 2022\n"
    )
    assert _education(text) == [("Université de Nordville", "Master", "2021")]


def test_a_language_exam_taken_at_a_university_is_studies() -> None:
    text = (
        "Jo Smith\njo@example.org\n\nEDUCATION\n"
        "Westfield University, Bachelor of Arts, 2016\n"
        "Cambridge English: Advanced (CAE), University of Northgate, 2012\n"
    )
    assert [school for school, _, _ in _education(text)] == [
        "Westfield University",
        "University of Northgate",
    ]


def test_a_bold_school_header_wrapped_inside_its_faculty_is_one_school() -> None:
    heading, bold = {"size": 14.0, "bold": True}, {"bold": True}
    lines = built_lines(
        ("Education", heading),
        ("University of Westfield, Faculty of", bold),
        ("Mathematics", bold),
        "Master of Science, 2010 – 2012",
        ("Universidad de Examplia, Facultad de", bold),
        ("Ciencias Económicas", bold),
        "Licenciatura en Economía   2008 – 2013",
        ("Northgate University, School of Law", bold),
        "Juris Doctor, 2006",
    )
    schools = [
        (e.school.value if e.school else None, e.degree.value if e.degree else None)
        for e in build_structure(lines, "US").education
    ]
    assert schools == [
        ("University of Westfield, Faculty of Mathematics", "Master of Science"),
        ("Universidad de Examplia, Facultad de Ciencias Económicas", "Licenciatura"),
        # Printed on one line, the university alone is the school.
        ("Northgate University", "Juris Doctor"),
    ]


def test_the_links_and_labels_of_a_degree_in_its_language() -> None:
    text = (
        "Pablo Ortiz\npablo@example.org\n\nEDUCACIÓN\n"
        "2013 – 2015   Bachillerato de Ciencias Sociales, IES Vista Alegre\n\n"
        "FORMAÇÃO\n"
        "2012 – 2017   Mestrado Integrado em Engenharia Informática, Universidade do Norte\n\n"
        "AUSBILDUNG\n"
        "2003 – 2012   Goethe-Gymnasium Oststadt, Abschluss: Abitur\n"
    )
    structure = build_structure(lines_from_text(text, markdown=False), "US")
    assert [
        (e.school and e.school.value, e.degree and e.degree.value, e.field and e.field.value)
        for e in structure.education
    ] == [
        ("IES Vista Alegre", "Bachillerato", "Ciencias Sociales"),
        ("Universidade do Norte", "Mestrado Integrado", "Engenharia Informática"),
        ("Goethe-Gymnasium Oststadt", "Abitur", None),
    ]


def test_a_field_printed_after_a_written_out_degree_with_no_link() -> None:
    text = (
        "Lukas Meier\nlukas@example.org\n\nAUSBILDUNG\n"
        "09/2016 – 03/2019   Master of Science Mechatronik, Technische Universität Weststadt\n"
        "2012 – 2016   Bachelor of Engineering Maschinenbau, Hochschule Nordstadt\n"
        "2008 – 2012   Bachelor of Science with Honours, Northgate University\n"
    )
    structure = build_structure(lines_from_text(text, markdown=False), "US")
    assert [
        (e.degree and e.degree.value, e.field and e.field.value) for e in structure.education
    ] == [
        ("Master of Science", "Mechatronik"),
        ("Bachelor of Engineering", "Maschinenbau"),
        # An honours word goes on with the name.
        ("Bachelor of Science with Honours", None),
    ]


def test_more_titles_of_education_sections() -> None:
    for title in (
        "Schooling",
        "Academic Credentials",
        "Degrees",
        "Scolarité",
        "Parcours de formation",
        "Schul- und Berufsausbildung",
        "Studium & Ausbildung",
        "Habilitações Académicas",
        "Academic Details",
        "Educational Qualification",
        "Academics",
    ):
        assert _kind(title) == "education", title


def test_chinese_studies_in_brackets_and_labelled_fields() -> None:
    text = (
        "王小明\nwang@example.org\n\n教育经历\n"
        "2014/09 – 2018/06   北方大学   软件工程（本科）\n"
        "学校：南方理工大学  专业：自动化  学历：硕士  时间：2018.09-2021.06\n"
    )
    structure = build_structure(lines_from_text(text, markdown=False), "US")
    assert [
        (e.school and e.school.value, e.degree and e.degree.value, e.field and e.field.value)
        for e in structure.education
    ] == [("北方大学", "本科", "软件工程"), ("南方理工大学", "硕士", None)]


def test_a_bullet_led_by_bold_words_wraps_in_the_regular_weight() -> None:
    lines = built_lines(
        ("Education", {"size": 14.0, "bold": True}),
        ("Westfield University", {"bold": True}),
        "BSc in Physics   2012 – 2015",
        ("Awarded the prize for the best", {"bullet": True, "bold": True, "x": 80.0}),
        ("Bachelor Degree in Physics out of ap-", {"x": 80.0}),
        ("proximately 80 students.", {"x": 80.0}),
        ("Northgate High School", {"bold": True}),
        "A-Levels   2012",
    )
    # The wrapped line goes on with the bullet: it is no degree of an entry of its own.
    assert [
        (e.school and e.school.value, e.degree and e.degree.value)
        for e in build_structure(lines, "US").education
    ] == [("Westfield University", "BSc"), ("Northgate High School", "A-Levels")]


def test_a_wrapped_first_sentence_under_the_dates_is_a_description() -> None:
    lines = built_lines(
        ("Education", {"size": 18.0}),
        ("Physics", {"size": 12.0, "bold": True}),
        ("2008-2012", {"size": 9.0}),
        "Studied two years here, then continued the degree at",
        "Northgate University.",
        ("Chemistry", {"size": 12.0, "bold": True}),
        ("2006-2008", {"size": 9.0}),
    )
    # The school named inside the sentence is not the entry's school.
    assert [
        (e.school and e.school.value, e.degree and e.degree.value)
        for e in build_structure(lines, "US").education
    ] == [(None, "Physics"), (None, "Chemistry")]


def test_persian_school_levels_listed_as_entries() -> None:
    text = (
        "سارا احمدی\nsara@example.org\n\nتحصیلات\n"
        "کارشناسی\nمهندسی کامپیوتر\nدانشگاه نمونه\n1395 تا 1399\n"
        "دبیرستان\nریاضی فیزیک\nدبیرستان نمونه\n1391 تا 1395\n"
        "راهنمایی\nراهنمایی نمونه\n1388 تا 1391\n"
    )
    # A level's name alone is the degree; the level's word leading a name is the school.
    assert [(school, degree) for school, degree, _ in _education(text)] == [
        ("دانشگاه نمونه", "کارشناسی"),
        ("دبیرستان نمونه", "دبیرستان"),
        ("راهنمایی نمونه", "راهنمایی"),
    ]


def test_grades_printed_after_a_degree_are_not_its_field() -> None:
    assert split_degree("Abitur (Note 1,7)").field == ""
    assert split_degree("Master Informatique, mention Bien").field == "Informatique"
    assert split_degree("Laurea in Fisica, voto 110/110").field == "Fisica"
    assert split_degree("Licenciatura en Derecho, promedio 8,5").field == "Derecho"
    # A field that starts with a grade's word is a field.
    assert split_degree("Bachelor of Science, Media Studies").field == "Media Studies"


def test_two_letter_degrees_only_in_capitals() -> None:
    assert names_degree("BA Economics") and names_degree("M.S. in Chemistry")
    # Italian and Polish prose, a form of address, software: no degrees.
    assert not names_degree("Tesi di fisica, ma anche chimica")
    assert not names_degree("Kto ma doświadczenie")
    assert not names_degree("Ms. Example")
    assert not names_degree("ms office")
    text = (
        "Marco Rossi\nmarco@example.org\n\nISTRUZIONE\n"
        "Università di Examplia, 2010 – 2015\n"
        "Tesi sulla fisica dei materiali, ma anche studi di chimica.\n"
    )
    # The word "ma" in the sentence under the school is not the entry's degree.
    assert [degree for _, degree, _ in _education(text)] != ["ma"]


def test_a_school_after_a_link_and_its_article() -> None:
    text = (
        "Marco Rossi\nmarco@example.org\n\nISTRUZIONE\n"
        "2010 – 2015   Laurea in Economia presso l'Università di Examplia\n\n"
        "FORMATION\n"
        "2013 – 2016   Licence d'Économie à l'Université de Sudville\n\n"
        "FORMACIÓN\n"
        "2010 – 2014   Grado en Economía por la Universidad de Examplia\n"
    )
    structure = build_structure(lines_from_text(text, markdown=False), "US")
    assert [
        (e.school and e.school.value, e.degree and e.degree.value, e.field and e.field.value)
        for e in structure.education
    ] == [
        ("Università di Examplia", "Laurea", "Economia"),
        ("Université de Sudville", "Licence", "Économie"),
        ("Universidad de Examplia", "Grado", "Economía"),
    ]


def test_russian_field_links_and_a_degree_after_the_school() -> None:
    text = (
        "Иван Петров\nivan@example.org\n\nОБРАЗОВАНИЕ\n"
        "2010 – 2014   Примерный государственный университет\n"
        "Бакалавр по направлению «Прикладная информатика»\n\n"
        "학력\n"
        "2012.03 – 2016.02   예시대학교 컴퓨터공학과 학사\n"
    )
    structure = build_structure(lines_from_text(text, markdown=False), "US")
    assert [
        (e.school and e.school.value, e.degree and e.degree.value, e.field and e.field.value)
        for e in structure.education
    ] == [
        ("Примерный государственный университет", "Бакалавр", "«Прикладная информатика»"),
        ("예시대학교 컴퓨터공학과", "학사", None),
    ]


def test_the_series_of_a_baccalaureat_belongs_to_it() -> None:
    assert split_degree("Baccalauréat Scientifique").degree == "Baccalauréat Scientifique"
    assert split_degree("Baccalauréat Technologique STMG").degree == "Baccalauréat Technologique"
    # Printed after a comma, the series is what was studied.
    assert split_degree("Baccalauréat, série scientifique (D)").degree == "Baccalauréat"


def test_the_track_of_a_diploma_in_other_languages_belongs_to_it() -> None:
    assert split_degree("Bachillerato Tecnológico").degree == "Bachillerato Tecnológico"
    assert split_degree("Ensino Médio Completo").degree == "Ensino Médio Completo"
    assert split_degree("Maturità Scientifica").degree == "Maturità Scientifica"
    assert split_degree("Licence Professionnelle Métiers du Web") == DegreeSplit(
        "Licence Professionnelle", "Métiers du Web"
    )
    assert split_degree("Mestrado Profissional em Administração") == DegreeSplit(
        "Mestrado Profissional", "Administração"
    )


def test_a_tracks_acronym_after_a_french_diploma_belongs_to_it() -> None:
    assert split_degree("CPGE BL (Lettres et sciences sociales)") == DegreeSplit(
        "CPGE BL", "Lettres et sciences sociales"
    )
    assert split_degree("DUT GEA, option finance").degree == "DUT GEA"
    # Not after other degrees' abbreviations, nor in a line all in capitals.
    assert split_degree("MBA HR").degree == "MBA"
    assert split_degree("BTS SIO").degree == "BTS"


def test_degrees_common_on_english_resumes_are_degrees_cut_from_their_field() -> None:
    for printed, degree, field in [
        ("B.Ed. in English", "B.Ed.", "English"),
        ("M.S.W.", "M.S.W.", ""),
        ("DVM", "DVM", ""),
        ("B.A.Sc. Mechanical Engineering", "B.A.Sc.", "Mechanical Engineering"),
        ("BSE Computer Engineering", "BSE", "Computer Engineering"),
        ("MBBS", "MBBS", ""),
        ("MCA", "MCA", ""),
        ("B.Pharm", "B.Pharm", ""),
        # the school-leaving levels of South Asia, a track after them
        ("Matric Pre Computer Science", "Matric", "Pre Computer Science"),
        ("F.Sc Pre-Engineering", "F.Sc", "Pre-Engineering"),
        ("HSSC", "HSSC", ""),
        ("Intermediate", "Intermediate", ""),
        ("International Baccalaureate", "International Baccalaureate", ""),
        ("A Levels", "A Levels", ""),
        # the UK's integrated master's and postgraduate awards
        ("MSci Physics", "MSci", "Physics"),
        ("PGCE Secondary Mathematics", "PGCE", "Secondary Mathematics"),
        # a term abroad fills the degree's place
        ("Exchange student, Computer Science", "Exchange student", "Computer Science"),
        # the generic noun: what stands right before it is the degree's name
        ("Engineering Degree", "Engineering Degree", ""),
        ("Bachelor’s degree in Economics", "Bachelor’s degree", "Economics"),
        ("Degree in Economics", "Degree", "Economics"),
    ]:
        assert names_degree(printed), printed
        assert split_degree(printed) == DegreeSplit(degree, field), printed
    assert not names_degree("intermediate level")
    credential = split_degree("Single Subject Teaching Credential in Science")
    assert credential == DegreeSplit("Single Subject Teaching Credential", "Science")


def test_an_exchange_term_under_an_acronym_school() -> None:
    lines = built_lines(
        ("Education", {"size": 14.0, "bold": True}),
        ("April 2016 - March 2020", {"size": 8.0}),
        "Westmere University",
        "Bachelor of Science, Biology",
        ("August 2018 - December 2018", {"size": 8.0}),
        "ETHL",
        "Exchange student, Computer Science",
    )
    assert [
        (e.school and e.school.value, e.degree and e.degree.value)
        for e in build_structure(lines, "US").education
    ] == [("Westmere University", "Bachelor of Science"), ("ETHL", "Exchange student")]


def test_a_polish_general_secondary_school_by_its_letters() -> None:
    lines = built_lines(
        ("Wykształcenie", {"size": 14.0, "bold": True}),
        ("IV LO, OLSZYNY 09.2002 - 06.2005", {"bold": True}),
        "Profil: matematyczno-fizyczny.",
    )
    assert [
        (e.school and e.school.value, e.degree and e.degree.value)
        for e in build_structure(lines, "PL").education
    ] == [("IV LO", None)]


def test_a_german_school_leaving_certificate_keeps_its_kind() -> None:
    for printed in ("Erweiterter Realschulabschluss", "Qualifizierender Hauptschulabschluss"):
        assert split_degree(printed) == DegreeSplit(printed), printed
