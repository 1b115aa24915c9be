"""DOCX list numbering from word/numbering.xml: whether a numbered paragraph prints a
marker at all. A list level may print nothing (format `none`, or a level text that is
empty or only a zero-width space): Google Docs puts headings in such lists to indent
them. A paragraph in one is no list item on the page.
"""

from __future__ import annotations

from lxml import etree

from reslint.readers.docx_xml import val, w

# Characters that print nothing: a level text of only these shows no marker.
_INVISIBLE = " \t\u00a0\u200b\u200c\u200d\u2060\ufeff"


def _lvl_shows_marker(lvl: etree._Element) -> bool:
    if val(lvl.find(w("numFmt"))) == "none":
        return False
    text = lvl.find(w("lvlText"))
    if text is None:
        return True  # no level text given: Word prints its default marker
    return bool((text.get(w("val")) or "").strip(_INVISIBLE))


class Numbering:
    """Which (list, level) pairs print a marker, from word/numbering.xml (None: none)."""

    def __init__(self, root: etree._Element | None) -> None:
        self._silent: set[tuple[str, str]] = set()  # (numId, ilvl) printing no marker
        if root is None:
            return
        abstract: dict[str, dict[str, bool]] = {}
        for definition in root.iter(w("abstractNum")):
            levels = {
                lvl.get(w("ilvl"), "0"): _lvl_shows_marker(lvl) for lvl in definition.iter(w("lvl"))
            }
            abstract[definition.get(w("abstractNumId"), "")] = levels
        for num in root.iter(w("num")):
            levels = dict(abstract.get(val(num.find(w("abstractNumId"))) or "", {}))
            for override in num.iter(w("lvlOverride")):
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    levels[override.get(w("ilvl"), "0")] = _lvl_shows_marker(lvl)
            num_id = num.get(w("numId"), "")
            self._silent.update((num_id, ilvl) for ilvl, shows in levels.items() if not shows)

    def shows_marker(self, num_id: str, ilvl: str) -> bool:
        """Whether list `num_id` prints a marker at level `ilvl` (unknown lists do)."""
        return (num_id, ilvl) not in self._silent
