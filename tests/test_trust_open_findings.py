"""False findings of the last judging passes (issue 15), each as its mechanism on an
invented resume: the rule must stay quiet here and keep firing where it is right."""

from __future__ import annotations

from tests.rulehelp import lint_markdown, where

ITALIAN = """
# Giulia Ferrandi
Analista di dati
giulia.ferrandi@mailbox.org · +39 347 123 4567 · Torino
## Esperienza
**Acme Servizi** — Analista di dati, gen 2021 – oggi
- I report mensili sono passati da tre giorni a uno con una nuova pipeline
- Gestione dei dati dei clienti per la rete di vendita del nord e del centro
## Progetti
I modelli di previsione della domanda per il magazzino, con i dati delle vendite
"""

ENGLISH = """
# Sam Rivera
Operations Analyst
sam.rivera@mailbox.org · +1 415 829 2671 · Oakland, CA
## Experience
**Northwind Traders** — Operations Analyst, Jan 2021 – Present
- I cut picking errors 30% by redesigning the pick-path for the team
"""


def test_the_italian_article_i_is_no_first_person():
    assert where(lint_markdown(ITALIAN, ["first-person"])) == []
    assert where(lint_markdown(ENGLISH, ["first-person"])) == [("first-person", 6)]


BREAK = """
# Sam Rivera
Operations Analyst
sam.rivera@mailbox.org · +1 415 829 2671 · Oakland, CA
## Experience
**Northwind Traders** — Operations Analyst, Jan 2021 – Present
- Cut picking errors 30% by redesigning the pick-path
- Trained 14 new warehouse staff in 2 months
**Career break** — Mar 2019 – Dec 2020
- Cared for a family member through a long illness
- Took part in an outplacement programme and courses in logistics
**Bay Freight** — Dispatcher, Jan 2016 – Feb 2019
- Planned the routes of the regional fleet
- Answered customer calls about delayed deliveries
"""


def test_a_career_break_listed_as_a_position_is_not_asked_for_results():
    assert where(lint_markdown(BREAK, ["position-no-result"])) == [("position-no-result", 11)]
    every = {"position-no-result": {"not_jobs": []}}
    (grouped,) = lint_markdown(BREAK, ["position-no-result"], options=every)
    assert grouped.count == 2


def test_a_national_mobile_of_a_country_the_resume_does_not_name_is_not_invalid():
    from reslint.model import Line
    from tests.linedocs import document, run

    def lines(place: str) -> list[Line]:
        return [Line("Maria Santos"), Line(place), Line("maria.santos@mailbox.org | 0917 123 4567")]

    # A Philippine mobile in national form, judged in the configured US: not reported.
    assert run("phone-invalid", document(*lines("Barangay San Roque"), fmt="text")) == []
    # On a resume whose address is in the US it is a number a US recruiter cannot dial.
    (finding,) = run("phone-invalid", document(*lines("Springfield, IL"), fmt="text"))
    assert finding.location.line == 3


def _opening(first_section: str) -> str:
    return f"""
# Marta Olsen
marta.olsen@mailbox.org · +1 415 829 2671 · Oakland, CA
{first_section}
## Experience
**Northwind Labs** — Accountant, Jan 2020 – Present
- Cut month-end close by 3 days
"""


def test_a_summary_under_a_title_reslint_does_not_know_is_a_headline():
    summary = "## CLOUD SECURITY\nCertified engineer with eight years in audit and tax of 12 firms"
    assert where(lint_markdown(_opening(summary), ["headline-missing"])) == []
    # A first section that is a list, or a paragraph about something else (a template's
    # welcome text), says no role.
    tools = "## TOOLBOX\nPython, SQL, dbt, Airflow"
    assert where(lint_markdown(_opening(tools), ["headline-missing"])) == [("headline-missing", 1)]
    welcome = "## Welcome\nThis template reads a YAML file and prints it with fine typography."
    assert where(lint_markdown(_opening(welcome), ["headline-missing"])) == [
        ("headline-missing", 1)
    ]


def test_an_objective_given_as_a_labelled_field_under_the_contact_lines_is_a_headline():
    from tests.linedocs import document, pdf_line, run

    def doc(line: str):
        return document(
            pdf_line("Marta Olsen", 40, font_size=22, bold=True),
            pdf_line("marta.olsen@mailbox.org | +1 415 829 2671", 66),
            pdf_line("Oakland, CA", 80),
            pdf_line(line, 100),
            pdf_line("EXPERIENCE", 130, bold=True, font_size=12),
            pdf_line("Northwind Labs — Nurse, Jan 2020 – Present", 150),
            pdf_line("Cared for 20 patients a shift", 164),
        )

    objective = "CAREER OBJECTIVE: Registered nurse seeking a position in a paediatric ward"
    assert run("headline-missing", doc(objective)) == []
    assert [f.rule for f in run("headline-missing", doc("Languages: English, Spanish"))] == [
        "headline-missing"
    ]


def test_a_one_word_role_that_is_also_a_degree_under_the_name_is_the_headline():
    from reslint.structure.headline import find_role_headline
    from tests.linedocs import document, pdf_line

    for role, headline in (("Ingeniera", "Ingeniera"), ("PhD", None), ("Bachelor", None)):
        doc = document(
            pdf_line("Lucía Ferreyra", 40, font_size=22, bold=True),
            pdf_line(role, 64, font_size=13),
            pdf_line("lucia.ferreyra@mailbox.org | +34 612 345 678", 82),
            pdf_line("EXPERIENCIA", 110, bold=True, font_size=12),
            pdf_line("Acme Servicios — Ingeniera de datos, ene 2020 – actualidad", 130),
            pdf_line("Redujo el cierre mensual en 3 días", 144),
        )
        found = find_role_headline(doc.lines, doc.contact.name, doc.sections, 10.0)
        assert (found.value if found else None) == headline, role


def test_text_drawn_over_its_own_white_halo_shows(tmp_path):
    """LaTeX's contour trick (underlined links whose underline breaks around descenders)
    draws each word many times in white, offset, then once in black on top: the text layer
    reports white, the page shows black. White text on white with nothing over it still
    does not show."""
    from reportlab.pdfgen import canvas

    from tests.rulehelp import lint_file

    path = tmp_path / "halo.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(200, 740, "Sam Rivera")
    pdf.setFont("Helvetica", 10)
    contact = "07700 900123 | sam.rivera@mailbox.org | github.com/samrivera"
    pdf.setFillColorRGB(1, 1, 1)
    for dx, dy in ((0.3, 0), (-0.3, 0), (0, 0.3), (0, -0.3), (0.2, 0.2), (-0.2, -0.2)):
        pdf.drawString(150 + dx, 715 + dy, contact)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.drawString(150, 715, contact)
    pdf.line(150, 713, 230, 713)
    for y, text in (
        (680, "Experience"),
        (660, "Northwind Traders - Operations Analyst, Jan 2021 - Present"),
        (645, "Cut picking errors 30% by redesigning the pick-path"),
    ):
        pdf.drawString(72, y, text)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.drawString(72, 300, "Kubernetes Terraform Snowflake Databricks")  # white on white
    pdf.showPage()
    pdf.save()
    findings = lint_file(path, ["hidden-text"])
    assert [(f.location.line, f.count) for f in findings] == [(6, 1)]


TYPO = """
# Sam Rivera
Operations Analyst
sam.rivera@mailbox.org · +1 415 829 2671 · Oakland, CA
## Experience
**Northwind Traders** — Operations Analyst, Oct 2019 – Present
- Cut picking errors 30% by redesigning the pick-path
**Bay Freight** — Dispatcher, May 2019 – March 2019
- Planned the routes of 40 trucks
**Harbor Tools** — Intern, Aug 2019 – Sep 2019
- Counted the stock of 3 stores
"""


def test_a_range_that_ends_before_it_starts_is_reported_once_not_judged_for_order():
    rules = ["date-invalid", "chronology-order", "employment-gap"]
    assert where(lint_markdown(TYPO, rules)) == [("date-invalid", 7)]


def test_unmapped_icon_glyphs_before_labels_inside_a_line_lose_no_letter():
    from tests.linedocs import body, document, pdf_line, run

    def garbled(line: str) -> list[str]:
        top = (pdf_line("Sam Rivera", 40, font_size=22, bold=True), pdf_line(line, 66))
        return [finding.rule for finding in run("garbled-text", document(*top, *body(120)))]

    assert garbled("sam@mailbox.org (cid:3)GitHub (cid:4)LinkedIn (cid:5)Portfolio") == []
    # A letter lost at a word's start leaves the rest of the word in its own case.
    assert garbled("Head of (cid:28)nance and planning at Acme") == ["garbled-text"]
    assert garbled("SENIOR (cid:3)NGINEER AT ACME") == ["garbled-text"]


def test_an_address_holding_the_names_initials_beside_a_word_is_name_built():
    from reslint.kinds.shared.names import resembles_name

    assert resembles_name("asdl.work", "Ana Sofia Duarte Lima")
    assert resembles_name("po-music", "Peter Olsen")
    assert not resembles_name("skywalker77", "Peter Olsen")
    assert not resembles_name("partyboy.99", "Peter Olsen")


def test_two_template_fields_on_one_entry_line_are_a_placeholder():
    text = ENGLISH + "**Company Name** — Job Title, 2019 – 2020\n- Planned routes for 40 trucks\n"
    assert where(lint_markdown(text, ["placeholder-text"])) == [("placeholder-text", 7)]
    assert where(lint_markdown(ENGLISH, ["placeholder-text"])) == []


def test_a_birth_date_among_a_sidebars_contact_details_is_personal_data():
    from tests.linedocs import document, pdf_line, run

    doc = document(
        pdf_line("KONTAKT", 40, bold=True, font_size=12),
        pdf_line("+43 660 123 4567", 58),
        pdf_line("lena.huber@mailbox.org", 72),
        pdf_line("14.05.1996 in Linz", 86),
        pdf_line("Available from 01.09.2026", 100),
        pdf_line("Lena Huber", 130, font_size=22, bold=True),
        pdf_line("BERUFSERFAHRUNG", 170, bold=True, font_size=12),
        pdf_line("Nordwind GmbH — Entwicklerin, 01/2021 – heute", 190),
        pdf_line("Senkte die Buildzeit um 40 %", 204),
    )
    assert [f.location.line for f in run("personal-data", doc)] == [4]


STUDY = """
# Sam Rivera
Operations Analyst
sam.rivera@mailbox.org · +1 415 829 2671 · Oakland, CA
## Experience
**Northwind Traders** — Operations Analyst, Jan 2024 – Present
- Cut picking errors 30% by redesigning the pick-path
**Bay Freight** — Dispatcher, Jan 2016 – Feb 2019
- Planned the routes of 40 trucks
## Education
**Northwind University** — MSc Logistics, {dates}
"""


def test_studies_left_open_cover_the_time_since_they_began():
    assert where(lint_markdown(STUDY.format(dates="2019-"), ["employment-gap"])) == []
    closed = STUDY.format(dates="2019 – 2020")
    assert where(lint_markdown(closed, ["employment-gap"])) == [("employment-gap", 5)]


def test_a_japanese_work_history_is_not_asked_for_the_contact_details_of_its_companion_form():
    from tests.linedocs import document, pdf_line, run

    def doc(title: str):
        return document(
            pdf_line(title, 40, font_size=16, bold=True),
            pdf_line("2024年07月01日現在", 60),
            pdf_line("山田花子", 76),
            pdf_line("■職務経歴", 100, bold=True),
            pdf_line("株式会社サンプル 2019年04月 ～ 2024年06月", 116),
            pdf_line("業務システムの開発を担当しました。", 130),
        )

    rules = ["email-missing", "phone-missing", "linkedin-url-missing"]
    assert [f for rule in rules for f in run(rule, doc("職務経歴書"))] == []
    assert {f.rule for rule in rules for f in run(rule, doc("履歴書"))} == set(rules)
