"""Contact rules on documents built the way the PDF and DOCX readers build them."""

from __future__ import annotations

import pytest

from reslint.engine import activate
from reslint.kinds.email_employer_domain import names_company, organisation_label
from reslint.kinds.email_odd import odd_reasons
from reslint.kinds.linkedin_url_invalid import problem
from reslint.kinds.phone_invalid import is_fictional
from reslint.kinds.shared.names import resembles_name
from reslint.kinds.shared.phrases import split_advice
from reslint.model import Document, Line, Region
from tests.linedocs import RULEBOOK, body, document, pdf_line, run

# phone-buried


def test_phone_in_top_quarter_of_a_two_column_page_is_not_buried():
    # Reading order puts the sidebar after the main column's first heading,
    # but the number sits at the top of the page.
    doc = document(
        pdf_line("Ada Lovelace", 40, font_size=20),
        *body(),
        pdf_line("+1 609 999 9995", 70),
    )
    assert doc.contact.phones
    assert run("phone-buried", doc) == []


def test_phone_only_at_the_bottom_of_page_one_is_buried():
    doc = document(
        pdf_line("Ada Lovelace", 40, font_size=20),
        pdf_line("ada.lovelace@gmail.com", 60),
        *body(),
        pdf_line("Phone: +1 609 999 9995", 740),
    )
    (finding,) = run("phone-buried", doc)
    assert (finding.location.page, finding.location.line) == (1, 6)
    assert "bottom of page 1" in finding.message


def test_phone_in_upper_half_but_under_a_section_heading_is_buried():
    # A short one-page resume: the number is high on the page, yet printed under
    # "Experience" in the same column, after the positions.
    doc = document(
        pdf_line("Ada Lovelace", 40, font_size=20),
        pdf_line("ada.lovelace@gmail.com", 60),
        *body(),
        pdf_line("Phone: +1 609 999 9995", 300),
    )
    (finding,) = run("phone-buried", doc)
    assert (finding.location.page, finding.location.line) == (1, 6)


def test_phone_at_the_bottom_is_buried_even_when_no_heading_was_recognised():
    doc = document(
        pdf_line("Ada Lovelace", 40, font_size=20),
        pdf_line("ada.lovelace@gmail.com", 60),
        pdf_line("Built the billing data pipeline, cutting month-end close by 3 days", 120),
        pdf_line("+1 609 999 9995", 760),
    )
    assert doc.sections == ()
    (finding,) = run("phone-buried", doc)
    assert finding.location.line == 4


def test_phone_only_in_footer_or_on_a_later_page_is_buried():
    footer = document(
        pdf_line("Ada Lovelace", 40, font_size=20),
        *body(),
        pdf_line("+1 609 999 9995", 770, region=Region.FOOTER),
    )
    later = document(
        pdf_line("Ada Lovelace", 40, font_size=20),
        *body(),
        pdf_line("+1 609 999 9995", 60, page=2),
    )
    assert "footer" in run("phone-buried", footer)[0].message
    (finding,) = run("phone-buried", later)
    assert finding.location.page == 2


def test_phone_repeated_in_footer_but_also_at_top_is_fine():
    doc = document(
        pdf_line("Ada Lovelace", 40, font_size=20),
        pdf_line("+1 609 999 9995 | ada.lovelace@gmail.com", 60),
        *body(),
        pdf_line("+1 609 999 9995", 770, region=Region.FOOTER),
    )
    assert run("phone-buried", doc) == []
    assert run("contact-in-header-footer", doc) == []


# contact-in-header-footer


def test_contact_only_in_docx_header_is_one_finding():
    doc = document(
        Line("Ada Lovelace · ada.lovelace@gmail.com · +1 609 999 9995", region=Region.HEADER),
        Line("Experience", bold=True),
        Line("Acme Inc. — Data Engineer, Jan 2021 – Present"),
        fmt="docx",
    )
    (finding,) = run("contact-in-header-footer", doc)
    assert finding.location.line == 1
    assert "email address and phone number" in finding.message
    # A page-1 header is at the top: not buried, but dropped by many ATS.
    assert run("phone-buried", doc) == []


# phone-invalid


@pytest.mark.parametrize(
    ("text", "region", "bad"),
    [
        ("Phone: +1 (234) 567 890", "US", True),  # moderncv's default: one digit short
        # A Berlin number without its country code, on a resume that names no country: a
        # national number of somewhere else, not a US number no phone could dial.
        ("Phone: 030 1234567", "US", False),
        ("Phone: 030 1234567", "DE", False),
        ("Phone: +49 30 1234567", "US", False),
        ("Phone: +44 20 7946 0958", "US", False),
        ("Phone: (555) 555-5555", "US", False),  # placeholder-text's, not invalid
        ("Phone: +1 609 555 0123", "US", False),
    ],
)
def test_phone_invalid_understands_regions_and_leaves_fictional_numbers(text, region, bad):
    doc = document(Line("Ada Lovelace"), Line(text), fmt="text")
    assert bool(run("phone-invalid", doc, region=region)) is bad


def test_figures_in_bullets_are_not_taken_for_phones():
    # No number in the contact block: the body's are read, and only the labelled one counts.
    doc = document(
        Line("Ada Lovelace"),
        Line("ada@example.org"),
        Line("Experience", heading=True),
        Line("Acme Inc. — Data Engineer, Jan 2021 – Present"),
        Line("Processed 123 456 7891 events a day", bullet=True),
        Line("Mobile: 1234 56789", bullet=True),
        fmt="markdown",
    )
    (finding,) = run("phone-invalid", doc)
    assert finding.location.line == 6


def test_fictional_ranges():
    assert is_fictional("(555) 555-5555")
    assert is_fictional("+1 609 555 0123")
    assert is_fictional("123-456-7890")
    assert not is_fictional("+1 609 555 1234")
    assert not is_fictional("+1 (234) 567 890")


# email-odd, email-employer-domain

ODD = RULEBOOK.rules["email-odd"]
ODD_OPTIONS = activate(ODD).options


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("ada.lovelace@gmail.com", "Ada Lovelace"),
        ("jdoe@proton.me", "John Doe"),
        ("ada.l@university.edu", "Ada Lovelace"),
        ("alovelace@gmail.com", "Ada Lovelace"),
        ("lovelace.ada@outlook.com", "Ada Lovelace"),
        ("zoe.angstrom@gmail.com", "Zoë Ångström"),
        ("mary.smith-jones@gmail.com", "Mary Smith-Jones"),
        ("hello@adalovelace.dev", "Ada Lovelace"),
        ("ada.lovelace@gmail.com", None),
        ("killian.murphy@gmail.com", "Killian Murphy"),  # 'kill' is in his name
        ("mh482@oxbridge.edu", "Marta Hollis"),  # a university NetID: initials and digits
        ("jbp@gmail.com", "Jonas Berg Pedersen"),  # initials
        ("jobepe@gmail.com", "Jonas Berg Pedersen"),  # built from the starts of the names
        ("ajl@gmail.com", "Ada Lovelace"),  # initials with a middle one the page leaves out
        ("jrrt1892@oxbridge.edu", "John Tolkien"),  # two middle initials and digits
        ("j.r.r.tolkien@gmail.com", "John Ronald Reuel Tolkien"),  # dots after initials
        ("a.m.b.lovelace@gmail.com", "Ada Lovelace"),
    ],
)
def test_plain_addresses_are_not_odd(address, name):
    assert odd_reasons(address, name, ODD_OPTIONS) == []


@pytest.mark.parametrize(
    ("address", "reasons"),
    [
        ("xx_party_xx1987@gmail.com", 4),  # word, birth year, hard to say, not the name
        ("ada.lovelace1987@gmail.com", 1),
        ("ada.lovelace12345@gmail.com", 1),
        ("ada_lovelace.byron@gmail.com", 1),
        ("sexyada@gmail.com", 1),
        ("skaterboi@gmail.com", 1),
        ("thebestdataengineerintheworldever@gmail.com", 2),  # long, and not the name
        ("amk@gmail.com", 1),  # initials that end with another letter than her last name's
        ("ada.love.lace.x@gmail.com", 1),  # separators between words, not after initials
    ],
)
def test_odd_addresses_say_why(address, reasons):
    assert len(odd_reasons(address, "Ada Lovelace", ODD_OPTIONS)) == reasons


def test_an_address_is_not_called_unlike_a_name_read_without_confidence():
    assert odd_reasons("quietfox@gmail.com", "Ada Lovelace", ODD_OPTIONS)
    assert not odd_reasons("quietfox@gmail.com", "Ada Lovelace", ODD_OPTIONS, name_known=False)


def test_email_odd_needs_a_confident_name():
    # A plain line read as the name: no typography, so the structure is not sure of it.
    doc = document(
        Line("Driving Licence Class B"),
        Line("quietfox@gmail.com"),
        Line("Experience", heading=True),
        Line("Acme Inc. — Data Engineer, Jan 2021 – Present"),
        fmt="text",
    )
    assert doc.contact.name_confidence < 0.8
    assert run("email-odd", doc) == []


def test_name_resemblance():
    assert resembles_name("jdoe", "John Doe")
    assert resembles_name("A. Lovelace", "Ada Lovelace")
    assert not resembles_name("Grace Hopper", "Ada Lovelace")


@pytest.mark.parametrize(
    ("domain", "company", "same"),
    [
        ("acme-analytics.com", "Acme Analytics, Inc.", True),
        ("mail.acme.co.uk", "Acme Ltd", True),
        ("ibm.com", "International Business Machines Corporation", True),
        ("de.bosch.com", "Robert Bosch GmbH", False),
        ("initech.com", "Acme Analytics, Inc.", False),
    ],
)
def test_employer_domain_matching(domain, company, same):
    threshold = activate(RULEBOOK.rules["email-employer-domain"]).options["threshold"]
    assert names_company(organisation_label(domain), company, threshold) is same


@pytest.mark.parametrize(
    ("domain", "company", "same"),
    [
        ("contoso-inc.com", "Contoso!", True),
        ("fabrikamcorp.com", "Fabrikam", True),
        ("fb.com", "Facebook", True),
        ("fb.com", "Contoso Bank", False),
        ("incline.com", "Contoso", False),
    ],
)
def test_employer_domain_with_company_words_and_aliases(domain, company, same):
    options = activate(RULEBOOK.rules["email-employer-domain"]).options
    _, aliases = split_advice(tuple(options["aliases"]))
    suffixes = tuple(options["label_suffixes"])
    label = organisation_label(domain)
    assert names_company(label, company, options["threshold"], suffixes, aliases) is same


def test_employer_domain_ignores_free_mail_and_universities():
    def resume(address: str, company: str) -> Document:
        return document(
            Line("Ada Lovelace"),
            Line(address),
            Line("Experience", heading=True),
            Line(f"{company} — Research Engineer, Jan 2021 – Present"),
            fmt="markdown",
        )

    assert run("email-employer-domain", resume("ada@gmail.com", "Gmail")) == []
    assert run("email-employer-domain", resume("ada@cs.stanford.edu", "Stanford")) == []
    assert run("email-employer-domain", resume("ada@acme.com", "Acme Inc.")) != []


# linkedin-url-invalid


def test_linkedin_url_wrapped_onto_the_next_pdf_line_is_cut_unless_linked():
    # Issue 15: a recruiter copying the printed URL gets only its first half.
    wrapped = pdf_line("ada.lovelace@gmail.com | linkedin.com/in/", 60)
    rest = pdf_line("ada-lovelace-0a1b2c", 72)
    (finding,) = run("linkedin-url-invalid", document(pdf_line("Ada Lovelace", 40), wrapped, rest))
    assert finding.location.line == 2
    linked = pdf_line(wrapped.text, 60, links=("https://linkedin.com/in/ada-lovelace-0a1b2c",))
    assert run("linkedin-url-invalid", document(pdf_line("Ada Lovelace", 40), linked, rest)) == []


def test_linkedin_url_wrapped_inside_its_profile_name_is_cut_not_badly_spelt():
    # A narrow contact column wraps the URL two letters into the name: the reason is
    # the wrap, as for a wrap right after /in/, not characters LinkedIn forbids.
    wrapped = pdf_line("linkedin.com/in/jo", 60)
    rest = pdf_line("-marsh-4c2d19/", 72)
    (finding,) = run("linkedin-url-invalid", document(pdf_line("Jo Marsh", 40), wrapped, rest))
    assert finding.location.line == 2
    assert problem("/in/jo", "", rest) == problem("/in/", "", rest)
    assert problem("/in/jo", "", None) != problem("/in/", "", rest)


def test_linkedin_label_with_a_working_link_is_fine():
    doc = document(
        pdf_line("Ada Lovelace", 40),
        pdf_line("LinkedIn: linkedin.com", 60, links=("https://www.linkedin.com/in/ada",)),
    )
    assert run("linkedin-url-invalid", doc) == []


def test_linkedin_link_annotation_with_a_space_is_malformed():
    doc = document(
        pdf_line("Ada Lovelace", 40),
        pdf_line("LinkedIn", 60, links=("https://www.linkedin.com/in/ada lovelace",)),
    )
    (finding,) = run("linkedin-url-invalid", doc)
    assert finding.location.line == 2


def test_a_linkedin_profile_needs_no_link_to_itself():
    doc = document(Line("Ada Lovelace"), Line("ada.lovelace@gmail.com"), fmt="text")
    profile = Document(doc.path, "profile", doc.lines, doc.facts, doc.structure)
    assert [f.rule for f in run("linkedin-url-missing", doc)] == ["linkedin-url-missing"]
    assert run("linkedin-url-missing", profile) == []


@pytest.mark.parametrize(
    ("place", "bad"),
    [
        ("12 rue des Lilas, 69003 Lyon, France", False),  # a French mobile on a French resume
        ("Springfield, IL", True),  # the address is in the configured US
        ("Austin, TX 78701", True),
        ("Plaridel Street", False),  # nothing says where: a national number of elsewhere
    ],
)
def test_phone_invalid_judges_a_national_number_in_the_document_country(place, bad):
    doc = document(
        Line("Claire Dubois"),
        Line(place),
        Line("claire.dubois@gmail.com | 06 12 34 56 78"),
        fmt="text",
    )
    assert bool(run("phone-invalid", doc, region="US")) is bad


def test_email_invalid_leaves_a_referees_address_alone():
    doc = document(
        Line("Ada Lovelace"),
        Line("ada.lovelace@gmail.com | +1 609 999 9995"),
        Line("Experience", heading=True),
        Line("Acme Inc. — Data Engineer, Jan 2021 – Present"),
        Line("References", heading=True),
        Line("Prof. Mary Somerville, University of Oxbridge"),
        Line("Email: mary.somerville@oxbridge.ac.uk"),
        Line("Education", heading=True),
        Line("Email: ada.lovelace@"),
        fmt="markdown",
    )
    (finding,) = run("email-invalid", doc)
    assert finding.location.line == 9


def test_phone_in_a_contact_group_halfway_down_a_sidebar_is_not_buried():
    # The sidebar's contact block: phone, town and email together, mid-page, away
    # from the top; a reader finds it as easily as one under the name.
    doc = document(
        pdf_line("Ada Lovelace", 40, font_size=20),
        *body(),
        pdf_line("Built the reporting warehouse", 200),
        pdf_line("+1 609 999 9995", 400),
        pdf_line("Springfield, IL", 415),
        pdf_line("ada.lovelace@gmail.com", 430),
    )
    assert doc.contact.phones and doc.contact.emails
    assert run("phone-buried", doc) == []
