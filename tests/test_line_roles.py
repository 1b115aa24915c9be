"""The line-role model's features and its switch: rows described by typography, shape and
lexicon categories; the rules' readings untouched while the switch is off; with it on, the
model's labels decide a header whose words leave the rules unsure (fictional employers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.structure import build_structure
from reslint.structure.entries import split_entries
from reslint.structure.header_rows import header_rows
from reslint.structure.line_roles import (
    SHIPPED,
    SWITCH,
    entry_features,
    look_of,
    model_path,
    revise_readings,
)
from reslint.structure.roles import read_header
from reslint.structure.row_features import own_features, section_look, sequence_features
from tests.built_lines import built_lines

HEADING = {"size": 14.0, "bold": True}
EMPLOYER = {"bold": True, "font": "Lato-Bold"}
ROLE = {"font": "Lato-Italic", "x": 72.0}
BULLET = {"bullet": True, "x": 84.0, "font": "Lato-Regular"}


def _section() -> tuple:
    """Two entries whose names carry no title or company word: only the layout tells."""
    return built_lines(
        ("Bluebird   2019 – 2021", EMPLOYER),
        ("Quillfeather", ROLE),
        ("• Ran the morning shift for a team of four", BULLET),
        ("Harbor Point   2016 – 2019", EMPLOYER),
        ("Ostrander", ROLE),
        ("• Kept the stock books for two stores", BULLET),
    )


def test_rows_are_described_by_typography_relative_to_the_section() -> None:
    lines = built_lines(
        ("Acme Widgets GmbH   2019 – 2021", {"bold": True, "size": 12.0}),
        ("Senior Data Analyst", {"font": "Lato-Italic", "x": 100.0}),
        "• Built the monthly sales report for the board",
        "• Cut the report's run time from a day to an hour",
    )
    look = section_look(lines, [lines[0]])
    assert look.body_size == 10.0 and look.left == 72.0
    employer = own_features("Acme Widgets GmbH", lines[0], ["Acme Widgets GmbH"], look)
    role = own_features("Senior Data Analyst", lines[1], ["Senior Data Analyst"], look)
    assert (employer["bold"], employer["size"], employer["style1"], employer["date"]) == (
        "True",
        "large",
        "True",
        "end",
    )
    assert employer["employer"] != "0" and employer["title"] == "0"
    assert (role["italic"], role["size"], role["indent"], role["date"]) == (
        "True",
        "body",
        "small",
        "none",
    )
    assert role["title"] != "0" and role["caps"] == "title"


def test_no_word_of_a_row_becomes_a_feature() -> None:
    lines = built_lines(("Quillfeather Studio   2019 – 2021", EMPLOYER), ("Zebrawood", ROLE))
    look = section_look(lines, [lines[0]])
    rows = [
        own_features("Quillfeather Studio", lines[0], ["Quillfeather Studio"], look),
        own_features("Zebrawood", lines[1], ["Zebrawood"], look),
    ]
    printed = " ".join(
        f"{key}={value}" for row in sequence_features(rows) for key, value in row.items()
    )
    assert "quillfeather" not in printed.lower() and "zebrawood" not in printed.lower()


def test_neighbour_rows_lend_their_features() -> None:
    lines = built_lines(("Bluebird   2019 – 2021", EMPLOYER), ("Quillfeather", ROLE))
    look = section_look(lines, [lines[0]])
    first, second = sequence_features(
        [
            own_features("Bluebird", lines[0], ["Bluebird"], look),
            own_features("Quillfeather", lines[1], ["Quillfeather"], look),
        ]
    )
    assert first["prev:none"] == "1" and first["next:italic"] == "True"
    assert second["prev:bold"] == "True" and second["at_row"] == "last"


def test_the_switch_is_off_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SWITCH, raising=False)
    assert model_path() is None
    monkeypatch.setenv(SWITCH, "off")
    assert model_path() is None
    monkeypatch.setenv(SWITCH, "on")
    assert model_path() == SHIPPED
    monkeypatch.setenv(SWITCH, "/tmp/fold-1.crfsuite")
    assert model_path() == Path("/tmp/fold-1.crfsuite")


def test_readings_are_the_rules_own_while_off_or_without_a_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    lines = _section()
    entries = [entry for entry in split_entries(lines) if entry.dates is not None]
    readings = [read_header(entry) for entry in entries]
    monkeypatch.delenv(SWITCH, raising=False)
    assert revise_readings(entries, readings, lines) is readings
    monkeypatch.setenv(SWITCH, str(tmp_path / "absent.crfsuite"))
    assert revise_readings(entries, readings, lines) is readings
    (tmp_path / "broken.crfsuite").write_bytes(b"not a model")
    monkeypatch.setenv(SWITCH, str(tmp_path / "broken.crfsuite"))
    assert revise_readings(entries, readings, lines) is readings


def _people(lines: tuple) -> list[tuple[str | None, str | None]]:
    heading = built_lines(("Work Experience", HEADING))
    doc = build_structure(built_lines("Dana Example", "dana@example.org") + heading + lines, "US")
    return [
        (p.company.value if p.company else None, p.title.value if p.title else None)
        for p in doc.positions
    ]


def test_with_the_switch_on_the_model_names_the_title_row(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No word tells `Bluebird` from `Quillfeather`: the rules take the first row for the
    employer; a model that learned this layout's bold rows are titles reads them so."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    lines = _section()
    monkeypatch.delenv(SWITCH, raising=False)
    assert _people(lines) == [("Bluebird", "Quillfeather"), ("Harbor Point", "Ostrander")]

    entries = [entry for entry in split_entries(lines) if entry.dates is not None]
    look = look_of(lines, entries)
    trainer = pycrfsuite.Trainer(verbose=False)
    for entry in entries:
        trainer.append(entry_features(header_rows(entry), look), ["title", "company"])
    model = tmp_path / "bold-titles.crfsuite"
    trainer.train(str(model))

    monkeypatch.setenv(SWITCH, str(model))
    assert _people(lines) == [("Quillfeather", "Bluebird"), ("Ostrander", "Harbor Point")]
