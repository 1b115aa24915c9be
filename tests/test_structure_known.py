"""structure's entry point for readers of structured formats: KnownFields in, Structure out."""

from __future__ import annotations

from pathlib import Path

from reslint.model import Field, FileFacts, KnownFields, Line, Position, ReaderOutput, Section
from reslint.structure import build_document


def _output(known: KnownFields | None, lines: tuple[Line, ...]) -> ReaderOutput:
    return ReaderOutput(lines=lines, facts=FileFacts(format="jsonresume"), known=known)


def test_known_fields_become_the_structure_with_their_lines() -> None:
    name_line = Line("Jane Doe", number=3)
    role_line = Line("Acme GmbH", number=9)
    position = Position(
        company=Field("Acme GmbH", role_line), title=None, dates=None, line=role_line
    )
    section = Section("Work", "experience", Line("Work", number=8, heading=True), (role_line,))
    known = KnownFields(
        name=Field("Jane Doe", name_line),
        positions=(position,),
        sections=(section,),
        top_block=(name_line,),
    )
    doc = build_document(Path("resume.json"), _output(known, (name_line, role_line)))
    assert doc.contact.name is not None and doc.contact.name.line is name_line
    assert doc.positions == (position,)
    assert doc.sections == (section,)
    assert doc.structure.top_block == (name_line,)


def test_national_phone_numbers_are_read_in_the_region() -> None:
    line = Line("030 1234567", number=5)
    international = Line("+1 415 555 0100", number=6)
    known = KnownFields(
        phones=(Field("030 1234567", line, "030 1234567"), Field("+14155550100", international))
    )
    doc = build_document(Path("resume.json"), _output(known, (line, international)), "DE")
    assert [phone.value for phone in doc.contact.phones] == ["+49301234567", "+14155550100"]


def test_lines_without_known_fields_have_their_layout_inferred() -> None:
    lines = (Line("Jane Doe", number=1), Line("jane.doe@example.com", number=2))
    doc = build_document(Path("resume.txt"), _output(None, lines))
    assert doc.contact.name is not None and doc.contact.name.value == "Jane Doe"
    assert [email.value for email in doc.contact.emails] == ["jane.doe@example.com"]
