"""One DOCX paragraph read from its XML (Paragraph): its runs in order, each a Piece of
text with its resolved formatting, its page and the hyperlink it sits in (a
`w:hyperlink`, a simple field or a complex HYPERLINK field); whether the paragraph is a
heading (of which outline level), a list item, or shaded. Breaks met in its runs move
the Pager; text boxes anchored in it are collected for docx_blocks to read after it.

Context is the state the whole walk carries: the styles and list numbering, the part's
links and region,
the shading around, the Pager, and the Lines made so far with their heading levels.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from reslint.model import Line, Region
from reslint.readers.docx_numbering import Numbering
from reslint.readers.docx_pages import RENDERED_BREAK, Pager
from reslint.readers.docx_styles import RunStyle, Styles, shading
from reslint.readers.docx_text_boxes import text_boxes_in
from reslint.readers.docx_xml import ALTERNATE, NS_R, NS_V, NS_WP, TRANSPARENT, choose, on, val, w

_RUN, _SDT = w("r"), w("sdt")
_RPR, _TEXT, _FLD_CHAR, _INSTR_TEXT = w("rPr"), w("t"), w("fldChar"), w("instrText")
_BR, _TYPE = w("br"), w("type")
# Run children that stand for a character.
_RUN_TEXT = {
    w("tab"): "\t",
    w("ptab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
    w("softHyphen"): "",  # printed only where Word breaks the word at a line end
}
_SYM = w("sym")
# `HYPERLINK "url"` or `HYPERLINK url`; `HYPERLINK \l "bookmark"` links inside the file.
_HYPERLINK_FIELD_RE = re.compile(r'^\s*HYPERLINK\s+(?:"([^"]+)"|([^\s"\\]\S*))', re.IGNORECASE)
_PICTURES = frozenset({w("drawing"), w("pict"), w("object")})
_DRAWING, _INLINE, _VML = w("drawing"), f"{{{NS_WP}}}inline", f"{{{NS_V}}}"
_HEADING_STYLE_RE = re.compile(r"^heading\s*[1-9]$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text with one set of run properties (and the link it sits in)."""

    text: str
    style: RunStyle
    link: str | None
    page: int


@dataclass(slots=True)
class Context:
    """What the walk needs besides the element: styles, links, where it is, and the counter."""

    styles: Styles
    links: dict[str, str]
    numbering: Numbering = field(default_factory=lambda: Numbering(None))
    region: Region = Region.BODY
    shaded: bool = False  # inside a shaded cell or a filled text box
    pager: Pager = field(default_factory=Pager)
    lines: list[Line] = field(default_factory=list)
    levels: list[int | None] = field(default_factory=list)  # heading level of each line
    # The paragraph each line came from (None: made of several), for laying out table rows.
    sources: list[etree._Element | None] = field(default_factory=list)
    # While a table row is walked: each paragraph of the cell walked, to its measure.
    measures: dict[etree._Element, Any] | None = None

    def add(
        self, lines: list[Line], level: int | None, source: etree._Element | None = None
    ) -> None:
        self.lines.extend(lines)
        self.levels.extend([level] * len(lines))
        self.sources.extend([source] * len(lines))

    def cut(self, start: int) -> list[tuple[Line, int | None, etree._Element | None]]:
        """Take the lines from `start` on back out, with their levels and sources."""
        taken = list(
            zip(self.lines[start:], self.levels[start:], self.sources[start:], strict=True)
        )
        del self.lines[start:], self.levels[start:], self.sources[start:]
        return taken


class Paragraph:
    """Collect one paragraph's pieces; text boxes anchored in it are returned to walk later."""

    def __init__(self, paragraph: etree._Element, ctx: Context) -> None:
        self.ctx = ctx
        ppr = paragraph.find(w("pPr"))
        style_id = val(ppr.find(w("pStyle")) if ppr is not None else None)
        self.style_id = style_id or ctx.styles.default_paragraph
        self.chain = ctx.styles.chain(self.style_id)
        self.ppr = ppr
        self.ppr_chain = [ppr] if ppr is not None else []
        self.ppr_chain += [style.ppr for style in self.chain if style.ppr is not None]
        self.pieces: list[Piece] = []
        self.text_boxes: list[etree._Element] = []
        self.box_pages: dict[int, int] = {}  # the page of each text box's anchor
        self._fields: list[tuple[list[str], str | None]] = []  # complex fields: (instr, link)
        before = self._ppr("pageBreakBefore") if ctx.pager.flowing else None
        if before is not None and on(before):
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
        level = val(self._ppr("outlineLvl"))
        if level is not None and level.isdigit():
            return int(level) if int(level) < 9 else None  # 9 is Word's "body text"
        for style in self.chain:
            if _HEADING_STYLE_RE.match(style.name):
                return int(style.name[-1]) - 1
        return None

    @property
    def numbered(self) -> bool:
        """A list item that prints a marker (numId 0 takes a style's list away)."""
        num_id = self._numbering("numId")
        if num_id is None or num_id == "0":
            return False
        return self.ctx.numbering.shows_marker(num_id, self._numbering("ilvl") or "0")

    def _numbering(self, tag: str) -> str | None:
        for ppr in self.ppr_chain:
            num_pr = ppr.find(w("numPr"))
            found = num_pr.find(w(tag)) if num_pr is not None else None
            if found is not None:
                return val(found)
        return None

    @property
    def shaded(self) -> bool:
        return shading(self._ppr("shd"))

    def spacing(self, attribute: str) -> str | None:
        """A `w:spacing` attribute (before, after, line, lineRule) from the paragraph, its
        styles or the document defaults: each attribute is inherited on its own."""
        for ppr in (*self.ppr_chain, self.ctx.styles.default_ppr):
            found = ppr.find(w("spacing")) if ppr is not None else None
            if found is not None and found.get(w(attribute)) is not None:
                return found.get(w(attribute))
        return None

    @property
    def mark_style(self) -> RunStyle:
        """How the paragraph mark prints: the height of a paragraph with no text."""
        rpr = self.ppr.find(_RPR) if self.ppr is not None else None
        return self.ctx.styles.run_style(rpr, self.style_id)

    # -- runs

    def _link(self, inherited: str | None) -> str | None:
        for _, link in reversed(self._fields):
            if link:
                return link
        return inherited

    def _walk_inline(self, element: etree._Element, link: str | None) -> None:
        for child in element:
            tag = child.tag
            if tag == _RUN:
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
            elif tag == ALTERNATE:
                chosen = choose(child)
                if chosen is not None:
                    self._walk_inline(chosen, link)
            elif tag in TRANSPARENT:
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
            if tag == _TEXT and child.text and _dingbats(style.font):
                # Typed in an icon font (Wingdings `(` prints a telephone): an icon, which
                # stands the items on either side apart.
                text = "\t"
            elif tag == _TEXT:
                text = child.text.upper() if style.capitals and child.text else child.text
            elif tag == _FLD_CHAR:
                self._field_char(child.get(w("fldCharType")))
            elif tag == _INSTR_TEXT and self._fields:
                self._fields[-1][0].append(child.text or "")
            elif tag == _SYM:
                text = _symbol(child)
            elif text is None and tag not in (_RPR, RENDERED_BREAK):
                # Drawings and pictures may hold text boxes.
                boxes = list(text_boxes_in(child))
                for box in boxes:
                    self.text_boxes.append(box)
                    self.box_pages[id(box)] = pager.page
                if not boxes and _inline(child):
                    # An icon set in the line (a phone, an envelope) stands the texts on
                    # either side apart, as a tab does: `☎ 617… ✉ ada@…` is two items.
                    text = "\t"
                elif self._link(link) and tag in _PICTURES:
                    # A linked icon (a LinkedIn logo) prints no text: its link stays on its line.
                    self.pieces.append(Piece("", style, self._link(link), pager.page))
            if text:
                self.pieces.append(Piece(text, style, self._link(link), pager.page))
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


# Fonts whose letters print pictures (`(` a telephone, `*` an envelope in Wingdings).
_DINGBAT_FONTS = ("wingdings", "webdings", "font awesome", "fontawesome", "segoe mdl2")


def _dingbats(font: str | None) -> bool:
    return font is not None and font.casefold().startswith(_DINGBAT_FONTS)


def _inline(picture: etree._Element) -> bool:
    """Whether a drawing, VML picture or object is set in the line of text (not floating
    over the page, where it stands between no words)."""
    if picture.tag == ALTERNATE:
        chosen = choose(picture)
        return chosen is not None and any(_inline(child) for child in chosen)
    if picture.tag not in _PICTURES:
        return False
    if picture.tag == _DRAWING:
        return picture.find(_INLINE) is not None
    shapes = [e for e in picture.iter() if isinstance(e.tag, str) and e.tag.startswith(_VML)]
    return bool(shapes) and not any(
        "position:absolute" in (shape.get("style") or "").replace(" ", "") for shape in shapes
    )


def _symbol(sym: etree._Element) -> str:
    """The character of a `w:sym`. Symbol fonts put their glyphs in the private use area
    (F000-F0FF), which means nothing in text: such a glyph stands between words."""
    code = sym.get(w("char"), "")
    try:
        char = chr(int(code, 16))
    except (ValueError, OverflowError):
        return " "
    return " " if unicodedata.category(char) in ("Co", "Cc", "Cs", "Cn") else char


def _field_link(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD_RE.match(instruction)
    return (match.group(1) or match.group(2)) if match else None
