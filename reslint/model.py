"""The data that flows between pipeline stages.

Readers produce `Line`s and `FileFacts`; `structure` turns them into a
`Structure`; the engine turns rule hits into `Finding`s. Everything is frozen:
a stage never edits what an earlier stage made.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from reslint.severity import Severity as Severity  # re-exported: findings carry one

EMPTY_MAPPING: Mapping[str, str] = MappingProxyType({})


class Region(StrEnum):
    """Where on the page a line sits; many applicant tracking systems drop headers and footers."""

    BODY = "body"
    HEADER = "header"
    FOOTER = "footer"
    SIDEBAR = "sidebar"


@dataclass(frozen=True, slots=True)
class Box:
    """A bounding box in PDF points, origin at the top-left of the page."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text as the reader saw it.

    `number` is the line number a person would look for: the source line for
    text formats, the line in reading order on its page for PDF and DOCX.
    `column` is set by the readers of text sources only (Markdown, plain text, YAML,
    JSON, LaTeX, Typst): the 1-based column where `text` starts in source line `number`,
    whose text is `source`. A Line without a column is counted on its page.
    """

    text: str
    page: int = 1
    number: int = 1
    box: Box | None = None
    font_size: float | None = None
    bold: bool = False
    region: Region = Region.BODY
    bullet: bool = False
    heading: bool = False
    color: tuple[float, float, float] | None = None
    font_name: str | None = None
    links: tuple[str, ...] = ()
    page_height: float | None = None
    # Text the file marks as not displayed (DOCX "hidden" font effect); ATS parsers still read it.
    hidden: bool = False
    column: int | None = None
    source: str | None = None
    # The file inside the input whose line `number` is, for an input made of files (a
    # LinkedIn export: `Positions.csv`); None when the line is the input's own.
    member: str | None = None


@dataclass(frozen=True, slots=True)
class Field:
    """An extracted value and the line it came from.

    `value` is normalised (an E.164 phone, a lower-cased email), `raw` is the
    text as printed. `link_only` marks values found only in a link annotation.
    """

    value: str
    line: Line | None = None
    raw: str = ""
    link_only: bool = False

    @property
    def text(self) -> str:
        return self.raw or self.value


@dataclass(frozen=True, slots=True)
class DateValue:
    """A point in time as resumes print it: a year, a month, or `present`."""

    year: int | None
    month: int | None = None
    present: bool = False
    raw: str = ""
    style: str = ""

    def iso(self) -> str:
        if self.present:
            return "present"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def earliest(self, today_index: int) -> int:
        """The earliest month index (year * 12 + month - 1) this value may mean."""
        if self.present or self.year is None:
            return today_index
        return self.year * 12 + (self.month or 1) - 1

    def latest(self, today_index: int) -> int:
        """The latest month index this value may mean."""
        if self.present or self.year is None:
            return today_index
        return self.year * 12 + (self.month or 12) - 1


@dataclass(frozen=True, slots=True)
class DateRange:
    start: DateValue | None
    end: DateValue | None
    raw: str = ""
    line: Line | None = None

    @property
    def is_current(self) -> bool:
        return self.end is not None and self.end.present


@dataclass(frozen=True, slots=True)
class Position:
    company: Field | None
    title: Field | None
    dates: DateRange | None
    line: Line | None
    location: Field | None = None
    bullets: tuple[Field, ...] = ()
    context: tuple[Field, ...] = ()
    section: str = ""


@dataclass(frozen=True, slots=True)
class Education:
    school: Field | None
    degree: Field | None
    dates: DateRange | None
    line: Line | None
    details: tuple[Field, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines under one heading; `kind` is the normalised meaning of the title."""

    title: str
    kind: str
    heading: Line | None
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Contact:
    name: Field | None = None
    headline: Field | None = None
    emails: tuple[Field, ...] = ()
    phones: tuple[Field, ...] = ()
    linkedin: tuple[Field, ...] = ()
    urls: tuple[Field, ...] = ()
    location: Field | None = None


@dataclass(frozen=True, slots=True)
class Structure:
    contact: Contact = Contact()
    sections: tuple[Section, ...] = ()
    positions: tuple[Position, ...] = ()
    education: tuple[Education, ...] = ()
    summary: tuple[Field, ...] = ()
    top_block: tuple[Line, ...] = ()


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What a reader knows about the file itself, beyond its text."""

    format: str
    page_count: int = 1
    metadata: Mapping[str, str] = field(default_factory=lambda: EMPTY_MAPPING)
    image_count: int = 0
    pages_without_text: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()


DocumentKind = Literal["resume", "profile"]


@dataclass(frozen=True, slots=True)
class KnownFields:
    """A resume's fields as the reader of a structured format read them, each on its line.

    JSON Resume, RenderCV, LinkedIn's export and its Profile.pdf name their fields, so their
    readers hand them to `structure` as they are (`ReaderOutput.known`) rather than leave
    them to be inferred from the lines; `structure.build_document` makes the Structure.
    Phones are in E.164 where that needs no region; structure, which knows it, does the rest.
    """

    name: Field | None = None
    headline: Field | None = None
    location: Field | None = None
    emails: tuple[Field, ...] = ()
    phones: tuple[Field, ...] = ()
    linkedin: tuple[Field, ...] = ()
    urls: tuple[Field, ...] = ()
    summary: tuple[Field, ...] = ()
    sections: tuple[Section, ...] = ()
    positions: tuple[Position, ...] = ()
    education: tuple[Education, ...] = ()
    top_block: tuple[Line, ...] = ()


@dataclass(frozen=True, slots=True)
class ReaderOutput:
    """What a reader hands to `structure`.

    Readers of structured formats (JSON Resume, RenderCV, LinkedIn) also hand over the
    fields they read (`known`); the others leave it None and structure infers the layout.
    """

    lines: tuple[Line, ...]
    facts: FileFacts
    known: KnownFields | None = None
    kind: DocumentKind = "resume"
    suppressions: tuple[Suppression, ...] = ()  # `reslint: ignore` comments, in source order


@dataclass(frozen=True, slots=True)
class Document:
    path: Path
    kind: DocumentKind
    lines: tuple[Line, ...]
    facts: FileFacts
    structure: Structure
    suppressions: tuple[Suppression, ...] = ()  # the reader's, for the engine to apply

    @property
    def contact(self) -> Contact:
        return self.structure.contact

    @property
    def positions(self) -> tuple[Position, ...]:
        return self.structure.positions

    @property
    def education(self) -> tuple[Education, ...]:
        return self.structure.education

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.structure.sections


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is. In a text source `line` and `column` are the source's own (both
    1-based); in a PDF or DOCX `column` is None and `line` counts lines in reading order on
    `page`. No line: the finding concerns the whole file. `member`: the file inside the
    input (a LinkedIn export's CSV) whose line `line` is."""

    path: str
    page: int | None = None
    line: int | None = None
    column: int | None = None
    member: str | None = None

    @property
    def in_source(self) -> bool:
        """`line` and `column` are a source file's line and column, not a page's line."""
        return self.column is not None

    @classmethod
    def of(cls, path: Path | str, line: Line | None, text: str | None = None) -> Location:
        """The location of `line`; in a text source, the column of `text` in it when `text`
        (the words a finding quotes) is found there, else where the line's text starts."""
        if line is None:
            return cls(str(path))
        if line.member is not None:
            return _in_member(str(path), line)
        return cls(str(path), line.page, line.number, _column(line, text))


def _in_member(path: str, line: Line) -> Location:
    """A line of a file inside the input: a source line of that file when it has a path of
    its own (the CSV itself, or one in an unpacked export folder), else (in a ZIP) the
    member's line, with the member named."""
    member = line.member or ""
    if path.lower().endswith(".zip"):
        return Location(path, None, line.number, None, member)
    if Path(path).name == member:
        return Location(path, None, line.number, 1)
    return Location(str(Path(path) / member), None, line.number, 1)


def _column(line: Line, text: str | None) -> int | None:
    if line.column is None:
        return None
    if text:
        if line.source is not None:
            found = line.source.find(text, line.column - 1)
            if found < 0:
                found = line.source.find(text)
            if found >= 0:
                return found + 1
        found = line.text.find(text)
        if found >= 0:  # markup between (`**Acme**`) may shift it, but not off the line
            return line.column + found
    return line.column


@dataclass(frozen=True, slots=True)
class Suppression:
    """A `reslint: ignore RULE[, RULE]` comment in a text source, as its reader found it.

    It silences those rules' findings on source line `target`: its own line when it ends a
    line of text, else the next line with text; and on its own line, where only a report
    about the comment itself can be. `line` and `column` are where the comment is, for
    reporting it when it silences nothing. `rules` are the names as written.
    """

    rules: tuple[str, ...]
    line: int
    target: int
    column: int = 1

    def covers(self, where: Location) -> bool:
        return where.in_source and where.line in (self.line, self.target)


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    family: str
    severity: Severity
    message: str
    location: Location
    text: str | None = None
    suggestion: str | None = None
    related: tuple[Location, ...] = field(default=())
