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


def test_an_employer_hanging_under_a_regular_dated_line_is_no_wrap() -> None:
    """`05/2016 – 08/2019   IT Consultant` in the regular weight over `Ostsee Beratung GmbH`
    in the same font, hanging in the text column: a line naming a company under one that
    names none is the employer, not the title's wrap."""
    lines = built_lines(
        ("Berufserfahrung", HEADING),
        ("05/2016 – 08/2019   IT Consultant", {"font": "Sans"}),
        ("Ostsee Beratung GmbH", TEXT),
        ("Projekte: Umzug der Rechenzentren", TEXT),
        ("Planung der Migration", DETAIL),
        ("01/2012 – 04/2016   Support Engineer", {"font": "Sans"}),
        ("Havelland Service GmbH", TEXT),
        ("Projekte: Einführung eines Ticketsystems", TEXT),
    )
    assert parsed_positions(lines) == [
        ("Ostsee Beratung GmbH", "IT Consultant", "2016-05", "2019-08"),
        ("Havelland Service GmbH", "Support Engineer", "2012-01", "2016-04"),
    ]


def test_a_team_after_the_title_gives_way_to_the_employer_line_under_it() -> None:
    """`Account Manager, Customer Care Services` over `Nordwind Kundendienst Services
    GmbH`: the team after the comma reads as a company, but the line under it reads more
    as one; the title keeps its team."""
    lines = built_lines(
        ("Berufserfahrung", HEADING),
        ("08/2012 – 03/2014   Account Manager, Customer Care Services", DATED),
        ("Nordwind Kundendienst Services GmbH", TEXT),
        ("Tätigkeiten: Planung der Wartung", TEXT),
        ("Abstimmung mit den Teams", DETAIL),
    )
    assert parsed_positions(lines) == [
        (
            "Nordwind Kundendienst Services GmbH",
            "Account Manager, Customer Care Services",
            "2012-08",
            "2014-03",
        ),
    ]
