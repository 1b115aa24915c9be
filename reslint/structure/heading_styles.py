"""A document's heading styles: the ways of printing in which its known section titles
are the rule rather than the exception, and which of them is the top level.

structure.sections asks it whether a line's style may open a section; a line's `Style` is
how it is printed as far as that tells a heading from the body (size, weight, capitals,
typeface, colour, a marker before the words).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from reslint.lexicon.contact import is_contact_line
from reslint.model import Line

# PDF font subsets carry a random tag ("ABCDEF+Georgia-Bold"); the typeface is the rest.
_SUBSET_TAG_RE = re.compile(r"^[A-Z]{6}\+")
# TeX's fonts name their design size (`SFSX0800`, `cmbx12`, `LMSans10-Bold`): one typeface.
_DESIGN_SIZE_RE = re.compile(r"\d{1,4}(?=-|$)")
# A heading style must name sections more often than anything else is printed in it:
# the bold body style of a skill list or of job titles holds one known title at most.
_MIN_KNOWN_SHARE = 0.5
MAX_HEADING_WORDS = 4
# Type this much larger than the body, printed only in short lines, is display type: one
# known title in it is enough to call it the heading style.
DISPLAY_SIZE_STEP = 1.5
LONG_LINE_WORDS = 8
SAME_EDGE = 6  # points between left edges of one column
_MAX_HEADING_CHARS = 40


@dataclass(frozen=True, slots=True)
class Style:
    """How a line is printed, as far as it tells a heading from the body."""

    size: float
    bold: bool
    capitals: bool
    font: str | None
    color: tuple[float, float, float] | None
    # A symbol printed before the words ("+ CONTACT", "■ Education"): headings share theirs.
    marker: str | None


def style_of(line: Line) -> Style:
    text = line.text.strip()
    letters = [char for char in text if char.isalpha()]
    colour = tuple(round(channel, 2) for channel in line.color) if line.color else None
    marker = None
    if text and not text[0].isalnum() and not line.bullet:
        # Icon fonts give each heading its own private-use glyph: they are one marker.
        marker = "icon" if unicodedata.category(text[0]) == "Co" else text[0]
    return Style(
        round(line.font_size or 0.0, 1),
        line.bold,
        bool(letters) and all(char.isupper() for char in letters),
        _DESIGN_SIZE_RE.sub("", _SUBSET_TAG_RE.sub("", line.font_name)) if line.font_name else None,
        colour,  # type: ignore[arg-type]
        marker,
    )


def body_font_size(lines: tuple[Line, ...]) -> float | None:
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.font_size:
            sizes[round(line.font_size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def short_line(line: Line) -> bool:
    text = line.text.strip()
    return (
        not line.bullet
        and 1 <= len(text.split()) <= MAX_HEADING_WORDS
        and len(text) <= _MAX_HEADING_CHARS
        and not any(char.isdigit() for char in text)
        and not is_contact_line(text)
    )


@dataclass(frozen=True, slots=True)
class HeadingStyles:
    """The document's heading styles and the one most of its known titles use."""

    styles: frozenset[Style]
    main: Style | None
    # Where each heading style's lines start, to tell a sidebar's level from sub-headings.
    left_edges: dict[Style, frozenset[int]]
    # Smaller styles that are a level of their own wherever they start (see heading_styles).
    own_levels: frozenset[Style] = frozenset()
    body_size: float | None = None

    def heads_sections(self, line: Line) -> bool:
        """Whether `line`'s style may open a section, as far as typography tells.

        A known title printed plainer than the main heading style is a label
        inside a section; so is a whole heading style under the main one
        (sub-headings), unless it is in the same typeface and weight in a column
        of its own: a sidebar's headings.
        """
        style = style_of(line)
        if self.main is None or not self._outranks(style):
            return True
        if style in self.own_levels:
            return True
        if style not in self.styles or (style.bold, style.font) != (self.main.bold, self.main.font):
            return False
        # Same typeface and weight, only smaller: its own level in a column of its own
        # (a sidebar), sub-headings where it starts where the section titles start.
        mine = self.left_edges.get(style, frozenset())
        main = self.left_edges.get(self.main, frozenset())
        if not mine and not main and line.column is not None:
            # A source's line (LaTeX, Typst: placed by its source column, not on a page)
            # is read in one column: a smaller size of the headings' type is their
            # sub-headings. A DOCX line, with no place either, may sit in a sidebar.
            return False
        return not any(abs(edge - other) <= SAME_EDGE for edge in mine for other in main)

    def _outranks(self, style: Style) -> bool:
        """Whether the main heading style is plainly more prominent than `style`."""
        assert self.main is not None
        if self.main.size >= style.size + 0.4:
            return True
        display = self.body_size is not None and style.size >= self.body_size + DISPLAY_SIZE_STEP
        if display and self.main.bold == style.bold:
            # Display type as large and heavy as the main headings is their level whatever
            # its case (`Fähigkeiten` beside `ARBEITSERFAHRUNG`, both 18 pt bold).
            return False
        return self.main.size >= style.size - 0.4 and (
            (self.main.bold and not style.bold) or (self.main.capitals and not style.capitals)
        )


def heading_styles(
    lines: tuple[Line, ...], kinds: list[str | None], font_size: float | None
) -> HeadingStyles:
    """Styles in which known titles are the rule rather than the exception.

    Only for documents with typography (PDF, DOCX): plain text has one style.
    """
    if font_size is None:
        return HeadingStyles(frozenset(), None, {})
    body_bold = sum(len(line.text) for line in lines if line.bold) * 2 > sum(
        len(line.text) for line in lines
    )
    known: Counter[Style] = Counter()
    short: Counter[Style] = Counter()
    long: Counter[Style] = Counter()
    every: Counter[Style] = Counter()
    for line, kind in zip(lines, kinds, strict=True):
        if line.font_size is None:
            continue
        style = style_of(line)
        every[style] += 1
        if short_line(line) or kind not in (None, "other"):
            short[style] += 1
        elif len(line.text.split()) > LONG_LINE_WORDS:
            long[style] += 1
        if kind in (None, "other"):
            continue
        if line.font_size >= font_size + 0.5 or (line.bold and not body_bold) or style.capitals:
            known[style] += 1

    def display(style: Style) -> bool:
        return style.size >= font_size + DISPLAY_SIZE_STEP and not long[style]

    styles = frozenset(
        style
        for style, count in known.items()
        if (count >= 2 and count >= _MIN_KNOWN_SHARE * short[style])
        or short[style] == count
        or display(style)
        # Capitals kept for short lines only, two of them known titles: a sidebar's level of
        # titles, most of them its own (`PROGRAMAÇÃO`, `GEOPROCESSAMENTO` under `IDIOMAS`).
        or (count >= 2 and style.capitals and short[style] == every[style])
    )
    edges: dict[Style, set[int]] = {}
    for line in lines:
        style = style_of(line)
        if style in styles and line.box is not None:
            edges.setdefault(style, set()).add(round(line.box.x0))
    # The top level is the most prominent style that names two sections or more: a
    # document may hold more sub-headings than headings. Among styles set in the body's
    # size or near it, where a point more or less is no level, the one that names more
    # sections is the top (Europass: `ISTRUZIONE E FORMAZIONE` in 9 pt capitals beside
    # the language passport's two 10 pt bold titles).
    main = max(
        styles,
        key=lambda style: (
            known[style] >= 2,
            display(style),
            known[style] if not display(style) else 0,
            style.size,
            style.bold,
            known[style],
        ),
        default=None,
    )
    left_edges = {style: frozenset(found) for style, found in edges.items()}
    own_levels = _own_levels(lines, kinds, styles, main)
    return HeadingStyles(styles, main, left_edges, own_levels, font_size)


def _own_levels(
    lines: tuple[Line, ...], kinds: list[str | None], styles: frozenset[Style], main: Style | None
) -> frozenset[Style]:
    """Heading styles below the main one that print nothing but known titles, the first of
    them before the main style's first line: a sidebar read before the main column
    (`KONTAK`, `KEAHLIAN` at 9 pt, then `PENDIDIKAN` at 10 pt). Sub-headings come after a
    heading of the level above them, and a level of labels names some things no title does."""
    if main is None:
        return frozenset()
    first: dict[Style, int] = {}
    titles: Counter[Style] = Counter()
    only_titles: dict[Style, bool] = {}
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        style = style_of(line)
        if style not in styles:
            continue
        first.setdefault(style, index)
        titles[style] += 1
        only_titles[style] = only_titles.get(style, True) and kind not in (None, "other")
    # The main level's first line in any of its styles: CJK fonts are subset per heading
    # (`gbsnu80`, `gbsnu5d`), each subset a style of its own at the main size.
    top = min(
        (index for style, index in first.items() if style.size >= main.size - 0.4),
        default=len(lines),
    )
    return frozenset(
        style
        for style, index in first.items()
        if style.size < main.size - 0.4
        and only_titles[style]
        and titles[style] >= 2
        and index < top
    )
