"""Word DOCX: body paragraphs and tables in document order, headers and footers, text boxes.

docx_package opens the file (safely, with python-docx); the text itself is read
here from the XML, because python-docx does not surface text boxes, field-code
hyperlinks or content controls. Pages come from the breaks the file records
(docx_pages); lines are numbered by paragraph (the n-th paragraph with text on
its page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from lxml import etree

from reslint.model import FileFacts, Line, ReaderOutput, Region
from reslint.readers.base import ReadOptions, read_bytes
from reslint.readers.docx_package import (
    NS_A,
    NS_MC,
    NS_R,
    NS_V,
    NS_WP,
    NS_WPS,
    Part,
    image_count,
    open_package,
    w,
)
from reslint.readers.docx_pages import RENDERED_BREAK, Pager, ends_section, first_pages
from reslint.readers.text import BULLET_RE

_T = TypeVar("_T")


_P, _R_, _TBL, _TR, _TC, _SDT = w("p"), w("r"), w("tbl"), w("tr"), w("tc"), w("sdt")
_TXBX = w("txbxContent")
_RPR, _TEXT, _FLD_CHAR, _INSTR_TEXT = w("rPr"), w("t"), w("fldChar"), w("instrText")
_BR, _TYPE = w("br"), w("type")
# Run children that stand for a character.
_RUN_TEXT = {
    w("tab"): "\t",
    w("ptab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
}
_CHOICE, _FALLBACK, _ALTERNATE = (
    f"{{{NS_MC}}}Choice",
    f"{{{NS_MC}}}Fallback",
    f"{{{NS_MC}}}AlternateContent",
)
# Containers whose children are read as if they stood in their parent's place.
_TRANSPARENT = frozenset(
    w(tag) for tag in ("ins", "moveTo", "smartTag", "customXml", "dir", "bdo", "sdtContent")
)
# `HYPERLINK "url"` or `HYPERLINK url`; `HYPERLINK \l "bookmark"` links inside the file.
_HYPERLINK_FIELD_RE = re.compile(r'^\s*HYPERLINK\s+(?:"([^"]+)"|([^\s"\\]\S*))', re.IGNORECASE)
_HEADING_STYLE_RE = re.compile(r"^heading\s*[1-9]$", re.IGNORECASE)
_WHITE = 0.95  # every RGB channel above this reads as white on white paper
_TINY_POINTS = 4.0  # below this a run is unreadable in print: its own Line, for hidden-text
_DEFAULT_POINTS = 10.0  # Word's size when neither the run, its styles nor the defaults set one


# ---------------------------------------------------------------- styles


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    ppr: etree._Element | None
    rpr: etree._Element | None


class _Styles:
    """Paragraph and character styles with their `basedOn` chains, from word/styles.xml."""

    def __init__(self, root: etree._Element) -> None:
        self._styles: dict[str, _Style] = {}
        self._run_bases: dict[tuple[str | None, str | None], dict[str, Any]] = {}
        self._run_styles: dict[tuple[str | None, tuple[Any, ...]], _RunStyle] = {}
        self.default_paragraph: str | None = None
        # Table styles that shade cells (banded rows, a dark header row): white text in such a
        # table may sit on the fill, so its colour says nothing about visibility.
        self.shaded_tables: set[str] = set()
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId"))
            if not style_id:
                continue
            if style.get(w("type")) == "table" and any(map(_shading, style.iter(w("shd")))):
                self.shaded_tables.add(style_id)
            name = style.find(w("name"))
            based = style.find(w("basedOn"))
            self._styles[style_id] = _Style(
                name.get(w("val"), "") if name is not None else "",
                based.get(w("val")) if based is not None else None,
                style.find(w("pPr")),
                style.find(w("rPr")),
            )
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                self.default_paragraph = style_id
        self.default_rpr = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")

    def run_style(self, rpr: etree._Element | None, paragraph_style: str | None) -> _RunStyle:
        """A run's formatting, cached: resumes repeat a handful of formats over many runs."""
        # Keyed by content: tostring() would serialise every namespace the document declares.
        key = (
            paragraph_style,
            () if rpr is None else tuple((c.tag, *c.attrib.items()) for c in rpr),
        )
        if key not in self._run_styles:
            char_style = _val(rpr.find(w("rStyle")) if rpr is not None else None)
            properties = self.run_base(char_style, paragraph_style)
            if rpr is not None and len(rpr):
                properties = {**properties, **{child.tag: child for child in rpr}}
            self._run_styles[key] = _run_style(properties)
        return self._run_styles[key]

    def run_base(self, char_style: str | None, paragraph_style: str | None) -> dict[str, Any]:
        """Run properties set by styles, lowest precedence first overwritten by higher:
        document defaults, then the paragraph style chain, then the character style chain."""
        key = (char_style, paragraph_style)
        if key not in self._run_bases:
            merged: dict[str, Any] = {}
            layers = [self.default_rpr]
            layers += [style.rpr for style in reversed(self.chain(paragraph_style))]
            layers += [style.rpr for style in reversed(self.chain(char_style))]
            for rpr in layers:
                if rpr is not None:
                    merged.update((child.tag, child) for child in rpr)
            self._run_bases[key] = merged
        return self._run_bases[key]

    def chain(self, style_id: str | None) -> list[_Style]:
        """The style and the styles it is based on, most specific first."""
        found: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            found.append(style)
            style_id = style.based_on
        return found


def _val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(w("val"))


def _on(element: etree._Element) -> bool:
    """A toggle property such as <w:b/>: on unless its value says off."""
    return element.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


@dataclass(frozen=True, slots=True)
class _RunStyle:
    bold: bool = False
    size: float = _DEFAULT_POINTS
    color: tuple[float, float, float] | None = None
    font: str | None = None
    vanish: bool = False
    shaded: bool = False


def _hex_color(value: str | None) -> tuple[float, float, float] | None:
    if not value or not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return None  # "auto" or a malformed value: the renderer's default (black on white)
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _shading(element: etree._Element | None) -> bool:
    """True when a shading element paints a background that is not white or none."""
    if element is None:
        return False
    fill = (element.get(w("fill")) or "auto").upper()
    pattern = element.get(w("val")) or "clear"
    return fill not in ("AUTO", "FFFFFF") or pattern not in ("clear", "nil")


def _run_style(properties: dict[str, etree._Element]) -> _RunStyle:
    """Run formatting from resolved properties (tag → the element that decides it)."""
    bold = properties.get(w("b"))
    size = _val(properties.get(w("sz")))
    fonts = properties.get(w("rFonts"))
    highlight = _val(properties.get(w("highlight")))
    vanish = properties.get(w("vanish"))
    return _RunStyle(
        bold=bold is not None and _on(bold),
        size=int(size) / 2 if size and size.isdigit() else _DEFAULT_POINTS,
        color=_hex_color(_val(properties.get(w("color")))),
        font=None if fonts is None else (fonts.get(w("ascii")) or fonts.get(w("hAnsi"))),
        vanish=vanish is not None and _on(vanish),
        shaded=_shading(properties.get(w("shd"))) or (highlight not in (None, "none", "white")),
    )


# ---------------------------------------------------------------- paragraphs


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of text with one set of run properties (and the link it sits in)."""

    text: str
    style: _RunStyle
    link: str | None
    page: int


@dataclass(slots=True)
class _Context:
    """What the walk needs besides the element: styles, links, where it is, and the counter."""

    styles: _Styles
    links: dict[str, str]
    region: Region = Region.BODY
    shaded: bool = False  # inside a shaded cell or a filled text box
    pager: Pager = field(default_factory=Pager)
    lines: list[Line] = field(default_factory=list)
    levels: list[int | None] = field(default_factory=list)  # heading level of each line

    def add(self, lines: list[Line], level: int | None) -> None:
        self.lines.extend(lines)
        self.levels.extend([level] * len(lines))


class _Paragraph:
    """Collect one paragraph's pieces; text boxes anchored in it are returned to walk later."""

    def __init__(self, paragraph: etree._Element, ctx: _Context) -> None:
        self.ctx = ctx
        ppr = paragraph.find(w("pPr"))
        style_id = _val(ppr.find(w("pStyle")) if ppr is not None else None)
        self.style_id = style_id or ctx.styles.default_paragraph
        self.chain = ctx.styles.chain(self.style_id)
        self.ppr_chain = [ppr] if ppr is not None else []
        self.ppr_chain += [style.ppr for style in self.chain if style.ppr is not None]
        self.pieces: list[_Piece] = []
        self.text_boxes: list[etree._Element] = []
        self.box_pages: dict[int, int] = {}  # the page of each text box's anchor
        self._fields: list[tuple[list[str], str | None]] = []  # complex fields: (instr, link)
        before = self._ppr("pageBreakBefore") if ctx.pager.flowing else None
        if before is not None and _on(before):
            ctx.pager.page_break_before()
        self._walk_inline(paragraph, None)

    # -- paragraph properties

    def _ppr(self, tag: str) -> etree._Element | None:
        for ppr in self.ppr_chain:
            found = ppr.find(w(tag))
            if found is not None:
                return found
        return None

    @property
    def heading_level(self) -> int | None:
        """The outline level (0 = top) from a Heading style or an explicit outline level."""
        level = _val(self._ppr("outlineLvl"))
        if level is not None and level.isdigit():
            return int(level) if int(level) < 9 else None  # 9 is Word's "body text"
        for style in self.chain:
            if _HEADING_STYLE_RE.match(style.name):
                return int(style.name[-1]) - 1
        return None

    @property
    def numbered(self) -> bool:
        num_pr = self._ppr("numPr")
        num_id = _val(num_pr.find(w("numId")) if num_pr is not None else None)
        return num_id is not None and num_id != "0"

    @property
    def shaded(self) -> bool:
        return _shading(self._ppr("shd"))

    # -- runs

    def _link(self, inherited: str | None) -> str | None:
        for _, link in reversed(self._fields):
            if link:
                return link
        return inherited

    def _walk_inline(self, element: etree._Element, link: str | None) -> None:
        for child in element:
            tag = child.tag
            if tag == _R_:
                self._run(child, link)
            elif tag == w("hyperlink"):
                target = self.ctx.links.get(child.get(f"{{{NS_R}}}id", ""))
                self._walk_inline(child, target or link)
            elif tag == w("fldSimple"):
                self._walk_inline(child, _field_link(child.get(w("instr"), "")) or link)
            elif tag == _SDT:
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._walk_inline(content, link)
            elif tag == _ALTERNATE:
                chosen = _choose(child)
                if chosen is not None:
                    self._walk_inline(chosen, link)
            elif tag in _TRANSPARENT:
                self._walk_inline(child, link)

    def _run(self, run: etree._Element, link: str | None) -> None:
        style = self.ctx.styles.run_style(run.find(_RPR), self.style_id)
        pager = self.ctx.pager
        for child in run:
            tag = child.tag
            text = _RUN_TEXT.get(tag)
            if tag == RENDERED_BREAK:
                pager.rendered_break()
            elif tag == _BR and child.get(_TYPE) == "page":
                pager.page_break()
            if tag == _TEXT:
                text = child.text
            elif tag == _FLD_CHAR:
                self._field_char(child.get(w("fldCharType")))
            elif tag == _INSTR_TEXT and self._fields:
                self._fields[-1][0].append(child.text or "")
            elif text is None and tag not in (_RPR, RENDERED_BREAK):
                # Drawings and pictures may hold text boxes.
                for box in _text_boxes(child):
                    self.text_boxes.append(box)
                    self.box_pages[id(box)] = pager.page
            if text:
                self.pieces.append(_Piece(text, style, self._link(link), pager.page))
                if pager.flowing and text.strip():
                    pager.printed()

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(([], None))
        elif kind == "separate" and self._fields:
            instr, _ = self._fields[-1]
            self._fields[-1] = (instr, _field_link("".join(instr)))
        elif kind == "end" and self._fields:
            self._fields.pop()


def _field_link(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD_RE.match(instruction)
    return (match.group(1) or match.group(2)) if match else None


def _choose(alternate: etree._Element) -> etree._Element | None:
    """One branch of mc:AlternateContent: Word writes the same content twice (Choice, Fallback)."""
    choice = alternate.find(_CHOICE)
    return choice if choice is not None else alternate.find(_FALLBACK)


def _text_boxes(element: etree._Element) -> Iterator[etree._Element]:
    """Outermost text-box contents under `element`, one copy of each AlternateContent."""
    if element.tag == _TXBX:
        yield element
        return
    if element.tag == _ALTERNATE:
        chosen = _choose(element)
        if chosen is not None:
            yield from _text_boxes(chosen)
        return
    for child in element:
        yield from _text_boxes(child)


def _position(text_box: etree._Element) -> tuple[str, int, int] | None:
    """Where a floating text box sits: (what the offsets are relative to, x, y) in EMU."""
    anchor = next(text_box.iterancestors(f"{{{NS_WP}}}anchor", f"{{{NS_WP}}}inline"), None)
    if anchor is None or anchor.tag != f"{{{NS_WP}}}anchor":
        return None
    axes = []
    for axis in ("positionH", "positionV"):
        element = anchor.find(f"{{{NS_WP}}}{axis}")
        offset = element.find(f"{{{NS_WP}}}posOffset") if element is not None else None
        if offset is None or not (offset.text or "").strip().lstrip("-").isdigit():
            return None
        axes.append((element.get("relativeFrom", ""), int(offset.text.strip())))
    (from_x, x), (from_y, y) = axes
    return f"{from_x}/{from_y}", x, y


def _reading_order(text_boxes: list[etree._Element]) -> list[etree._Element]:
    """Boxes floating from one paragraph, top to bottom then left to right.

    Designer templates anchor every box to the first paragraph in the order they
    were drawn; their positions say how they read. Boxes are sorted only when
    all have offsets relative to the same thing, else the file's order stays.
    """
    if len(text_boxes) < 2:
        return text_boxes
    known = [(position, box) for box in text_boxes if (position := _position(box))]
    if len(known) != len(text_boxes) or len({position[0] for position, _ in known}) != 1:
        return text_boxes
    return [box for _, box in sorted(known, key=lambda item: (item[0][2], item[0][1]))]


def _filled(text_box: etree._Element) -> bool:
    """Whether the shape holding a text box paints a background (white text on it is visible)."""
    for ancestor in text_box.iterancestors():
        if ancestor.tag == f"{{{NS_WPS}}}wsp":
            properties = ancestor.find(f"{{{NS_WPS}}}spPr")
            return properties is not None and properties.find(f"{{{NS_A}}}solidFill") is not None
        if ancestor.tag.startswith(f"{{{NS_V}}}"):
            filled = (ancestor.get("filled") or "t").lower() not in ("f", "false")
            color = (ancestor.get("fillcolor") or "").lower()
            if ancestor.get("fillcolor") is not None or ancestor.get("filled") is not None:
                return filled and color not in ("white", "#ffffff", "#fff")
    return False


# ---------------------------------------------------------------- lines


def _visibility(piece: _Piece, shaded: bool) -> str:
    """Why a reader of the printed page would not see a piece, or "normal"."""
    style = piece.style
    if style.vanish:
        return "vanish"
    if style.size < _TINY_POINTS:
        return "tiny"
    if not (shaded or style.shaded) and style.color and min(style.color) > _WHITE:
        return "white"
    return "normal"


def _lines_of(paragraph: _Paragraph, ctx: _Context) -> list[Line]:
    """Split a paragraph's pieces into Lines at line breaks and where visibility changes.

    A white or tiny run appended to a visible paragraph (keyword stuffing)
    gets a Line of its own, so its colour and size are not outvoted. The lines
    share the paragraph's number on its page; a part after a page break gets a
    number on the next page.
    """
    shaded = ctx.shaded or paragraph.shaded
    groups: list[list[_Piece]] = [[]]
    shown: str | None = None  # visibility of the group's last piece with text
    for piece in paragraph.pieces:
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
            groups[-1].append(_Piece(part, piece.style, piece.link, piece.page))
    numbers: dict[int, int] = {}  # page -> the paragraph's number there

    def number_on(page: int) -> int:
        if page not in numbers:
            numbers[page] = ctx.pager.number(page)
        return numbers[page]

    lines = (_line(group, paragraph, ctx, shaded, number_on) for group in groups)
    return [line for line in lines if line is not None]


def _majority(values: Counter[_T]) -> _T | None:
    return values.most_common(1)[0][0] if values else None


def _line(
    pieces: list[_Piece],
    paragraph: _Paragraph,
    ctx: _Context,
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


def _walk_blocks(container: etree._Element, ctx: _Context) -> None:
    """Paragraphs and tables in document order, appending Lines to ctx.lines."""
    for child in container:
        tag = child.tag
        if tag == _P:
            paragraph = _Paragraph(child, ctx)
            if any(piece.text.strip() for piece in paragraph.pieces):
                ctx.add(_lines_of(paragraph, ctx), paragraph.heading_level)
            for text_box in _reading_order(paragraph.text_boxes):
                _walk_text_box(text_box, ctx, paragraph.box_pages[id(text_box)])
            if ends_section(child):
                ctx.pager.end_section()
        elif tag == _TBL:
            _walk_table(child, ctx)
        elif tag == _SDT:
            content = child.find(w("sdtContent"))
            if content is not None:
                _walk_blocks(content, ctx)
        elif tag == _ALTERNATE:
            chosen = _choose(child)
            if chosen is not None:
                _walk_blocks(chosen, ctx)
        elif tag in _TRANSPARENT:
            _walk_blocks(child, ctx)


def _walk_text_box(text_box: etree._Element, ctx: _Context, page: int) -> None:
    """A text box is on its anchor's page; breaks inside it do not move the body's flow."""
    pager = ctx.pager
    outer = pager.flowing, pager.page
    pager.flowing, pager.page = False, page
    try:
        _walk_nested(text_box, ctx, ctx.shaded or _filled(text_box))
    finally:
        pager.flowing, pager.page = outer


def _walk_nested(container: etree._Element, ctx: _Context, shaded: bool) -> None:
    outer = ctx.shaded
    ctx.shaded = shaded
    try:
        _walk_blocks(container, ctx)
    finally:
        ctx.shaded = outer


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        if child.tag == _TC:
            yield child
        elif child.tag == _SDT:
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _cells(content)
        elif child.tag in _TRANSPARENT:
            yield from _cells(child)


def _walk_table(table: etree._Element, ctx: _Context) -> None:
    """Rows top to bottom, cells left to right; a vertically merged cell is read once.

    A row whose cells each hold one plain line (`Title | Company | Dates`)
    becomes one tab-separated Line, as it reads on the page. Every cell of a
    row starts on the row's page (Word marks a row moved to the next page in
    each of its cells); the row ends on the last page any cell reaches.
    """
    pager = ctx.pager
    tbl_pr = table.find(w("tblPr"))
    table_style = _val(tbl_pr.find(w("tblStyle")) if tbl_pr is not None else None)
    table_shaded = tbl_pr is not None and (
        _shading(tbl_pr.find(w("shd"))) or table_style in ctx.styles.shaded_tables
    )
    for row in table.iter(_TR):
        if next(row.iterancestors(_TBL)) is not table:
            continue  # a nested table's row: read when its cell is walked
        start = len(ctx.lines)
        cell_starts: list[int] = []
        row_start = pager.page, pager.fresh
        ends: list[tuple[int, bool]] = []
        for cell in _cells(row):
            tc_pr = cell.find(w("tcPr"))
            merge = tc_pr.find(w("vMerge")) if tc_pr is not None else None
            if merge is not None and merge.get(w("val"), "continue") == "continue":
                continue
            shaded = (
                ctx.shaded
                or table_shaded
                or _shading(tc_pr.find(w("shd")) if tc_pr is not None else None)
            )
            cell_starts.append(len(ctx.lines))
            pager.page, pager.fresh = row_start
            _walk_nested(cell, ctx, shaded)
            ends.append((pager.page, pager.fresh))
        if ends:
            pager.page = max(page for page, _ in ends)
            pager.fresh = all(fresh for page, fresh in ends if page == pager.page)
        _join_row(ctx, start, cell_starts)


def _join_row(ctx: _Context, start: int, cell_starts: list[int]) -> None:
    bounds = [*cell_starts, len(ctx.lines)]
    per_cell = [ctx.lines[a:b] for a, b in pairwise(bounds)]
    filled = [cell for cell in per_cell if cell]
    if len(filled) < 2 or any(len(cell) != 1 for cell in filled):
        return
    lines = [cell[0] for cell in filled]
    if any(
        line.bullet or line.heading or (line.region, line.page) != (lines[0].region, lines[0].page)
        for line in lines
    ):
        return
    first = lines[0]
    del ctx.lines[start:]
    del ctx.levels[start:]
    ctx.add(
        [
            Line(
                text="\t".join(line.text for line in lines),
                page=first.page,
                number=first.number,
                font_size=first.font_size,
                bold=all(line.bold for line in lines),
                region=first.region,
                color=first.color,
                font_name=first.font_name,
                links=tuple(dict.fromkeys(link for line in lines for link in line.links)),
                hidden=any(line.hidden for line in lines),
            )
        ],
        None,
    )


def _section_headings(lines: list[Line], levels: list[int | None]) -> list[Line]:
    """Keep `heading` only on section headings, not on entry sub-headings.

    Templates style section titles and job headers as headings of different
    levels. Section titles sit at the shallowest level used more than once (the
    name is often the only top-level heading); deeper levels are entry headers.
    """
    counts = Counter(level for level in levels if level is not None)
    repeated = [level for level, count in counts.items() if count > 1]
    if not repeated:
        return lines
    section_level = min(repeated)
    return [
        replace(line, heading=False) if level is not None and level > section_level else line
        for line, level in zip(lines, levels, strict=True)
    ]


def _walk_part(part: Part, ctx: _Context, page: int) -> list[tuple[Line, int | None]]:
    """One part's lines (with their heading levels), read from `page` on."""
    start = len(ctx.lines)
    ctx.region, ctx.links = part.region, part.links
    ctx.pager.page = page
    if part.region is Region.BODY:
        ctx.pager.begin(part.root)
    _walk_blocks(part.root, ctx)
    if part.region is Region.BODY:
        ctx.pager.finish()
    walked = list(zip(ctx.lines[start:], ctx.levels[start:], strict=True))
    del ctx.lines[start:], ctx.levels[start:]
    return walked


def read_docx(path: Path, options: ReadOptions) -> ReaderOutput:
    package = open_package(read_bytes(path, options), options)
    # With colour painted behind the text somewhere, white text may sit on it: unknown.
    ctx = _Context(styles=_Styles(package.styles), links={}, shaded=package.backdrop)
    pager = ctx.pager
    # The body first: the pages it reaches decide where headers and footers print.
    body = [
        line for p in package.parts if p.region is Region.BODY for line in _walk_part(p, ctx, 1)
    ]
    last_page = pager.page
    body_numbers, pager.numbers = pager.numbers, Counter()
    printed = first_pages(pager, package.even_and_odd)

    def walk(region: Region) -> list[tuple[Line, int | None]]:
        walked: list[tuple[Line, int | None]] = []
        for p in package.parts:
            if p.region is region:
                pages = [printed[(region.value, i)] for i in p.ids if (region.value, i) in printed]
                # One that prints on no page (a continuation header of a 1-page resume): page 1.
                walked += _walk_part(p, ctx, min(pages, default=1))
        return walked

    headers = walk(Region.HEADER)
    # A header stands at the top of its page: the body's lines there are numbered after it.
    above = pager.numbers
    body = [
        (replace(line, number=line.number + above[line.page]) if above[line.page] else line, level)
        for line, level in body
    ]
    pager.numbers = body_numbers + above
    walked = headers + body + walk(Region.FOOTER)
    facts = FileFacts(
        format="docx",
        # Word's count can be stale (python-docx's template says 1); the breaks are not.
        page_count=max(package.pages or 1, last_page),
        metadata=package.metadata,
        image_count=image_count([p.root for p in package.parts]),
    )
    lines = [line for line, _ in walked]
    return ReaderOutput(
        lines=tuple(_section_headings(lines, [level for _, level in walked])), facts=facts
    )
