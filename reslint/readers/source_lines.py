"""Lines of a source format (LaTeX, Typst) put together from pieces of text that each know
where in which file they were written.

A source reader walks its syntax and hands the text it prints to a `LineBuilder`, piece by
piece, with the file and offset each piece comes from, and says where a printed line ends,
where a column gap stands (`&`, `\\hfill`) and which line is a bullet or a heading. A Line
takes its line and column from its first piece, and its `source` from that piece's file
when that is not the file being read, so findings point into the right file.

It also reads the inline suppression comments (`reslint: ignore RULE, RULE`), whatever the
format's comment marker is: the reader passes the text of each comment.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from reslint.model import Line, Span, Suppression
from reslint.readers.base import BULLET_RE, SEGMENT_JOIN
from reslint.readers.source_faces import PLAIN, Face, line_face

_IGNORE_RE = re.compile(r"\breslint:\s*ignore\b(?P<rules>[\w\s,-]*)")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file's text and where its lines start; `shown` is the path findings name (None for
    the file being read, whose path the caller already has)."""

    path: Path
    text: str
    shown: str | None = None
    starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, path: Path, text: str, shown: str | None) -> SourceFile:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        starts = (0, *(match.end() for match in re.finditer("\n", text)))
        return cls(path, text, shown, starts)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of `offset`."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


def suppression(comment: str, source: SourceFile, offset: int) -> Suppression | None:
    """The suppression a comment holds (its text without the comment marker), if any."""
    match = _IGNORE_RE.search(comment)
    if match is None:
        return None
    rules = tuple(name for name in re.split(r"[\s,]+", match.group("rules")) if name)
    return Suppression(source.position(offset)[0], rules, source.shown)


# Markdown's comment is HTML's; none is rendered, so each is blanked out of the text read.
MARKDOWN_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.S)
# Plain text and YAML: a `#` comment that holds a suppression, alone or after the text.
HASH_SUPPRESSION = re.compile(r"(?:^|(?<=\s))#(?P<body>[ \t]*reslint:[ \t]*ignore\b[^\n]*)", re.M)


def comment_suppressions(
    text: str, path: Path, comment: re.Pattern[str]
) -> tuple[str, tuple[Suppression, ...]]:
    """`text` with every match of `comment` blanked (spaces, its newlines kept, so lines and
    columns stay where they were) and the suppressions the comments hold."""
    source = SourceFile.of(path, text, None)
    found: list[Suppression] = []

    def blank(match: re.Match[str]) -> str:
        held = suppression(match.group("body"), source, match.start())
        if held is not None:
            found.append(held)
        return re.sub(r"[^\n]", " ", match.group(0))

    return comment.sub(blank, source.text), tuple(found)


@dataclass(slots=True)
class FaceState:
    face: Face = PLAIN


@dataclass(slots=True)
class _Piece:
    text: str
    source: SourceFile
    offset: int
    face: Face = PLAIN


@dataclass(slots=True)
class LineBuilder:
    """Collects printed text into Lines; see the module docstring."""

    lines: list[Line] = field(default_factory=list)
    _pieces: list[_Piece | None] = field(default_factory=list)  # None: a column gap
    _links: list[str] = field(default_factory=list)
    _bullet: bool = False
    _heading: bool = False
    # The face the reader prints in now (source_faces), shared with the builders of the
    # cells it prints apart (a Typst grid's); a reader that follows its source's
    # typography sets `typography`, and its Lines get a weight, size and runs.
    faces: FaceState = field(default_factory=lambda: FaceState())
    typography: bool = False

    @property
    def face(self) -> Face:
        return self.faces.face

    @face.setter
    def face(self, face: Face) -> None:
        self.faces.face = face

    def text(self, text: str, source: SourceFile, offset: int) -> None:
        if text:
            shown = text.upper() if self.face.upper and len(text.upper()) == len(text) else text
            self._pieces.append(_Piece(shown, source, offset, self.face))

    def gap(self) -> None:
        self._pieces.append(None)

    def link(self, target: str) -> None:
        if target and target not in self._links:
            self._links.append(target)

    def start(self, *, bullet: bool = False, heading: bool = False) -> None:
        """End the line being built and start one that is a bullet or heading."""
        self.end()
        self._bullet, self._heading = bullet, heading

    def end(self) -> Line | None:
        """End the line being built; the Line it made, None if it held no text."""
        line = self._line()
        if line is not None:
            self.lines.append(line)
        self._pieces, self._links = [], []
        self._bullet = self._heading = False
        return line

    def extend(self, lines: Iterable[Line]) -> None:
        """Add lines made elsewhere (a table's rows), after the last line made."""
        self.end()
        self.lines.extend(lines)

    def extend_last(self, text: str) -> Line:
        """Add `text` to the last line made (a name printed by two macros)."""
        line = replace(self.lines[-1], text=f"{self.lines[-1].text} {text}")
        self.lines[-1] = line
        return line

    def _line(self) -> Line | None:
        segments: list[str] = []
        current: list[str] = []
        first: _Piece | None = None
        for piece in self._pieces:
            if piece is None:
                segments.append(" ".join("".join(current).split()))
                current = []
                continue
            # A line is where its words start, not its bullet or separator.
            if first is None and re.search(r"\w", piece.text):
                first = piece
            current.append(piece.text)
        segments.append(" ".join("".join(current).split()))
        text = SEGMENT_JOIN.join(segment for segment in segments if segment)
        if first is None:  # a line of symbols only
            first = next((piece for piece in self._pieces if piece and piece.text.strip()), None)
        if first is None or not text:
            return None
        lead = len(first.text) - len(first.text.lstrip())
        number, column = first.source.position(first.offset + lead)
        spans = _spans(text, [piece for piece in self._pieces if piece is not None])
        bullet = self._bullet
        # A bullet the source prints itself (`$\cdot$ `, `\textbullet{} `) is one, as a
        # typed bullet is in plain text and DOCX.
        typed = None if self._heading else BULLET_RE.match(text)
        if typed and text[typed.end() :].strip():
            text, bullet = text[typed.end() :], True
            spans = tuple(
                replace(span, start=span.start - typed.end())
                for span in spans
                if span.start >= typed.end()
            )
        line = Line(
            text=text,
            number=number,
            column=column,
            spans=spans,
            source=first.source.shown,
            bullet=bullet,
            heading=self._heading,
            links=tuple(self._links),
        )
        if not self.typography:
            return line
        face = line_face(text, ((piece.text, piece.face) for piece in self._pieces if piece))
        return replace(
            line, bold=face.bold, font_size=face.size, font_name=face.font_name, runs=face.runs
        )


@contextmanager
def kept_face(builder: LineBuilder) -> Iterator[None]:
    """The face in force now, back once what is printed inside (a group, a content block)
    is done."""
    face = builder.face
    try:
        yield
    finally:
        builder.face = face


def _spans(text: str, pieces: list[_Piece]) -> tuple[Span, ...]:
    """Where the words of `text` (the pieces joined, spaces collapsed) are written: a span
    wherever a word is on another source line (or in another file) than the word before."""
    spans: list[Span] = []
    cursor = 0
    last: tuple[str | None, int] | None = None
    for piece in pieces:
        for word in re.finditer(r"\S+", piece.text):
            at = text.find(word.group(0), cursor)
            if at < 0:
                continue
            cursor = at + len(word.group(0))
            number, column = piece.source.position(piece.offset + word.start())
            if (piece.source.shown, number) != last:
                spans.append(Span(at, word.group(0), number, column, piece.source.shown))
                last = (piece.source.shown, number)
    return tuple(spans) if len(spans) > 1 else ()


class TextSink:
    """A sink that keeps only the text of what a source prints: a link target, an entry's part."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.first: tuple[SourceFile, int] | None = None

    def text(self, text: str, source: SourceFile, offset: int) -> None:
        if self.first is None and text.strip():
            self.first = (source, offset + len(text) - len(text.lstrip()))
        self.parts.append(text)

    def gap(self) -> None:
        self.parts.append(" ")

    def link(self, target: str) -> None:
        del target

    def start(self, *, bullet: bool = False, heading: bool = False) -> None:
        self.parts.append(" ")

    def end(self) -> Line | None:
        self.parts.append(" ")
        return None

    def value(self) -> str:
        return " ".join("".join(self.parts).split())
