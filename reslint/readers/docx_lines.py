"""From a DOCX paragraph's pieces to Lines: split at line breaks and where visibility
changes (hidden, tiny or white text gets a Line of its own), whitespace and tabs
normalised, a typed bullet taken off, and the size, colour and font most of the
text has. Lines are numbered per page (the n-th paragraph with text on its page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from reslint.model import Line
from reslint.readers.docx_paragraphs import Context, Paragraph, Piece
from reslint.readers.text import BULLET_RE

_T = TypeVar("_T")

_WHITE = 0.95  # every RGB channel above this reads as white on white paper
_TINY_POINTS = 4.0  # below this a run is unreadable in print: its own Line, for hidden-text


def _visibility(piece: Piece, shaded: bool) -> str:
    """Why a reader of the printed page would not see a piece, or "normal"."""
    style = piece.style
    if style.vanish:
        return "vanish"
    if style.size < _TINY_POINTS:
        return "tiny"
    if not (shaded or style.shaded) and style.color and min(style.color) > _WHITE:
        return "white"
    return "normal"


def lines_of(paragraph: Paragraph, ctx: Context) -> list[Line]:
    """Split a paragraph's pieces into Lines at line breaks and where visibility changes.

    A white or tiny run appended to a visible paragraph (keyword stuffing)
    gets a Line of its own, so its colour and size are not outvoted. The lines
    share the paragraph's number on its page; a part after a page break gets a
    number on the next page.
    """
    shaded = ctx.shaded or paragraph.shaded
    groups: list[list[Piece]] = [[]]
    shown: str | None = None  # visibility of the group's last piece with text
    for piece in paragraph.pieces:
        if not piece.text:  # a linked picture: its link goes with the text around it
            groups[-1].append(piece)
            continue
        visibility = _visibility(piece, shaded)
        for index, part in enumerate(piece.text.split("\n")):
            if index:
                groups.append([])
                shown = None
            if not part:
                continue
            if part.strip():
                if shown is not None and shown != visibility:
                    groups.append([])
                shown = visibility
            groups[-1].append(Piece(part, piece.style, piece.link, piece.page))
    numbers: dict[int, int] = {}  # page -> the paragraph's number there

    def number_on(page: int) -> int:
        if page not in numbers:
            numbers[page] = ctx.pager.number(page)
        return numbers[page]

    lines: list[Line] = []
    waiting: list[str] = []  # links of pictures on a line of their own
    for group in groups:
        line = _line(group, paragraph, ctx, shaded, number_on)
        group_links = [piece.link for piece in group if piece.link]
        if line is None:
            if lines and group_links:
                lines[-1] = replace(lines[-1], links=_merged(lines[-1].links, group_links))
            else:
                waiting.extend(group_links)
            continue
        if waiting:
            line = replace(line, links=_merged(waiting, line.links))
            waiting = []
        lines.append(line)
    return lines


def _merged(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def _majority(values: Counter[_T]) -> _T | None:
    return values.most_common(1)[0][0] if values else None


def _line(
    pieces: list[Piece],
    paragraph: Paragraph,
    ctx: Context,
    shaded: bool,
    number_on: Callable[[int], int],
) -> Line | None:
    """The Line of a group of pieces, on the page its text starts."""
    raw = "".join(piece.text for piece in pieces).replace("\xa0", " ")
    text = " ".join(part for part in raw.replace("\t", " \t ").split(" ") if part)
    text = re.sub(r"\s*\t\s*", "\t", text).strip()
    if not text:
        return None
    heading = paragraph.heading_level is not None
    bullet = paragraph.numbered and not heading
    typed = BULLET_RE.match(text)
    if typed and not heading:
        bullet = True
        text = text[typed.end() :].strip()
    sizes: Counter[float] = Counter()
    colors: Counter[tuple[float, float, float] | None] = Counter()
    fonts: Counter[str | None] = Counter()
    bold = True
    background = shaded
    for piece in pieces:
        weight = len("".join(piece.text.split()))
        if not weight:
            continue
        sizes[piece.style.size] += weight
        colors[piece.style.color] += weight
        fonts[piece.style.font] += weight
        bold = bold and piece.style.bold
        background = background or piece.style.shaded
    links = tuple(dict.fromkeys(piece.link for piece in pieces if piece.link))
    page = next((piece.page for piece in pieces if piece.text.strip()), pieces[0].page)
    return Line(
        text=text,
        page=page,
        number=number_on(page),
        font_size=_majority(sizes),
        bold=bold and bool(sizes),
        region=ctx.region,
        bullet=bullet,
        heading=heading,
        # The colour only says something about visibility against the white page.
        color=None if background else _majority(colors),
        font_name=_majority(fonts),
        links=links,
        hidden=any(piece.style.vanish for piece in pieces),
    )
