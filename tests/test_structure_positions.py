"""Positions in the layouts real resumes use: company, title and dates told apart by each
line's words, style and place, and by the layout a section's entries share (fictional
people and employers; lines built as the PDF and text readers make them)."""

from __future__ import annotations

from reslint.model import Line
from reslint.readers.text import lines_from_text
from reslint.structure import build_structure
from tests.built_lines import built_lines, parsed_positions

HEADING = {"size": 14.0, "bold": True}
BULLET = {"bullet": True, "x": 80.0}
COMPANY = {"bold": True, "size": 10.0, "font": "Lato-Bold"}
ROLE = {"size": 8.0, "font": "Lato-Regular"}


_lines = built_lines


_positions = parsed_positions


def _text(body: str) -> tuple[Line, ...]:
    return lines_from_text("Jane Doe\njane@example.org\n\n" + body, markdown=False)


def test_icon_led_date_and_place_lines_are_not_bullets() -> None:
    """AltaCV prints a calendar and a pin glyph before the dates and the place."""
    lines = _lines(
        ("Experience", HEADING),
        ("Director", {"size": 12.0}),
        ("Acme Robotics Ltd.", {"bold": True}),
        ("(cid:17) July 2013 – Ongoing   (cid:189) Oxford, UK", {"size": 9.0}),
        ("Sold the video wall system to three museums", {**BULLET, "size": 9.0}),
        ("Senior Software Engineer", {"size": 12.0}),
        ("Pelican Works", {"bold": True}),
        ("(cid:17) 1999 – 2012   (cid:189) Culham, UK", {"size": 9.0}),
    )
    assert _positions(lines) == [
        ("Acme Robotics Ltd.", "Director", "2013-07", "present"),
        ("Pelican Works", "Senior Software Engineer", "1999", "2012"),
    ]


def test_a_header_line_that_wrapped_goes_on_with_the_next() -> None:
    name = {"bold": True, "font": "Rubik-Bold"}
    role = {"font": "Rubik-Regular"}
    lines = _lines(
        ("Werkervaring", HEADING),
        ("\ue096", {"font": "resumeicons"}),  # an icon on a line of its own names nothing
        ("Kabinet van de Minister van   05/2020 - 10/2020", name),
        ("Financiën en Begroting", name),
        ("Adviseur Sociale Zaken", role),
        ("Stad Oudeburg, Kabinet Schepen,   12/2008 - 10/2010", name),
        ("Facility Management", name),
        ("Adviseur Sport", role),
    )
    assert _positions(lines) == [
        (
            "Kabinet van de Minister van Financiën en Begroting",
            "Adviseur Sociale Zaken",
            "2020-05",
            "2020-10",
        ),
        (
            "Stad Oudeburg, Kabinet Schepen, Facility Management",
            "Adviseur Sport",
            "2008-12",
            "2010-10",
        ),
    ]


def test_a_date_column_line_that_hangs_under_its_text() -> None:
    lines = _lines(
        ("Work Experience", HEADING),
        ("2017–2021 Research Associate. Laboratory of Soil Research, Northgate", {"x": 88.0}),
        ("University, Tucson, AZ", {"x": 146.0}),
        ("2005–2007 Field Specialist. Camp Seven Forest Man-", {"x": 88.0}),
        ("agement, Joseph, OR", {"x": 146.0}),
    )
    assert _positions(lines) == [
        ("Laboratory of Soil Research, Northgate University", "Research Associate", "2017", "2021"),
        ("Camp Seven Forest Management", "Field Specialist", "2005", "2007"),
    ]


def test_the_section_layout_settles_an_entry_its_words_leave_open() -> None:
    """Bold title with the dates, italic employer below: 'Battery Controls Co-op' and
    'Northwind Power' have no title or company words, the other entries do."""
    title = {"bold": True, "size": 10.9, "font": "CMBX10"}
    employer = {"font": "CMTI10"}
    lines = _lines(
        ("Relevant Experience", HEADING),
        ("Firmware Engineer Co-op   May 2025 – Aug. 2025", title),
        ("Acme Energy Inc.", employer),
        ("Wrote the battery controller firmware", BULLET),
        ("Battery Controls Co-op   Sept. 2023 – Dec. 2023", title),
        ("Northwind Power", employer),
        ("Built a thermal model", BULLET),
    )
    assert _positions(lines) == [
        ("Acme Energy Inc.", "Firmware Engineer Co-op", "2025-05", "2025-08"),
        ("Northwind Power", "Battery Controls Co-op", "2023-09", "2023-12"),
    ]


def test_department_advisor_and_second_roles_under_one_employer() -> None:
    lines = _lines(
        ("Experience", HEADING),
        ("Northgate University   Gainesville, FL", COMPANY),
        ("Assistant Professor ‐ Department of Microbiology & Cell Science   08/2022–present", ROLE),
        ("Westfield Institute for Discovery   Madison, WI", COMPANY),
        (
            "Postdoctoral Associate ‐ Department of Plant Pathology ‐ Advisor: Jane Roe, PhD"
            "   06/2019–08/2022",
            ROLE,
        ),
        ("Genomics Lead ‐ Advisor: John Roe   06/2019–08/2022", ROLE),
        ("Did research", BULLET),
    )
    assert _positions(lines) == [
        ("Northgate University", "Assistant Professor", "2022-08", "present"),
        ("Westfield Institute for Discovery", "Postdoctoral Associate", "2019-06", "2022-08"),
        ("Westfield Institute for Discovery", "Genomics Lead", "2019-06", "2022-08"),
    ]


def test_the_university_is_the_employer_not_its_department() -> None:
    lines = _lines(
        ("Professional Experience", HEADING),
        ("Department of Physics   Northgate University", {"bold": True}),
        ("Assistant Professor, PI of the Fluids Lab   2025–present", {}),
        ("Leading research on soft matter.", {}),
    )
    assert _positions(lines) == [
        ("Northgate University", "Assistant Professor, PI of the Fluids Lab", "2025", "present")
    ]


def test_one_line_forms() -> None:
    text = (
        "EXPERIENCE\n"
        "Acme Metals Manufacturing, Springfield, IL — Production Planner - Shipping Coordinator\n"
        "December 2023 - May 2024\n"
        "- Planned production\n"
        "2019 – 2021: Language Teacher at Odaba Language Institute\n"
        "- Taught French\n"
        "Data Engineer, Globex Corporation (2017 – 2019)\n"
        "- Built pipelines\n"
    )
    assert _positions(_text(text)) == [
        (
            "Acme Metals Manufacturing",
            "Production Planner - Shipping Coordinator",
            "2023-12",
            "2024-05",
        ),
        ("Odaba Language Institute", "Language Teacher", "2019", "2021"),
        ("Globex Corporation", "Data Engineer", "2017", "2019"),
    ]


def test_two_titles_joined_by_a_comma_over_the_employer_line() -> None:
    text = (
        "EXPERIENCE\n"
        "Tech Lead, Software Developer\n"
        "Northwind Traders, 2019 – 2021\n"
        "- Led a team of four building the billing service\n"
    )
    assert _positions(_text(text)) == [
        ("Northwind Traders", "Tech Lead, Software Developer", "2019", "2021"),
    ]


def test_a_name_printed_apart_after_a_joiner_that_also_links_a_field() -> None:
    """`у` also links a title to its field (`Фахівець у галузі …`); a name in capitals, or in
    Latin letters after a Cyrillic title, is the employer, whatever the brackets after it
    say it does."""
    text = (
        "Досвід роботи\n"
        "Контент-редактор у NORTHWIND (агенція digital-реклами)\n"
        "Липень, 2013 – липень, 2014\n"
        "- розробка текстів для сайтів\n"
        "Секретар-референт у ControlTrans (аудит перевезень)\n"
        "Червень, 2012 – квітень, 2013\n"
        "- підбір персоналу\n"
    )
    positions = _positions(_text(text))
    assert [(company, title) for company, title, _, _ in positions] == [
        ("NORTHWIND", "Контент-редактор"),
        ("ControlTrans", "Секретар-референт"),
    ]


def test_a_title_and_its_team_after_a_middle_dot_over_the_employer_line() -> None:
    text = (
        "EXPERIENCE\n"
        "GIS Analyst · Business Development\n"
        "Northwind Maps, 2019 – 2021\n"
        "- Ran market studies for new stores\n"
    )
    assert _positions(_text(text)) == [
        ("Northwind Maps", "GIS Analyst · Business Development", "2019", "2021"),
    ]


def test_the_terms_a_job_was_held_on_name_neither_title_nor_employer() -> None:
    text = (
        "EXPERIENCE\n"
        "2019 – 2021\n"
        "Warehouse Operator • Part-time • Northwind Traders\n"
        "- Drove the forklift on the night shift\n"
        "2016 – 2018\n"
        "Caretaker • Seasonal • Globex Estates\n"
        "- Kept the grounds\n"
    )
    assert _positions(_text(text)) == [
        ("Northwind Traders", "Warehouse Operator", "2019", "2021"),
        ("Globex Estates", "Caretaker", "2016", "2018"),
    ]


def test_an_employer_and_its_country_where_nothing_else_names_the_employer() -> None:
    text = (
        "EXPERIENCE\n"
        "2019 - Present | Globex Inc, San Francisco | Staff Engineer\n"
        "- Led the platform team\n"
        "2017-2018 | Northwind, India | Independent Consultant\n"
        "- Advised on the data warehouse\n"
    )
    assert _positions(_text(text)) == [
        ("Globex Inc", "Staff Engineer", "2019", "present"),
        ("Northwind", "Independent Consultant", "2017", "2018"),
    ]


def test_hospitals_and_ministries_are_employers() -> None:
    text = (
        "EXPERIENCE\n"
        "2013 – 2018   Systems Engineer Clinical Applications - Riverside Hospital\n"
        "- Wrote install procedures\n"
        "2008 – 2013   Adviseur - Ministerie van Financiën\n"
        "- Advised on budgets\n"
    )
    assert [company for company, *_ in _positions(_text(text))] == [
        "Riverside Hospital",
        "Ministerie van Financiën",
    ]


def test_a_header_line_wrapped_at_the_margin_goes_on_with_its_last_word() -> None:
    """`Acme Pest Control, Norcross, Georgia — Sales` ends where `Representative`, in
    italic on the next line, would not have fitted: the title wrapped at the margin that
    the prose under it fills."""
    prose = {"size": 9.0, "width": 326.0, "font": "Serif-Regular"}
    lines = _lines(
        ("Experience", HEADING),
        ("Acme Pest Control, Norcross, Georgia — Sales", {"size": 11.0, "width": 250.0}),
        ("Representative", {"size": 11.0, "width": 76.0, "font": "Serif-Italic"}),
        ("January 2023 - August 2023", {"size": 8.0, "width": 100.0}),
        ("I recruited and trained a summer sales team and then together we went", prose),
        ("door to door meeting people where they were at and helping them with", prose),
        ("their pest control needs.", {**prose, "width": 140.0}),
    )
    assert _positions(lines) == [
        ("Acme Pest Control", "Sales Representative", "2023-01", "2023-08"),
    ]


def test_an_employer_a_colon_and_a_title() -> None:
    text = (
        "EXPERIENCE\n"
        "Globex Group: Senior Backend Developer\n"
        "Oct 2021 – Present\n"
        "- Built the fund data services\n"
        "Northwind Openreach: Technical Lead\n"
        "May 2019 – Oct 2021\n"
        "- Led an eight-person team\n"
        "Position: Analyst\n"
    )
    assert _positions(_text(text))[:2] == [
        ("Globex Group", "Senior Backend Developer", "2021-10", "present"),
        ("Northwind Openreach", "Technical Lead", "2019-05", "2021-10"),
    ]


def test_a_line_led_by_the_joiner_names_the_employer_of_the_title_above() -> None:
    lines = _lines(
        ("Expériences professionnelles", HEADING),
        ("Janvier 2016 à mars 2016 : Agent polyvalent", {"bold": True}),
        ("à Mairie de Northville", {"x": 90.0}),
        ("2012 à 2015 : Agent d'entretien", {"bold": True}),
        ("à Mairie de Northville", {"x": 90.0}),
    )
    assert [(company, title) for company, title, _, _ in _positions(lines)] == [
        ("Mairie de Northville", "Agent polyvalent"),
        ("Mairie de Northville", "Agent d'entretien"),
    ]


def test_a_project_line_with_a_joiner_under_a_complete_header_line() -> None:
    """moderncv's description line under `Berufspraktikum, Acme, Wels`: `bei` joins the
    project to what it was for, not a title to its employer (German capitalises nouns)."""
    text = (
        "Beruflicher Werdegang\n"
        "04/2016 – 06/2016   Berufspraktikum, Northwind Robotik GmbH, Wels.\n"
        "Semi-Autonome Detektion von Aufgaben bei Rettungsrobotern\n"
        "02/2011 – 09/2013   Vollzeit: Monteur im Maschinenbau, Globex GmbH, Gmunden.\n"
    )
    assert _positions(_text(text)) == [
        ("Northwind Robotik GmbH", "Berufspraktikum", "2016-04", "2016-06"),
        ("Globex GmbH", "Monteur im Maschinenbau", "2011-02", "2013-09"),
    ]


def test_a_label_and_a_list_closing_an_entry_opens_no_entry() -> None:
    """`Schlagworte: C#, .Net, WPF, SQL` under a description: the entry's keywords, not a
    header line that would take the next entry's dated first line into a block of its own."""
    body = {"x": 71.5}
    lines = _lines(
        ("Berufserfahrung", HEADING),
        ("Software Entwickler – Northwind Software GmbH", {"bold": True}),
        ("2020, Jul-Okt. Die Firma entwickelt Software für Kassen im ganzen", body),
        ("Raum Europa. Hier war ich in der Entwicklung, in einer Abteilung von fünf", body),
        ("Personen, tätig und arbeitete am Frontend und am Backend der Kassen.", body),
        ("Schlagworte: C#, .Net, WPF, Vue.Js, SQL", body),
        ("Praktikum – Globex Labor GmbH", {"bold": True}),
        ("2018, Aug-Sep. Ich war verantwortlich für die Entwicklung einer neuen Software,", body),
        ("welche die Daten des Labors aufbereitet und in einer Datenbank speichert.", body),
    )
    assert _positions(lines) == [
        ("Northwind Software GmbH", "Software Entwickler", "2020-07", "2020-10"),
        ("Globex Labor GmbH", "Praktikum", "2018-08", "2018-09"),
    ]


def test_the_work_done_written_after_the_title_and_a_comma_is_no_part_of_it() -> None:
    text = (
        "EXPERIENCE\n"
        "Northwind Lifecycle Software\n"
        "Co-op Software Engineer, Developed corporate software during five internships.   "
        "January 2013 – January 2016\n"
        "- Built an iOS viewer\n"
    )
    assert _positions(_text(text)) == [
        ("Northwind Lifecycle Software", "Co-op Software Engineer", "2013-01", "2016-01"),
    ]


def test_a_town_after_the_employer_is_not_part_of_its_name() -> None:
    employer = {"bold": True, "size": 11.0, "font": "Lucida-Bold"}
    role = {"size": 10.0, "font": "Lucida"}
    lines = _lines(
        ("Berufserfahrung", HEADING),
        ("Acme Systems GmbH - Hagenberg   07.2024 - 07.2024", employer),
        ("Ferialpraktikant - Softwareentwicklung", role),
        ("Acme GmbH - Engineering Center Linz   08.2023 - 09.2023", employer),
        ("Werkstudent", role),
        ("tickwerk GbR, Dresden   12/2013 – 12/2015", employer),
        ("Helfer", role),
    )
    assert _positions(lines) == [
        ("Acme Systems GmbH", "Ferialpraktikant - Softwareentwicklung", "2024-07", "2024-07"),
        ("Acme GmbH - Engineering Center Linz", "Werkstudent", "2023-08", "2023-09"),
        ("tickwerk GbR", "Helfer", "2013-12", "2015-12"),
    ]


def test_sentences_of_a_date_column_line() -> None:
    text = (
        "Employment\n"
        "2018 – Present. Research Fellow. Acme Centre and School of Life Sciences, "
        "Northgate University, Australia.\n"
        "2013 - 2014. Statistics Advisor. Department of Zoology, Northgate University, "
        "New Zealand.\n"
    )
    assert _positions(_text(text)) == [
        (
            "Acme Centre and School of Life Sciences, Northgate University",
            "Research Fellow",
            "2018",
            "present",
        ),
        ("Department of Zoology, Northgate University", "Statistics Advisor", "2013", "2014"),
    ]


def test_positions_come_only_from_sections_of_work() -> None:
    text = (
        "Research Experience\n"
        "Graduate Research Assistant, Northgate University, 2019 – 2021\n"
        "- Ran the experiments\n"
        "Leadership\n"
        "Chess Club, President, 2018 – 2019\n"
        "- Ran the club\n"
        "Research Funding\n"
        "2020: Acme Foundation Fellowship, Principal Investigator\n"
    )
    assert _positions(_text(text)) == [
        ("Northgate University", "Graduate Research Assistant", "2019", "2021")
    ]


def test_a_section_of_bullets_that_start_with_dates() -> None:
    text = (
        "Professional experience\n"
        "• 2019 – Present: Translator at Kowloon Texts Co.\n"
        "• 2017 – 2019: Language Teacher at Odaba Institute (compulsory service)\n"
        "• 2012 – 2016: Language Instructor at Parsian Language Center\n"
        "• Tutoring (French and English)\n"
    )
    assert _positions(_text(text)) == [
        ("Kowloon Texts Co.", "Translator", "2019", "present"),
        # A descriptor in brackets is not part of the employer's name.
        ("Odaba Institute", "Language Teacher", "2017", "2019"),
        ("Parsian Language Center", "Language Instructor", "2012", "2016"),
    ]


def test_roles_and_titles_printed_as_the_first_bullets() -> None:
    text = (
        "Experience\n"
        "Pizzeria Uno, Springfield, MN. 09/2017 – Current.\n"
        "• Kitchen employee from 2017 – 2019\n"
        "• Delivery driver from 2019 – current.\n"
        "• Handled cash and kept orders right.\n"
        "Corner Superette, Andover, MN. 02/2018 – 08/2019.\n"
        "• Shift Supervisor.\n"
        "• Handled customer complaints in a professional manner.\n"
    )
    assert _positions(_text(text)) == [
        ("Pizzeria Uno", "Kitchen employee", "2017", "2019"),
        ("Pizzeria Uno", "Delivery driver", "2019", "present"),
        ("Corner Superette", "Shift Supervisor", "2018-02", "2019-08"),
    ]


def test_a_title_bullet_with_its_project_after_a_dash() -> None:
    """`• Support Consultant – Civil Registry of Ruritania:` under a line of dates and the
    employer: the title is the bullet's first strong piece, the rest names the project."""
    text = (
        "Experience\n"
        "January 2021 – Present : NORTHWIND SYSTEMS\n"
        "• Support Consultant – Civil Registry of Ruritania:\n"
        "Relayed the project team's work to the local integrator and the client.\n"
    )
    assert _positions(_text(text)) == [
        ("NORTHWIND SYSTEMS", "Support Consultant", "2021-01", "present")
    ]


def test_a_labelled_title_under_the_dates_opens_no_entry() -> None:
    """An employer over bold dates over `Должность: секретарь` (Position: clerk), the
    employer's and the title's lines in one style: the labelled line is the title of the
    entry it is in, not an entry of its own."""
    employer = {"size": 14.0, "font": "Times New Roman"}
    dates = {"size": 16.0, "bold": True, "font": "Times New Roman"}
    lines = _lines(
        ("Jane Doe", {"size": 16.0, "bold": True}),
        ("Опыт работы", HEADING),
        ("2014 - 2015", dates),
        ("ООО «Северный ветер»", employer),
        ("Должность: менеджер", employer),
        ("вела клиентскую базу", {**BULLET, "size": 14.0}),
        ("Частная клиника", employer),
        ("2016 - 2017", dates),
        ("Должность: секретарь", employer),
        ("вела делопроизводство", {**BULLET, "size": 14.0}),
    )
    assert _positions(lines) == [
        ("ООО «Северный ветер»", "менеджер", "2014", "2015"),
        ("Частная клиника", "секретарь", "2016", "2017"),
    ]


def test_a_bold_title_under_a_sentence_without_its_full_stop() -> None:
    """The last line of an entry's description ends without a full stop; the bold title
    and employer under it start the next entry, they do not go on with the sentence."""
    bold = {"bold": True, "size": 9.5}
    plain = {"size": 9.5}
    lines = _lines(
        ("Jane Doe", {"size": 16.0, "bold": True}),
        ("Experiência profissional", HEADING),
        ("Analista de sistemas", bold),
        ("Nortevento", bold),
        ("Período: abril de 2011 – março de 2020", bold),
        ("Responsável pelo parque de servidores e pela rede dos escritórios da empresa", plain),
        ("Migração de servidores entre data-centers", plain),
        ("Coordenador de redes", bold),
        ("Sulplano", bold),
        ("Período: junho de 2009 – abril de 2011", bold),
        ("Gestão de fornecedores de tecnologia e dos contratos de suporte da empresa", plain),
    )
    assert _positions(lines) == [
        ("Nortevento", "Analista de sistemas", "2011-04", "2020-03"),
        ("Sulplano", "Coordenador de redes", "2009-06", "2011-04"),
    ]


def test_an_earlier_role_labelled_previous() -> None:
    """`Previous: Trip Leader (January 2016 – August 2016)` under the current role: the
    label names no part of the title."""
    text = (
        "Experience\n"
        "Lakeside Outdoor Center – Course Supervisor | September 2016 – May 2019\n"
        "Previous: Course Facilitator & Trip Leader (January 2016 – August 2016)\n"
        "• Planned weekly staff schedules for the season.\n"
    )
    positions = _positions(_text(text))
    assert positions[-1][1:] == ("Course Facilitator & Trip Leader", "2016-01", "2016-08")


def test_an_employer_line_over_roles_with_their_own_dates() -> None:
    employer = {"bold": True, "size": 10.5, "font": "DejaVuSans-Bold"}
    role = {"size": 10.5, "font": "DejaVuSans"}
    dates = {"size": 9.0, "font": "DejaVuSans", "x": 480.0}
    lines = _lines(
        ("Relevant Work Experience", HEADING),
        ("Northwind Data Hub, Spain (Remote)   may. 2021 - Present", employer),
        ("feb. 2024 - Present", dates),
        ("Senior Data Engineer / Data Architect", role),
        ("Defined the data governance of the platform.", {**BULLET, "size": 9.0}),
        ("may. 2021 - feb. 2024", dates),
        ("Senior Data Engineer / Team Leader", role),
        ("Led a squad of data engineers.", {**BULLET, "size": 9.0}),
        ("Acme Labs, Málaga - Spain   nov. 2018 - may. 2019", employer),
        ("RF Engineer Trainee", role),
    )
    assert _positions(lines) == [
        ("Northwind Data Hub", "Senior Data Engineer / Data Architect", "2024-02", "present"),
        ("Northwind Data Hub", "Senior Data Engineer / Team Leader", "2021-05", "2024-02"),
        ("Acme Labs", "RF Engineer Trainee", "2018-11", "2019-05"),
    ]


def test_a_date_column_entry_with_its_title_indented_under_the_employer() -> None:
    employer = {"font": "CMR10", "x": 142.0}
    title = {"font": "CMTI10", "x": 233.0}
    lines = _lines(
        ("Beruflicher Werdegang", HEADING),
        ("12/2014 – 3/2015 Acme Technologie GmbH, Wiesbaden/Hessen", employer),
        ("Programmierer", title),
        ("12/2013 – 12/2015 ABU Linz - Institute for Complex Systems", employer),
        ("Studentischer Mitarbeiter", title),
    )
    assert _positions(lines) == [
        ("Acme Technologie GmbH", "Programmierer", "2014-12", "2015-03"),
        (
            "ABU Linz - Institute for Complex Systems",
            "Studentischer Mitarbeiter",
            "2013-12",
            "2015-12",
        ),
    ]


def test_an_employer_named_in_camel_case_starts_an_entry() -> None:
    """`zipLogic   Portland, OR` starts in lower case but is a brand, not a sentence's tail."""
    company = {"size": 9.0, "font": "Lato-Regular"}
    lines = _lines(
        ("Work Experience", HEADING),
        ("Northgate Media   Sydney, Australia", company),
        ("SENIOR SOFTWARE ENGINEER   Feb 2020 – Jan 2025", ROLE),
        ("Built the publishing tools.", {**BULLET, "size": 9.0}),
        ("zipLogic   Portland, OR", company),
        ("WEB DEVELOPER   May 2013 – Feb 2015", ROLE),
        ("Built client websites.", {**BULLET, "size": 9.0}),
    )
    assert _positions(lines) == [
        ("Northgate Media", "SENIOR SOFTWARE ENGINEER", "2020-02", "2025-01"),
        ("zipLogic", "WEB DEVELOPER", "2013-05", "2015-02"),
    ]


def test_title_lines_under_a_date_column_header_stay_in_the_header() -> None:
    """A date column whose first range is led by a word (`since 6/2015`), and a title in
    lower case: both title lines hang under the employer's text, in italics."""
    upright = {"x": 150.0, "font": "Serif-Regular"}
    italic = {"x": 233.0, "font": "Serif-Italic"}
    lines = _lines(
        ("Work Experience", HEADING),
        ("since 6/2015   Northgate Staffing GmbH", upright),
        ("Warehouse Helper, Road Works", italic),
        ("6/2002 - 5/2013   Westfield Engineering Office", upright),
        ("freelance engineering", italic),
    )
    assert _positions(lines) == [
        ("Northgate Staffing GmbH", "Warehouse Helper, Road Works", "2015-06", "present"),
        ("Westfield Engineering Office", "freelance engineering", "2002-06", "2013-05"),
    ]


def test_running_headers_and_footers_in_the_text_flow_are_no_positions() -> None:
    lines = _text(
        "Experience\n"
        "Acme Corp   Jan 2020 – Present\nSoftware Engineer\n- Built the billing service.\n"
        "Jane Doe – Resume – Page 1 of 2\n"
        "Last updated: March 2026\n"
        "Initrode   05/2017 – 12/2019\nAnalyst\n- Counted the stock.\n"
        "2 / 2\n"
    )
    assert _positions(lines) == [
        ("Acme Corp", "Software Engineer", "2020-01", "present"),
        ("Initrode", "Analyst", "2017-05", "2019-12"),
    ]


def test_europass_title_and_employer_beside_the_date_column() -> None:
    """Europass: the dates in a left column, the title and employer right of them in their
    own fonts, the entry's bullets under them."""
    date = {"size": 9.0, "bold": True, "x": 72.0, "font": "Arial-Bold"}
    title = {"size": 14.0, "x": 180.0, "font": "Arial"}
    employer = {"size": 10.0, "x": 180.0, "font": "Arial-Light"}
    bullet = {"size": 10.0, "x": 190.0, "bullet": True, "font": "Arial-Light"}
    lines = _lines(
        ("Jana Beispiel", {"size": 14.0, "bold": True}),
        ("jana@example.de", {}),
        ("Praxiserfahrung", HEADING),
        ("01/10/2020-aktuell", date),
        ("Werkstudentin Softwaretest", title),
        ("Beispielwerk Nord GmbH", employer),
        ("Testfälle für die Steuerung geschrieben", bullet),
        ("01/03/2019-31/08/2019", date),
        ("Wissenschaftliche Hilfskraft", title),
        ("Musterinstitut Süd", employer),
        ("Versuche ausgewertet", bullet),
    )
    assert _positions(lines) == [
        ("Beispielwerk Nord GmbH", "Werkstudentin Softwaretest", "2020-10", "present"),
        ("Musterinstitut Süd", "Wissenschaftliche Hilfskraft", "2019-03", "2019-08"),
    ]


def test_bullets_drawn_without_a_glyph_are_told_by_their_indent() -> None:
    """Bullets drawn as shapes leave only an indent: the indented long lines are the body,
    not the header of an entry, and a labelled project line names no employer."""
    header = {"bold": True, "size": 11.0, "font": "Nova-Bold"}
    plain = {"size": 11.0, "font": "Nova"}
    body = {**plain, "x": 90.0}
    lines = _lines(
        ("Work Experience", HEADING),
        ("Site Engineer,", header),
        ("Harbour Bridge Builders Co.", header),
        ("Aug 2021 - May 2024", plain),
        ("Delivered the approved shop drawings for all the harbour works", body),
        ("Reduced rework on site by a fifth over two seasons", body),
        ("Planner, Northfield Roadworks Company", header),
        ("(Earthwork & Roads)", header),
        ("Jun 2018 - Jul 2021", plain),
        ("Project: Ring Road Extension – East Gate", {**header, "size": 10.0}),
        ("Prepared the quantity take-offs for every road contract", body),
        ("Coordinated the survey teams with the consultants weekly", body),
    )
    assert _positions(lines) == [
        ("Harbour Bridge Builders Co.", "Site Engineer", "2021-08", "2024-05"),
        ("Northfield Roadworks Company", "Planner", "2018-06", "2021-07"),
    ]


def test_titles_with_a_team_in_brackets_under_one_employer() -> None:
    """`Data Engineer (Team Atlas)` under the employer's line: the team is no part of the
    title, and a title that wrapped inside its bracket goes on with the next line; a title
    with its employer in brackets names both."""
    employer = {"size": 15.0, "font": "Sans"}
    role = {"size": 12.6, "bold": True, "font": "Sans-Bold"}
    dates = {"size": 10.2, "font": "Sans"}
    lines = _lines(
        ("Work Experience", HEADING),
        ("Gridline Energy", employer),
        ("Data Engineer (Team Atlas)", role),
        ("Sep 2022 – present", dates),
        ("Built the metering data pipeline", BULLET),
        ("Software Developer (Customer", role),
        ("Portal Office)", role),
        ("Jul 2019 - Aug 2022", dates),
        ("Wrote the self-service portal", BULLET),
    )
    assert _positions(lines) == [
        ("Gridline Energy", "Data Engineer", "2022-09", "present"),
        ("Gridline Energy", "Software Developer", "2019-07", "2022-08"),
    ]
    one_line = _lines(("Experience", HEADING), ("Web Developer (Pixelhaus)   2016 – 2017", role))
    assert _positions(one_line) == [("Pixelhaus", "Web Developer", "2016", "2017")]


def test_two_titles_held_at_once_before_the_employer() -> None:
    lines = _lines(
        ("Experience", HEADING),
        ("Executive Engineer | Site Engineer, Meridian Building & Construction", COMPANY),
        ("Apr 2018 - May 2020", ROLE),
    )
    assert _positions(lines) == [
        (
            "Meridian Building & Construction",
            "Executive Engineer | Site Engineer",
            "2018-04",
            "2020-05",
        )
    ]


def test_a_place_in_the_employers_style_opens_no_entry() -> None:
    """`Lakeside Learning Centre` over `Springfield, IL`, both bold, over the title and its
    dates: the place says where the employer is."""
    bold = {"bold": True}
    lines = _lines(
        ("TEACHING EXPERIENCE:", bold),
        ("Lakeside Learning Centre", bold),
        ("Springfield, IL", bold),
        ("ESL Teacher   July 2019- Present", {}),
        ("Ran an adult classroom of twenty five learners every week", BULLET),
        ("Maple Grove Elementary School   Springfield, IL", bold),
        ("Reading Teacher   January 2020- June 2021", {}),
        ("Planned the reading lessons for small groups of second graders", BULLET),
    )
    assert _positions(lines) == [
        ("Lakeside Learning Centre", "ESL Teacher", "2019-07", "present"),
        ("Maple Grove Elementary School", "Reading Teacher", "2020-01", "2021-06"),
    ]


def test_a_line_that_groups_entries_names_none_of_them() -> None:
    """`FREELANCE WORK` over an employer and a title, where the other entries print only
    those two: a group, not the employer; an employer over its roles stays one."""
    group = {"size": 12.0, "font": "Sans"}
    lines = _lines(
        ("Other Work", HEADING),
        ("OPEN SOURCE", group),
        ("Quillpress Project", COMPANY),
        ("CORE CONTRIBUTOR   2014 – 2021", ROLE),
        ("FREELANCE WORK", group),
        ("Brightpixel Studio", COMPANY),
        ("WEB ENGINEER   Jun 2022 – Sep 2023", ROLE),
        ("Moxie Harbor Media", COMPANY),
        ("LEAD ENGINEER   Dec 2014 – Aug 2015", ROLE),
        ("Tallgrass Labs", COMPANY),
        ("PLUGIN ENGINEER   Feb 2014 – Aug 2015", ROLE),
    )
    assert [p[:2] for p in _positions(lines)] == [
        ("Quillpress Project", "CORE CONTRIBUTOR"),
        ("Brightpixel Studio", "WEB ENGINEER"),
        ("Moxie Harbor Media", "LEAD ENGINEER"),
        ("Tallgrass Labs", "PLUGIN ENGINEER"),
    ]


def test_bullets_drawn_with_a_glyph_the_reader_kept_each_head_an_entry() -> None:
    """`(cid:136) Title – Employer, Place (dates)`: a glyph the reader could not map stays
    in the text; each such bullet is an entry, without the glyph in its title."""
    lines = _lines(
        ("Experience", HEADING),
        ("(cid:136) Research Engineer – Northwind Labs, Springfield (2019 – 2022)", {}),
        ("(cid:136) Group Leader – Brightwater Energy Institute, Springfield (2016 – 2019)", {}),
        ("(cid:136) Software Engineer – Pelican Works, Shelbyville (2012 – 2016)", {}),
    )
    assert _positions(lines) == [
        ("Northwind Labs", "Research Engineer", "2019", "2022"),
        ("Brightwater Energy Institute", "Group Leader", "2016", "2019"),
        ("Pelican Works", "Software Engineer", "2012", "2016"),
    ]


def test_section_titles_in_a_margin_column_beside_the_entries() -> None:
    """Titles set in a margin column left of the body (`Professional` over `Appointments`,
    `Mentorship`): the reader joins them to the body text beside them; each run of margin
    lines is a title whatever its words, so a mentoring list is not read as experience."""
    margin = {"x": 36.0}
    body = {"x": 130.0}
    described = [("Led the analysis of the survey data for the county health board", body)] * 6
    lines = _lines(
        ("Robin Vale", {"x": 36.0, "size": 12.0, "bold": True}),
        ("Professional   Northwind University, Department of Physics", margin),
        ("Appointments   Associate Professor   July 2020 – Present", margin),
        ("Assistant Professor   August 2015 – June 2020", body),
        *described,
        ("Education   Ph.D. in Physics, Springfield University   2015", margin),
        *described,
        ("Mentorship   Graduate Students", margin),
        ("Ada Stone, PhD Advisor   Spring 2026", body),
        ("Ben Gray, PhD Committee Member   Fall 2024", body),
        *described,
        ("Industry   Acme Analytics, Springfield", margin),
        ("Experience", {**margin, "width": 60.0}),
        ("Data Analyst   May 2010 - August 2012", body),
        *described,
    )
    structure = build_structure(lines, "US")
    assert [(s.title, s.kind) for s in structure.sections] == [
        ("Professional Appointments", "experience"),
        ("Education", "education"),
        ("Mentorship", "other"),
        ("Industry Experience", "experience"),
    ]
    assert _positions(lines) == [
        (
            "Northwind University, Department of Physics",
            "Associate Professor",
            "2020-07",
            "present",
        ),
        (
            "Northwind University, Department of Physics",
            "Assistant Professor",
            "2015-08",
            "2020-06",
        ),
        ("Acme Analytics", "Data Analyst", "2010-05", "2012-08"),
    ]


def test_a_column_of_lines_standing_alone_at_the_left_is_no_margin_of_titles() -> None:
    """A sidebar's words (`Python`, `English`) at the left edge have no text beside them:
    they are not section titles, as margin titles beside their sections are."""
    side = {"x": 36.0}
    body = {"x": 200.0}
    described = [("Led the analysis of the survey data for the county health board", body)] * 20
    lines = _lines(
        ("Robin Vale", {"x": 200.0, "size": 14.0, "bold": True}),
        ("Skills", {**side, "bold": True}),
        ("Python", side),
        ("Experience", {**body, "bold": True}),
        ("Data Analyst, Acme Analytics   May 2010 - August 2012", body),
        *described[:2],
        ("Languages", {**side, "bold": True}),
        ("English", side),
        *described,
    )
    titles = [s.title for s in build_structure(lines, "US").sections]
    assert titles == ["Skills", "Experience", "Languages"]


def test_projects_dated_in_a_date_columns_text_are_no_entries() -> None:
    """A date column (`Nov 2020 - Aug 2022   Acme, Springfield` over the title): a line in
    the text column that ends with dates of its own is a project within the job above, and
    the lines under it describe it."""
    dates = {"x": 60.0, "size": 12.0}
    text = {"x": 134.0, "size": 10.9}
    project = {"x": 134.0, "size": 12.0}
    lines = _lines(
        ("Experience", HEADING),
        ("Nov 2020 - Aug 2022   Northwind Chips, Springfield.", dates),
        ("DevOps Engineer", text),
        ("Build speed, Nov 2020 - Aug 2022.", project),
        ("Tuned the build farm and its caches for every", text),
        ("platform the team shipped to", text),
        ("Jun 2017 - Nov 2020   Pelican Semiconductor, Springfield.", dates),
        ("QA Engineer", text),
        ("Autotests, 2017-2018.", project),
        ("Wrote the automated tests for the network driver.", text),
    )
    assert _positions(lines) == [
        ("Northwind Chips", "DevOps Engineer", "2020-11", "2022-08"),
        ("Pelican Semiconductor", "QA Engineer", "2017-06", "2020-11"),
    ]


def test_a_title_without_title_words_stands_where_the_sections_titles_do() -> None:
    """`Deckhand` over `Harbour Lines`, printed like `Project Manager` over `Coral Bay
    Studios`: no style tells the lines apart, and no word says `Deckhand` is a title; the
    section's entries whose words do say so put the title on the first line."""
    lines = _lines(
        ("Experience", HEADING),
        "March 2021 – May 2023   Project Manager",
        "Coral Bay Studios",
        ("Planned the releases of two mobile games.", BULLET),
        "June 2019 – August 2020   Software Developer",
        "Coral Bay Studios",
        ("Wrote the level editor.", BULLET),
        "June 2018 – August 2018   Deckhand",
        "Harbour Lines",
        ("Moored and cleaned the ferries.", BULLET),
    )
    assert _positions(lines)[2] == ("Harbour Lines", "Deckhand", "2018-06", "2018-08")


def test_a_one_line_entry_without_title_words_keeps_the_sections_title_first() -> None:
    """`Deckhand, Pelican Ferries` under `Accountant, Northwind Bank`: the section prints
    the title first, so the line without title words does too."""
    lines = _lines(
        ("Experience", HEADING),
        "Accountant, Northwind Bank   2021 – 2023",
        ("Kept the ledgers of the branch.", BULLET),
        "Deckhand, Pelican Ferries   2018 – 2020",
        ("Moored and cleaned the ferries.", BULLET),
    )
    assert _positions(lines) == [
        ("Northwind Bank", "Accountant", "2021", "2023"),
        ("Pelican Ferries", "Deckhand", "2018", "2020"),
    ]


def test_a_town_and_its_state_in_full_are_the_place_not_part_of_the_title() -> None:
    """`Pelican Ferries — Deckhand — Tilden, Oregon`: a state printed in full after the town
    makes the last piece a place, as `Tilden, OR` would; the title ends before it."""
    lines = _lines(
        ("Experience", HEADING),
        "Pelican Ferries — Deckhand — Tilden, Oregon — 2018 - 2020",
        ("Moored and cleaned the ferries.", BULLET),
        "Northwind Bank — Accountant — Lakeview, Manitoba — 2021 - 2023",
        ("Kept the ledgers of the branch.", BULLET),
    )
    assert _positions(lines) == [
        ("Pelican Ferries", "Deckhand", "2018", "2020"),
        ("Northwind Bank", "Accountant", "2021", "2023"),
    ]


def test_a_section_printing_no_dates_still_names_its_roles() -> None:
    """`Additional Experience` with no dates at all: each short header over a description
    is a role; the long first line of the description is not part of the header."""
    lines = _lines(
        ("Additional Experience", HEADING),
        ("Front Desk Assistant", {}),
        ("Marlow Family Clinic", {}),
        ("Summary: booked patient visits and kept the referral records up to date", {}),
        ("for four doctors.", {}),
        ("Volunteer Tutor", {}),
        ("Greenfield Library", {}),
        ("Helped adults prepare for their citizenship test.", {}),
    )
    assert _positions(lines) == [
        ("Marlow Family Clinic", "Front Desk Assistant", None, None),
        ("Greenfield Library", "Volunteer Tutor", None, None),
    ]


def test_an_undated_header_beside_dated_entries_is_no_role() -> None:
    """Where the section's entries print dates, an undated header is a group or a project."""
    lines = _lines(
        ("Experience", HEADING),
        ("Data Analyst", {}),
        ("Harbor Point Logistics   2019 – 2022", {}),
        ("Built the weekly freight cost report for the board.", {}),
        ("Side work", {}),
        ("Taught spreadsheet basics to neighbours on weekends.", {}),
    )
    assert _positions(lines) == [("Harbor Point Logistics", "Data Analyst", "2019", "2022")]


def test_the_counters_of_numbered_entries_name_no_part() -> None:
    B = {"bold": True}
    lines = built_lines(
        ("Work Experience", HEADING),
        ("1   Northwind, 2017.04 ~ 2017.06", B),
        ("Data Engineer", {"x": 90.0}),
        ("2   Westbrook Labs, 2017.07 ~ 2017.09", B),
        ("Research Intern", {"x": 90.0}),
    )
    companies = [position[0] for position in parsed_positions(lines)]
    assert companies == ["Northwind", "Westbrook Labs"]
