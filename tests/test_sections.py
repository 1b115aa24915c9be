"""Section headings told apart by the document's own typography, on lines built here."""

from __future__ import annotations

from typing import Any

import pytest

from reslint.model import Line
from reslint.structure.heading_styles import HeadingStyles, body_font_size, style_of
from reslint.structure.sections import decide_kind, split_sections
from tests.built_lines import Row, built_lines

BODY = "Regular"
BOLD = "Bold"


def _lines(*rows: Row) -> tuple[Line, ...]:
    return built_lines(*rows, width=300.0, font_of=lambda bold: BOLD if bold else BODY)


def _titles(lines: tuple[Line, ...]) -> list[tuple[str, str]]:
    _, sections = split_sections(lines, body_font_size(lines))
    return [(section.title, section.kind) for section in sections]


SECTION = {"size": 14.0, "bold": True}
LABEL = {"bold": True}
PROSE = "Built data pipelines for a retail analytics team and kept them running every day."


def test_a_known_title_printed_as_a_label_inside_a_section_is_not_a_heading() -> None:
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("Technical Skills", SECTION),
        ("Programming languages", LABEL),
        "Python, Go, SQL",
        ("Databases", LABEL),
        "PostgreSQL, Redis",
        ("Work Experience", SECTION),
        ("Data Engineer   2021 – 2023", LABEL),
        PROSE,
        ("Education", SECTION),
        "BSc Physics, Example University   2019",
    )
    assert _titles(lines) == [
        ("Technical Skills", "skills"),
        ("Work Experience", "experience"),
        ("Education", "education"),
    ]


def test_the_heading_style_names_unknown_titles_but_not_bold_job_titles() -> None:
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("Experience", SECTION),
        ("Senior Marketing Manager", LABEL),
        PROSE,
        ("Marketing Manager", LABEL),
        PROSE,
        ("Speaking Engagements", SECTION),
        "Keynote at an example conference, 2022",
        ("Education", SECTION),
        "MBA, Example Business School   2015",
    )
    assert _titles(lines) == [
        ("Experience", "experience"),
        ("Speaking Engagements", "other"),
        ("Education", "education"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("投资银行部实习生", None),  # investment banking intern
        ("Senior Data Engineer", None),
        ("Speaking Engagements", "other"),
        ("社会活动", "other"),
    ],
)
def test_a_job_title_in_the_heading_style_is_no_heading(text: str, kind: str | None) -> None:
    # A short line in the style of the document's headings opens a section of its own,
    # unless its words make it a job title.
    (line,) = _lines((text, {"bold": True}))
    styles = HeadingStyles(frozenset({style_of(line)}), style_of(line), {})
    assert decide_kind(line, None, None, styles) == kind


def test_a_bold_body_style_shared_with_one_known_title_names_nothing_else() -> None:
    # Section titles in bold body type, as are the job titles under them: the style is
    # not the headings' own, so the job titles stay in the section.
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("Experience", LABEL),
        ("Account Manager", LABEL),
        PROSE,
        ("Sales Associate", LABEL),
        PROSE,
        ("Store Supervisor", LABEL),
        PROSE,
    )
    assert _titles(lines) == [("Experience", "experience")]


def test_sub_headings_in_another_weight_do_not_open_sections() -> None:
    sub = {"size": 12.0}
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("Experience", SECTION),
        ("Research Appointments", sub),
        "Postdoctoral Researcher, Example Institute   2019 – 2022",
        ("Teaching Experience", sub),
        "Lecturer, Example University   2017 – 2019",
        ("Publications", SECTION),
        ("Journal Articles", sub),
        "Doe, J. (2020). A study. Journal of Examples.",
        ("Invited Talks", sub),
        "A talk at an example workshop, 2021",
    )
    assert _titles(lines) == [("Experience", "experience"), ("Publications", "publications")]


def test_a_sidebar_with_smaller_headings_in_the_same_typeface_keeps_them() -> None:
    blue = (0.1, 0.4, 0.8)
    # Each size is its own font subset, with its own tag before the typeface's name.
    main = {"size": 18.0, "bold": True, "color": blue, "font": "AAAAAA+Sans-Bold", "x": 200.0}
    side = {"size": 11.0, "bold": True, "color": blue, "font": "BBBBBB+Sans-Bold", "x": 24.0}
    lines = _lines(
        ("Jane Doe", {"size": 26.0, "bold": True, "x": 24.0}),
        ("CONTACT", side),
        ("jane@example.org", {"x": 24.0}),
        ("EXPERIENCE", main),
        ("Support Engineer", {"size": 11.0, "bold": True, "color": blue, "x": 200.0}),
        ("Kept the help desk running", {"x": 200.0}),
        ("LANGUAGES", side),
        ("English, German", {"x": 24.0}),
        ("EDUCATION", main),
        ("MSc Informatics   2018", {"x": 200.0}),
    )
    assert [kind for _, kind in _titles(lines)] == [
        "contact",
        "experience",
        "languages",
        "education",
    ]


def test_a_smaller_level_in_the_section_titles_column_is_sub_headings() -> None:
    main = {"size": 14.0, "bold": True, "x": 42.0}
    sub = {"size": 12.0, "bold": True, "x": 42.0}
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True, "x": 42.0}),
        ("Technical Skills", main),
        ("Communication", sub),
        ("Active listening", {"bullet": True, "x": 42.0}),
        ("Databases", sub),
        ("PostgreSQL", {"bullet": True, "x": 42.0}),
        ("Volunteer", sub),
        ("Soft Skills", main),
        ("Organisation", sub),
        ("Work Experience", main),
        ("Support Engineer", sub),
        (PROSE, {"x": 42.0}),
    )
    assert _titles(lines) == [
        ("Technical Skills", "skills"),
        ("Soft Skills", "skills"),
        ("Work Experience", "experience"),
    ]


def test_headings_each_with_their_own_icon_share_one_style() -> None:
    rows: list[tuple[str, dict[str, Any]] | str] = [("Jane Doe", {"size": 24.0, "bold": True})]
    for icon, title in zip(
        "\uf19d\uf0f7\uf091", ("Education", "Experience", "Outreach"), strict=True
    ):
        rows += [(f"{icon} {title}", SECTION), PROSE]
    assert _titles(_lines(*rows)) == [
        ("Education", "education"),
        ("Experience", "experience"),
        ("Outreach", "other"),
    ]


def test_decorated_titles_are_known_titles() -> None:
    caps = {"size": 10.0}
    lines = _lines(
        ("Jane Doe", {"size": 30.0, "bold": True}),
        ("+ CONTACT", caps),
        "jane@example.org",
        ("+ WORK EXPERIENCE", caps),
        "2019 – 2022 Support engineer",
        ("■ EDUCATION ■", caps),
        "2018 Diploma",
    )
    assert _titles(lines) == [
        ("CONTACT", "contact"),
        ("WORK EXPERIENCE", "experience"),
        ("EDUCATION", "education"),
    ]


def test_a_title_wrapped_onto_a_second_line_is_not_a_second_heading() -> None:
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("Education", SECTION),
        "BSc Physics   2019",
        ("Service and", SECTION),
        ("Public Engagement", SECTION),
        PROSE,
        ("Experience", SECTION),
        PROSE,
    )
    assert _titles(lines) == [
        ("Education", "education"),
        ("Service and Public Engagement", "other"),
        ("Experience", "experience"),
    ]


def test_plain_text_keeps_its_capitalised_headings() -> None:
    lines = tuple(
        Line(text=text, number=number)
        for number, text in enumerate(
            ["JANE DOE", "EXPERIENCE", "Data Engineer, Acme   2021 – 2023", "EDUCATION", "BSc"],
            start=1,
        )
    )
    assert _titles(lines) == [("EXPERIENCE", "experience"), ("EDUCATION", "education")]


# Experience's entry on page 1 and the one that goes on with it on page 2.
CARRIED_EXPERIENCE = ["Acme Metals   2019 – 2023", PROSE, "Initrode   2016 – 2019", PROSE]


def _held(lines: tuple[Line, ...]) -> dict[str, list[str]]:
    """Each section's title and the texts of the lines it holds."""
    _, sections = split_sections(lines, body_font_size(lines))
    return {section.title: [line.text for line in section.lines] for section in sections}


def test_the_next_page_goes_on_with_the_section_running_in_its_column() -> None:
    """Page 1 read column by column ends with the right column's Education; page 2 opens in
    the left column, under Experience."""
    main = {"x": 40.0, "width": 320.0}
    side = {"x": 400.0, "width": 160.0}
    lines = _lines(
        ("Experience", {**SECTION, **main}),
        ("Acme Metals   2019 – 2023", {**LABEL, **main}),
        (PROSE, main),
        ("Summary", {**SECTION, **side}),
        ("Engineer who ships.", side),
        ("Education", {**SECTION, **side}),
        ("Northgate University, 2018", side),
        ("Initrode   2016 – 2019", {**LABEL, **main, "page": 2}),
        (PROSE, {**main, "page": 2}),
        ("Skills", {**SECTION, **main, "page": 2}),
        ("Python, SQL", {**main, "page": 2}),
    )
    held = _held(lines)
    assert held["Experience"] == CARRIED_EXPERIENCE
    assert held["Education"] == ["Northgate University, 2018"]
    assert held["Skills"] == ["Python, SQL"]


def test_the_next_page_in_the_same_column_stays_with_the_last_section() -> None:
    lines = _lines(
        ("Experience", SECTION),
        ("Acme Metals   2019 – 2023", LABEL),
        ("Education", SECTION),
        ("Northgate University", {"width": 120.0}),
        ("Bachelor of Science in Physics, 2018", {"page": 2}),
    )
    _, sections = split_sections(lines, body_font_size(lines))
    held = {section.title: [line.text for line in section.lines] for section in sections}
    assert held["Education"] == ["Northgate University", "Bachelor of Science in Physics, 2018"]


def test_a_job_title_in_the_headings_type_under_a_dated_line_is_not_a_heading() -> None:
    """Titles printed like the headings (bold, body size) between an entry's dated line and
    its bullets belong to the entry; an unknown title after a finished entry is a heading."""
    lines = _lines(
        ("Experience", LABEL),
        "Acme Metals   Portland, OR | 2021.06 – 2023.10",
        ("Summer Audit Intern", LABEL),
        ("Checked the ledgers of forty branches.", {"bullet": True}),
        "Initrode   Springfield, IL | 2019.06 – 2020.09",
        ("Warehouse Analyst", LABEL),
        ("Counted stock every week.", {"bullet": True}),
        "Northgate Press   Salem, OR | 2018.01 – 2018.12",
        ("Fieldcraft", LABEL),
        "Food bank helper",
        ("Education", LABEL),
        "Northgate University, B.S. in Physics, 2018",
        ("Projects", LABEL),
        "A tide table for the harbour",
        ("Skills", LABEL),
        "Python, SQL",
    )
    assert _titles(lines) == [
        ("Experience", "experience"),
        ("Fieldcraft", "other"),
        ("Education", "education"),
        ("Projects", "projects"),
        ("Skills", "skills"),
    ]


def test_a_title_wrapped_in_a_margin_column_beside_its_entries() -> None:
    """Titles in a left column of their own, two lines each, beside the first entry lines."""
    body = {"x": 150.0}
    lines = _lines(
        "Contact   Department of Physics   E-mail: jo@example.org",
        "Information   Northgate University",
        "Professional   Northgate University, Department of Physics, Portland, OR",
        "Appointments   Associate Professor   July 2021 – Present",
        ("Assistant Professor   August 2016 – June 2021", body),
        "Honors and   Northgate Teaching Award   2019",
        "Awards   Westfield Prize for Young Physicists   2015",
        "Research   Optics, Lasers and Holography",
    )
    assert _titles(lines) == [
        ("Contact Information", "contact"),
        ("Professional Appointments", "experience"),
        ("Honors and Awards", "awards"),
        ("Research", "research"),
    ]
    _, sections = split_sections(lines, body_font_size(lines))
    assert [line.text for line in sections[1].lines] == [
        "Northgate University, Department of Physics, Portland, OR",
        "Associate Professor   July 2021 – Present",
        "Assistant Professor   August 2016 – June 2021",
    ]


def test_a_second_line_led_by_a_whole_title_is_not_joined_to_the_first() -> None:
    """`Technical   Python, Go` over `Skills   Jira`: a label row, then a title that starts
    its own line; even though `Technical Skills` is a title, the second line's is whole."""
    lines = _lines(
        "Languages   English, Welsh",
        "Technical   Python, Go",
        "Skills   Jira, Confluence",
    )
    assert _titles(lines) == [("Languages", "languages"), ("Skills", "skills")]


def test_the_headings_of_two_columns_on_one_row_are_two_sections() -> None:
    # A two-column page read row by row: each column's title on the same baseline.
    lines = _lines(
        ("Giulia Esempio", {"size": 24.0, "bold": True}),
        ("Esperienze professionali", SECTION),
        ("Ingegnera, Esempio Srl   2019 – 2023", LABEL),
        PROSE,
        ("Lingue   Volontariato e altri interessi", SECTION),
        "Italiano: madrelingua   Campi estivi, 2015",
        ("+ SOCIAL   + ALTRO / HOBBIES", SECTION),
        "Mastodon   Viaggiare",
    )
    assert _titles(lines) == [
        ("Esperienze professionali", "experience"),
        ("Lingue", "languages"),
        ("Volontariato e altri interessi", "volunteer"),
        ("SOCIAL", "other"),
        ("ALTRO / HOBBIES", "interests"),
    ]


def test_a_title_beside_its_first_entry_stays_one_heading() -> None:
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("Experience   Support Engineer, Acme", SECTION),
        PROSE,
        ("EDUCATION", SECTION),
        "BSc Physics, Example University   2019",
        ("Springfield   LANGUAGES", SECTION),  # a sidebar's line beside a title
        "English, German",
    )
    titles = _titles(lines)
    assert titles[:2] == [("Experience", "experience"), ("EDUCATION", "education")]
    # The sidebar's words, printed unlike the title, open no section of their own.
    assert [kind for _, kind in titles] == ["experience", "education", "languages"]


def test_a_smaller_level_of_titles_read_before_the_main_one_is_a_sidebar() -> None:
    # A sidebar read first, its titles a point smaller than the main column's, both
    # starting at the same x (the page laid out as two stacked boxes).
    side = {"size": 9.0, "x": 20.0}
    main = {"size": 10.0, "x": 20.0}
    lines = _lines(
        ("KONTAK", side),
        ("+62 812 0000 0000", {"size": 7.0, "x": 20.0}),
        ("KEAHLIAN", side),
        ("Excel, Python", {"size": 7.0, "x": 20.0}),
        ("BUDI CONTOH", {"size": 17.0, "x": 20.0}),
        ("PENDIDIKAN", main),
        ("Universitas Contoh   2019 – 2023", {"size": 7.0, "x": 20.0}),
        ("PENGALAMAN KERJA", main),
        ("PT Contoh, Staf   2023 – 2024", {"size": 7.0, "x": 20.0}),
    )
    assert [kind for _, kind in _titles(lines)] == ["contact", "skills", "education", "experience"]


def test_smaller_titles_that_also_label_other_things_stay_sub_headings() -> None:
    sub = {"size": 9.0, "bold": True}
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("Languages", sub),
        "English, German",
        ("Favourite Tools", sub),
        "Vim, Git",
        ("Experience", {"size": 10.0, "bold": True}),
        ("Support Engineer, Acme   2020 – 2022", {"size": 9.0}),
        ("Education", {"size": 10.0, "bold": True}),
        "BSc Physics, Example University   2019",
    )
    assert [kind for _, kind in _titles(lines)][-2:] == ["experience", "education"]
    assert ("Favourite Tools", "other") not in _titles(lines)


def test_a_sub_heading_after_headings_each_in_its_own_font_subset_stays_one() -> None:
    # CJK fonts are subset per heading: each main title has a font name of its own.
    blue = (0.2, 0.4, 0.7)
    lines = _lines(
        ("李小龙", {"size": 30.0}),
        ("教育背景", {"size": 14.0, "font": "cjkfa", "color": blue}),
        ("2015 – 2019   学士, 示例大学", {"size": 11.0}),
        ("工作背景", {"size": 14.0, "font": "cjkfb", "color": blue}),
        ("其他", {"size": 12.0, "font": "cjkfc", "color": blue}),
        ("2019 – 2021   工程师, 示例公司", {"size": 11.0}),
        ("语言技能", {"size": 14.0, "font": "cjkfd", "color": blue}),
        ("英语   流利", {"size": 11.0}),
        ("Publications", {"size": 14.0, "font": "Sans", "color": blue}),
        ("A paper, 2020", {"size": 11.0}),
        ("Projects", {"size": 14.0, "font": "Sans", "color": blue}),
        ("A project, 2021", {"size": 11.0}),
    )
    assert [kind for _, kind in _titles(lines)] == [
        "education",
        "experience",
        "languages",
        "publications",
        "projects",
    ]


def test_a_plain_label_beside_its_items_opens_no_section() -> None:
    # `Languages` is a known title, but here a label in body type inside Skills.
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("Skills", SECTION),
        "Languages   Python, Bash, C",
        "Tools   Git, Docker",
        ("Experience", SECTION),
        ("Support Engineer, Acme   2020 – 2022", LABEL),
        PROSE,
        ("Languages", SECTION),
        "English, German",
    )
    assert _titles(lines) == [
        ("Skills", "skills"),
        ("Experience", "experience"),
        ("Languages", "languages"),
    ]


def test_a_title_printed_again_over_its_continuation_on_the_next_page_is_one_section() -> None:
    lines = _lines(
        ("Jan Voorbeeld", {"size": 24.0, "bold": True}),
        ("WERKERVARING", SECTION),
        ("Adviseur, Voorbeeld BV   2018 – 2020", LABEL),
        ("ANDERE ACTIVITEITEN", SECTION),
        "Penningmeester, Voorbeeldclub   2015 – 2019",
        ("ANDERE ACTIVITEITEN", {**SECTION, "page": 2}),
        ("Vrijwilliger, Voorbeeldfestival   2012 – 2014", {"page": 2}),
        ("ONDERWIJS", {**SECTION, "page": 2}),
        ("Master Bestuurskunde   2010", {"page": 2}),
    )
    _, sections = split_sections(lines, body_font_size(lines))
    assert [(section.title, section.kind) for section in sections] == [
        ("WERKERVARING", "experience"),
        ("ANDERE ACTIVITEITEN", "other"),
        ("ONDERWIJS", "education"),
    ]
    assert [line.text[:11] for line in sections[1].lines] == ["Penningmees", "Vrijwillige"]


def test_a_letter_alone_in_the_heading_type_is_no_heading() -> None:
    lines = _lines(
        ("Jane Doe", {"size": 24.0, "bold": True}),
        ("EXPERIENCE", SECTION),
        ("Support Engineer, Acme   2020 – 2022", LABEL),
        PROSE,
        ("E", SECTION),
        PROSE,
        ("EDUCATION", SECTION),
        "BSc Physics, Example University   2019",
        ("PUBLICATIONS", SECTION),
    )
    assert [kind for _, kind in _titles(lines)] == ["experience", "education", "publications"]


def test_a_long_title_in_the_display_type_of_the_headings_is_a_heading() -> None:
    big = {"size": 17.0}
    lines = _lines(
        ("Иван Примеров", {"size": 26.0}),
        ("Опыт работы", big),
        ("Инженер, ООО Пример   2019 – 2023", {"bold": True}),
        PROSE,
        ("Образование", big),
        "Пример университет   2015 – 2019",
        ("Вклад в проекты с открытым исходным кодом", big),
        "Исправления в библиотеке примеров",
        ("Работал над проектами с открытым исходным кодом", {"bold": True}),
    )
    assert _titles(lines) == [
        ("Опыт работы", "experience"),
        ("Образование", "education"),
        ("Вклад в проекты с открытым исходным кодом", "other"),
    ]


def test_display_headings_in_capitals_and_in_mixed_case_are_one_level() -> None:
    big = {"size": 18.0, "bold": True, "x": 60.0}
    lines = _lines(
        ("Max Beispiel", {"size": 26.0, "bold": True, "x": 60.0}),
        ("BILDUNGSABSCHLÜSSE", big),
        ("E", big),  # a letter left over from the line above: no part of the title
        ("10/2016 – 03/2020   B.Sc. Beispieltechnik", {"x": 60.0}),
        ("ARBEITSERFAHRUNG", big),
        ("Praktikant, Beispiel GmbH   2020", {"x": 60.0}),
        ("Fähigkeiten", {**big, "x": 62.0}),
        ("Python, KNIME", {"x": 60.0}),
        ("SPRACHEN", big),
        ("Deutsch, Englisch", {"x": 60.0}),
    )
    assert _titles(lines) == [
        ("BILDUNGSABSCHLÜSSE", "education"),
        ("ARBEITSERFAHRUNG", "experience"),
        ("Fähigkeiten", "skills"),
        ("SPRACHEN", "languages"),
    ]


def test_a_sidebars_capital_titles_in_a_tex_font_of_another_design_size_are_headings() -> None:
    # TeX names each design size (`SFSX0800`, `SFSX0900`); the sidebar's titles are mostly
    # its own words, two of them known.
    side = {"size": 8.0, "font": "SFSX0800", "color": (1.0, 1.0, 1.0), "x": 11.0, "width": 120.0}
    main = {"size": 9.0, "font": "SFSX0900", "x": 185.0}
    small = {"size": 7.0, "x": 11.0, "width": 120.0}
    body = {"size": 7.0, "x": 185.0}
    lines = _lines(
        ("João Exemplo", {"size": 12.0, "x": 11.0}),
        ("CONTATO", side),
        ("joao@example.org", small),
        ("IDIOMAS", side),
        ("Português, Inglês", small),
        ("PROGRAMAÇÃO", side),
        ("Python, Julia", small),
        ("GEOPROCESSAMENTO", side),
        ("QGIS, ArcGIS", small),
        ("EQUIPAMENTOS", side),
        ("Magnetômetro de exemplo", small),
        ("EXPERIÊNCIA PROFISSIONAL", main),
        ("Geofísico, Exemplo Ltda   2019 – 2023", body),
        (PROSE, body),
        ("EDUCAÇÃO", main),
        ("Universidade Exemplo   2015 – 2019", body),
    )
    assert [title for title, _ in _titles(lines)] == [
        "CONTATO",
        "IDIOMAS",
        "PROGRAMAÇÃO",
        "GEOPROCESSAMENTO",
        "EQUIPAMENTOS",
        "EXPERIÊNCIA PROFISSIONAL",
        "EDUCAÇÃO",
    ]


def test_a_title_read_onto_a_side_column_row_opens_its_section() -> None:
    # A short contact column at the left; the first section's title stands on the row of
    # its second line and the reader joins them across the gutter.
    lines = _lines(
        ("Ilse Varga", {"size": 22.0}),
        ("ilse.varga@example.com", {}),
        ("+44 20 7946 0321   Employment", {}),
        ("Buyer, Tallow & Finch, Leeds.   2019 – 2023", LABEL),
        (PROSE, {}),
        ("Education", SECTION),
        ("Harlow College, 2016", {}),
    )
    top, sections = split_sections(lines, body_font_size(lines))
    assert [(section.title, section.kind) for section in sections] == [
        ("Employment", "experience"),
        ("Education", "education"),
    ]
    # the column's line stays above the title, with the lines before it
    assert [line.text for line in top][-1] == "+44 20 7946 0321"
    assert sections[0].lines[0].text == "Buyer, Tallow & Finch, Leeds.   2019 – 2023"


def test_words_after_a_gap_that_are_no_whole_title_stay_on_their_line() -> None:
    lines = _lines(
        ("Experience", SECTION),
        ("Buyer, Tallow & Finch   Education services", LABEL),
        (PROSE, {}),
    )
    assert _titles(lines) == [("Experience", "experience")]


def test_a_table_label_before_a_title_word_opens_no_section() -> None:
    lines = _lines(
        ("Experience", SECTION),
        ("Buyer, Tallow & Finch   2019 – 2023", LABEL),
        ("Period   Projects", {}),
        (PROSE, {}),
    )
    assert _titles(lines) == [("Experience", "experience")]


def test_the_main_column_read_after_a_sidebar_on_page_two_goes_on_with_experience() -> None:
    """Page 2 read with its sidebar first (`Languages`, `Hobbies`), then the main column,
    which goes on with page 1's Experience: the main column's lines close the sidebar's
    last section as read, in another column than its heading and its first line, and go
    on with the section running in their column on the page before."""
    main = {"x": 200.0, "width": 360.0}
    side = {"x": 24.0, "width": 140.0}
    lines = _lines(
        ("Skills", {**SECTION, **side}),
        ("Python, SQL", side),
        ("Experience", {**SECTION, **main}),
        ("Acme Metals   2019 – 2023", {**LABEL, **main}),
        (PROSE, main),
        ("Languages", {**SECTION, **side, "page": 2}),
        ("English (C1)", {**side, "page": 2}),
        ("Hobbies", {**SECTION, **side, "page": 2}),
        ("Climbing", {**side, "page": 2}),
        ("Initrode   2016 – 2019", {**LABEL, **main, "page": 2}),
        (PROSE, {**main, "page": 2}),
    )
    held = _held(lines)
    assert held["Experience"] == CARRIED_EXPERIENCE
    assert held["Hobbies"] == ["Climbing"]


def test_the_main_column_read_after_the_sidebar_goes_on_under_its_own_heading() -> None:
    """The main column's `Experience` heading read first, then the whole sidebar, then the
    main column's entries: they close the sidebar's last section as read, in another column
    than its heading, and belong under the heading over them, left with no lines."""
    main = {"x": 240.0, "width": 320.0}
    side = {"x": 24.0, "width": 140.0}
    lines = _lines(
        ("Experience", {**SECTION, **main}),
        ("Contact", {**SECTION, **side}),
        ("jane@example.org", side),
        ("Languages", {**SECTION, **side}),
        ("English, Hindi", side),
        ("2019 – Present | Acme Metals | Staff Engineer", {**LABEL, "x": 256.0, "width": 300.0}),
        (PROSE, {"x": 268.0, "width": 290.0}),
    )
    held = _held(lines)
    assert held["Experience"] == ["2019 – Present | Acme Metals | Staff Engineer", PROSE]
    assert held["Languages"] == ["English, Hindi"]


def test_a_job_title_in_the_headings_type_under_a_heading_is_no_wrap_of_it() -> None:
    """`Experience` over `Product Designer`, both in the headings' bold: the job title is
    the first entry's line, not the heading's second line (`Experience Product
    Designer`), as a job title in that type elsewhere opens no section."""
    lines = _lines(
        ("Experience", LABEL),
        ("Product Designer", LABEL),
        "Acme Corp   2020 – 2023",
        ("Brand Strategist", LABEL),
        "Initech   2017 – 2020",
        ("Education", LABEL),
        "BSc Marketing, Northgate University, 2016",
    )
    assert _held(lines)["Experience"][:2] == ["Product Designer", "Acme Corp   2020 – 2023"]


def test_the_style_that_names_most_sections_leads_among_body_sized_ones() -> None:
    """Europass: the section titles in capitals at the body's size, flush right against the
    body (one of them no known title), and an annex (a language passport) with two titles
    of its own in bold a point larger: the capitals are the top level, not labels."""

    def caps(right_aligned_at: float) -> dict[str, Any]:
        # Set flush right against the body's column: each title starts elsewhere.
        return {"size": 9.0, "color": (0.05, 0.25, 0.58), "x": right_aligned_at, "width": 60.0}

    annex = {"size": 10.0, "bold": True, "color": (0.05, 0.3, 0.64), "x": 184.0}
    body = {"size": 9.0, "x": 184.0}
    lines = _lines(
        ("Jane Doe", {"size": 9.0}),
        ("WORK EXPERIENCE", caps(98.0)),
        ("2018 – 2019   Engineer at Northwind Traders", body),
        ("EDUCATION AND TRAINING", caps(51.0)),
        ("2013 – 2017   BSc Computer Science, Northshire University", body),
        ("PERSONAL SKILLS", caps(116.0)),
        ("Mother tongue   English", body),
        ("ENCLOSED DOCUMENTS", caps(90.0)),
        ("Copy of my degree", body),
        ("Certificates and diplomas", annex),
        ("Certificate of proficiency in French", body),
        ("Languages", annex),
        ("French, Spanish", body),
    )
    assert _titles(lines) == [
        ("WORK EXPERIENCE", "experience"),
        ("EDUCATION AND TRAINING", "education"),
        ("PERSONAL SKILLS", "skills"),
        ("ENCLOSED DOCUMENTS", "other"),
        ("Certificates and diplomas", "certifications"),
        ("Languages", "languages"),
    ]
