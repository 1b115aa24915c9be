"""A date column's entries (the German tabular Lebenslauf): the dates at the margin, the
title beside them in bold, the employer under the title in the text column in the regular
weight, then a labelled list of duties indented further (fictional people and employers;
lines built as the PDF reader makes them)."""

from __future__ import annotations

from tests.built_lines import built_lines, parsed_positions

HEADING = {"size": 14.0, "bold": True, "font": "Sans-Bold"}
DATED = {"bold": True, "font": "Sans-Bold"}
TEXT = {"x": 200.0, "font": "Sans"}
DETAIL = {"x": 270.0, "font": "Sans"}


def test_the_employer_under_the_title_in_the_text_column_is_no_body() -> None:
    """`Nordwind Systeme GmbH` under `03/2021 – heute   Cloud Engineer`, in the
    text column and a font the dated line does not use: the employer, not a bullet drawn
    as a shape; the body starts at `Tätigkeiten:`."""
    lines = built_lines(
        ("Berufserfahrung", HEADING),
        ("03/2021 – heute   Cloud Engineer", DATED),
        ("Nordwind Systeme GmbH", TEXT),
        ("Tätigkeiten: Aufbau einer Plattform", TEXT),
        ("für interne Entwicklerteams", DETAIL),
        ("Betrieb der Cluster im Rechenzentrum", DETAIL),
        ("01/2017 – 02/2021   Systemadministrator", DATED),
        ("Elbtal Datendienste AG", TEXT),
        ("Tätigkeiten: Betreuung der Server", TEXT),
        ("Pflege der Netzwerke", DETAIL),
    )
    assert parsed_positions(lines) == [
        ("Nordwind Systeme GmbH", "Cloud Engineer", "2021-03", "present"),
        ("Elbtal Datendienste AG", "Systemadministrator", "2017-01", "2021-02"),
    ]
