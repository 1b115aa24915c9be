"""Section titles in the languages reslint reads dates in and a few more (Greek, Czech and
Slovak, Hungarian, Romanian, Swedish, Danish, Norwegian, Finnish): the whole title, in
capitals, letter-spaced, numbered, marked CJK-style, and the lines that only start with one."""

from __future__ import annotations

import pytest

from reslint.lexicon.headings import heading_kind, known_title
from reslint.model import Line


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Εκπαίδευση", "education"),
        ("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ", "experience"),  # capitals drop the accents
        ("Σπουδές", "education"),
        ("Δεξιότητες", "skills"),
        ("Ξένες γλώσσες", "languages"),
        ("학력", "education"),
        ("경력사항", "experience"),
        ("学歴", "education"),
        ("職務経歴", "experience"),
        ("技術", "skills"),
        ("Vzdělání", "education"),
        ("Pracovní zkušenosti", "experience"),
        ("Pracovné skúsenosti", "experience"),
        ("Jazykové znalosti", "languages"),
        ("Tanulmányok", "education"),
        ("Szakmai tapasztalat", "experience"),
        ("Nyelvtudás", "languages"),
        ("Educație", "education"),
        ("Experiență profesională", "experience"),
        ("Competențe digitale", "skills"),
        ("Utbildning", "education"),
        ("Arbetslivserfarenhet", "experience"),
        ("Uddannelse", "education"),
        ("Erhvervserfaring", "experience"),
        ("Arbeidserfaring", "experience"),
        ("Koulutus", "education"),
        ("Työkokemus", "experience"),
        ("Освіта", "education"),
        ("Досвід роботи", "experience"),
        ("Вища освіта", "education"),
    ],
)
def test_titles_in_more_languages_are_known(title: str, kind: str) -> None:
    assert known_title(title) == kind
    assert heading_kind(Line(title)) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("【学歴】", "education"),
        ("■ 職歴", "experience"),
        ("3. Vzdělání", "education"),
        ("II. Szakmai tapasztalat", "experience"),
        ("U T B I L D N I N G", "education"),
        ("Κ Α Τ Α Ρ Τ Ι Σ Η", None),  # letters of no title spell none
    ],
)
def test_marked_numbered_and_spaced_titles(text: str, kind: str | None) -> None:
    assert heading_kind(Line(text, bold=True)) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vzdělání a kurzy", "education"),  # joined by the Czech `a`
        ("Utbildning och kurser", "education"),
        ("Tanulmányok és tanfolyamok", "education"),
    ],
)
def test_education_joined_to_courses_in_more_languages(text: str, kind: str) -> None:
    assert heading_kind(Line(text, bold=True)) == kind


@pytest.mark.parametrize(
    "text", ["Utbildning i projektledning", "Praxe ve firmě Nordex", "Kurs i Python"]
)
def test_one_word_titles_that_open_entries_start_no_heading(text: str) -> None:
    assert heading_kind(Line(text, bold=True)) is None


def test_a_korean_title_marked_like_a_bullet_is_a_heading() -> None:
    assert heading_kind(Line("경력사항", bullet=True)) == "experience"
    assert heading_kind(Line("Research", bullet=True)) is None


@pytest.mark.parametrize(
    ("title", "kind"),
    [("Introdução", "summary"), ("Adicional", "additional"), ("Linki", "contact")],
)
def test_more_titles_of_portuguese_and_polish(title: str, kind: str) -> None:
    assert known_title(title) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Опыт работы — 7 лет 4 месяца", "experience"),
        ("경력 (4년 1개월)", "experience"),
        ("工作经历（6年）", "experience"),
        ("Professional Experience: 12+ years", "experience"),
        ("Досвід роботи 2 роки", "experience"),
    ],
)
def test_a_title_followed_by_the_length_of_a_career_is_known(text: str, kind: str) -> None:
    assert known_title(text) == kind
    assert heading_kind(Line(text)) == kind


def test_a_duration_alone_is_no_title() -> None:
    assert known_title("6 years") is None


def test_a_full_stack_title_is_no_skills_heading() -> None:
    assert heading_kind(Line("Développeuse full-stack", bold=True)) is None
