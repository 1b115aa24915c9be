"""Whole resumes in the forms and languages people write them in, read by the text reader.

Each fixture is a fictional resume; the test asserts what `build_document` makes of it:
which sections, and the positions and education entries with their dates.
"""

from __future__ import annotations

from pathlib import Path

from reslint.model import Structure
from reslint.readers import read
from reslint.structure import build_document


def _structure(write, name: str, text: str) -> Structure:
    path = write(name, text)
    return build_document(Path(path), read(path)).structure


def _positions(structure: Structure) -> list[tuple[str, str, str]]:
    return [
        (p.company.value if p.company else "", p.dates.start.iso(), p.dates.end.iso())
        for p in structure.positions
        if p.dates is not None and p.dates.start is not None and p.dates.end is not None
    ]


SHORT_YEARS = """# Jane Doe
jane.doe@example.com

## Experience
**Acme Corp** — Software Engineer, Jan ‘24 – Present
- Built the billing service
**Globex** — Developer, Mar ’21 – Dec ’23
- Shipped the mobile app
"""


def test_years_shortened_with_a_typographic_apostrophe_keep_their_positions(write) -> None:
    structure = _structure(write, "jane.md", SHORT_YEARS)
    assert _positions(structure) == [
        ("Acme Corp", "2024-01", "present"),
        ("Globex", "2021-03", "2023-12"),
    ]
