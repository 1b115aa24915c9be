"""The WordprocessingML vocabulary every DOCX module shares: namespaces, tag names in
lxml's {namespace}name form, reading a `w:val` and an on/off property, and the
markup a reader reads through (revision marks, smart tags, content controls,
mc:AlternateContent) as if its children stood in their parent's place.
"""

from __future__ import annotations

from lxml import etree

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_V = "urn:schemas-microsoft-com:vml"
NS_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
CHOICE, FALLBACK, ALTERNATE = (
    f"{{{NS_MC}}}Choice",
    f"{{{NS_MC}}}Fallback",
    f"{{{NS_MC}}}AlternateContent",
)


def w(tag: str) -> str:
    """A WordprocessingML tag in lxml's {namespace}name form."""
    return f"{{{NS_W}}}{tag}"


# Containers whose children are read as if they stood in their parent's place.
TRANSPARENT = frozenset(
    w(tag) for tag in ("ins", "moveTo", "smartTag", "customXml", "dir", "bdo", "sdtContent")
)


def val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(w("val"))


def on(element: etree._Element) -> bool:
    """A toggle property such as <w:b/>: on unless its value says off."""
    return element.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


def choose(alternate: etree._Element) -> etree._Element | None:
    """One branch of mc:AlternateContent: Word writes the same content twice (Choice, Fallback)."""
    choice = alternate.find(CHOICE)
    return choice if choice is not None else alternate.find(FALLBACK)
