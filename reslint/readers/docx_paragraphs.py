"""One DOCX paragraph read from its XML (Paragraph): its runs in order, each a Piece of
text with its resolved formatting, its page and the hyperlink it sits in (a
`w:hyperlink`, a simple field or a complex HYPERLINK field); whether the paragraph is a
heading (of which outline level), a list item, or shaded. Breaks met in its runs move
the Pager; text boxes anchored in it are collected for docx_blocks to read after it.

Context is the state the whole walk carries: the styles, the part's links and region,
the shading around, the Pager, and the Lines made so far with their heading levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from reslint.model import Line, Region
from reslint.readers.docx_pages import RENDERED_BREAK, Pager
from reslint.readers.docx_styles import RunStyle, Styles, shading
from reslint.readers.docx_text_boxes import text_boxes_in
from reslint.readers.docx_xml import ALTERNATE, NS_R, TRANSPARENT, choose, on, val, w

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
}
# `HYPERLINK "url"` or `HYPERLINK url`; `HYPERLINK \l "bookmark"` links inside the file.
_HYPERLINK_FIELD_RE = re.compile(r'^\s*HYPERLINK\s+(?:"([^"]+)"|([^\s"\\]\S*))', re.IGNORECASE)
_PICTURES = frozenset({w("drawing"), w("pict"), w("object")})
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
    region: Region = Region.BODY
    shaded: bool = False  # inside a shaded cell or a filled text box
    pager: Pager = field(default_factory=Pager)
    lines: list[Line] = field(default_factory=list)
    levels: list[int | None] = field(default_factory=list)  # heading level of each line

    def add(self, lines: list[Line], level: int | None) -> None:
        self.lines.extend(lines)
        self.levels.extend([level] * len(lines))


class Paragraph:
    """Collect one paragraph's pieces; text boxes anchored in it are returned to walk later."""

    def __init__(self, paragraph: etree._Element, ctx: Context) -> None:
        self.ctx = ctx
        ppr = paragraph.find(w("pPr"))
        style_id = val(ppr.find(w("pStyle")) if ppr is not None else None)
        self.style_id = style_id or ctx.styles.default_paragraph
        self.chain = ctx.styles.chain(self.style_id)
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
        num_pr = self._ppr("numPr")
        num_id = val(num_pr.find(w("numId")) if num_pr is not None else None)
        return num_id is not None and num_id != "0"

    @property
    def shaded(self) -> bool:
        return shading(self._ppr("shd"))

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
            if tag == _TEXT:
                text = child.text
            elif tag == _FLD_CHAR:
                self._field_char(child.get(w("fldCharType")))
            elif tag == _INSTR_TEXT and self._fields:
                self._fields[-1][0].append(child.text or "")
            elif text is None and tag not in (_RPR, RENDERED_BREAK):
                # Drawings and pictures may hold text boxes.
                for box in text_boxes_in(child):
                    self.text_boxes.append(box)
                    self.box_pages[id(box)] = pager.page
                if self._link(link) and tag in _PICTURES:
                    # A linked picture (a LinkedIn icon): no text, but its link counts.
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


def _field_link(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD_RE.match(instruction)
    return (match.group(1) or match.group(2)) if match else None
