"""Education entries in layouts the entry splitter must read as one entry each: the
degree's and the school's lines in one style, a line left open by a separator, a table's
cells stacked (fictional people and schools; lines built as the PDF and DOCX readers make
them)."""

from __future__ import annotations

from dataclasses import replace

from reslint.model import Line
from reslint.structure import build_structure
from tests.built_lines import built_lines, education_parts

HEADING = {"size": 14.0, "bold": True}
B = {"bold": True}


def _education(lines: tuple[Line, ...]) -> list[tuple[str | None, ...]]:
    return education_parts(build_structure(lines, "US").education)


def test_degree_and_school_in_one_style_then_an_honour_and_the_dates() -> None:
    lines = built_lines(
        ("Formación", HEADING),
        "Grado en Biología Marina",
        "Universidad del Litoral Norte",
        ("Egresada con mención honorífica", {"size": 9.0, "font": "Sans-Italic"}),
        "(2014 - 2019)",
    )
    assert _education(lines) == [
        ("Universidad del Litoral Norte", "Grado", "2014", "2019"),
    ]


def test_a_school_line_left_open_by_a_bar_goes_on_below() -> None:
    lines = built_lines(
        ("Edukacja", HEADING),
        "10.2015 – 06.2019",
        ("Liceum Ogólnokształcące nr 5 w Gdańsku |", {"bold": True}),
        "Biologia, Chemia | średnie",
    )
    assert _education(lines) == [
        ("Liceum Ogólnokształcące nr 5 w Gdańsku", "średnie", "2015-10", "2019-06"),
    ]


def test_degree_school_place_and_a_bold_date_cell_repeated() -> None:
    lines = built_lines(
        ("Estudios", HEADING),
        "Lic. en Contabilidad",
        "Universidad Técnica del Sur",
        "Villarrica, Calle Mayor 12",
        ("15/12/2016", {"bold": True}),
        "Auxiliar Contable",
        "Instituto Comercial del Sur",
        "Villarrica, Calle Mayor 40",
        ("20/12/2012", {"bold": True}),
    )
    assert _education(lines) == [
        ("Universidad Técnica del Sur", "Lic.", None, "2016-12"),
        ("Instituto Comercial del Sur", "Auxiliar Contable", None, "2012-12"),
    ]


def test_an_advisor_line_naming_a_university_is_no_second_school() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("2019   Ph.D. in Geology", {"size": 12.0}),
        "Northgate University, Springfield, IL",
        "Advisor: Dr. Mara Quill, PhD, Distinguished University Professor",
        ("Thesis: Sediment transport in braided rivers", {"bullet": True, "x": 84.0}),
        ("2013   B.S. in Geology", {"size": 12.0}),
        "Northgate University, Springfield, IL",
    )
    assert _education(lines) == [
        ("Northgate University", "Ph.D.", None, "2019"),
        ("Northgate University", "B.S.", None, "2013"),
    ]


def test_a_dated_line_naming_no_degree_shares_no_school_with_the_one_above() -> None:
    lines = built_lines(
        ("Ausbildung", HEADING),
        ("2010 – 2014   Diplom • Physik   Hochschule Nordstadt", {"bold": True}),
        ("Schwerpunkt: Optik und Laserphysik", {"x": 160.0}),
        ("Annals of Examples. 41. 10.1000/ex.2019.77, 2019.", {"x": 110.0, "size": 8.0}),
    )
    assert _education(lines) == [("Hochschule Nordstadt", "Diplom", "2010", "2014")]


def test_a_school_in_turkish_capitals() -> None:
    lines = built_lines(
        ("EĞİTİM", HEADING),
        ("2018-2022   İŞLETME", {"bold": True}),
        ("KUZEY ŞEHİR ÜNİVERSİTESİ", {"x": 140.0}),
    )
    assert _education(lines) == [("KUZEY ŞEHİR ÜNİVERSİTESİ", "İŞLETME", "2018", "2022")]


def test_a_school_entered_on_one_line_and_left_on_the_next_is_one_entry() -> None:
    lines = built_lines(
        ("学歴", HEADING),
        "2009年4月   南浜商業高等学校商業科 入学",
        "2012年3月   南浜商業高等学校商業科 卒業",
        "2012年4月   東浜大学 経済学部 入学",
        "2016年3月   東浜大学 経済学部 卒業見込み",
    )
    assert _education(lines) == [
        ("南浜商業高等学校", "商業科", "2009-04", "2012-03"),
        ("東浜大学", "経済学部", "2012-04", "2016-03"),
    ]


def test_entered_and_left_in_a_table_of_years_and_months() -> None:
    lines = built_lines(
        ("학력", HEADING),
        "2011   3   한빛대학교 기계공학과 입학",
        "2017   2   한빛대학교 기계공학과 졸업",
    )
    assert _education(lines) == [("한빛대학교", "기계공학과", "2011-03", "2017-02")]


def test_a_chinese_school_then_its_major_after_a_space() -> None:
    lines = built_lines(
        ("教育背景", HEADING),
        ("东岭师范大学 汉语言文学   2016.09 – 2020.06", {"bold": True}),
        ("主修课程: 古代汉语, 现代汉语", {"bullet": True, "x": 84.0}),
    )
    assert _education(lines) == [("东岭师范大学", "汉语言文学", "2016-09", "2020-06")]


def test_a_school_name_wrapped_before_its_lower_case_school_word() -> None:
    lines = built_lines(
        ("Образование", HEADING),
        ("Прикладная физика", {"bold": True}),
        ("(магистратура)", {"bold": True}),
        "Северо-Западный государственный",
        "университет имени А. Н. Примерова (СЗГУиП)",
        ("09/2019 - 06/2021", {"size": 7.0}),
    )
    assert _education(lines) == [
        (
            "Северо-Западный государственный университет имени А. Н. Примерова (СЗГУиП)",
            "магистратура",
            "2019-09",
            "2021-06",
        )
    ]


def test_a_bullet_naming_school_degree_and_year_is_a_whole_entry() -> None:
    bullet = {"bullet": True, "x": 84.0}
    lines = built_lines(
        ("Education", HEADING),
        ("Lakeview State University – B.A. Philosophy, 2018", bullet),
        ("Pinecrest Community College – Associate of Arts, 2015", bullet),
    )
    assert _education(lines) == [
        ("Lakeview State University", "B.A.", None, "2018"),
        ("Pinecrest Community College", "Associate of Arts", None, "2015"),
    ]


def test_bullets_led_by_their_years_are_not_one_range_across_lines() -> None:
    bullet = {"bullet": True, "x": 84.0}
    lines = built_lines(
        ("Education", HEADING),
        ("2017 – Master of Arts, Lakeview State University", bullet),
        ("2014 – Bachelor of Arts, Pinecrest College", bullet),
    )
    assert _education(lines) == [
        ("Lakeview State University", "Master of Arts", None, "2017"),
        ("Pinecrest College", "Bachelor of Arts", None, "2014"),
    ]


def test_icon_bullets_naming_a_school_and_its_years_are_entries() -> None:
    lines = built_lines(
        ("Education", HEADING),
        "(cid:108) Lakeview State University, 2016 - 2020",
        "(cid:108) Pinecrest High School, 2012 - 2016",
    )
    assert _education(lines) == [
        ("Lakeview State University", None, "2016", "2020"),
        ("Pinecrest High School", None, "2012", "2016"),
    ]


def test_a_degree_line_ending_with_its_town_and_country_is_no_place() -> None:
    lines = built_lines(
        ("Formation", HEADING),
        ("École Supérieure de Chimie de Nordville   2019 - 2022", {"bold": True}),
        ("Élève ingénieur en Chimie, Nordville, France", {"bold": True}),
        ("Spécialité : chimie des matériaux", {"bullet": True, "x": 84.0}),
    )
    assert _education(lines) == [
        ("École Supérieure de Chimie de Nordville", "Élève ingénieur", "2019", "2022")
    ]


def test_a_faculty_before_its_university_after_a_full_stop_in_a_date_column() -> None:
    lines = built_lines(
        ("Educación", HEADING),
        (
            "2012 – 2017   Grado en Química   Facultad de Ciencias. Universidad del Litoral",
            {"bold": True},
        ),
    )
    assert _education(lines) == [
        ("Facultad de Ciencias. Universidad del Litoral", "Grado", "2012", "2017")
    ]


def test_a_dash_touching_the_degree_before_it_still_parts_it_from_the_school() -> None:
    lines = built_lines(
        ("Học vấn", HEADING),
        "BẰNG CỬ NHÂN KINH TẾ– Đại học Bắc Sơn – Hà Nội, Việt Nam   2019",
    )
    assert [row[0] for row in _education(lines)] == ["Đại học Bắc Sơn"]


def test_a_school_named_without_a_school_word_over_what_was_studied() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("Northwind   2013 - 2017", {"bold": True}),
        "Mathematics",
        ("Southgate Poly   2017 - 2019", {"bold": True}),
        "Economics",
    )
    assert _education(lines) == [
        ("Northwind", "Mathematics", "2013", "2017"),
        ("Southgate Poly", "Economics", "2017", "2019"),
    ]


def test_a_line_naming_no_school_under_one_line_entries_shares_none() -> None:
    # Each line an entry naming its own school: the last names none, and takes none.
    lines = built_lines(
        ("Education", HEADING),
        "2016 – 2020: B.S. in Marine Biology at Westmere University",
        "2014 – 2016: A.A. in Biology at Ferncliff Community College",
        "2014: High School Diploma",
    )
    assert _education(lines) == [
        ("Westmere University", "B.S.", "2016", "2020"),
        ("Ferncliff Community College", "A.A.", "2014", "2016"),
        (None, "High School Diploma", None, "2014"),
    ]
    lines = built_lines(
        ("Formation", HEADING),
        ("2008 à 2011 : Diplôme d’Ingénieur en génie civil à École Supérieure de Valmont", B),
        ("2005 : Baccalauréat, série scientifique", B),
    )
    assert [part[0] for part in _education(lines)] == ["École Supérieure de Valmont", None]


def test_degrees_under_a_school_line_of_its_own_share_it() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("Westmere University", B),
        "M.S. in Physics   2019 – 2021",
        "B.S. in Physics   2015 – 2019",
    )
    assert [part[0] for part in _education(lines)] == ["Westmere University"] * 2


def test_an_acronym_in_capitals_over_its_faculty_is_the_school() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("WSU, LAKEPORT   10.2011 - 07.2016", B),
        "Faculty of History,",
        "Bachelor of Arts in History",
    )
    assert _education(lines) == [("WSU", "Bachelor of Arts", "2011-10", "2016-07")]
    lines = built_lines(
        ("Wykształcenie", HEADING),
        ("PWZ, OLSZYNY 10.2005 - 07.2010", B),
        "Wydział Nauk Społecznych,",
    )
    assert _education(lines) == [("PWZ", None, "2005-10", "2010-07")]


def test_the_town_after_the_school_and_a_comma_is_no_degree() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("Westmere University, Lakeport", B),
        "2015 – 2019",
        ("Ferncliff College, Engineering Physics", B),
        "2013 – 2015",
    )
    assert _education(lines) == [
        ("Westmere University", None, "2015", "2019"),
        ("Ferncliff College", "Engineering Physics", "2013", "2015"),
    ]


def test_an_expected_graduation_line_under_the_range_is_no_second_entry() -> None:
    lines = built_lines(
        ("Education", HEADING),
        "Westmere College, Lakeport, ME, USA   Aug, 2025 – Present",
        "Expected Graduation: May 2029",
        "B.A. Candidate in Mathematics (with Minor in Music), GPA 3.7/4.0",
        "Selected Courses: Data Structures, Vector Calculus",
    )
    assert _education(lines) == [("Westmere College", "B.A.", "2025-08", "present")]
    lines = built_lines(
        ("Education", HEADING),
        ("Ferncliff University   2022 – 2026", B),
        "Graduating 2026",
        "B.S. in Nursing",
        ("Southgate College   2020 – 2022", B),
        "Class of 2022",
        "A.A. in Biology",
    )
    assert _education(lines) == [
        ("Ferncliff University", "B.S.", "2022", "2026"),
        ("Southgate College", "A.A.", "2020", "2022"),
    ]


def test_a_europass_entry_s_labelled_fields_are_its_details() -> None:
    # The dates and town over the degree and school, then the labelled fields, with a
    # colon or without one, that name no second entry.
    for colon in (":", ""):
        lines = built_lines(
            ("EDUCATION AND TRAINING", HEADING),
            "01/09/2015 – 30/06/2019   Lakeport, United States",
            ("BACHELOR OF ENGINEERING IN CIVIL ENGINEERING   Westmere University", B),
            f"Address{colon} 12 College Road, 12345 Lakeport (United States)",
            f"Field(s) of study{colon} Engineering, manufacturing and construction",
            f"Final grade{colon} 8.1 | Level in EQF{colon} EQF level 6",
        )
        assert _education(lines) == [
            ("Westmere University", "BACHELOR OF ENGINEERING", "2015-09", "2019-06")
        ]
    lines = built_lines(
        ("ISTRUZIONE E FORMAZIONE", HEADING),
        "01/10/2015 – 30/09/2018   Valdora, Italia",
        ("LAUREA TRIENNALE IN INGEGNERIA CIVILE   Politecnico di Valdora", B),
        "Indirizzo: Via Roma 1, 20100 Valdora (Italia)",
        "Campo di studio: Ingegneria",
        "Voto finale: 110/110 | Livello EQF: Livello 6 EQF",
    )
    assert _education(lines) == [
        ("Politecnico di Valdora", "LAUREA TRIENNALE", "2015-10", "2018-09")
    ]


def test_a_school_then_a_colon_then_its_degree() -> None:
    lines = built_lines(
        ("Education", HEADING),
        "Ferncliff University: M.A. in Linguistics, 2010 – 2012",
        "B.A. in English: Westmere College, 2006 – 2010",
        "University of Lakeport: Natural Sciences M.Sci. (Physical)   Sep. 2002 – July 2006",
    )
    assert _education(lines) == [
        ("Ferncliff University", "M.A.", "2010", "2012"),
        ("Westmere College", "B.A.", "2006", "2010"),
        ("University of Lakeport", "M.Sci.", "2002-09", "2006-07"),
    ]


def test_an_honour_beside_the_grade_is_no_degree() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("Westmere Public School   2013 – 2015", B),
        "GPA 3.8 / 4.0 — Dean's List",
    )
    assert _education(lines) == [("Westmere Public School", None, "2013", "2015")]


def test_a_big_city_after_the_school_s_name_is_no_part_of_it() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("Westmere College of Engineering Nagpur", B),
        "Bachelor of Engineering, Computer Science   2018 – 2022",
        ("Ferncliff Institute of Science and Technology Faisalabad", B),
        "Matric   2016",
    )
    assert _education(lines) == [
        ("Westmere College of Engineering", "Bachelor of Engineering", "2018", "2022"),
        ("Ferncliff Institute of Science and Technology", "Matric", None, "2016"),
    ]


def test_a_line_ending_at_a_link_word_goes_on_with_the_next_and_its_date() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("Westmere Institute of Technology and", B),
        ("Applied Sciences   2015 – 2019", B),
        "Bachelor of Engineering",
        ("2011 – 2015   Ferncliff School of Music and", B),
        "Performing Arts",
        "High School Diploma",
    )
    schools = ["Westmere Institute of Technology and Applied Sciences"]
    schools += ["Ferncliff School of Music and Performing Arts"]
    assert _education(lines) == [
        (schools[0], "Bachelor of Engineering", "2015", "2019"),
        (schools[1], "High School Diploma", "2011", "2015"),
    ]


def test_degrees_over_their_schools_share_none_with_the_one_below() -> None:
    # Each degree over its school: a degree with no school line under it has none; the
    # degree wrapped at `de la` goes on in the regular weight with its date, and what
    # its major's label leads is no school.
    lines = built_lines(
        ("Diplômes", HEADING),
        ("L3 Géographie et Aménagement – 2021", B),
        ("Université de Valmont", {"size": 9.0, "font": "Sans-Italic"}),
        ("Baccalauréat Scientifique Science de la vie et de la", B),
        "terre, spécialité physique – 2019",
    )
    assert _education(lines) == [
        ("Université de Valmont", "L3", None, "2021"),
        (None, "Baccalauréat Scientifique", None, "2019"),
    ]


def test_a_line_of_dates_alone_under_the_school_ends_the_entry() -> None:
    # The degree, the school in bold, the dates: the next degree, in the degree's style
    # right under the dates, opens the next entry (a line of dates alone wraps no name).
    lines = built_lines(
        ("Education", HEADING),
        "Bachelor of Arts",
        ("Westmere University", B),
        "2015 - 2019",
        "Master of Arts",
        ("Ferncliff University", B),
        "2019 - 2021",
    )
    assert _education(lines) == [
        ("Westmere University", "Bachelor of Arts", "2015", "2019"),
        ("Ferncliff University", "Master of Arts", "2019", "2021"),
    ]


def test_a_labelled_degree_is_the_degree() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("Westmere University   2015 – 2019", B),
        "Degree: Bachelor of Science",
        "Major: Biology",
        ("Ferncliff Nursing College   2011 – 2015", B),
        "Qualification: Registered Nurse",
    )
    assert _education(lines) == [
        ("Westmere University", "Bachelor of Science", "2015", "2019"),
        ("Ferncliff Nursing College", "Registered Nurse", "2011", "2015"),
    ]
    lines = built_lines(
        ("Studium", HEADING),
        ("09/2009 – 10/2012   Studium Betriebswirtschaftslehre (nebenberuflich)", B),
        ("Verwaltungsakademie Westfeld", {"x": 160.0}),
        ("Abschluss: Betriebswirt (VWA)", {"x": 160.0}),
    )
    assert _education(lines) == [
        ("Verwaltungsakademie Westfeld", "Betriebswirt (VWA)", "2009-09", "2012-10")
    ]


def test_degree_school_then_the_field_after_a_comma_on_one_line() -> None:
    # RenderCV's classic themes print `<degree> <school>, <field>`: the field after the
    # comma, so the words between degree and school word open the school's name.
    lines = built_lines(
        ("Education", HEADING),
        ("M.S. Westbrook Institute of Technology, Statistics   2016 – 2020", B),
        ("B.S. Universidad de Santa Clara, Economics   2012 – 2016", B),
    )
    assert _education(lines) == [
        ("Westbrook Institute of Technology", "M.S.", "2016", "2020"),
        ("Universidad de Santa Clara", "B.S.", "2012", "2016"),
    ]


def test_a_field_printed_between_degree_and_school_stays_the_field() -> None:
    lines = built_lines(
        ("Education", HEADING),
        ("MSc Physics University of Westbrook   2016 – 2018", B),
    )
    assert _education(lines) == [("University of Westbrook", "MSc", "2016", "2018")]


def test_a_school_acronym_after_a_link_and_an_elided_article() -> None:
    lines = built_lines(
        ("Formation", HEADING),
        "• 2017-2019 : Master architecte logiciel à l’ENSX",
        "• 2011-2016 : Licence informatique à l'UPVN",
    )
    assert _education(lines) == [
        ("ENSX", "Master", "2017", "2019"),
        ("UPVN", "Licence", "2011", "2016"),
    ]


def test_degrees_under_a_school_in_one_table_cell_share_it() -> None:
    # A DOCX table cell's paragraphs are lines of one number: their order in the section
    # says which degree is printed under which.
    rows = built_lines(
        ("Education", HEADING),
        ("Westbrook University", B),
        "MS, Electrical Engineering   May 2011",
        "BS, Electrical Engineering   May 2010",
        "BA, Music   May 2010",
    )
    lines = (rows[0], *(replace(line, number=2) for line in rows[1:]))
    assert _education(lines) == [
        ("Westbrook University", "MS", None, "2011-05"),
        ("Westbrook University", "BS", None, "2010-05"),
        ("Westbrook University", "BA", None, "2010-05"),
    ]


def test_a_description_whose_first_line_wraps_at_the_column_edge_opens_no_entry() -> None:
    """The first line of a paragraph under the degree reaches the column's right edge with
    no full stop and its words run on in lower case on the next line: a wrapped sentence,
    not a second school."""
    lines = built_lines(
        ("Education", HEADING),
        ("MSc in Media Technology, Northshire University, Eastport", B),
        "(Ongoing studies) This is an engineering programme at Northshire University",
        (
            "covering computer graphics, programming and visualisation in depth. It gives a",
            {"width": 398},
        ),
        ("solid grounding in software development.", {"width": 200}),
    )
    assert _education(lines) == [("Northshire University", "MSc", None, None)]


def test_a_course_and_its_school_are_no_school_for_the_degree_above() -> None:
    """`Analista Internacional` over `Northgate Institute`, undated, under a master's at a
    school no school word names: an entry of its own, not that master's school."""
    lines = built_lines(
        ("Formación", HEADING),
        ("Máster en Tecnología Cartográfica", B),
        "Mapas del Norte   2020 – 2021",
        ("Analista Internacional y Geopolítico", B),
        "Northgate Institute",
    )
    schools = [school for school, *_ in _education(lines)]
    assert "Northgate Institute" in schools
    assert schools[0] != "Northgate Institute"
