"""Which digit runs on a resume are the candidate's phone numbers, and in which country."""

from __future__ import annotations

import pytest

from reslint.examples import example_document
from reslint.lexicon.country import document_countries, domain_countries, named_countries
from reslint.lexicon.language import document_language
from tests.linedocs import body, document, pdf_line


def phones(text: str, region: str = "US") -> list[str]:
    doc = example_document(text, "markdown", region)
    return [field.value for field in doc.contact.phones]


# --- what is not a phone ----------------------------------------------------------------------

GERMAN_CV = """
# Jane Doe
Mobil: +49 151 23456789 | jane.doe@example.org
Geburtsdatum: 03.10.1996

## Berufserfahrung
Acme GmbH, Entwicklerin   08.2021 - 09.2023
- Wartung der Abrechnung für 1200 Kunden
Beta AG, Werkstudentin   01/10/2018–29/02/2020
"""


def test_birth_dates_and_date_ranges_are_not_phones():
    assert phones(GERMAN_CV) == ["+4915123456789"]


@pytest.mark.parametrize(
    "line",
    [
        "Teaching Fellow, Acme Foundation (2004 - 2009)",
        "Research Fellowship, Example University (2022-2023)",
        "Backend developer - Acme - 201807 - 201810",
        "Intern   5 - 11/2012",
        "Jane Doe & J. Roe 2019. A study of things. Journal of Stuff, 68: 2306-2318",
        "J. Roe, Phys. Rev. Lett. 136, 084001 (2026).",
        "Final grade: 71.79/100",
        "ORCID: 0000-0002-1825-0097",
        "Researcher ID: K-1856-2019",
        "Scopus Author ID: 25652213800",
        "Grant award   2019\t355,500",
    ],
)
def test_figures_that_only_look_like_numbers_are_not_phones(line: str):
    text = f"# Jane Doe\njane.doe@example.org\n\n## Experience\n{line}\n"
    assert phones(text) == []


def test_a_postcode_before_a_place_is_not_a_phone():
    text = "# Jane Doe\njane.doe@example.org\n+254 712 345678\n553-00217, Springfield\n"
    assert phones(text) == ["+254712345678"]


def test_a_labelled_number_counts_anywhere_even_when_invalid():
    # phone-invalid reports this one; the structure must keep it.
    text = "# Jane Doe\n\n## Experience\nAcme Inc.\n\n## Interests\nChess\nPhone: 1234 56789\n"
    assert phones(text) == ["1234 56789"]


def test_a_number_alone_on_its_line_counts_outside_the_contact_block():
    text = (
        "# Jane Doe\njane.doe@example.org\n\n## Skills\nPython\n\n## Contact me\n(609) 999-9995\n"
    )
    assert phones(text) == ["+16099999995"]


def test_a_local_number_without_its_area_code_stays_as_printed():
    # `+1` before seven digits would be a number nobody can dial.
    text = "# Jane Doe\njane.doe@example.org | 555-0123\n\n## Experience\nAcme Inc. 2019-2021\n"
    assert phones(text) == ["555-0123"]
    labelled = "# Jane Doe\njane.doe@example.org\nPhone: 867-5309\n"
    assert phones(labelled) == ["867-5309"]
    # Written with its country code it is read in that country, as before.
    assert phones("# Jane Doe\njane.doe@example.org | +44 20 7946 0958\n") == ["+442079460958"]


@pytest.mark.parametrize(
    "label", ["Emergency contact: +1 617 555 0188", "帰省先電話番号: 090-1234-5678"]
)
def test_a_number_labelled_as_someone_elses_is_not_the_candidates(label: str):
    text = f"# Jane Doe\njane.doe@example.org | +1 617 555 0123\n{label}\n"
    assert phones(text) == ["+16175550123"]


def test_a_typographic_dash_after_the_area_code_bracket_is_part_of_the_number():
    text = "# Jane Doe\njane.doe@example.org | (617)\u2013555\u20130123\n"
    assert phones(text) == ["+16175550123"]


def test_an_address_glued_to_the_number_after_it_leaves_the_number():
    text = "# Jane Doe\njane.doe@example.org|914-555-0143|Baltimore, Maryland\n"
    assert phones(text) == ["+19145550143"]


def test_a_number_inside_a_sentence_is_not_a_phone():
    text = "# Jane Doe\njane.doe@example.org\n\n## Experience\n- Processed 609 999 9995 events\n"
    assert phones(text) == []


def test_referees_numbers_are_not_the_candidates():
    text = """
# Jane Doe
jane.doe@example.org | +44 20 7946 0958

## References
John Roe, Acme Ltd, +44 20 7946 0000
"""
    assert phones(text) == ["+442079460958"]


# --- the country of a national number ---------------------------------------------------------


def test_a_french_resume_reads_its_number_in_france():
    text = """
# Jeanne Dupont
Téléphone : 06 12 34 56 78 | jeanne.dupont@example.org

## Expérience professionnelle
Développeuse chez Acme depuis 2021, pour les équipes de la banque et de la santé
- Mise en place des tests avec les équipes du produit et de la qualité
"""
    assert phones(text) == ["+33612345678"]


def test_the_country_code_of_another_number_decides():
    text = "# Jane Doe\nOffice: +49 30 1234567\nMobile: 0151 23456789\njane.doe@example.org\n"
    assert phones(text) == ["+49301234567", "+4915123456789"]


def test_the_address_decides_for_an_english_resume():
    text = "# Jane Doe\nNairobi, Kenya | 0712 345 678 | jane.doe@example.org\n"
    assert phones(text) == ["+254712345678"]


def test_the_nationality_in_the_personal_details_decides():
    text = (
        "# Jane Wanjiru\nNationality: Kenyan\nPhone Number: 0712 345 678\n"
        "Email: jane.wanjiru@example.org\n"
    )
    assert phones(text) == ["+254712345678"]


def test_the_international_prefix_printed_with_or_without_its_plus():
    assert phones("# Jean Dupont\n+0033 612052748 | jean@example.org\n") == ["+33612052748"]
    assert phones("# Jean Dupont\n0033 6 12 05 27 48 | jean@example.org\n") == ["+33612052748"]


def test_the_email_domain_decides():
    text = "# Jan de Vries\nMobile 06 12345678 | jan@example.nl\n"
    assert phones(text) == ["+31612345678"]


def test_the_configured_region_decides_when_the_document_says_nothing():
    text = "# Jane Doe\n030 1234567 | jane.doe@example.org\n"
    assert phones(text, region="DE") == ["+49301234567"]


def test_a_number_no_country_can_dial_keeps_the_likeliest_reading():
    # phone-invalid reports it for the configured region.
    assert phones("# Jane Doe\njane.doe@example.org | +1 (234) 567 890\n") == ["+1 (234) 567 890"]


def test_country_evidence_in_order():
    countries = document_countries(
        dialled=[],
        contact_texts=["Lyon, France"],
        addresses=["jane@example.de"],
        language="es",
        region="US",
        other_texts=["Studied in Toronto"],
    )
    assert countries[:4] == ("FR", "DE", "ES", "MX")
    assert countries.index("US") < countries.index("CA")


def test_country_names_in_many_languages_and_longest_first():
    assert named_countries(["Berlin, Deutschland"]) == ["DE", "DE"]
    assert named_countries(["Albuquerque, New Mexico"]) == ["US"]
    assert set(named_countries(["東京都千代田区"])) == {"JP"}
    # A name that is more often a person or a US state is not a country.
    assert named_countries(["Jordan Smith, Atlanta, Georgia"]) == ["US"]
    assert named_countries(["the turkey was roasted"]) == []


def test_domain_countries():
    assert domain_countries(["jane@example.co.uk", "https://jane.dev", "www.x.com.br"]) == [
        "GB",
        "BR",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich habe als Entwicklerin für die Abrechnung und den Vertrieb gearbeitet", "de"),
        ("Développeuse pour les équipes de la banque et des assurances avec une équipe", "fr"),
        ("Led the team of engineers with a focus on the billing and the reports", "en"),
        ("Разработчик программного обеспечения", "ru"),
        ("Розробник програмного забезпечення і тестування", "uk"),
        ("ソフトウェアエンジニアとして勤務", "ja"),
        ("软件工程师", "zh"),
        ("Senior Python", None),
    ],
)
def test_document_language(text: str, language: str | None):
    assert document_language([text]) == language


def test_referees_under_a_references_title_in_another_language():
    text = """
# Ayşe Yılmaz
ayse.yilmaz@example.org | +90 532 123 45 67

## Deneyim
Acme A.Ş., Öğretmen 2019 - 2021

## Referanslar
Mehmet Demir | Müdür (Acme A.Ş.) mehmet.demir@example.org | +90 532 765 43 21
"""
    doc = example_document(text, "markdown", "US")
    assert [field.value for field in doc.contact.emails] == ["ayse.yilmaz@example.org"]
    assert [field.value for field in doc.contact.phones] == ["+905321234567"]


@pytest.mark.parametrize(
    ("label", "number"), [("Celular", "+51987654321"), ("Teléfono", "+34987654321")]
)
def test_a_number_labelled_mobile_is_read_where_it_is_a_mobile(label: str, number: str):
    # 987 654 321 is a landline in Spain and a mobile in Peru: the label decides.
    text = f"""
# Juan Pérez
{label}: 987 654 321 | juan.perez@example.org

## Experiencia laboral
Desarrollador de sistemas para la gestión de la empresa y de los equipos de la oficina
"""
    assert phones(text) == [number]


def test_a_number_beside_words_in_the_contact_block():
    text = "# Jane Doe\njane.doe@example.org\nBoston MA 617-555-0123\n"
    assert phones(text) == ["+16175550123"]


def test_a_number_behind_a_postcode_the_pattern_glued_to_it():
    text = "# Jane Doe\njane.doe@example.org\nSpringfield, IL 62704 (217) 555-0147\n"
    assert phones(text) == ["+12175550147"]


def test_a_bare_run_of_digits_beside_a_place_stays_a_postcode():
    text = "# Jane Doe\njane.doe@example.org\nMain Street 12, Springfield 6270412345\n"
    assert phones(text) == []


@pytest.mark.parametrize(
    ("place", "number", "expected"),
    [
        ("Madrid, España", "612345678", ["+34612345678"]),
        ("Lisboa, Portugal", "912345678", ["+351912345678"]),
        # No country named: the configured region (US) cannot dial nine digits.
        ("", "612345678", []),
    ],
)
def test_nine_bare_digits_alone_in_the_contact_block_are_a_national_mobile(
    place: str, number: str, expected: list[str]
):
    text = f"# Juana García\n{place}\n{number}\njuana@example.com\n\n## Experience\nAcme, 2020\n"
    assert phones(text) == expected


def test_nine_bare_digits_away_from_the_contact_block_are_no_phone():
    text = (
        "# Juana García\nMadrid, España\njuana@example.com\n\n"
        "## Experience\nAcme, 2020\n- Licence 612345678\n"
    )
    assert phones(text) == []


# --- fax lines, extensions, wraps -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Tel: +49 30 1234567 | Fax: +49 30 1234568 | jan@example.de",
        "Tel. +49 30 1234567 · Fax +49 30 1234568 · jan@example.de",
        "Telefon: +49 30 1234567   Telefax: +49 30 1234568   jan@example.de",
    ],
)
def test_a_fax_line_is_not_the_candidates_phone(line: str):
    assert phones(f"# Jan Becker\n{line}\n") == ["+49301234567"]


@pytest.mark.parametrize(
    "line",
    [
        "(617) 555-0123 ext. 45 | ada@example.org",
        "617.555.0123 x204 | ada@example.org",
        "Phone: 617-555-0123, Ext 12",
    ],
)
def test_an_extension_after_the_number_leaves_the_number(line: str):
    assert phones(f"# Ada Quinn\n{line}\n") == ["+16175550123"]


def test_a_number_split_by_a_line_wrap_is_joined():
    doc = document(
        pdf_line("Ada Quinn", 40, font_size=22),
        pdf_line("ada.quinn@example.org | +44 20", 65),
        pdf_line("7946 0958", 77),
        *body(),
    )
    (phone,) = doc.contact.phones
    assert (phone.value, phone.line.number if phone.line else None) == ("+442079460958", 2)


def test_a_year_over_a_figure_is_not_joined_into_a_number():
    doc = document(
        pdf_line("Ada Quinn", 40, font_size=22),
        pdf_line("ada.quinn@example.org | Since 2019", 65),
        pdf_line("120 4567", 77),
        *body(),
    )
    assert all("2019" not in field.raw for field in doc.contact.phones)


@pytest.mark.parametrize(
    ("printed", "numbers"),
    [
        ("617–555–0123", ["+16175550123"]),  # an editor's en dashes
        ("+1\u2011617\u2011555\u20110123", ["+16175550123"]),  # non-breaking hyphens
        ("617·555·0123", ["+16175550123"]),
        ("+1 617 555 0123 / +1 617 555 0188", ["+16175550123", "+16175550188"]),
        ("617 · 555 · 0123", ["+16175550123"]),  # groups a spaced dot sets apart
        ("(44+) 7700 900461", ["+447700900461"]),  # the plus after the country code
    ],
)
def test_numbers_written_with_other_dashes_dots_and_slashes(printed: str, numbers: list[str]):
    doc = document(
        pdf_line("Ada Quinn", 40, font_size=22),
        pdf_line(f"ada.quinn@example.org | {printed}", 65),
        *body(),
    )
    assert [field.value for field in doc.contact.phones] == numbers
    # The printed number is kept as printed, so that rules point at it.
    assert all(field.raw in doc.contact.phones[0].line.text for field in doc.contact.phones)


def test_a_spaced_dot_between_two_fields_still_parts_them():
    doc = document(
        pdf_line("Ada Quinn", 40, font_size=22),
        pdf_line("London SW1 · 07700 900461 · ada.quinn@example.org", 65),
        *body(),
    )
    assert [field.raw for field in doc.contact.phones] == ["07700 900461"]


def test_without_a_number_in_the_contact_block_only_the_first_group_counts():
    text = """
# Ada Quinn

## Experience
Acme Inc., Data Engineer, 2020 - 2023
- Built the billing pipeline

## Reach me
Phone: +1 617 555 0123

## Projects
Billing app for a clinic
- Ran for two years for the team
- Served ten branches in the region
- Written in Python and Go
- Tested by the staff each week
- Front desk: Tel. +1 617 555 0100
"""
    assert phones(text) == ["+16175550123"]


@pytest.mark.parametrize(
    ("printed", "number"),
    [("Phone617-555-0123", "+16175550123"), ("Mobile+44 7700 900123", "+447700900123")],
)
def test_a_label_glued_onto_its_number(printed: str, number: str):
    doc = document(
        pdf_line("Ada Quinn", 40, font_size=22),
        pdf_line(f"ada.quinn@example.org   {printed}", 65),
        *body(),
    )
    assert [field.value for field in doc.contact.phones] == [number]
