"""benchmarks/verdict_precision.py: one split's verdicts at a time, so the unseen estimate is
never mixed with the tune figures the rules were fixed against. The verdict files are
written here with invented case ids."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from verdict_precision import load, main, precision_table, verdict_files

HEADER = "# case\trule\tpage\tline\tverdict\tpass\tnote\n"


def _write(folder: Path, name: str, rows: list[str]) -> Path:
    path = folder / name
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    _write(
        tmp_path,
        "tune.tsv",
        ["t01\tbuzzword\t1\t3\tTRUE\tp1\tcliché", "t02\tbuzzword\t1\t4\tTRUE\tp1\tcliché"],
    )
    _write(
        tmp_path,
        "unseen.tsv",
        [
            "u01\tbuzzword\t1\t2\tFALSE\tu1\tnot a cliché here",
            "u02\tbuzzword\t1\t5\tTRUE\tu1\tcliché",
            "u02\temail-odd\t-\t-\tDEBATABLE\tu1\tinitials",
        ],
    )
    return tmp_path


def test_a_split_reads_its_own_file_only(folder: Path):
    verdicts = load(files=verdict_files("unseen", folder))
    assert {verdict.case for verdict in verdicts} == {"u01", "u02"}
    table = {row[0]: row[1:] for row in precision_table(verdicts)}
    assert table["buzzword"] == (1, 1, 0, 0.5)
    assert table["email-odd"] == (0, 0, 1, None)


def test_all_reads_every_split(folder: Path):
    verdicts = load(files=verdict_files("all", folder))
    table = {row[0]: row[1:] for row in precision_table(verdicts)}
    assert table["buzzword"] == (3, 1, 0, 0.75)


def test_an_unknown_split_is_a_one_line_error(folder: Path):
    with pytest.raises(SystemExit, match="no verdicts for split 'test'"):
        verdict_files("test", folder)


def test_a_verdicts_file_is_scored_on_its_own(folder: Path, capsys: pytest.CaptureFixture[str]):
    main(["--verdicts", str(folder / "unseen.tsv")])
    lines = capsys.readouterr().out.splitlines()
    row = next(line.split() for line in lines if line.startswith("buzzword"))
    assert row == ["buzzword", "1", "1", "0", "0.50"]
    total = next(line for line in lines if line.startswith("all rules")).split()
    assert total[2:] == ["1", "1", "1", "0.50"]
