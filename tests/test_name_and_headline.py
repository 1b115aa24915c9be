"""The person's name and headline, read from typography, labels and place on the page."""

from __future__ import annotations

import pytest

from reslint.examples import example_document
from reslint.model import Box, Field, Line, Section
from reslint.structure.headline import find_role_headline
from reslint.structure.name_text import clean, repair_marks
from tests.linedocs import document, pdf_line


def boxed(text: str, x0: float, top: float, size: float = 10.0, **style) -> Line:
    height = size * 1.2
    box = Box(x0, top, x0 + 6 * len(text), top + height)
    return Line(text, box=box, font_size=size, page_height=792.0, **style)


def markdown(text: str):
    return example_document(text, "markdown", "US")


# --- the name ---------------------------------------------------------------------------------


def test_a_title_line_above_the_name_is_not_the_name():
    doc = document(
        pdf_line("One-page CV", 30, font_size=22, bold=True),
        pdf_line("Jane Doe", 60, font_size=20, bold=True),
        pdf_line("jane.doe@example.org", 85),
        pdf_line("Experience", 120, font_size=14, bold=True),
        pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", 140),
    )
    assert doc.contact.name.value == "Jane Doe"


@pytest.mark.parametrize("detail", ["Führerschein Klasse B", "Permis B", "Nationality British"])
def test_a_field_printed_without_its_colon_is_not_the_name(detail: str):
    # The details above the name in a sidebar: the label, then its value, no colon.
    doc = document(
        pdf_line("Karlsbad, Deutschland", 30),
        pdf_line("jana.muster@example.de", 44),
        pdf_line(detail, 58),
        pdf_line("Berufserfahrung", 90, font_size=14, bold=True),
        pdf_line("Acme GmbH — Softwareentwicklerin, 01/2021 – heute", 110),
    )
    assert doc.contact.name is None or doc.contact.name.value != detail


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["NAME   Jane Doe", "ADRESSE   12 Rue Exemple, 75001 Paris"], "Jane Doe"),
        (["Prénom : Jeanne / Nom : Dupont", "Né le : 01.02.1990"], "Jeanne Dupont"),
        (["Name, Vorname:\tMuster, Max", "Geburtsdatum:\t01.02.1990"], "Muster, Max"),
        (["Nombre:\tJuan Pérez Gómez.", "DNI:\t12345678."], "Juan Pérez Gómez"),
        (["Имя: Иван", "Фамилия: Петров"], "Иван Петров"),
        # No surname field: the first-name label holds the whole name.
        (["Имя: Петров Иван Сергеевич", "Дата рождения: 01.02.1990"], "Петров Иван Сергеевич"),
        # A label without case, the name after one space, as Japanese forms print it.
        (["氏名 山田 花子", "生年月日 1990 年 4 月 1 日"], "山田 花子"),
    ],
)
def test_a_labelled_name_field(lines: list[str], name: str):
    doc = document(
        pdf_line("Curriculum Vitae", 30, font_size=16, bold=True),
        *(pdf_line(text, 60 + 14 * i, font_size=11) for i, text in enumerate(lines)),
        pdf_line("Experience", 140, font_size=14, bold=True),
        pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", 160),
    )
    assert doc.contact.name.value == name
    assert doc.contact.name_confidence >= 0.9


def test_a_name_field_of_a_project_is_not_the_persons():
    doc = markdown(
        "# Jane Doe\njane.doe@example.org\n\n## Projects\nName: Billing Revamp\n"
        "Built the billing service\n"
    )
    assert doc.contact.name.value == "Jane Doe"


def test_a_name_over_two_lines_first_name_above_the_surname():
    doc = document(
        boxed("JANE", 50, 40, 28, bold=True),
        boxed("VAN DER BERG", 50, 75, 28, bold=True),
        boxed("Data Engineer", 50, 115, 12),
        boxed("Experience", 50, 150, 14, bold=True),
        boxed("Acme Inc. — Data Engineer, Jan 2021 – Present", 50, 170),
    )
    assert doc.contact.name.value == "JANE VAN DER BERG"
    assert doc.contact.headline.value == "Data Engineer"


def test_a_surname_printed_first_with_its_comma_takes_the_names_below():
    doc = document(
        boxed("GARCÍA LÓPEZ,", 50, 40, 28, bold=True),
        boxed("Ana María", 50, 75, 28, bold=True),
        boxed("Ingeniera de datos", 50, 115, 14),
        boxed("Experiencia", 50, 150, 14, bold=True),
        boxed("Acme S.A. — Ingeniera de datos, 2021 – 2023", 50, 170),
    )
    assert doc.contact.name.value == "GARCÍA LÓPEZ Ana María"
    assert doc.contact.headline.value == "Ingeniera de datos"


def test_a_compound_job_title_under_the_name_is_no_part_of_it():
    doc = document(
        boxed("Dr. Lena Vogt", 220, 50, 25, bold=True),
        boxed("Backend-Entwicklerin", 220, 80, 14),
        boxed("Berufserfahrung", 50, 150, 14, bold=True),
        boxed("Acme GmbH — Entwicklerin, 2021 – 2023", 50, 170),
    )
    assert doc.contact.name.value == "Lena Vogt"
    assert doc.contact.headline.value == "Backend-Entwicklerin"


@pytest.mark.parametrize(
    ("first", "last", "name"),
    [
        (boxed("Jane", 40, 40, 30), boxed("DOE", 40, 76, 30, bold=True), "Jane DOE"),
        (boxed("Jane", 40, 40, 26), boxed("DOE", 40, 74, 32, bold=True), "Jane DOE"),
        (boxed("JANE", 40, 40, 30), boxed("DOE", 140, 40, 30, bold=True), "JANE DOE"),
        (boxed("Mary Jane", 40, 40, 30), boxed("DOE", 40, 76, 30, bold=True), "Mary Jane DOE"),
    ],
)
def test_a_name_whose_halves_differ_in_weight_or_size(first: Line, last: Line, name: str):
    # Designed templates set the first name light and the surname bold, or larger.
    doc = document(
        first,
        last,
        boxed("Data Analyst", 40, 120, 12),
        boxed("jane@example.org", 40, 140),
        boxed("EXPERIENCE", 40, 180, 14, bold=True),
        boxed("Acme Inc. — Analyst, Jan 2021 – Present", 40, 200),
    )
    assert doc.contact.name.value == name
    assert doc.contact.headline.value == "Data Analyst"


def test_body_sized_lines_of_other_type_are_not_halves_of_a_name():
    doc = document(
        boxed("Jane", 40, 40, 12, bold=True),
        boxed("Berlin", 40, 56, 10),
        boxed("jane@example.org", 40, 70),
        boxed("EXPERIENCE", 40, 110, 12, bold=True),
        boxed("Acme Inc. — Analyst, Jan 2021 – Present", 40, 130),
    )
    assert doc.contact.name is None or doc.contact.name.value != "Jane Berlin"


def test_a_name_split_beside_itself_in_two_columns():
    doc = document(
        boxed("JANE", 120, 80, 22, bold=True),
        boxed("Profile", 20, 200, 15, bold=True),
        boxed("Data engineer who likes clean pipelines.", 20, 220),
        boxed("DOE", 370, 80, 22, bold=True),
        boxed("Experience", 310, 200, 15, bold=True),
        boxed("Acme Inc. — Data Engineer, Jan 2021 – Present", 310, 220),
    )
    assert doc.contact.name.value == "JANE DOE"


def test_a_name_set_like_the_section_titles_on_the_first_line_is_the_name():
    # One size throughout: the name and the section titles are all bold 11 pt.
    doc = document(
        pdf_line("Ada Lake", 40, font_size=11, bold=True),
        pdf_line("ada.lake@example.org | 914-555-0143", 55, font_size=11),
        pdf_line("Career Summary", 80, font_size=11, bold=True),
        pdf_line("Project manager with ten years in supply chains.", 95, font_size=11),
        pdf_line("Experience", 120, font_size=11, bold=True),
        pdf_line("Acme Corp, Project Manager, 2012 – Present", 135, font_size=11),
        pdf_line("Education", 160, font_size=11, bold=True),
        pdf_line("Example University, BA, 2011", 175, font_size=11),
    )
    assert doc.contact.name.value == "Ada Lake"


def test_a_name_that_opens_a_contact_line_between_slashes():
    doc = document(
        pdf_line("Ada Lake / ada.lake@example.org / 07700 900123", 40, font_size=12),
        pdf_line("Experience", 70, font_size=12, bold=True),
        pdf_line("Acme Corp, Analyst, 2019 – Present", 85, font_size=11),
    )
    assert doc.contact.name.value == "Ada Lake"


def test_a_name_in_a_sidebar_below_the_first_section_title():
    doc = document(
        boxed("EDUCATION", 220, 30, 18, bold=True),
        boxed("Example University   2019 - 2023", 220, 60, 11, bold=True),
        boxed("Jane", 20, 180, 24, bold=True),
        boxed("Doe", 20, 210, 24, bold=True),
        boxed("CONTACT", 20, 250, 11, bold=True),
        boxed("jane.doe@example.org", 20, 270),
    )
    assert doc.contact.name.value == "Jane Doe"


def test_a_section_title_in_another_language_is_not_the_name():
    doc = document(
        pdf_line("Москва, Россия", 40),
        pdf_line("ivan.petrov@example.org", 55),
        pdf_line("Иван Петров   github.com/ivan", 70),
        pdf_line("О себе", 110, font_size=17),
        pdf_line("Инженер по тестированию", 130, font_size=12),
    )
    assert doc.contact.name.value == "Иван Петров"


def test_an_affiliation_in_larger_type_is_not_the_name():
    doc = document(
        pdf_line("+1 609 999 9995", 40),
        pdf_line("Jane Doe   jane.doe@example.org", 55, font_size=9),
        pdf_line("Example Institute for Research in Oceans", 80, font_size=12),
        pdf_line("Sciences, University of Example", 95, font_size=12),
        pdf_line("National Centers for Ocean Information", 110, font_size=12),
        pdf_line("Education", 140, font_size=14, bold=True),
    )
    assert doc.contact.name.value == "Jane Doe"
    assert doc.contact.headline is None


def test_a_glued_name_too_large_to_ignore_leaves_no_guess():
    doc = document(
        boxed("CONTACT", 20, 40, 9, bold=True),
        boxed("jane.doe@example.org", 20, 60, 7),
        boxed("SKILLS", 20, 90, 9, bold=True),
        boxed("Python, SQL", 20, 110, 7),
        boxed("JANEMARIEDOE", 220, 300, 17),
        boxed("DATA ANALYTICS", 220, 325, 10),
    )
    assert doc.contact.name is None
    assert doc.contact.name_confidence == 0.0


@pytest.mark.parametrize(
    "handle",
    ["linkedin.com/in/jane-marie-doe-0a1b2c", "linkedin.com/in/Jane Marie Doe"],
)
def test_a_glued_name_spelled_by_the_persons_handle_is_split_by_it(handle: str):
    # The text layer lost the spaces of a letter-spaced name; the LinkedIn handle spells
    # the same words with separators.
    doc = document(
        boxed("CONTACT", 20, 40, 9, bold=True),
        boxed("janemariedoe7@example.org", 20, 60, 7),
        boxed(handle, 20, 75, 7),
        boxed("SKILLS", 20, 90, 9, bold=True),
        boxed("Python, SQL", 20, 110, 7),
        boxed("JANEMARIEDOE", 220, 300, 17),
        boxed("DATA ANALYTICS", 220, 325, 10),
    )
    assert doc.contact.name.value == "JANE MARIE DOE"
    assert doc.contact.name.line.text == "JANEMARIEDOE"
    assert doc.contact.headline.value == "DATA ANALYTICS"


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Dr. Jane Doe she/her", "Jane Doe"),
        ("Jane Doe they / them", "Jane Doe"),
        ("Doç.Dr. Ayşe Yılmaz", "Ayşe Yılmaz"),
        ("JaneDoe", "Jane Doe"),
        ("J A N E   D O E", "JANE DOE"),  # the wider gap is between the words
        ("J A N E", "JANE"),
        ("Jane Doe (She/Her)", "Jane Doe"),
        ("Jane Doe, PhD", "Jane Doe"),
        ("JANE DOE, CPA, PMP", "JANE DOE"),
        ("Jane Doe, M.Sc.", "Jane Doe"),
        ("Jane Doe 🚀", "Jane Doe"),
        ("Doe, Jane", "Doe, Jane"),  # the surname first, not a credential
        ("Ma, Ed", "Ma, Ed"),
        ("Jane Doe B.Sc.", "Jane Doe"),  # no comma before the degree
        ("Jane Doe MBA", "Jane Doe"),
        ("Jane Ma", "Jane Ma"),  # a surname of two capitals is no credential
        ("Jane Lee Ed", "Jane Lee Ed"),
    ],
)
def test_names_are_cleaned(printed: str, name: str):
    assert clean(printed) == name


def test_a_name_with_its_credentials_at_the_top_is_still_the_name():
    doc = document(
        pdf_line("Jane Doe, PhD, PMP", 40, font_size=24, bold=True),
        pdf_line("Data Scientist", 65, font_size=13),
        pdf_line("jane.doe@example.org", 85),
        pdf_line("Experience", 120, font_size=14, bold=True),
        pdf_line("Acme Inc. — Data Scientist, Jan 2021 – Present", 140),
    )
    assert doc.contact.name.value == "Jane Doe"
    assert doc.contact.name.line.text == "Jane Doe, PhD, PMP"
    assert doc.contact.headline.value == "Data Scientist"


def test_accents_printed_apart_go_back_on_their_letters():
    assert repair_marks("Bjo \u0308rn Muster") == "Björn Muster"
    assert repair_marks("Perso \u0308nliche Daten") == "Persönliche Daten"
    assert repair_marks("Go \u0308zde S \u0327ahin") == "Gözde Şahin"


def test_confidence_follows_the_evidence():
    standout = document(pdf_line("Jane Doe", 40, font_size=24), pdf_line("jane@x.org", 70))
    plain = markdown("Jane Doe\njane.doe@example.org\n")
    assert standout.contact.name_confidence > plain.contact.name_confidence > 0


# --- the headline -----------------------------------------------------------------------------


def test_the_role_that_opens_the_contact_line_is_the_headline():
    doc = markdown("# Jane Doe\nAccount Manager | jane.doe@example.org | +1 609 999 9995\n")
    assert doc.contact.headline.value == "Account Manager"


def test_a_role_in_capitals_before_a_link_in_capitals_is_the_headline():
    # A contact line set in capitals: the link is contact even so, and the one word
    # before it is the role, not an unknown section title.
    doc = document(
        pdf_line("JANE DOE", 40, font_size=24),
        pdf_line("CARTOGRAPHER | JANEDOEMAPS.BLOGSPOT.COM", 70),
        pdf_line("EXPERIENCE", 100, font_size=14, bold=True),
        pdf_line("GIS Technician, Acme Energy, Oct 2015 – Nov 2015", 120),
    )
    assert doc.contact.headline.value == "CARTOGRAPHER"
    assert doc.contact.headline.line.text.startswith("CARTOGRAPHER |")


def test_a_label_that_opens_the_contact_line_is_no_headline():
    doc = markdown("# Jane Doe\nE-mail:   jane.doe@example.org\nMobile   +1 609 999 9995\n")
    assert doc.contact.headline is None


@pytest.mark.parametrize(
    "line",
    [
        "Last updated in Mar 2026",
        "ADRESSE   12 Rue Exemple, 75001 Paris",
        "Date of birth: 1 February 1990",
        "Acme Inc. logo",
        "(cid:240) jdoe",
        "BSc. Hons, MSc., PhD.",
        "Springfield, IL",
        "they / them",
        "(she/her)",
        "Open to work",
        "Portfolio",
        "Page 1 of 2",
        # A number and then words: an address, an age, a count; never a role.
        "3 Elm Road, Chelsfield, Springfield, AB1 2CD",
        "11 rue des Lilas",
        "22 years old",
        # A place with a remark in brackets is still a place.
        "St. Paul, MN (willing to relocate)",
        # One word that no title word makes a role: a town, most often.
        "Springfield",
        # Words and a house number: a street.
        "Elm-Str. 22",
    ],
)
def test_lines_under_the_name_that_are_not_a_headline(line: str):
    doc = document(
        pdf_line("Jane Doe", 40, font_size=20),
        pdf_line(line, 65),
        pdf_line("Experience", 100, font_size=14, bold=True),
        pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", 120),
    )
    assert doc.contact.headline is None


def test_a_headline_after_fields_and_dates_that_sit_between_it_and_the_name():
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line("Téléphone : 06 12 34 56 78", 65),
        pdf_line("Site web : janedoe.example.org", 80),
        pdf_line("Updated on September 16, 2022", 95, font_size=7),
        pdf_line("Développeuse full-stack", 110, font_size=14, bold=True),
        pdf_line("Expérience professionnelle", 140, font_size=14, bold=True),
        pdf_line("Acme — Développeuse, 2020 – 2022", 160),
    )
    assert doc.contact.headline.value == "Développeuse full-stack"


def test_a_headline_that_wraps_is_joined():
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line("Senior Data Engineer | Payments &", 70, font_size=12, bold=True),
        pdf_line("Billing Platforms", 84, font_size=12, bold=True),
        pdf_line("jane.doe@example.org", 100),
        pdf_line("Experience", 130, font_size=14, bold=True),
    )
    assert doc.contact.headline.value == "Senior Data Engineer | Payments & Billing Platforms"


@pytest.mark.parametrize(
    ("first", "second", "headline"),
    [
        # The title word comes on the second line.
        (
            "Computer and Information",
            "Systems Engineer",
            "Computer and Information Systems Engineer",
        ),
        # The first line ends with a preposition of its language.
        (
            "Ingénieure spécialisée en",
            "Méthodes formelles",
            "Ingénieure spécialisée en Méthodes formelles",
        ),
    ],
)
def test_a_headline_whose_second_line_completes_it_is_joined(first, second, headline):
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line(first, 70, font_size=14),
        pdf_line(second, 86, font_size=14),
        pdf_line("jane.doe@example.org", 100),
        pdf_line("Experience", 130, font_size=14, bold=True),
    )
    assert doc.contact.headline.value == headline


@pytest.mark.parametrize(
    ("first", "second", "headline"),
    [
        # The second line goes on in lower case, after a conjunction.
        ("Ingeniera en Redes", "y Telecomunicaciones", "Ingeniera en Redes y Telecomunicaciones"),
        # One word in capitals ends the role: no section title of its own.
        ("KIMYA MÜHENDİSLİĞİ", "ÖĞRENCİSİ", "KIMYA MÜHENDİSLİĞİ ÖĞRENCİSİ"),
    ],
)
def test_a_headline_going_on_on_its_second_line_is_joined(first, second, headline):
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line(first, 70, font_size=14),
        pdf_line(second, 86, font_size=14),
        pdf_line("jane.doe@example.org", 100),
        pdf_line("Experience", 130, font_size=14, bold=True),
    )
    assert doc.contact.headline.value == headline


def test_a_headline_wrapping_beside_a_column_of_contact_details_is_joined():
    # The contact details to the right are read between the headline's two lines.
    doc = document(
        boxed("Jane Doe", 70, 80, size=30),
        boxed("+33 6 12 34 56 78", 340, 120),
        boxed("Docteure en Physique", 70, 150, size=17),
        boxed("jane.doe@example.org", 340, 158),
        boxed("et Chimie", 70, 170, size=17),
        boxed("Expérience", 70, 220, size=14, bold=True),
        boxed("Acme — Chercheuse, 2020 – 2022", 70, 240),
    )
    assert doc.contact.headline.value == "Docteure en Physique et Chimie"


def test_a_title_in_display_type_is_the_headline_not_a_summary():
    # Nine words and three of its language's function words, as a summary has; but in
    # twice the body's size, the line under the name.
    doc = document(
        pdf_line("Ana Souza Lima", 40, font_size=30),
        pdf_line("Estudante de Engenharia Civil - Ênfase em Estruturas e", 80, font_size=17),
        pdf_line("Geotecnia", 96, font_size=17),
        pdf_line("Dados Pessoais", 130, font_size=14),
        pdf_line("Nome   Ana Souza Lima", 150),
        pdf_line("Nascimento   02/03/1999", 165),
        pdf_line("Formação Acadêmica", 190, font_size=14),
        pdf_line("Universidade Federal do Sul   2018 – 2023", 210),
        pdf_line("Bacharelado em Engenharia Civil, com ênfase em estruturas de concreto", 225),
        pdf_line("Trabalho de conclusão sobre fundações de edifícios em solos moles", 240),
    )
    headline = doc.contact.headline
    assert headline is not None and headline.value.startswith("Estudante de Engenharia Civil")
    assert headline.value.endswith("Geotecnia")


def test_one_word_set_apart_from_the_contact_lines_is_the_headline():
    doc = document(
        pdf_line("Ada Lake", 40, font_size=12),
        pdf_line("Geofísica", 55, font_size=9),
        pdf_line("ada.lake@example.org", 70, font_size=7),
        pdf_line("+55 93 98103-2118", 80, font_size=7),
        pdf_line("Experiência", 130, font_size=8, bold=True),
    )
    assert doc.contact.headline.value == "Geofísica"


def test_a_surname_opening_with_its_particle_on_the_next_line_completes_the_name():
    doc = document(
        pdf_line("Ada Maria", 40, font_size=14),
        pdf_line("de Souza Jr.", 54, font_size=14),
        pdf_line("ada.souza@example.org", 70),
        pdf_line("Experience", 130, font_size=12, bold=True),
        pdf_line("Acme Corp, Analyst, 2019 – Present", 145),
    )
    assert doc.contact.name.value.rstrip(".") == "Ada Maria de Souza Jr"


def test_one_word_that_names_a_role_is_the_headline():
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line("Engineer", 70, font_size=14),
        pdf_line("jane.doe@example.org", 100),
        pdf_line("Experience", 130, font_size=14, bold=True),
    )
    assert doc.contact.headline.value == "Engineer"


def test_the_headline_search_ends_at_the_first_entry():
    # A section title the structure did not see, joined with its first entry: what
    # follows is the entry's degree, not a headline.
    doc = document(
        pdf_line("Jane Doe", 40, font_size=24, bold=True),
        pdf_line("jane.doe@example.org", 70),
        pdf_line("STUDIES   Example University (Springfield)   June 2018", 100),
        pdf_line("B.S. Information Science (GPA 3.6/4.0)", 115),
        pdf_line("Experience", 140, font_size=14, bold=True),
    )
    assert doc.contact.headline is None


def test_a_role_field_is_the_headline():
    doc = markdown("# Jane Doe\nPosition: Data Engineer\nEmail: jane.doe@example.org\n")
    assert doc.contact.headline.value == "Data Engineer"


def test_a_paragraph_under_the_name_is_a_summary_not_a_headline():
    doc = markdown(
        "# Jane Doe\njane.doe@example.org\n\n"
        "I am a data engineer with eight years of experience in building pipelines for banks.\n\n"
        "## Experience\nAcme Inc. — Data Engineer, Jan 2021 – Present\n"
    )
    assert doc.contact.headline is None
    assert doc.structure.summary[0].value.startswith("I am a data engineer")


@pytest.mark.parametrize(
    ("under_name", "headline"),
    [
        # An unknown title in the section titles' type over a paragraph: no headline.
        ("PROFESSIONAL PREVIEW", None),
        # A role in that type stays the headline.
        ("DATA ANALYST", "DATA ANALYST"),
        # Not in capitals: nothing says it is a title.
        ("Professional Preview", "Professional Preview"),
    ],
)
def test_a_line_in_the_section_titles_type_under_the_name(under_name: str, headline: str | None):
    # The headline stage as the section stage leaves it: the unknown title in the top
    # block, the known titles as sections.
    lines = (
        Line("JANE DOE", page=1, number=1, font_size=18, bold=True),
        Line("+1 609 999 9995 | jane.doe@example.org", page=1, number=2, font_size=11),
        Line(under_name, page=1, number=3, font_size=12, bold=True),
        Line("Jane is an analyst with ten years in banking.", page=1, number=4, font_size=11),
        Line("WORK EXPERIENCE", page=1, number=5, font_size=12, bold=True),
        Line("Acme Bank — Analyst, Jan 2021 – Present", page=1, number=6, font_size=11),
    )
    sections = (Section("WORK EXPERIENCE", "experience", lines[4], lines[5:]),)
    found = find_role_headline(lines, Field("JANE DOE", lines[0]), sections, 11.0)
    assert (found.value if found else None) == headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Open to Relocation | Senior Technical Writer & Editor | Experienced in retail",
            "Senior Technical Writer & Editor",
        ),
        ("Boston, MA | Data Engineer", "Data Engineer"),
        # Focus areas beside the role are part of the headline.
        (
            "Data Scientist · Machine Learning · Python",
            "Data Scientist · Machine Learning · Python",
        ),
    ],
)
def test_the_role_among_the_segments_of_the_line_under_the_name(line: str, headline: str):
    doc = document(
        pdf_line("Ada Quinn", 40, font_size=20),
        pdf_line(line, 65),
        pdf_line("ada.quinn@example.org", 80),
        pdf_line("Experience", 100, font_size=14, bold=True),
        pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", 120),
    )
    assert doc.contact.headline.value == headline
    assert doc.contact.headline.line.number == 2


def test_a_dated_role_under_the_name_is_an_entry_not_the_headline():
    doc = document(
        pdf_line("Ada Quinn", 40, font_size=20),
        pdf_line("Assistant Professor   August 2019 – June 2025", 65),
        pdf_line("Experience", 100, font_size=14, bold=True),
        pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", 120),
    )
    assert doc.contact.headline is None


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ([pdf_line("P R I Y A   R A M A N", 40, font_size=30)], "PRIYA RAMAN"),
        # The first name light and small over the surname twice its size.
        (
            [
                pdf_line("Priya", 30, font_size=20),
                pdf_line("RAMAN", 52, font_size=40, bold=True),
            ],
            "Priya RAMAN",
        ),
        ([pdf_line('Robert "Bob" Quinn', 40, font_size=24)], 'Robert "Bob" Quinn'),
        # The title beside the name, after a dash (moderncv's banking style).
        ([pdf_line("Priya Raman — Data Engineer", 40, font_size=24)], "Priya Raman"),
        ([pdf_line("Priya Raman-Iyer", 40, font_size=24)], "Priya Raman-Iyer"),
        # ... or after a comma.
        ([pdf_line("Priya Raman, Data Engineer", 40, font_size=24)], "Priya Raman"),
        # ... and the title wraps onto a line of its own in the name's type.
        (
            [
                pdf_line("Priya Raman — Vice President of", 40, font_size=24),
                pdf_line("Sales", 68, font_size=24),
            ],
            "Priya Raman",
        ),
    ],
)
def test_designed_names(lines: list[Line], name: str):
    doc = document(
        *lines,
        pdf_line("priya@example.org", 100),
        pdf_line("Experience", 130, font_size=14, bold=True),
        pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", 150),
    )
    assert doc.contact.name is not None and doc.contact.name.value == name
