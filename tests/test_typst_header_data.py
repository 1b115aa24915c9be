"""A Typst template given its header as data: `#let meta = toml("meta.toml")` passed to
an imported template (`#show: cv.with(meta)`), its parts found by their keys in the
data's groups, each line at its place in the data file. Fictional, written here."""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from reslint.structure import build_document
from tests.source_files import write_source

META = """[layout]
name = "sidebar"

[personal]
first_name = "Oda"
last_name = "Brannstrom"
include_icons = false
subtitle = "Glaciologist | Field Data Analyst"

[personal.info.email]
link = "mailto:oda.brannstrom@example.org"
label = "oda.brannstrom@example.org"

[personal.info]
phone = "+46 70 123 45 67"
"""

LIB = """#let cv(metadata, body) = { body }
"""

RESUME = """#let meta = toml("meta.toml")
#import "lib.typ": cv
#show: cv.with(meta)

= Experience
"""


def test_a_header_passed_as_a_bound_data_dictionary_prints_its_parts(tmp_path: Path):
    write_source(tmp_path, "meta.toml", META)
    write_source(tmp_path, "lib.typ", LIB)
    path = write_source(tmp_path, "cv.typ", RESUME)
    output = read(path)
    texts = [line.text for line in output.lines]
    # The name's parts make one line; a flag and the layout's own `name` print nothing.
    assert "Oda Brannstrom" in texts and "sidebar" not in texts and "false" not in texts
    doc = build_document(path, output)
    assert doc.contact.name is not None and doc.contact.name.value == "Oda Brannstrom"
    assert [email.value for email in doc.contact.emails] == ["oda.brannstrom@example.org"]
    email_line = next(line for line in output.lines if "@" in line.text)
    # The email is the label's line of the data file.
    assert (email_line.source, email_line.number) == (str(tmp_path / "meta.toml"), 12)
    headline = doc.contact.headline
    assert headline is not None and headline.value == "Glaciologist | Field Data Analyst"
