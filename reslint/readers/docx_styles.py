"""DOCX formatting: paragraph and character styles from word/styles.xml with their
`basedOn` chains, and what a run looks like once its own properties are laid over
theirs (bold, size, colour, font, capitals, hidden, shaded). Fonts named by the theme
(`minorHAnsi`) are looked up in it; right-to-left and complex-script runs take the
properties Word prints them with (`w:szCs`, `w:bCs`). Shading is read here for runs,
paragraphs and table cells alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from reslint.readers.docx_xml import on, val, w

_DEFAULT_POINTS = 10.0  # Word's size when neither the run, its styles nor the defaults set one


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    ppr: etree._Element | None
    rpr: etree._Element | None


class Styles:
    """Paragraph and character styles with their `basedOn` chains, from word/styles.xml, and
    the theme's fonts by the names runs refer to them (`minorHAnsi`: "Calibri")."""

    def __init__(self, root: etree._Element, theme_fonts: dict[str, str] | None = None) -> None:
        self._styles: dict[str, _Style] = {}
        self._theme_fonts = theme_fonts or {}
        self._run_bases: dict[tuple[str | None, str | None], _Base] = {}
        self._run_styles: dict[tuple[str | None, tuple[Any, ...]], RunStyle] = {}
        self.default_paragraph: str | None = None
        # Table styles that shade cells (banded rows, a dark header row): white text in such a
        # table may sit on the fill, so its colour says nothing about visibility.
        self.shaded_tables: set[str] = set()
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId"))
            if not style_id:
                continue
            if style.get(w("type")) == "table" and any(map(shading, style.iter(w("shd")))):
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
        self.default_ppr = root.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")

    def run_style(self, rpr: etree._Element | None, paragraph_style: str | None) -> RunStyle:
        """A run's formatting, cached: resumes repeat a handful of formats over many runs."""
        # Keyed by content: tostring() would serialise every namespace the document declares.
        key = (
            paragraph_style,
            () if rpr is None else tuple((c.tag, *c.attrib.items()) for c in rpr),
        )
        if key not in self._run_styles:
            char_style = val(rpr.find(w("rStyle")) if rpr is not None else None)
            base = self.run_base(char_style, paragraph_style)
            properties, font = base.properties, base.font
            if rpr is not None and len(rpr):
                properties = {**properties, **{child.tag: child for child in rpr}}
                font = self._font(rpr) or font
            self._run_styles[key] = _run_style(properties, font)
        return self._run_styles[key]

    def run_base(self, char_style: str | None, paragraph_style: str | None) -> _Base:
        """Run properties set by styles, lowest precedence first overwritten by higher:
        document defaults, then the paragraph style chain, then the character style chain."""
        key = (char_style, paragraph_style)
        if key not in self._run_bases:
            merged: dict[str, Any] = {}
            font: str | None = None
            layers = [self.default_rpr]
            layers += [style.rpr for style in reversed(self.chain(paragraph_style))]
            layers += [style.rpr for style in reversed(self.chain(char_style))]
            for rpr in layers:
                if rpr is not None:
                    merged.update((child.tag, child) for child in rpr)
                    font = self._font(rpr) or font
            self._run_bases[key] = _Base(merged, font)
        return self._run_bases[key]

    def _font(self, rpr: etree._Element) -> str | None:
        """The Latin-text font one layer of run properties sets, if it sets one.

        A layer may set only the East Asian font; it leaves the Latin one of the
        layers below. Within a layer a theme font wins over a named one.
        """
        fonts = rpr.find(w("rFonts"))
        if fonts is None:
            return None
        for slot in ("ascii", "hAnsi"):
            theme = fonts.get(w(f"{slot}Theme"))
            if theme and theme in self._theme_fonts:
                return self._theme_fonts[theme]
            if fonts.get(w(slot)):
                return fonts.get(w(slot))
        return None

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


@dataclass(frozen=True, slots=True)
class _Base:
    """What the styles under a run set: properties by tag, and the font they resolve to."""

    properties: dict[str, Any]
    font: str | None


@dataclass(frozen=True, slots=True)
class RunStyle:
    """How a run prints, resolved through its styles."""

    bold: bool = False
    size: float = _DEFAULT_POINTS
    color: tuple[float, float, float] | None = None
    font: str | None = None
    vanish: bool = False
    shaded: bool = False
    capitals: bool = False  # printed in capitals (w:caps, w:smallCaps) whatever was typed
    italic: bool = False


def _hex_color(value: str | None) -> tuple[float, float, float] | None:
    if not value or not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return None  # "auto" or a malformed value: the renderer's default (black on white)
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def shading(element: etree._Element | None) -> bool:
    """True when a shading element paints a background that is not white or none."""
    if element is None:
        return False
    fill = (element.get(w("fill")) or "auto").upper()
    pattern = element.get(w("val")) or "clear"
    return fill not in ("AUTO", "FFFFFF") or pattern not in ("clear", "nil")


def _is_on(properties: dict[str, etree._Element], tag: str) -> bool:
    element = properties.get(w(tag))
    return element is not None and on(element)


def _run_style(properties: dict[str, etree._Element], font: str | None) -> RunStyle:
    """Run formatting from resolved properties (tag → the element that decides it)."""
    # Right-to-left and complex-script text prints in its own size and weight.
    complex_script = _is_on(properties, "rtl") or _is_on(properties, "cs")
    size = val(properties.get(w("szCs" if complex_script else "sz")))
    if not (size and size.isdigit()):
        size = val(properties.get(w("sz")))
    highlight = val(properties.get(w("highlight")))
    return RunStyle(
        bold=_is_on(properties, "bCs" if complex_script else "b"),
        size=int(size) / 2 if size and size.isdigit() else _DEFAULT_POINTS,
        color=_hex_color(val(properties.get(w("color")))),
        font=font,
        vanish=_is_on(properties, "vanish"),
        shaded=shading(properties.get(w("shd"))) or (highlight not in (None, "none", "white")),
        capitals=_is_on(properties, "caps") or _is_on(properties, "smallCaps"),
        italic=_is_on(properties, "iCs" if complex_script else "i"),
    )
