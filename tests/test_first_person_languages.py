"""first-person in languages other than English: the pronouns of lexicon/data/first_person.toml."""

from __future__ import annotations

import re

import pytest

from reslint.lexicon.language_words import language_pattern
from tests.rulehelp import lint_markdown


def _found(language: str, text: str) -> list[str]:
    pattern = language_pattern("first_person", language)
    assert pattern is not None
    return re.findall(pattern, text)


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        (
            "fr",
            "J'ai dirigé mon équipe et je m’occupe de mes clients",
            ["J'ai", "mon", "je", "m’occupe", "mes"],
        ),
        (
            "de",
            "Ich leite mein Team und meine Kunden vertrauen mir",
            ["Ich", "mein", "meine", "mir"],
        ),
        ("es", "Yo coordiné a mis compañeros; me considero responsable", ["Yo", "mis", "me"]),
        ("pt", "Eu liderei a minha equipe e o meu projeto", ["Eu", "minha", "meu"]),
        ("it", "Mi occupo del mio gruppo e io guido la mia squadra", ["Mi", "mio", "io", "mia"]),
        ("nl", "Ik leid mijn team", ["Ik", "mijn"]),
        ("pl", "Ja prowadzę mój zespół", ["Ja", "mój"]),
        ("ru", "Я руковожу командой, мой опыт", ["Я", "мой"]),
    ],
)
def test_each_language_finds_its_pronouns(language: str, text: str, found: list[str]):
    assert _found(language, text) == found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Capitals are abbreviations: Master of Arts, an execution system, input/output.
        ("fr", "Diplôme MA en économie, migration MES"),
        ("it", "Servizi IO bound e socket.io, sistemi MIS"),
        ("es", "Sistemas MIS y ERP"),
        # Inside a compound or a word: mi-temps, aujourd'hui.
        ("fr", "Poste à mi-temps jusqu'à aujourd'hui"),
        # A name in quotes: the contest is called so.
        ("ru", "Финалист олимпиады «Я — профессионал»"),
    ],
)
def test_abbreviations_and_compounds_are_not_pronouns(language: str, text: str):
    assert _found(language, text) == []


def test_english_is_left_to_the_rules_own_patterns():
    assert language_pattern("first_person", "en") is None
    assert language_pattern("first_person", None) is None


FRENCH = """
# Camille Martin
camille@example.org
## Profil
Analyste financière avec huit ans d'expérience dans la banque et l'assurance.
Je pilote les clôtures mensuelles et j'accompagne mes collègues des filiales.
Mon rôle couvre aussi les prévisions de trésorerie du groupe et des filiales.
## Expérience
**Banque Exemple** — Analyste financière, mars 2019 – aujourd'hui
- Pilotage des clôtures mensuelles pour les filiales de la banque
- Mise en place des tableaux de bord de la direction financière
"""


def test_a_french_summary_is_one_finding_for_its_pronouns():
    findings = lint_markdown(FRENCH, ["first-person"])
    assert [(f.location.line, f.count) for f in findings] == [(5, 2)]


def test_french_pronouns_are_not_searched_in_an_english_resume():
    text = """
# Sam Rivera
## Experience
**Northwind Traders** — Analyst, Jan 2021 – Present
- Built the monthly reports for the finance team, from the data of the stores
- Moved the nightly jobs to Airflow and wrote the runbook for the team
- Led the migration of the sales dashboards to the new data warehouse
- Reviewed the forecasts with the regional managers, je ne sais quoi aside
"""
    assert lint_markdown(text, ["first-person"]) == []


def test_the_consent_to_data_processing_is_a_formula_not_a_statement():
    text = """
# Anna Przykład
anna@example.org
## Doświadczenie
**Firma Przykładowa** — Księgowa, 2019 – obecnie
- Prowadzenie ksiąg rachunkowych dla spółek z branży budowlanej i transportowej
- Przygotowanie deklaracji podatkowych oraz sprawozdań finansowych dla zarządu
Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb rekrutacji.
"""
    assert lint_markdown(text, ["first-person"]) == []
    statement = text.replace("Prowadzenie ksiąg", "Moja praca to prowadzenie ksiąg")
    assert [f.location.line for f in lint_markdown(statement, ["first-person"])] == [5]
