"""Entries written as bullets closed by their ranges, one of which wrapped with its range
onto the next line (fictional people and employers; lines built as the PDF reader makes
them, the bullet an icon font's glyph the reader kept)."""

from __future__ import annotations

from tests.built_lines import built_lines, parsed_positions

HEADING = {"size": 14.0, "bold": True}
BULLET = {"x": 162.0}
WRAP = {"x": 172.0}


def test_a_bulleted_entry_whose_range_went_to_its_wrap_line() -> None:
    """`(cid:136) Visiting Research Fellow – Harbor Ocean Science Foundation Trust,` over
    `Denmark (May 2015 – May 2016)`: the wrap carries the range; the bullet still opens
    its entry, long as it is once its section prints its entries so, and the bullets
    after it open theirs."""
    lines = built_lines(
        ("Experience", HEADING),
        ("(cid:136) Senior Analyst – Northwind Energy Ltd, Denmark (2019 – 2023)", BULLET),
        (
            "(cid:136) Visiting Research Fellow – Harbor Ocean Science Foundation Trust,",
            BULLET,
        ),
        ("Denmark (May 2015 – May 2016)", WRAP),
        ("(cid:136) Engineer – Bluefin Systems, Denmark (2012 – 2015)", BULLET),
        ("(cid:136) Intern – Kestrel Labs, Denmark (2011 – 2012)", BULLET),
    )
    assert parsed_positions(lines) == [
        ("Northwind Energy Ltd", "Senior Analyst", "2019", "2023"),
        ("Harbor Ocean Science Foundation Trust", "Visiting Research Fellow", "2015-05", "2016-05"),
        ("Bluefin Systems", "Engineer", "2012", "2015"),
        ("Kestrel Labs", "Intern", "2011", "2012"),
    ]
