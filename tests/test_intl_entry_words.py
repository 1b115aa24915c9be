"""Words of entries in languages besides English: how a job was done, and ranges still open.

Each fixture is a fictional resume; the tests assert which company, title and dates each
position gets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.lexicon.headings import heading_kind
from reslint.lexicon.pieces import is_location
from reslint.readers import read
from reslint.structure import build_document, build_structure
from tests.built_lines import built_lines, position_parts


def _positions(write, name: str, text: str) -> list[tuple[str | None, ...]]:
    path = write(name, text)
    return position_parts(build_document(Path(path), read(path)).positions, "")


@pytest.mark.parametrize(
    "mode", ["Remote", "Remoto", "Híbrido", "zdalnie", "Uzaktan", "Télétravail", "Удалённо"]
)
def test_a_work_mode_reads_as_a_place(mode: str) -> None:
    assert is_location(mode)


# A Portuguese and a Polish entry whose titles carry how the job was done in brackets.
MODES_TXT = """Maria Souza
maria.souza@example.com

Experiência

Desenvolvedora Backend (Híbrido)    2019 – 2021
Fictícia Tecnologia Ltda
- Mantive as APIs de pagamento

Tester oprogramowania (zdalnie)    2017 – 2019
Przykład Sp. z o.o.
- Testy regresyjne
"""


def test_work_mode_in_brackets_is_cut_from_the_title(write) -> None:
    positions = _positions(write, "modes.txt", MODES_TXT)
    assert [p[1] for p in positions] == ["Desenvolvedora Backend", "Tester oprogramowania"]


# A Russian range left open with "в настоящем" (short for "в настоящее время").
OPEN_RANGE_TXT = """Анна Смирнова
anna@example.com

Опыт работы

Аналитик данных    03/2020 - В настоящем
ООО Пример
- Отчёты для отдела продаж
"""


def test_russian_open_range_ends_at_present(write) -> None:
    positions = _positions(write, "open.txt", OPEN_RANGE_TXT)
    assert [(p[2], p[3]) for p in positions] == [("2020-03", "present")]


# Labelled fields, and a month whose `de` a typist glued to the year (`marzo de2015`).
GLUED_DE_TXT = """Lucía Gómez
lucia.gomez@example.com

Experiencia

Empresa: Ejemplo Servicios S.A. (marzo de2015 - junio de 2018)
Cargo: Analista Contable
- Conciliaciones bancarias
"""


def test_month_de_glued_to_its_year(write) -> None:
    positions = _positions(write, "glued.txt", GLUED_DE_TXT)
    assert [(p[2], p[3]) for p in positions] == [("2015-03", "2018-06")]


def _education(rows: tuple) -> list[tuple[str, str, str]]:
    structure = build_structure(built_lines(*rows), "US")
    return [
        (
            e.school.value if e.school else "",
            e.degree.value if e.degree else "",
            e.dates.end.iso() if e.dates and e.dates.end else "",
        )
        for e in structure.education
    ]


def test_bold_degree_ending_at_a_comma_goes_on_with_the_school() -> None:
    # A date column: the degree in bold ends at a comma; the school, in the regular
    # weight and another font, is on the line under it, then a detail line; the last of
    # the degree's fields must not be read as the school.
    bold = {"bold": True, "font": "Serif-Bold"}
    regular = {"x": 120.0, "font": "Serif-Regular"}
    rows = (
        "Clara Fontaine",
        "clara@example.org",
        ("Formation", {"size": 14.0}),
        ("2019   Master 1 : Mathématiques, Statistiques,", bold),
        ("Université de Montclair, Montclair, France.", regular),
        ("Projet : ponts en bois lamellé.", regular),
        ("2015-2016   Licence : Physique appliquée, Chimie,", bold),
        ("Institut Polytechnique Exemple, Nordville.", regular),
    )
    assert [(s, e) for s, _, e in _education(rows)] == [
        ("Université de Montclair", "2019"),
        ("Institut Polytechnique Exemple", "2016"),
    ]


@pytest.mark.parametrize("title", ["Historial de empleo", "Poste actuel"])
def test_work_headings_in_other_wordings(title: str) -> None:
    (line,) = built_lines((title, {"size": 14.0, "bold": True}))
    assert heading_kind(line) == "experience"
