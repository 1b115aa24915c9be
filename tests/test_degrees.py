"""Degrees told from their field of study, in the ways resumes print the two together."""

from __future__ import annotations

import pytest

from reslint.lexicon.degrees import names_degree, split_degree


@pytest.mark.parametrize(
    ("text", "degree", "field"),
    [
        ("Ph.D. in Statistics", "Ph.D.", "Statistics"),
        ("B.S. Computer Science", "B.S.", "Computer Science"),
        ("M.S., Information Technology", "M.S.", "Information Technology"),
        ("Bachelor of Science - Geography", "Bachelor of Science", "Geography"),
        ("Master of Science (MSc) in Genetics", "Master of Science (MSc)", "Genetics"),
        ("BTech in Computer Science", "BTech", "Computer Science"),
        ("Licenciatura em Engenharia Civil", "Licenciatura", "Engenharia Civil"),
        ("Licenciatura en Derecho", "Licenciatura", "Derecho"),
        ("Doctor of Philosophy (PhD) – Ecology", "Doctor of Philosophy (PhD)", "Ecology"),
        ("Bachelor of Commerce (Accounting)", "Bachelor of Commerce", "Accounting"),
        ("MASTER OF ARTS WITH HONOURS IN HISTORY", "MASTER OF ARTS WITH HONOURS", "HISTORY"),
        ("Master's degree, Data Science", "Master's degree", "Data Science"),
        ("MASTER’S IN GEOGRAPHY", "MASTER’S", "GEOGRAPHY"),
        ("Executive MBA, Finance", "Executive MBA", "Finance"),
        ("Honours Bachelor of Science, Biology", "Honours Bachelor of Science", "Biology"),
        ("Postgraduate Diploma in Management", "Postgraduate Diploma in Management", ""),
        ("BE Computer Engineering", "BE", "Computer Engineering"),
        ("Master 2 en Statistique", "Master 2", "Statistique"),
        ("Master Pro en Finance", "Master Pro", "Finance"),
        ("Cử nhân Kinh tế", "Cử nhân", "Kinh tế"),
        ("Computer Science (B.S.)", "B.S.", "Computer Science"),
        ("Graduação em Direito", "Graduação", "Direito"),
        ("FP Administración y Finanzas", "FP", "Administración y Finanzas"),
        ("BSc (Hons) Physics", "BSc (Hons)", "Physics"),
        ("B.A.-Anthropology", "B.A.", "Anthropology"),
        ("MA of Translation Studies", "MA", "Translation Studies"),
        ("Ph.D. (Appl. Math.), Graduated cum laude", "Ph.D.", "Appl. Math."),
        ("Computer Science Master", "Master", "Computer Science"),
        ("Bachelor Informatik", "Bachelor", "Informatik"),
        ("Grado en Psicología", "Grado", "Psicología"),
        ("数学 硕士", "硕士", "数学"),
        ("Certificate in College Teaching", "Certificate in College Teaching", ""),
        ("PhD", "PhD", ""),
        ("Engineering Physics", "Engineering Physics", ""),
        # Two degrees of one programme, printed joined, are one degree.
        (
            "B.Eng. (Civil) & M.Eng. (Structures), First class",
            "B.Eng. (Civil) & M.Eng. (Structures)",
            "",
        ),
        ("BSc and MSc in Physics", "BSc and MSc", "Physics"),
        ("Laurea Triennale e Magistrale", "Laurea Triennale e Magistrale", ""),
        ("Bachiller en Ingeniería", "Bachiller", "Ingeniería"),
        ("Bachelor of Arts in History and Economics", "Bachelor of Arts", "History and Economics"),
        # Names of French diplomas that run past their first word.
        ("Diplôme d'Ingénieur d'État en Chimie", "Diplôme d'Ingénieur d'État", "Chimie"),
        (
            "Diplôme Universitaire de Technologie (DUT) en Génie Civil",
            "Diplôme Universitaire de Technologie (DUT)",
            "Génie Civil",
        ),
        # The programme an award is printed with is part of its name.
        ("Teaching Certificate Program", "Teaching Certificate Program", ""),
        ("Master Program in Data Science", "Master Program", "Data Science"),
        # An acronym before the degree names the kind of school; a word names the field.
        ("AHS Matura Biologie", "AHS Matura", "Biologie"),
        ("Physics Master", "Master", "Physics"),
        ("CHEMISTRY BACHELOR", "BACHELOR", "CHEMISTRY"),
    ],
)
def test_degree_and_field(text: str, degree: str, field: str) -> None:
    split = split_degree(text)
    assert (split.degree, split.field) == (degree, field)


def test_an_abbreviation_keeps_its_last_dot() -> None:
    """`B.S.` is not cut to `B.S`, which would leave `. Ohio State University` behind."""
    assert split_degree("B.S.").degree == "B.S."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Driving licence B", False),
        ("Licence en informatique", True),
        ("As a team we shipped it", False),
        ("A.S. in Nursing", True),
        ("but not that", False),
        ("BUT Informatique", True),
        ("D.U.T. Génie Biologique", True),
        ("D.U. Data Scientist", True),
        ("UNIVERSITÉ DU MAINE", False),
    ],
)
def test_degree_words_that_are_everyday_words(text: str, expected: bool) -> None:
    assert names_degree(text) is expected
