"""The CSV files of a LinkedIn data export as LinkedIn writes them today.

The file names and header rows of a current Basic export (public facts, seen in
published sample exports) and a writer quoting as LinkedIn does, so the example export
(`examples/make_examples.py`) and the test fixtures (`tests/linkedin_fixtures.py`) are
built from one description. It lives in the package because the examples must build
without the test suite. The reader does not use it: it finds columns by any of the names
LinkedIn has given them over the years (`readers.linkedin_export_csv.COLUMNS`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

HEADERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "Profile.csv": (
            "First Name",
            "Last Name",
            "Maiden Name",
            "Address",
            "Birth Date",
            "Headline",
            "Summary",
            "Industry",
            "Zip Code",
            "Geo Location",
            "Twitter Handles",
            "Websites",
            "Instant Messengers",
        ),
        "Positions.csv": (
            "Company Name",
            "Title",
            "Description",
            "Location",
            "Started On",
            "Finished On",
        ),
        "Education.csv": (
            "School Name",
            "Start Date",
            "End Date",
            "Notes",
            "Degree Name",
            "Activities",
        ),
        "Email Addresses.csv": ("Email Address", "Confirmed", "Primary", "Updated On"),
        "PhoneNumbers.csv": ("Extension", "Number", "Type"),
        "Skills.csv": ("Name",),
    }
)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]], prefix: str = "") -> str:
    """A CSV file's text: `prefix` (a byte-order mark, a `Notes:` preamble), `header`, then
    `rows`, with `\\n` line ends and quotes only where a field needs them."""
    buffer = io.StringIO()
    buffer.write(prefix)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
