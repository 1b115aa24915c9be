"""From a DOCX paragraph's pieces to Lines: split at line breaks and where visibility
changes (hidden, tiny or white text gets a Line of its own), whitespace collapsed, the
parts a tab, typed spaces or typed dot leaders stand apart joined by SEGMENT_JOIN, a
typed bullet taken off, and the size, colour and font most of the text has. Lines are
numbered per page (the n-th paragraph with text on its page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from reslint.model import Line, StyleRun
from reslint.readers.base import SEGMENT_JOIN
from reslint.readers.docx_paragraphs import Context, Paragraph, Piece
from reslint.readers.style_runs import Chunk, style_runs
from reslint.readers.text import BULLET_RE

_T = TypeVar("_T")

_WHITE = 0.95  # every RGB channel above this reads as white on white paper
_BLACK = (0.0, 0.0, 0.0)  # "auto": the colour Word prints text in on white paper
# What stands the parts of a line apart: a tab, spaces typed to push a date to the right
# (Word prints each; two are only what some type after a full stop), or dots typed to
# lead the eye to it as Word's own dot leaders do (`Acme Corp ………… 2020`).
_GAP_RE = re.compile(r"\t|[ \u00a0]{3,}|\s*(?:[.…·]\s*){4,}")
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
                if piece.link and not piece.text:  # a linked icon: the link, no text
                    groups[-1].append(piece)
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

    lines = [_line(group, paragraph, ctx, shaded, number_on) for group in groups]
    return _keep_orphan_links(lines, groups)


def _keep_orphan_links(lines: list[Line | None], groups: list[list[Piece]]) -> list[Line]:
    """Links of groups with no text (an icon on a line of its own) go to the line above,
    or the first line of the paragraph when there is none above."""
    kept = [line for line in lines if line is not None]
    if not kept or len(kept) == len(lines):
        return kept
    result: list[Line] = []
    orphans: list[str] = []
    for line, group in zip(lines, groups, strict=True):
        if line is None:
            links = [piece.link for piece in group if piece.link]
            if result:
                result[-1] = with_links(result[-1], links)
            else:
                orphans += links
        else:
            result.append(with_links(line, orphans) if orphans else line)
            orphans = []
    return result


def with_links(line: Line, links: list[str]) -> Line:
    """The line with more link targets, each once."""
    return replace(line, links=tuple(dict.fromkeys([*line.links, *links])))


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
    # A soft hyphen typed into the text prints only where Word breaks the word.
    raw = "".join(piece.text for piece in pieces).replace("\u00ad", "")
    # A tab stands the parts of a line apart (`Acme Corp<tab>2020 – 2022`), as a column
    # gap does in a PDF: joined the same way. Tabs that only indent leave nothing.
    text = SEGMENT_JOIN.join(
        joined for part in _GAP_RE.split(raw) if (joined := " ".join(part.split()))
    )
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
        colors[piece.style.color or _BLACK] += weight
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
        runs=_runs(text, pieces),
    )


def _runs(text: str, pieces: list[Piece]) -> tuple[StyleRun, ...]:
    """The line's runs of one style, found word by word (a tab in a run is a gap in the
    line); none when every run with text prints alike."""
    printed = [piece for piece in pieces if piece.text.strip()]
    looks = {(p.style.bold, p.style.italic, p.style.size) for p in printed}
    if len(looks) < 2:
        return ()
    return style_runs(
        text,
        (
            Chunk(word, p.style.bold, p.style.italic, p.style.size)
            for p in printed
            for word in p.text.split()
        ),
    )
