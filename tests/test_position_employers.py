"""Who employed, read apart from what is printed beside it: a line of duties under a title
line that names the employer, a department after the title, a role's qualifier, stack or
work mode in brackets (fictional people and employers; lines built as the PDF reader
makes them)."""

from __future__ import annotations

from dataclasses import replace

from reslint.model import Line, StyleRun
from tests.built_lines import built_lines, parsed_positions

HEADING = {"size": 14.0, "bold": True}
BULLET = {"bullet": True, "x": 80.0}
BOLD = {"bold": True}


def test_a_duty_line_under_a_title_line_that_names_the_employer() -> None:
    """`Barista | Bluebird Coffee Roasters | Denver, CO` under its dates, over a line of
    what the work was with no bullet: the employer is on the title's line, the sentence
    under it names none."""
    lines = built_lines(
        ("Work History", HEADING),
        "March 2020 – Present",
        "Barista | Bluebird Coffee Roasters | Denver, CO",
        "Prepared espresso drinks for regulars",
        ("Trained four new baristas", BULLET),
        "May 2017 – February 2020",
        "Cashier | Northgate Market | Boulder, CO",
        "Handled cash and card payments",
        ("Balanced the till each night", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Bluebird Coffee Roasters", "Barista", "2020-03", "present"),
        ("Northgate Market", "Cashier", "2017-05", "2020-02"),
    ]


def test_an_employer_line_under_a_title_line_is_still_the_employer() -> None:
    """`Shift Lead | Evening Crew` over `Harbor Foods Ltd`: a line printed as a name is the
    employer, not a duty, even where the title's line has a second piece."""
    lines = built_lines(
        ("Experience", HEADING),
        "2019 – 2022",
        "Shift Lead | Evening Crew",
        "Harbor Foods Ltd",
        ("Ran the evening shift", BULLET),
    )
    assert parsed_positions(lines) == [("Harbor Foods Ltd", "Shift Lead", "2019", "2022")]


def test_a_department_after_the_title_is_not_the_employer() -> None:
    """`Technical Specialist | Department of Technology Development` under the employer's
    line: the department (a company word in it or not) is the team, the line above names
    the employer, and the title ends before the department."""
    lines = built_lines(
        ("Experience", HEADING),
        "NORTHWIND WATER CORP – Lisbon, Portugal   2018 – 2020",
        "Operations Analyst | Department of Planning and Analysis",
        ("Forecast demand", BULLET),
        "BLUE RIVER UTILITIES – Porto, Portugal   2020 – 2024",
        "Technical Specialist | Department of Technology Development",
        ("Ran the pilots", BULLET),
    )
    assert parsed_positions(lines) == [
        ("NORTHWIND WATER CORP", "Operations Analyst", "2018", "2020"),
        ("BLUE RIVER UTILITIES", "Technical Specialist", "2020", "2024"),
    ]


def test_a_vietnamese_department_after_the_title() -> None:
    """`Phòng ...` (department) after a bar on the title line, under `CÔNG TY ...`."""
    lines = built_lines(
        ("Kinh nghiệm", HEADING),
        "CÔNG TY CỔ PHẦN SÔNG XANH – Đà Nẵng   2019 – 2023",
        "Chuyên viên Kế toán | Phòng Tài chính",
        ("Lập báo cáo tài chính", BULLET),
        "CÔNG TY TNHH BIỂN BẠC – Huế   2016 – 2019",
        "Kỹ sư Phần mềm | Phòng Phát triển Công nghệ",
        ("Viết phần mềm", BULLET),
    )
    assert parsed_positions(lines) == [
        ("CÔNG TY CỔ PHẦN SÔNG XANH", "Chuyên viên Kế toán", "2019", "2023"),
        ("CÔNG TY TNHH BIỂN BẠC", "Kỹ sư Phần mềm", "2016", "2019"),
    ]


def test_a_kind_of_role_in_brackets_stays_with_the_title() -> None:
    """`Software Engineer (Internship)` over `Birchwood Systems GmbH`: a bracket that reads
    as a title says what kind of role it was; the title is no employer (its `Software` is
    a company word)."""
    lines = built_lines(
        ("Experience", HEADING),
        ("Data Engineer   2021 – 2023", BOLD),
        ("Harbor Analytics AG", BOLD),
        ("Built pipelines", BULLET),
        ("Software Engineer (Internship)   2020 – 2021", BOLD),
        ("Birchwood Systems GmbH", BOLD),
        ("Wrote tests", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Harbor Analytics AG", "Data Engineer", "2021", "2023"),
        ("Birchwood Systems GmbH", "Software Engineer (Internship)", "2020", "2021"),
    ]


def test_a_work_mode_in_brackets_after_a_role_under_the_employer() -> None:
    """`Estagiário em Analista de Dados (Remoto)`, a second role under the employer above:
    how the work was done is not the title's."""
    lines = built_lines(
        ("Experiência", HEADING),
        "Lumen Tecnologia   Portugal",
        "Analista de Dados (Remoto)   2022 – 2024",
        ("Painéis de vendas", BULLET),
        "Estagiário em Analista de Dados (Remoto)   2021 – 2022",
        ("Relatórios semanais", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Lumen Tecnologia", "Analista de Dados", "2022", "2024"),
        ("Lumen Tecnologia", "Estagiário em Analista de Dados", "2021", "2022"),
    ]


def test_a_stack_in_brackets_after_a_one_line_title() -> None:
    """`Backend Developer (Go & Postgres) | Copperleaf Labs | Warsaw`: the stack in
    brackets is not the title's when the line names the employer beside it."""
    lines = built_lines(
        ("Experience", HEADING),
        "Backend Developer (Go & Postgres) | Copperleaf Labs | Warsaw   2022 – 2024",
        ("Built APIs", BULLET),
        "Frontend Developer (React & Redux) | Brightline | Warsaw   2020 – 2022",
        ("Built pages", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Copperleaf Labs", "Backend Developer", "2022", "2024"),
        ("Brightline", "Frontend Developer", "2020", "2022"),
    ]


def test_a_web_address_alone_under_the_title_names_the_employer() -> None:
    """`Freelancer` over `gigmarket.com` and `Remote`, `Farm hand` over `farmstay.info`: a
    site's address alone on a header line is the employer where no line names one, and a
    line of it is no sentence for starting in lower case."""
    name = {"bold": True, "size": 11.0}
    lines = built_lines(
        ("Work Experience", HEADING),
        "Freelancer   10/2022 – Present",
        ("gigmarket.com", name),
        ("Remote", name),
        ("Data entry jobs", BULLET),
        "Farm hand   11/2021 – 12/2021",
        ("farmstay.info", name),
        ("Hegra, Norway", name),
        ("Fed the animals", BULLET),
        "Office Assistant   03/2021 – 05/2021",
        ("Chamber of Growers", name),
        ("Filed the forms", BULLET),
    )
    assert parsed_positions(lines) == [
        ("gigmarket.com", "Freelancer", "2022-10", "present"),
        ("farmstay.info", "Farm hand", "2021-11", "2021-12"),
        ("Chamber of Growers", "Office Assistant", "2021-03", "2021-05"),
    ]


def test_a_short_name_before_the_employers_full_name_stays_with_it() -> None:
    """`MIRAL - Laboratoire Méridional d'Informatique` under the title, `Chercheur   QUASAR
    - École des Mines de Nordville` on one line: the organisation's short name and a dash
    before its full name (or before the school it belongs to) are one employer."""
    lines = built_lines(
        ("Expérience", HEADING),
        ("Stage dans un laboratoire de recherche   2015 – 2016", BOLD),
        "MIRAL - Laboratoire Méridional d'Informatique",
        ("Wrote a solver", BULLET),
        ("Développeur web   2016 – 2018", BOLD),
        "Clairon Studio",
        ("Built sites", BULLET),
        "Chercheur   QUASAR - École des Mines de Nordville   2018 – 2020",
        ("Ran the models", BULLET),
    )
    assert parsed_positions(lines) == [
        (
            "MIRAL - Laboratoire Méridional d'Informatique",
            "Stage dans un laboratoire de recherche",
            "2015",
            "2016",
        ),
        ("Clairon Studio", "Développeur web", "2016", "2018"),
        ("QUASAR - École des Mines de Nordville", "Chercheur", "2018", "2020"),
    ]


def _in_runs(line: Line, *runs: tuple[str, bool]) -> Line:
    return replace(line, runs=tuple(StyleRun(text, bold) for text, bold in runs))


def test_a_lower_case_word_in_another_style_goes_on_with_the_title() -> None:
    """`**Desarrollador** front-end **Arenal Sistemas S.L.**`: where a style change cuts a
    title before a word in lower case, the word is still the title's (no name starts in
    lower case); the employer is the part after it."""
    heading, header, body = built_lines(
        ("Experiencia", HEADING),
        "Desarrollador front-end Arenal Sistemas S.L.   2019 – 2022",
        ("Mantuve la aplicación web", BULLET),
    )
    header = _in_runs(
        header,
        ("Desarrollador", True),
        ("front-end", False),
        ("Arenal Sistemas S.L.   2019 – 2022", True),
    )
    assert parsed_positions((heading, header, body)) == [
        ("Arenal Sistemas S.L.", "Desarrollador front-end", "2019", "2022")
    ]


def test_a_longer_header_keeps_its_title_where_the_sections_order_puts_it() -> None:
    """`KESTREL` over `Own business` over `Position: Tester IT`, where the section's other
    entries print the employer over the title on two lines: the title comes after the
    employer's line as theirs does, on its third line, not on the second."""
    company = {"bold": True, "size": 9.0}
    role = {"bold": True, "size": 8.0}
    plain = {"size": 8.0}
    lines = built_lines(
        ("Experience", HEADING),
        ("07.2019 - present NORTHWIND RETAIL SA", company),
        ("Stores, Checkout Suite", plain),
        ("Position: Junior Test Engineer", role),
        ("11.2018 - 06.2019 KESTREL", company),
        ("Own business", plain),
        ("Position: Tester IT", plain),
        ("03.2016 - 10.2018 BLUEBANK SA", company),
        ("Position: Customer Service Consultant", role),
        ("11.2013 - 02.2016 HARBOUR CREDIT SA", company),
        ("Position: Sales Specialist", role),
        ("05.2011 - 10.2013 LANTERN LOANS SA", company),
        ("Position: Junior Advisor", role),
    )
    assert parsed_positions(lines)[:2] == [
        ("NORTHWIND RETAIL SA", "Junior Test Engineer", "2019-07", "present"),
        ("KESTREL", "Tester IT", "2018-11", "2019-06"),
    ]


def test_a_description_that_wraps_its_second_sentence_is_no_header_line() -> None:
    """`Summer placement with the Forecast Department. Mostly built dashboards` under the title:
    a line ending one sentence and running on with the next is the description, not a
    third header line (which made the employer's line look like a group label)."""
    company = {"bold": True, "font": "Serif-Bold"}
    role = {"font": "Serif-Italic"}
    plain = {"font": "Serif"}
    lines = built_lines(
        ("Industry Experience", HEADING),
        ("Harbour Analytics, Leeds, UK", plain),
        ("Data Analyst   May 2016 - August 2016", role),
        ("Summer placement with the Forecast Department. Mostly built dashboards", plain),
        ("interactive charts in Python for the regional teams.", plain),
        ("Lantern Logistics, York, UK", company),
        ("Contractor   July 2012 - July 2013", role),
        ("Wrote the route planner and its reports for the depot managers.", plain),
        ("Copperfield Consulting, Hull, UK", company),
        ("Intern Analyst   June 2011 - August 2011", role),
        ("Cleaned survey data and wrote the weekly summaries for clients.", plain),
    )
    assert parsed_positions(lines)[0] == ("Harbour Analytics", "Data Analyst", "2016-05", "2016-08")


def test_a_bullet_broken_at_a_hyphen_goes_on_left_of_its_text() -> None:
    """`• Schleifversuche an Wendeplatten aus Bor-` over `Nitrid und Auswertung …` printed a
    little left of the bullet's text, as word processors set a wrapped line: the word goes
    on, the line is the bullet's, not a header line naming an employer (German nouns start
    in capitals, so the case does not tell)."""
    date = {"bold": True, "size": 9.0, "x": 40.0}
    title = {"size": 14.0, "x": 120.0}
    company = {"x": 120.0}
    bullet = {"bullet": True, "x": 126.0}
    lines = built_lines(
        ("Berufserfahrung", HEADING),
        ("10/2017 – 01/2018", date),
        ("Wissenschaftliche Hilfskraft", title),
        ("Institut für Zerspanung (NLU)", company),
        ("Durchführung von Schleifversuchen an Wendeplatten aus Bor-", bullet),
        ("Nitrid und Auswertung der Versuche", {"x": 120.0}),
        ("10/2016 – 09/2017", date),
        ("Wissenschaftliche Hilfskraft", title),
        ("Institut für Regelungstechnik (NLU)", company),
        ("Betreuung der Laborübungen", bullet),
    )
    assert parsed_positions(lines) == [
        ("Institut für Zerspanung (NLU)", "Wissenschaftliche Hilfskraft", "2017-10", "2018-01"),
        (
            "Institut für Regelungstechnik (NLU)",
            "Wissenschaftliche Hilfskraft",
            "2016-10",
            "2017-09",
        ),
    ]


def test_a_duty_line_under_a_title_line_names_no_employer() -> None:
    """`Barista   2019 – 2021` over `Prepared espresso drinks for regulars`: with no employer
    printed, the sentence under the title is what the work was, not the employer; under
    `Barista, Bluebird Coffee` the employer is the title line's own."""
    lines = built_lines(
        ("Experience", HEADING),
        ("Barista   2019 – 2021", BOLD),
        "Prepared espresso drinks for regulars",
        ("Trained new staff", BULLET),
        ("Shift Supervisor, Northgate Market   2016 – 2019", BOLD),
        "Opened and closed the store on weekends",
        ("Counted the till", BULLET),
    )
    assert parsed_positions(lines) == [
        (None, "Barista", "2019", "2021"),
        ("Northgate Market", "Shift Supervisor", "2016", "2019"),
    ]


def test_a_name_in_sentence_case_under_the_title_is_still_the_employer() -> None:
    """`Лаборатория вычислительной биологии при ЮГУ` (a lab at a university, as Russian
    writes names, in sentence case) under the title: its acronym says it is a name."""
    lines = built_lines(
        ("Опыт работы", HEADING),
        ("Лаборант   04.2023 – н.в.", BOLD),
        "Лаборатория вычислительной биологии при ЮГУ",
        ("Обработка данных секвенирования", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Лаборатория вычислительной биологии при ЮГУ", "Лаборант", "2023-04", "present")
    ]


def test_a_descriptor_after_the_employer_is_not_its_name() -> None:
    """`Copperleaf Labs, a fintech startup` and `Brightline – an early-stage health
    startup`: what a comma or a dash adds in lower case describes the employer; a name
    starts in capitals."""
    lines = built_lines(
        ("Experience", HEADING),
        ("Software Engineer   2021 – 2023", BOLD),
        "Copperleaf Labs, a fintech startup",
        ("Built the payments API", BULLET),
        ("Brightline – an early-stage health startup   2019 – 2021", BOLD),
        "Junior Developer",
        ("Built the patient portal", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Copperleaf Labs", "Software Engineer", "2021", "2023"),
        ("Brightline", "Junior Developer", "2019", "2021"),
    ]


def test_a_duty_line_under_a_title_and_employer_parted_by_commas() -> None:
    """`Technician, Frostline Recovery, Austin, TX` over `Explained services, technology,
    and terminology`: the employer is the title line's second part (the sentence's company
    words make it no employer), and the title ends before it."""
    lines = built_lines(
        ("Experience", HEADING),
        "June 2018 – May 2019",
        "Technician, Frostline Recovery, Austin, TX",
        "Explained services, technology, and terminology",
        ("Booked appointments", BULLET),
    )
    assert parsed_positions(lines) == [("Frostline Recovery", "Technician", "2018-06", "2019-05")]


def test_an_employer_parted_from_the_title_by_a_hyphen_spaced_before_only() -> None:
    """`Bluewater Freight LLC -Delivery Driver —May 2021 - Present`: a hyphen with a space
    before it and none after parts the employer from the title, as a one-sided dash does
    (`Engineer –Acme`); a word's hyphen has no space before it (`Door-to-door`)."""
    lines = built_lines(
        ("Experience", HEADING),
        "Bluewater Freight LLC -Delivery Driver —May 2021 - Present",
        ("Door-to-door deliveries on a daily route", BULLET),
        "Harbor Lights Cafe –Shift Supervisor –June 2018 - April 2021",
        ("Opened and closed the store", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Bluewater Freight LLC", "Delivery Driver", "2021-05", "present"),
        ("Harbor Lights Cafe", "Shift Supervisor", "2018-06", "2021-04"),
    ]


def test_a_title_keeps_its_head_noun_before_a_bracket_that_qualifies_it() -> None:
    """`Software Engineer (Part time), Kestrel` and `Entwicklerin (Projektarbeit)` over
    `Bergwerk Studio`: the head noun stands before the bracket, so the words read a title
    there, not an employer (`Software` is also a company's word)."""
    one_line = built_lines(
        ("Experience", HEADING),
        "Software Engineer (Part time), Kestrel   May 2019 – Dec 2019",
        ("Built the scoring service", BULLET),
    )
    assert parsed_positions(one_line) == [
        ("Kestrel", "Software Engineer (Part time)", "2019-05", "2019-12")
    ]
    two_lines = built_lines(
        ("Berufserfahrung", HEADING),
        ("Softwareentwicklerin (Projektarbeit)   02/2025 – 04/2025", BOLD),
        ("Bergwerk Studio", BOLD),
        ("Optimierung einer Webseite", BULLET),
    )
    assert parsed_positions(two_lines) == [
        ("Bergwerk Studio", "Softwareentwicklerin (Projektarbeit)", "2025-02", "2025-04")
    ]


def test_a_public_employer_and_its_centre_before_a_country_in_turkish() -> None:
    """`Politika Uzmanı – Northern Rivers Commission, Water Research Centre, İtalya`: a
    commission and its research centre are the employer (public employers carry no legal
    form), and `İtalya`, Italy in Turkish, is where; the title does not run on into them."""
    lines = built_lines(
        ("Deneyim", HEADING),
        "Politika Uzmanı – Northern Rivers Commission, Water Research Centre, İtalya   2013 – 2014",
        ("Su kaynakları raporları hazırladı", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Northern Rivers Commission, Water Research Centre", "Politika Uzmanı", "2013", "2014")
    ]


def test_a_town_of_two_words_after_the_employer_is_its_place() -> None:
    """`Seeblick Klinik - Bad Kleinau` and `Nordtal Pumpen GmbH - St. Ansgar`: a town's name
    of two words, led by a word that starts town names, is where the employer is, as a
    town of one word (`- Hagenberg`) is."""
    lines = built_lines(
        ("Berufserfahrung", HEADING),
        ("Seeblick Klinik - Bad Kleinau   09.2020 - 05.2021", BOLD),
        "Zivildiener",
        ("Betreuung der Patienten", BULLET),
        ("Nordtal Pumpen GmbH - St. Ansgar   07.2018 - 07.2018", BOLD),
        "Pflichtpraktikum",
        ("Montage der Pumpen", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Seeblick Klinik", "Zivildiener", "2020-09", "2021-05"),
        ("Nordtal Pumpen GmbH", "Pflichtpraktikum", "2018-07", "2018-07"),
    ]


def test_an_employer_printed_in_lower_case_under_the_title() -> None:
    """`Youth Mentor` over `northwind youth network` over its dates, as the entries above
    print title, employer and dates: a short line in lower case in the header's own type
    is the employer, not the first line of a description (set in the body's type)."""
    header = {"font": "Sans-Regular", "size": 10.0}
    dates = {"font": "Sans-Italic", "size": 10.0}
    body = {"font": "Sans-Regular", "size": 8.0, "x": 80.0, "bullet": True}
    lines = built_lines(
        ("Professional Experience", {"size": 15.0, "bold": True, "font": "Sans-Bold"}),
        ("Graphic Designer", header),
        ("Bluebird Studio Agency", header),
        ("2024 – Present", dates),
        ("Designed posters for clients", body),
        ("Youth Mentor", header),
        ("northwind youth network", header),
        ("October 2023 - December 2023", dates),
        ("Ran weekly workshops", body),
    )
    assert parsed_positions(lines) == [
        ("Bluebird Studio Agency", "Graphic Designer", "2024", "present"),
        ("northwind youth network", "Youth Mentor", "2023-10", "2023-12"),
    ]


def test_a_freelance_role_under_an_employer_is_not_theirs() -> None:
    """`Freelance Web Developer   2016 – 2019` alone after `Software Engineer, Acme
    Robotics`: an entry of one title line is another role at the employer above, but not
    one held on one's own account (`Freelance`, `Selbstständig`, `Autónomo`)."""
    lines = built_lines(
        ("Experience", HEADING),
        ("Software Engineer, Kestrel Robotics   2019 – 2022", BOLD),
        ("Built robot arms", BULLET),
        ("Freelance Web Developer   2016 – 2019", BOLD),
        ("Built sites for clients", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Kestrel Robotics", "Software Engineer", "2019", "2022"),
        (None, "Freelance Web Developer", "2016", "2019"),
    ]


def test_a_title_line_over_an_employer_line_that_says_what_it_does() -> None:
    """`DevOps Engineer` over `Kestrel Cloud Ltd, Remote - eCommerce & software support`:
    the second line reads as a title and an employer on its own (`support` is a title
    word), but the line above reads more as the title; what follows the dash there is
    what the employer does."""
    lines = built_lines(
        ("Experience", HEADING),
        ("DevOps Engineer   2023 – Present", BOLD),
        "Kestrel Cloud Ltd, Remote - eCommerce & software support",
        ("Moved the clusters to Terraform", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Kestrel Cloud Ltd", "DevOps Engineer", "2023", "present"),
    ]
