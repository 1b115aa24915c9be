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
class Span:
    """A word of a source line's text (`word`, at `start` in the text) and where it is
    written: its file (None: the file being read), source line and column."""

    start: int
    word: str
    number: int
    column: int
    source: str | None = None


@dataclass(frozen=True, slots=True)
class StyleRun:
    """A stretch of a line printed in one style, on a line that mixes them (`Senior
    Engineer` in bold, then `Acme Corp` in regular type): its text as printed, its weight,
    slant and size. Kept as text rather than offsets, so a line whose text a later step
    trims still finds them."""

    text: str
    bold: bool = False
    italic: bool = False
    size: float | None = None


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text as the reader saw it.

    `number` is the line number a person would look for: the source line for
    text formats, the line in reading order on its page for PDF and DOCX.
    Source formats (LaTeX, Typst) also give the `column` the text starts at and, when
    the text is in another file than the one being read (an `\\input` file), that
    file's path (`source`), so a finding points where an editor can jump to it.
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
    # Text the file marks as not displayed (DOCX "hidden" font effect) or draws with no paint
    # (a PDF fill of alpha 0 where nothing else is drawn); ATS parsers still read it.
    hidden: bool = False
    column: int | None = None
    source: str | None = None
    # Source formats: where the words of the line start when they come from elsewhere than
    # its first piece (another source line, another file), so a finding that quotes them
    # points at them (`Location.of`).
    spans: tuple[Span, ...] = ()
    # Where the line changes weight, slant or size (PDF glyph fonts, DOCX runs), its runs in
    # order; empty when it prints in one style throughout.
    runs: tuple[StyleRun, ...] = ()
    # The WCAG contrast ratio at which the text shows against what is painted beneath it on
    # the rendered page (1.0: not at all); measured for light text and text on images in
    # PDFs, None elsewhere.
    contrast: float | None = None


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
    """A school attended: `degree` is the degree proper ("Ph.D."), `field` what was studied
    ("Statistics") when the resume prints the two apart."""

    school: Field | None
    degree: Field | None
    dates: DateRange | None
    line: Line | None
    details: tuple[Field, ...] = ()
    field: Field | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines under one heading; `kind` is the normalised meaning of the title."""

    title: str
    kind: str
    heading: Line | None
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Contact:
    """The person's contact block.

    `name_confidence` says how sure the structure is that `name` is the person's name:
    1.0 where the file says so (JSON Resume, LinkedIn), about 0.95 for a labelled field
    (`Name: …`), 0.9 for a name in type that stands out from the body, down to about 0.45
    for a name-like line without typography to go on; 0.0 without a name.
    """

    name: Field | None = None
    headline: Field | None = None
    emails: tuple[Field, ...] = ()
    phones: tuple[Field, ...] = ()
    linkedin: tuple[Field, ...] = ()
    urls: tuple[Field, ...] = ()
    location: Field | None = None
    name_confidence: float = 1.0


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
    # What a limit left unread (a CSV's rows past the cap), one note each: unlike warnings,
    # shown to the reviewer, since the findings then cover only part of the file.
    truncated: tuple[str, ...] = ()
    # A source format's built PDF lying beside it (same stem), and that PDF's lines of text.
    built_pdf: str | None = None
    built_text: tuple[str, ...] = ()


DocumentKind = Literal["resume", "profile"]


@dataclass(frozen=True, slots=True)
class Suppression:
    """An inline `reslint: ignore RULE` comment, read by the reader that knows the format's
    comment syntax. It silences the named rules or families (all when none is named) on its
    own line and the line below; `source` is the file that holds it when that is not the
    file being read (an `\\input` file)."""

    line: int
    rules: tuple[str, ...] = ()
    source: str | None = None

    def silences(self, finding: Finding, path: Path | str, where: Location | None = None) -> bool:
        """Whether this comment, in the file at `path` (or its `source`), silences
        `finding` (at `where`, one of its places; default its location): one on its line
        or the line below, of a rule or family it names."""
        where = where or finding.location
        if where.line is None or (self.source or str(path)) != where.path:
            return False
        if where.line not in (self.line, self.line + 1):
            return False
        return not self.rules or bool({finding.rule, finding.family} & set(self.rules))


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
class KnownEntry:
    """An entry printed by a macro or function whose arguments say what each part is
    (`\\cventry{dates}{title}{organization}{location}{note}{description}`).

    The parts are named for what they are in any entry (`title`, `organization`, `dates`,
    `location`, `note`) because one macro prints jobs and degrees alike: structure, which
    knows the section, reads `title` as a job title or a degree and `organization` as an
    employer or a school. `lines` are all the entry's Lines (its header and its body), so
    structure can tell which lines the entry stands for. `macro` names the macro or
    function that printed it (structure compares the entries one macro prints in a
    document), `empty` the parts it was given blank (`\\cventry{Lead}{}{}{2019}`).
    """

    parts: Mapping[str, Field]
    lines: tuple[Line, ...]
    macro: str = ""
    empty: frozenset[str] = frozenset()


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
    suppressions: tuple[Suppression, ...] = ()
    # Entries whose parts a source format names (LaTeX's `\\cventry{dates}{title}...`).
    entries: tuple[KnownEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    path: Path
    kind: DocumentKind
    lines: tuple[Line, ...]
    facts: FileFacts
    structure: Structure
    suppressions: tuple[Suppression, ...] = ()

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
    """Where a finding is: a page and line, and for source formats the column too; the path
    is the file that holds the text (an `\\input` file when it is there)."""

    path: str
    page: int | None = None
    line: int | None = None
    column: int | None = None

    @classmethod
    def of(cls, path: Path | str, line: Line | None, quoted: str | None = None) -> Location:
        """Where `line` is, or where the words `quoted` from it are written when its source
        spans say (a paragraph over several source lines, an entry's parts)."""
        if line is None:
            return cls(str(path))
        where = cls(line.source or str(path), line.page, line.number, line.column)
        at = line.text.find(quoted) if quoted and line.spans else -1
        if at < 0:
            return where
        for span in reversed(line.spans):
            # A span of a text rewritten since (structure's split of a glued line) no
            # longer holds its word: it says nothing.
            if span.start <= at and line.text.startswith(span.word, span.start):
                return cls(span.source or str(path), line.page, span.number, span.column)
        return where


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
    # A rule that fires several times in one section is reported once: `count` times in
    # all, at `location` first and then at `places`, in reading order.
    count: int = 1
    places: tuple[Location, ...] = field(default=())
