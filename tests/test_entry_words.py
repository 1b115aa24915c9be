"""Title and company words per language: which piece of an entry reads as which."""

from __future__ import annotations

import pytest

from reslint.lexicon.entry_words import company_score, title_score


@pytest.mark.parametrize(
    ("title", "company"),
    [
        # Head noun first, no written link: Persian, Arabic, Vietnamese.
        ("کارشناس توسعه نرم افزار", "شرکت نمونه پردازش"),
        ("مطور تطبيقات الويب", "شركة المثال"),
        ("Chuyên viên phân tích dữ liệu", "Ngân hàng Mẫu"),
        ("Kỹ sư phần mềm", "Công ty Ví Dụ"),
        # Words written without spaces, counted inside the piece.
        ("高级算法讲师", "示例科技"),
        ("テックリード", "サンプル株式会社"),
        ("수석 연구원", "예시 연구소"),
        # Spaced languages: the head noun last or first with a link.
        ("Kıdemli Araştırmacı", "Örnek Vakfı"),
        ("Asesora de ventas", "Ejemplo S.A.C."),
        ("Wissenschaftlicher Mitarbeiter", "Beispiel Versicherung"),
        # Titles written as one compound word end with their head noun.
        ("Berufspraktikum", "Beispiel Logistik GmbH"),
        ("Datenbankentwickler", "Musterbank AG"),
    ],
)
def test_titles_and_companies_read_as_what_they_are(title: str, company: str) -> None:
    assert title_score(title) > company_score(title)
    assert company_score(company) > title_score(company)


@pytest.mark.parametrize("word", ["Regalbediengeräte", "Stadtwerke", "Bundesagentur"])
def test_a_compound_that_ends_with_no_title_word_is_no_title(word: str) -> None:
    assert title_score(word) == 0
