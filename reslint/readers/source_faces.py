"""The typography a source (LaTeX, Typst) gives its text, carried onto its Lines.

A PDF line knows its weight and size from its glyphs' fonts; a source says them in words:
`\\textbf{…}`, `{\\Large …}`, `\\scshape`, Typst's `*strong*` and `#text(size: 14pt)`. The
source readers keep the face in force as they print (`Face`), each piece of text takes the
face it was printed in, and a Line gets what a PDF line of the same text would have: bold
when most of its letters are, the size most of them have, a font name that tells italics
and small capitals apart, and its style runs where it changes style (`Senior Engineer` in
bold, then `Acme Corp` in italics). Sizes are points at a 10 pt body, LaTeX's standard
sizes; structure compares sizes with the body's, never their absolute value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from reslint.model import Line, StyleRun
from reslint.readers.style_runs import Chunk, style_runs

BODY_SIZE = 10.0
# The font names a source line is given: only their being different matters (structure
# compares a line's font with another's, as a PDF's `Arial-ItalicMT` with `ArialMT`).
ITALIC_FONT = "italic"
CAPITALS_FONT = "smallcaps"


@dataclass(frozen=True, slots=True)
class Face:
    """How text prints, as far as a source says: weight, slant, small capitals, size, and
    whether it is set in capitals (`\\MakeUppercase`, Typst's `upper`), which the PDF's text
    then is."""

    bold: bool = False
    italic: bool = False
    capitals: bool = False
    size: float = BODY_SIZE
    upper: bool = False

    def with_word(self, word: str) -> Face:
        """This face changed by one of the words a source's typography table uses: `bold`,
        `medium`, `italic`, `upright`, `capitals`, `upper`, `normal` (the body's face, its
        size and capitals kept), or a size."""
        if word == "bold":
            return replace(self, bold=True)
        if word == "medium":
            return replace(self, bold=False)
        if word == "italic":
            return replace(self, italic=True)
        if word == "upright":
            return replace(self, italic=False, capitals=False)
        if word == "capitals":
            return replace(self, capitals=True)
        if word == "upper":
            return replace(self, upper=True)
        if word == "normal":
            return replace(PLAIN, size=self.size, upper=self.upper)
        try:
            return replace(self, size=float(word))
        except ValueError:
            return self

    def with_words(self, words: str) -> Face:
        face = self
        for word in words.split():
            face = face.with_word(word)
        return face


PLAIN = Face()


@dataclass(frozen=True, slots=True)
class LineFace:
    """What a Line takes of the faces of its pieces."""

    bold: bool
    size: float
    font_name: str | None
    runs: tuple[StyleRun, ...]


def _letters(text: str) -> int:
    return len(re.findall(r"\w", text))


def _font(face: Face) -> str | None:
    if face.capitals:
        return CAPITALS_FONT
    return ITALIC_FONT if face.italic else None


def line_face(text: str, pieces: Iterable[tuple[str, Face]]) -> LineFace:
    """The face of the line `text` printed from `pieces` (each piece's text and face)."""
    pieces = [(piece, face) for piece, face in pieces if piece.strip()]
    letters = sum(_letters(piece) for piece, _ in pieces)
    if not letters:
        return LineFace(False, BODY_SIZE, None, ())
    bold = sum(_letters(piece) for piece, face in pieces if face.bold) * 2 > letters
    sizes: Counter[float] = Counter()
    fonts: Counter[str | None] = Counter()
    for piece, face in pieces:
        sizes[face.size] += _letters(piece)
        fonts[_font(face)] += _letters(piece)
    chunks = [
        Chunk(word, face.bold, face.italic, face.size)
        for piece, face in pieces
        for word in piece.split()
    ]
    return LineFace(
        bold,
        sizes.most_common(1)[0][0],
        fonts.most_common(1)[0][0],
        style_runs(text, chunks),
    )


def joined_face(text: str, parts: Iterable[Line]) -> LineFace:
    """The face of the line `text` that shows `parts` side by side (a table's row of
    cells), from each part's runs, or its own face when it has none."""
    pieces: list[tuple[str, Face]] = []
    for part in parts:
        size = part.font_size or BODY_SIZE
        capitals = part.font_name == CAPITALS_FONT
        runs = part.runs or (
            StyleRun(part.text, part.bold, part.font_name == ITALIC_FONT, part.font_size),
        )
        pieces.extend(
            (run.text, Face(run.bold, run.italic, capitals, run.size or size)) for run in runs
        )
    return line_face(text, pieces)
