"""Word DOCX: body paragraphs and tables in document order, headers and footers, text boxes.

python-docx opens the package (parts, relationships, core properties); the
text itself is read from the XML, because python-docx does not surface text
boxes, field-code hyperlinks or content controls. Lines are numbered by
paragraph (the n-th paragraph with text), all on page 1: a DOCX has no
reliable pages until Word lays it out.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from lxml import etree

from reslint.model import FileFacts, Line, ReaderOutput, Region
from reslint.readers.base import ZIP_ERRORS, ReadError, ReadOptions, read_bytes, unpack_member
from reslint.readers.text import BULLET_RE

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_V = "urn:schemas-microsoft-com:vml"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


_T = TypeVar("_T")


def w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _R_, _TBL, _TR, _TC, _SDT = w("p"), w("r"), w("tbl"), w("tr"), w("tc"), w("sdt")
_TXBX = w("txbxContent")
_CHOICE, _FALLBACK, _ALTERNATE = (
    f"{{{_MC}}}Choice",
    f"{{{_MC}}}Fallback",
    f"{{{_MC}}}AlternateContent",
)
# Containers whose children are read as if they stood in their parent's place.
_TRANSPARENT = frozenset(
    w(tag) for tag in ("ins", "moveTo", "smartTag", "customXml", "dir", "bdo", "sdtContent")
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HYPERLINK_FIELD_RE = re.compile(r'^\s*HYPERLINK\s+"?([^"\s]+)"?', re.IGNORECASE)
_HEADING_STYLE_RE = re.compile(r"^heading\s*[1-9]$", re.IGNORECASE)
_WHITE = 0.95  # every RGB channel above this reads as white on white paper
_TINY_POINTS = 4.0  # below this a run is unreadable in print: its own Line, for hidden-text
_DEFAULT_POINTS = 10.0  # Word's size when neither the run, its styles nor the defaults set one


def _utf16(marker: bytes) -> tuple[bytes, ...]:
    text = marker.decode()
    return marker, text.encode("utf-16-le"), text.encode("utf-16-be")


# Word never writes a DTD; one in a DOCX part is an entity-expansion or XXE attempt.
_DTD_MARKERS = _utf16(b"<!DOCTYPE") + _utf16(b"<!ENTITY")


# ---------------------------------------------------------------- the container


def _check_container(data: bytes) -> None:
    """Refuse what is not a DOCX before any parser sees it, with a reason a person can act on."""
    if data.startswith(_OLE_MAGIC):
        # Directory entry names in an OLE file are UTF-16LE.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ReadError("password-protected (encrypted) DOCX: remove the password and save")
        if "WordDocument".encode("utf-16-le") in data:
            raise ReadError("Word 97-2003 .doc file, not DOCX (save as .docx)")
        raise ReadError("an old Office (OLE) file, not DOCX (save as .docx)")
    if data.startswith(b"{\\rtf"):
        raise ReadError("RTF file, not DOCX (save as .docx)")
    if not data.startswith(b"PK"):
        raise ReadError("not a valid DOCX (not a ZIP archive)")


def _unpack(archive: zipfile.ZipFile, options: ReadOptions) -> dict[str, bytes]:
    """Every member, within the unpacked-size limit, with DTDs refused, before any parser runs."""
    infos = archive.infolist()
    unpacked = sum(info.file_size for info in infos)
    if unpacked > options.max_unpacked_bytes:
        raise ReadError(
            f"DOCX unpacks to {unpacked // (1024 * 1024)} MiB, over the "
            f"{options.max_unpacked_bytes // (1024 * 1024)} MiB limit (possible ZIP bomb)"
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise ReadError("DOCX has encrypted ZIP entries")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names:
        raise ReadError("not a DOCX (the ZIP has no [Content_Types].xml)")
    if "word/document.xml" not in names:
        raise ReadError("not a DOCX (the ZIP has no word/document.xml)")
    contents: dict[str, bytes] = {}
    for info in infos:
        content = unpack_member(archive, info)
        # By content, not name: python-docx parses any part whose content type says XML.
        if _looks_like_xml(content) and any(marker in content for marker in _DTD_MARKERS):
            raise ReadError(
                f"DOCX part {info.filename} declares an XML DTD, which Word never writes "
                "(refused: possible entity-expansion attack)"
            )
        contents[info.filename] = content
    return contents


def _looks_like_xml(content: bytes) -> bool:
    return content.lstrip()[:1] == b"<" or content.startswith(
        (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
    )


def _repack(contents: dict[str, bytes]) -> bytes:
    """The checked members as a new uncompressed ZIP, so python-docx never inflates anything
    itself: a damaged member fails above with a reason, a lying one cannot grow."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in contents.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _open(data: bytes, options: ReadOptions) -> tuple[Any, dict[str, bytes]]:
    """The python-docx Document and the raw parts it was built from."""
    _check_container(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            contents = _unpack(archive, options)
    except ZIP_ERRORS as error:
        raise ReadError(f"not a valid DOCX (corrupt ZIP archive: {error})") from error
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(_repack(contents))), contents
    except etree.XMLSyntaxError as error:
        raise ReadError(f"not a valid DOCX (broken XML: {error.msg})") from error
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        reason = str(error).strip("'\"") or type(error).__name__
        raise ReadError(f"not a valid DOCX ({reason})") from error
    except Exception as error:  # python-docx trips over a malformed package in many ways
        raise ReadError(f"not a valid DOCX (malformed package: {type(error).__name__})") from error


# ---------------------------------------------------------------- styles


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    ppr: etree._Element | None
    rpr: etree._Element | None


class _Styles:
    """Paragraph and character styles with their `basedOn` chains, from word/styles.xml."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.default_rpr: etree._Element | None = None
        if root is None:
            return
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId"))
            if not style_id:
                continue
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
        defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.default_rpr = defaults

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


def _val(element: etree._Element | None, attribute: str = "val") -> str | None:
    return None if element is None else element.get(w(attribute))


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


def _run_style(rpr_chain: list[etree._Element]) -> _RunStyle:
    """Resolve run properties: the first element in the chain that sets a property wins."""

    def first(tag: str) -> etree._Element | None:
        for rpr in rpr_chain:
            found = rpr.find(w(tag))
            if found is not None:
                return found
        return None

    bold = first("b")
    size = _val(first("sz"))
    fonts = first("rFonts")
    highlight = _val(first("highlight"))
    return _RunStyle(
        bold=bold is not None and _on(bold),
        size=int(size) / 2 if size and size.isdigit() else _DEFAULT_POINTS,
        color=_hex_color(_val(first("color"))),
        font=None if fonts is None else (fonts.get(w("ascii")) or fonts.get(w("hAnsi"))),
        vanish=(vanish := first("vanish")) is not None and _on(vanish),
        shaded=_shading(first("shd")) or (highlight not in (None, "none", "white")),
    )


# ---------------------------------------------------------------- paragraphs


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of text with one set of run properties (and the link it sits in)."""

    text: str
    style: _RunStyle
    link: str | None


@dataclass(slots=True)
class _Context:
    """What the walk needs besides the element: styles, links, where it is, and the counter."""

    styles: _Styles
    links: dict[str, str]
    region: Region = Region.BODY
    shaded: bool = False  # inside a shaded cell or a filled text box
    number: int = 0
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
        self.chain = ctx.styles.chain(style_id or ctx.styles.default_paragraph)
        self.ppr_chain = [ppr] if ppr is not None else []
        self.ppr_chain += [style.ppr for style in self.chain if style.ppr is not None]
        self.pieces: list[_Piece] = []
        self.text_boxes: list[etree._Element] = []
        self._fields: list[tuple[list[str], str | None]] = []  # complex fields: (instr, link)
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
            match = _HEADING_STYLE_RE.match(style.name)
            if match:
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
                target = self.ctx.links.get(child.get(f"{{{_R}}}id", ""))
                self._walk_inline(child, target or link)
            elif tag == w("fldSimple"):
                match = _HYPERLINK_FIELD_RE.match(child.get(w("instr"), ""))
                self._walk_inline(child, match.group(1) if match else link)
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
        rpr = run.find(w("rPr"))
        chain = [rpr] if rpr is not None else []
        char_style = _val(rpr.find(w("rStyle")) if rpr is not None else None)
        chain += [s.rpr for s in self.ctx.styles.chain(char_style) if s.rpr is not None]
        chain += [s.rpr for s in self.chain if s.rpr is not None]
        if self.ctx.styles.default_rpr is not None:
            chain.append(self.ctx.styles.default_rpr)
        style = _run_style(chain)
        for child in run:
            tag = child.tag
            text = ""
            if tag == w("t"):
                text = child.text or ""
            elif tag in (w("tab"), w("ptab")):
                text = "\t"
            elif tag in (w("br"), w("cr")):
                text = "\n"
            elif tag == w("noBreakHyphen"):
                text = "-"
            elif tag == w("fldChar"):
                self._field_char(child.get(w("fldCharType")))
            elif tag == w("instrText") and self._fields:
                self._fields[-1][0].append(child.text or "")
            else:
                self.text_boxes.extend(_text_boxes(child))
            if text:
                self.pieces.append(_Piece(text, style, self._link(link)))

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(([], None))
        elif kind == "separate" and self._fields:
            instr, _ = self._fields[-1]
            match = _HYPERLINK_FIELD_RE.match("".join(instr))
            self._fields[-1] = (instr, match.group(1) if match else None)
        elif kind == "end" and self._fields:
            self._fields.pop()


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


def _filled(text_box: etree._Element) -> bool:
    """Whether the shape holding a text box paints a background (white text on it is visible)."""
    for ancestor in text_box.iterancestors():
        if ancestor.tag == f"{{{_WPS}}}wsp":
            properties = ancestor.find(f"{{{_WPS}}}spPr")
            return properties is not None and properties.find(f"{{{_A}}}solidFill") is not None
        if ancestor.tag.startswith(f"{{{_V}}}"):
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


def _lines_of(paragraph: _Paragraph, ctx: _Context, number: int) -> list[Line]:
    """Split a paragraph's pieces into Lines at line breaks and where visibility changes.

    A white or tiny run appended to a visible paragraph (keyword stuffing)
    gets a Line of its own, so its colour and size are not outvoted.
    """
    shaded = ctx.shaded or paragraph.shaded
    groups: list[list[_Piece]] = [[]]
    for piece in paragraph.pieces:
        for index, part in enumerate(piece.text.split("\n")):
            if index:
                groups.append([])
            if not part:
                continue
            shown = [p for p in groups[-1] if p.text.strip()]
            if (
                part.strip()
                and shown
                and _visibility(shown[-1], shaded) != _visibility(piece, shaded)
            ):
                groups.append([])
            groups[-1].append(_Piece(part, piece.style, piece.link))
    lines = (_line(group, paragraph, ctx, number, shaded) for group in groups)
    return [line for line in lines if line is not None]


def _majority(values: Counter[_T]) -> _T | None:
    return values.most_common(1)[0][0] if values else None


def _line(
    pieces: list[_Piece], paragraph: _Paragraph, ctx: _Context, number: int, shaded: bool
) -> Line | None:
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
        weight = sum(1 for ch in piece.text if not ch.isspace())
        if not weight:
            continue
        sizes[piece.style.size] += weight
        colors[piece.style.color] += weight
        fonts[piece.style.font] += weight
        bold = bold and piece.style.bold
        background = background or piece.style.shaded
    links = tuple(dict.fromkeys(piece.link for piece in pieces if piece.link))
    return Line(
        text=text,
        page=1,
        number=number,
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
                ctx.number += 1
                ctx.add(_lines_of(paragraph, ctx, ctx.number), paragraph.heading_level)
            for text_box in paragraph.text_boxes:
                _walk_nested(text_box, ctx, ctx.shaded or _filled(text_box))
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
    becomes one tab-separated Line, as it reads on the page.
    """
    for row in table.iter(_TR):
        if next(row.iterancestors(_TBL)) is not table:
            continue  # a nested table's row: read when its cell is walked
        start = len(ctx.lines)
        cell_starts: list[int] = []
        for cell in _cells(row):
            tc_pr = cell.find(w("tcPr"))
            merge = tc_pr.find(w("vMerge")) if tc_pr is not None else None
            if merge is not None and merge.get(w("val"), "continue") == "continue":
                continue
            shaded = ctx.shaded or _shading(tc_pr.find(w("shd")) if tc_pr is not None else None)
            cell_starts.append(len(ctx.lines))
            _walk_nested(cell, ctx, shaded)
        _join_row(ctx, start, cell_starts)


def _join_row(ctx: _Context, start: int, cell_starts: list[int]) -> None:
    bounds = [*cell_starts, len(ctx.lines)]
    per_cell = [ctx.lines[a:b] for a, b in pairwise(bounds)]
    filled = [cell for cell in per_cell if cell]
    if len(filled) < 2 or any(len(cell) != 1 for cell in filled):
        return
    lines = [cell[0] for cell in filled]
    if any(line.bullet or line.heading or line.region != lines[0].region for line in lines):
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


# ---------------------------------------------------------------- facts


def _parts(part: Any, kind: str) -> list[Any]:
    """Header or footer parts ("header" | "footer") the sections refer to, each once, in order."""
    seen: set[str] = set()
    found: list[Any] = []
    for sect_pr in part.element.iter(w("sectPr")):
        for reference in sect_pr.iter(w(f"{kind}Reference")):
            rel_id = reference.get(f"{{{_R}}}id")
            related = part.related_parts.get(rel_id) if rel_id else None
            # A part whose content type is not XML comes back as a bare Part: nothing to read.
            if related is None or str(related.partname) in seen or not _is_xml_part(related):
                continue
            seen.add(str(related.partname))
            found.append(related)
    return found


def _is_xml_part(part: Any) -> bool:
    return hasattr(part, "element")


def _hyperlinks(part: Any) -> dict[str, str]:
    return {rel_id: rel.target_ref for rel_id, rel in part.rels.items() if rel.is_external}


def _metadata(document: Any, app_xml: bytes | None) -> tuple[dict[str, str], int]:
    from docx.opc.constants import RELATIONSHIP_TYPE

    metadata: dict[str, str] = {}
    package_rels = document.part.package.rels.values()
    # python-docx invents core properties (author "python-docx") when the file has none.
    has_core = any(rel.reltype == RELATIONSHIP_TYPE.CORE_PROPERTIES for rel in package_rels)
    core = None
    if has_core:
        with contextlib.suppress(AttributeError):  # a core part that is not XML: no metadata
            core = document.core_properties
    for key in (
        "author",
        "title",
        "subject",
        "keywords",
        "comments",
        "category",
        "last_modified_by",
        "created",
        "modified",
        "revision",
    ):
        value = getattr(core, key, None) if core is not None else None
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        if value not in (None, "", 0):
            metadata[key] = str(value)
    pages = 1
    if app_xml is not None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            app = etree.fromstring(app_xml, parser)
        except etree.XMLSyntaxError:
            app = None
        for child in app if app is not None else ():
            name = etree.QName(child).localname
            value = (child.text or "").strip()
            if name == "Pages" and value.isdigit() and int(value) > 0:
                pages = int(value)
            elif name in ("Application", "Template", "Company", "Manager") and value:
                metadata[name.lower()] = value
    return metadata, pages


def _image_count(roots: list[etree._Element]) -> int:
    count = 0
    for root in roots:
        for element in root.iter(f"{{{_A}}}blip", f"{{{_V}}}imagedata"):
            if not any(a.tag == _FALLBACK for a in element.iterancestors()):
                count += 1
    return count


def _styles_root(document: Any) -> etree._Element | None:
    try:
        return document.styles.element
    except AttributeError:  # a styles part that is not XML: read without styles
        return None


def read_docx(path: Path, options: ReadOptions) -> ReaderOutput:
    data = read_bytes(path, options)
    document, contents = _open(data, options)
    part = document.part
    ctx = _Context(styles=_Styles(_styles_root(document)), links={})
    headers, footers = _parts(part, "header"), _parts(part, "footer")
    regions = [(Region.HEADER, h) for h in headers] + [(Region.BODY, part)]
    regions += [(Region.FOOTER, f) for f in footers]
    for region, source in regions:
        ctx.region = region
        ctx.links = _hyperlinks(source)
        root = source.element.find(w("body")) if source is part else source.element
        if root is not None:
            _walk_blocks(root, ctx)
    metadata, pages = _metadata(document, contents.get("docProps/app.xml"))
    facts = FileFacts(
        format="docx",
        page_count=pages,
        metadata=metadata,
        image_count=_image_count([source.element for _, source in regions]),
    )
    return ReaderOutput(lines=tuple(_section_headings(ctx.lines, ctx.levels)), facts=facts)
