"""Section titles: accents, languages, and the lines that only look like titles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.lexicon.headings import (
    NEVER_START,
    SECTION_KINDS,
    heading_kind,
    known_title,
    normalise,
)
from reslint.model import Line
from reslint.readers import read
from reslint.structure import build_document


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Expérience", "experience"),
        ("EXPÉRIENCE PROFESSIONNELLE", "experience"),
        ("Educacion", "education"),  # typed without the accent
        ("EDUCACIÓN", "education"),
        ("Formación", "education"),
        ("Référénces", "references"),  # accents where there are none still fold away
        ("Honors-Awards", "awards"),  # LinkedIn's spelling, hyphen and all
        ("教育背景", "education"),
    ],
)
def test_titles_are_known_with_or_without_accents(title: str, kind: str) -> None:
    assert known_title(title) == kind
    assert heading_kind(Line(title)) == kind


def test_folding_keeps_what_is_not_an_accent() -> None:
    assert normalise("Expérience  Professionnelle:") == "experience professionnelle"
    assert normalise("경력") == "경력"  # Hangul decomposes under NFKD; it must come back whole
    assert normalise("Centres d’intérêt") == "centres d'interet"


def test_the_titles_that_never_start_a_heading_are_titles() -> None:
    """A word in `never_start` that no kind lists would guard nothing."""
    assert not {title for title in NEVER_START if known_title(title) is None}


def test_each_title_is_written_once() -> None:
    """Folding makes spellings that differ only in accents or punctuation the same title."""
    titles = [normalise(title) for titles in SECTION_KINDS.values() for title in titles]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Werkervaring", "experience"),
        ("Opleiding", "education"),
        ("Vaardigheden", "skills"),
        ("Talen", "languages"),
        ("Esperienza lavorativa", "experience"),
        ("ISTRUZIONE E FORMAZIONE", "education"),
        ("Competenze", "skills"),
        ("Experiência profissional", "experience"),
        ("Formação Acadêmica", "education"),
        ("Formação académica", "education"),  # as Portugal spells it
        ("Competências", "skills"),
        ("Expériences professionnelles", "experience"),
        ("Centres d’intérêt", "interests"),
        ("Compétences linguistiques", "languages"),
        ("Persönliche Daten", "contact"),
        ("Aus- und Weiterbildung", "education"),
        ("Top-Kenntnisse", "skills"),  # LinkedIn's German "Top Skills"
        ("Experiencia de voluntariado", "volunteer"),
        ("Licencias y certificaciones", "certifications"),
    ],
)
def test_titles_in_the_languages_dates_are_read_in(title: str, kind: str) -> None:
    assert known_title(title) == kind
    assert heading_kind(Line(title)) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Akademische Ausbildung", "education"),
        ("Praktische Erfahrung", "experience"),
        ("Angaben zur Person", "contact"),
        ("Trayectoria y Experiencia", "experience"),
        ("Formación complementaria", "certifications"),
        ("Parcours scolaire", "education"),
        ("Educazione", "education"),
        ("Doświadczenie zawodowe", "experience"),
        ("WYKSZTAŁCENIE", "education"),
        ("Umiejętności", "skills"),
        ("Опыт работы", "experience"),
        ("Образование:", "education"),
        ("Ключевые навыки", "skills"),
        ("О себе", "summary"),
        ("Досвід роботи", "experience"),
        ("Освіта", "education"),
        ("Навички", "skills"),
        ("İŞ DENEYİMİ", "experience"),
        ("EĞİTİM", "education"),  # dotted capital I, dotless small i
        ("Eğitim Bilgileri", "education"),
        ("YABANCI DİLLER", "languages"),
        ("Pengalaman Kerja", "experience"),
        ("PENDIDIKAN", "education"),
        ("Keahlian", "skills"),
        ("Kinh nghiệm làm việc", "experience"),
        ("Học vấn", "education"),
        ("Kỹ năng", "skills"),
        ("项目经验", "projects"),
        ("PROJECT EXPERIENCE", "projects"),  # what the section holds, not work
        ("专业技能", "skills"),
        ("【職務経歴】", "experience"),
        ("■ 学歴", "education"),
        ("자기소개", "summary"),
        ("경력", "experience"),
        ("학력", "education"),
        ("\uf007   PROFIL ZAWODOWY", "summary"),  # an icon-font glyph before the title
        ("+ CONTATTI", "contact"),
        ("سوابق شغلی", "experience"),
        ("تحصیلات", "education"),
        ("مهارت\u200cها", "skills"),  # the zero-width non-joiner Persian writes in words
        ("مهارت ها", "skills"),
        ("الخبرة العملية", "experience"),
        ("التعليم", "education"),
        ("工作及教育经历", "experience"),
        ("Introdução", "summary"),
        ("Adicional", "additional"),
        ("Linki", "contact"),
        ("技術", "skills"),
        ("Soft Skills", "skills"),
        ("Language Skills", "languages"),
        ("Workshops", "certifications"),
    ],
)
def test_titles_in_more_languages(title: str, kind: str) -> None:
    assert heading_kind(Line(title)) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (Line("技能及其他", bold=True), "skills"),  # a title, then a joiner
        (Line("資格・免許など", bold=True), "certifications"),
        (Line("Профессиональный опыт", bold=True), "experience"),  # qualifier first
        (Line("Редко используемые навыки", bold=True), "skills"),
        (Line("ÖĞRETMENLİK DENEYİMİ"), "experience"),  # Turkish: the head noun takes a suffix
        (Line("주요 프로젝트", bold=True), "projects"),
        (Line("Pengalaman Organisasi", bold=True), "leadership"),  # the longest title wins
    ],
)
def test_styled_lines_in_more_languages(line: Line, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        Line("Stages chez Acme", bold=True),  # titles that start entries
        Line("Eğitim Koordinatörü", bold=True),
        Line("프로젝트 매니저", bold=True),  # project manager
        Line("Magang di PT Acme", bold=True),
        Line("投资银行部实习生", bold=True),  # a job: no title, then a joiner
        Line("教育部", bold=True),  # the Ministry of Education
    ],
)
def test_lines_in_more_languages_that_only_look_like_titles(line: Line) -> None:
    assert heading_kind(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (Line("Esperienze lavorative e stage", bold=True), "experience"),
        (Line("Formación académica complementaria", heading=True), "education"),
        # the longest title wins: a volunteering section, not an experience one
        (Line("Experiencia de voluntariado internacional", heading=True), "volunteer"),
        (Line("Relevant Experience", bold=True), "experience"),
        (Line("Relevante werkervaring", bold=True), "experience"),
        # the head noun last: experience in education, not an education section
        (Line("EDUCATION EXPERIENCE:", bold=True), "experience"),
        (Line("Skills Summary", bold=True), "skills"),
    ],
)
def test_styled_lines_that_start_or_end_with_a_title(line: Line, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        Line("Jefe de Formación", bold=True),  # jobs that end in a title word
        Line("Responsable formation", bold=True),
        Line("Coordenadora de Formação", bold=True),
        Line("Leiter Ausbildung", bold=True),
        Line("NETWORK ENGINEER"),  # "work" is a title, but not inside a word
        Line("Studium der Informatik", bold=True),  # an education entry
        Line("Logros", bold=True),  # a job's achievements
        Line("Ervaring met Python en SQL"),  # body text, not styled
    ],
)
def test_lines_that_only_look_like_titles(line: Line) -> None:
    assert heading_kind(line) is None


FRENCH_MARKDOWN = """# Claire Dubois
Ingénieure logiciel
claire.dubois@example.fr | +33 6 12 34 56 78

## Expériences professionnelles
**Capgemini** — Ingénieure logiciel, janvier 2019 – aujourd'hui
- Migration de 40 services vers Kubernetes
**Société Générale** — Développeuse, septembre 2015 – décembre 2018

## Formation
**Université de Lyon** — Master en informatique, 2013 – 2015

## Compétences
Python, Go, SQL
"""

# Plain text: nothing but the words tells a heading from body text.
PORTUGUESE_TEXT = """Ana Souza
Desenvolvedora de Software
ana.souza@example.com | +55 11 91234-5678

Resumo
Desenvolvedora com oito anos de experiência em sistemas de pagamento.

Experiência Profissional
Nubank S.A. — Desenvolvedora Sênior, mar. 2020 – atual
- Reduzi o tempo de conciliação em 40%
Itaú Unibanco — Desenvolvedora, jan. 2016 – fev. 2020

Formação Acadêmica
Universidade de São Paulo — Licenciatura em Ciência da Computação, 2011 – 2015

Competências
Python, Kotlin, SQL
"""


def test_french_resume_parses_into_positions_and_education(write) -> None:
    path = write("claire.md", FRENCH_MARKDOWN)
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json"])
    data = json.loads(result.output)
    assert [(s["title"], s["kind"]) for s in data["sections"]] == [
        ("Expériences professionnelles", "experience"),
        ("Formation", "education"),
        ("Compétences", "skills"),
    ]
    assert [(p["company"], p["title"], p["start"], p["end"]) for p in data["positions"]] == [
        ("Capgemini", "Ingénieure logiciel", "2019-01", "present"),
        ("Société Générale", "Développeuse", "2015-09", "2018-12"),
    ]
    assert [(e["school"], e["degree"], e["field"]) for e in data["education"]] == [
        ("Université de Lyon", "Master", "informatique")
    ]


def test_portuguese_text_resume_builds_positions_and_education(write) -> None:
    path = write("ana.txt", PORTUGUESE_TEXT)
    structure = build_document(Path(path), read(path)).structure
    assert [s.kind for s in structure.sections] == ["summary", "experience", "education", "skills"]
    assert [(p.company.value, p.dates.start.iso()) for p in structure.positions] == [
        ("Nubank S.A.", "2020-03"),
        ("Itaú Unibanco", "2016-01"),
    ]
    assert [(e.school.value, e.degree.value, e.field.value) for e in structure.education] == [
        ("Universidade de São Paulo", "Licenciatura", "Ciência da Computação")
    ]


@pytest.mark.parametrize(
    ("heading", "school", "printed", "degree", "field"),
    [
        (
            "Formação Acadêmica",
            "Universidade Federal da Bahia",
            "Bacharelado em Engenharia",
            "Bacharelado",
            "Engenharia",
        ),
        (
            "Istruzione",
            "Politecnico di Milano",
            "Laurea magistrale in Ingegneria Informatica",
            "Laurea magistrale",
            "Ingegneria Informatica",
        ),
        ("Formation", "École Polytechnique", "Diplôme d'ingénieur", "Diplôme d'ingénieur", None),
        (
            "Ausbildung",
            "Technische Universität München",
            "Diplom-Informatiker",
            "Diplom-Informatiker",
            None,
        ),
        ("Opleiding", "Universiteit van Amsterdam", "Doctoraal Economie", "Doctoraal", "Economie"),
    ],
)
def test_schools_and_degrees_in_other_languages(
    write, heading, school, printed, degree, field
) -> None:
    text = f"# Alex Example\n\n## {heading}\n**{school}** — {printed}, 2012 – 2016\n"
    path = write("cv.md", text)
    structure = build_document(Path(path), read(path)).structure
    found = [
        (e.school and e.school.value, e.degree and e.degree.value, e.field and e.field.value)
        for e in structure.education
    ]
    assert found == [(school, degree, field)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("一、教育背景", "education"),  # numbered in Chinese
        ("二、工作经历", "experience"),
        ("01 Experience", "experience"),
        ("2. Education", "education"),
        ("IV. Projects", "projects"),
        ("（一）教育背景", "education"),  # a Chinese number in brackets
        ("(2) 工作经历", "experience"),
        ("第三部分 项目经历", "projects"),  # "part three"
        ("01 / 专业技能", "skills"),
    ],
)
def test_numbered_headings_are_known_by_their_title(text: str, kind: str) -> None:
    assert heading_kind(Line(text)) == kind


def test_a_numbered_headings_title_is_shown_without_its_number() -> None:
    from reslint.lexicon.headings import display_title

    assert display_title("一、教育背景") == "教育背景"
    assert display_title("01 Experience") == "Experience"


def test_a_headings_title_is_shown_without_the_icon_glyph_before_it() -> None:
    from reslint.lexicon.headings import display_title

    assert display_title("(cid:65533) EDUCATION") == "EDUCATION"


@pytest.mark.parametrize("text", ["(cid:387) 教育", "(cid:177)Experience", "(cid:12) Formación"])
def test_a_title_behind_an_icon_glyph_is_known(text: str) -> None:
    assert known_title(text) in {"education", "experience"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("教育背景 Education", "education"),
        ("工作经历 / Work Experience", "experience"),
        ("Опыт работы / Work experience", "experience"),
        ("EDUCATION 教育背景", "education"),
        ("教育背景EDUCATION", "education"),  # printed against each other
        ("工作经历（Work Experience）", "experience"),
        ("教育经历 Education Background", "education"),  # a longer title of the same kind
    ],
)
def test_a_title_beside_its_translation_is_a_heading_in_plain_type(text: str, kind: str) -> None:
    assert heading_kind(Line(text, font_size=10.0), 10.0) == kind


@pytest.mark.parametrize(
    "text", ["工作经历 Example University", "教育背景 Work Permit", "Skills 北京示例大学"]
)
def test_a_title_beside_other_words_or_another_kind_is_no_translation(text: str) -> None:
    assert heading_kind(Line(text, font_size=10.0), 10.0) is None


def test_a_letter_spaced_cjk_title_is_shown_without_its_spacing() -> None:
    from reslint.lexicon.headings import display_title

    assert display_title("教   育   背   景") == "教育背景"
    assert display_title("Work   Experience") == "Work   Experience"


@pytest.mark.parametrize("text", ["Research Skills", "Additional Experience"])
def test_two_titles_in_one_script_are_not_a_translation(text: str) -> None:
    """Plain type: only a whole title or a translation makes a heading of a plain line."""
    assert heading_kind(Line(text, font_size=10.0), 10.0) is None


def test_a_cjk_title_marked_like_a_bullet_is_a_heading_and_an_english_one_is_not() -> None:
    assert heading_kind(Line("職務経歴", bullet=True)) == "experience"
    assert heading_kind(Line("Research", bullet=True)) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Military Service", "experience"),
        ("Askerlik Durumu", "experience"),
        ("병역사항", "experience"),
        ("Internships", "experience"),
        ("Pasantías", "experience"),
        ("Дополнительная информация", "additional"),
        ("Sonstiges", "additional"),
        ("其他", "additional"),
        ("自我评价", "summary"),
        ("个人评价", "summary"),
        ("荣誉证书", "awards"),
        ("수상내역", "awards"),
        ("科研项目", "projects"),
        ("Личные качества", "skills"),
        ("Diğer Görevler", "experience"),
    ],
)
def test_more_titles_in_more_languages(text: str, kind: str) -> None:
    assert known_title(text) == kind


@pytest.mark.parametrize("text", ["Stage chez Acme", "Staj Programı Katılımcısı", "Otros cursos"])
def test_one_word_titles_that_open_entries_do_not_start_styled_headings(text: str) -> None:
    assert heading_kind(Line(text, bold=True)) is None


@pytest.mark.parametrize("text", ["教  育  背  景", "工作 经历", "職務 経歴"])
def test_letter_spaced_han_and_kana_titles_are_known(text: str) -> None:
    assert known_title(text) in ("education", "experience")


def test_spaces_between_hangul_words_still_count() -> None:
    assert known_title("경력 사항") == "experience"
    assert normalise("경력 사항") == "경력 사항"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Research Interests", "interests"),
        ("Research Areas & Expertise", "interests"),
        ("ARAŞTIRMA ALANLARI", "interests"),
        ("Научные интересы", "interests"),
        ("研究方向", "interests"),
        ("Research Experience", "research"),
        ("Research Funding", "awards"),
    ],
)
def test_what_a_researcher_works_on_is_no_list_of_positions(text: str, kind: str) -> None:
    assert heading_kind(Line(text, bold=True), 10.0) == kind


def test_a_cjk_title_with_a_bracketed_qualifier_keeps_its_kind() -> None:
    # `(个人)`, personal: the brackets split the line into two words for the lookup.
    assert heading_kind(Line("开源项目和作品(个人)", bold=True), 10.0) == "projects"
    assert heading_kind(Line("工作经历（实习）", bold=True), 10.0) == "experience"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("W O R K   E X P E R I E N C E", "experience"), ("E D U C A T I O N", "education")],
)
def test_letter_spaced_latin_titles_of_several_words_are_known(text: str, kind: str) -> None:
    assert known_title(text) == kind


def test_spaced_initials_with_one_gap_are_not_joined_into_words() -> None:
    # Only a wider gap between letter-spaced chunks marks words; `A B  testing` stays.
    assert normalise("A B  testing") == "a b testing"


@pytest.mark.parametrize(
    ("text", "kind"), [("Wo r k Exp e rie nc e", "experience"), ("Educati o n", "education")]
)
def test_a_title_split_at_a_letter_spaced_font_s_gaps_is_known(text: str, kind: str) -> None:
    assert known_title(text) == kind
    assert heading_kind(Line(text)) == kind


def test_short_words_that_spell_no_title_stay_unknown() -> None:
    assert known_title("a b c d") is None


@pytest.mark.parametrize(
    "text", ["Research Engineer", "Research Scientist", "Publications Assistant"]
)
def test_a_job_title_styled_as_a_heading_is_no_section(text: str) -> None:
    # a section's word, then a job title's head noun: the title of an entry
    assert heading_kind(Line(text, bold=True, font_size=15.0), body_font_size=10.0) is None


@pytest.mark.parametrize(
    ("text", "kind"), [("Research Internship", "research"), ("Research Interests", "interests")]
)
def test_a_section_noun_after_a_title_word_keeps_the_heading(text: str, kind: str) -> None:
    assert heading_kind(Line(text, bold=True, font_size=15.0), body_font_size=10.0) == kind


def test_entry_titles_set_like_headings_stay_in_their_section(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "titles.pdf"
    pdf = canvas.Canvas(str(path))
    rows = [
        ("Helvetica-Bold", 20, "Marta Quintero"),
        ("Helvetica", 10, "marta.quintero@example.net"),
        ("Helvetica-Bold", 15, "Employment"),
        ("Helvetica-Bold", 15, "Data Engineer"),
        ("Helvetica-Bold", 10, "Lumen Analytics"),
        ("Helvetica", 10, "March 2021 - Present"),
        ("Helvetica", 10, "Built the billing pipeline"),
        ("Helvetica-Bold", 15, "Research Scientist"),
        ("Helvetica-Bold", 10, "Harbor Labs"),
        ("Helvetica", 10, "June 2017 - February 2021"),
        ("Helvetica", 10, "Ran the sensor trials"),
        ("Helvetica-Bold", 15, "Education"),
        ("Helvetica-Bold", 10, "Northfield University"),
        ("Helvetica", 10, "B.Sc. in Physics, 2013 - 2017"),
    ]
    y = 800
    for font, size, text in rows:
        pdf.setFont(font, size)
        pdf.drawString(60, y, text)
        y -= size + 10
    pdf.save()
    structure = build_document(path, read(path)).structure
    assert [s.kind for s in structure.sections] == ["experience", "education"]
    # both entries read in the experience section (which row is whose title is the
    # entries' business, not the headings')
    assert [p.dates.start.iso() for p in structure.positions] == ["2021-03", "2017-06"]


def test_a_title_glued_across_a_gap_to_a_job_title_stays_a_heading() -> None:
    # the section's title in a margin column, its first entry's title beside it
    line = Line("Work   Staff Nurse", bold=True, font_size=15.0)
    assert heading_kind(line, body_font_size=10.0) == "experience"
