"""Which page a DOCX paragraph is on, from the breaks the file records.

A DOCX has no pages until a word processor lays it out, but Word writes down
where its last layout broke each page (`w:lastRenderedPageBreak`), and the
author's own breaks are in the XML: a page break (`w:br w:type="page"`), "page
break before" on a paragraph, and sections that start on a new page. Files
Word saved have both kinds, one rendered break for each explicit one; files
written by other tools (python-docx, converters) only the explicit ones. So a
break counts unless it falls where nothing has been printed since the last one
(the top of a page): there it is the same break.

Only the body flows from page to page; text boxes sit where they are
anchored. In a section set in several newspaper columns a rendered break may
end a column rather than a page, so those are not counted there (explicit
breaks still are).

Headers and footers repeat on the pages of the sections that use them; their
lines are put on the first page they print on (a "different first page"
section prints its default header from its second page on).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from reslint.readers.docx_xml import NS_R, w

RENDERED_BREAK = w("lastRenderedPageBreak")
_PPR, _SECT_PR = w("pPr"), w("sectPr")
_NEW_PAGE_STARTS = {"nextPage": None, "oddPage": 1, "evenPage": 0}  # start type -> parity


@dataclass(frozen=True, slots=True)
class _Section:
    start: str  # how the section starts after the one before: nextPage, continuous, …
    columns: int
    title_page: bool  # "different first page": its first page has the "first" header
    references: tuple[tuple[str, str, str], ...]  # (header | footer, first | default | even, id)


def _section(sect_pr: etree._Element) -> _Section:
    kind = sect_pr.find(w("type"))
    cols = sect_pr.find(w("cols"))
    number = cols.get(w("num"), "1") if cols is not None else "1"
    title = sect_pr.find(w("titlePg"))
    references = tuple(
        (part, reference.get(w("type"), "default"), reference.get(f"{{{NS_R}}}id", ""))
        for part in ("header", "footer")
        for reference in sect_pr.findall(w(f"{part}Reference"))
    )
    return _Section(
        start=kind.get(w("val"), "nextPage") if kind is not None else "nextPage",
        columns=int(number) if number.isdigit() else 1,
        title_page=title is not None and title.get(w("val"), "true") not in ("0", "false", "off"),
        references=references,
    )


def body_sections(body: etree._Element) -> tuple[_Section, ...]:
    """The body's sections in order: each ends at a paragraph holding a `w:sectPr`, the last
    at the body's own. A `w:sectPr` under `w:sectPrChange` is a tracked change's old value;
    one in a text box (which Word never writes) does not end a section of the body."""
    found = []
    for sect_pr in body.iter(w("sectPr")):
        parent = sect_pr.getparent()
        if parent is body or (
            parent is not None
            and parent.tag == w("pPr")
            and parent.getparent().tag == w("p")
            and next(sect_pr.iterancestors(w("txbxContent")), None) is None
        ):
            found.append(_section(sect_pr))
    return tuple(found)


def ends_section(paragraph: etree._Element) -> bool:
    ppr = paragraph.find(_PPR)
    return ppr is not None and ppr.find(_SECT_PR) is not None


@dataclass(slots=True)
class Pager:
    """The current page while the body is walked, and the line numbers used on each page."""

    sections: tuple[_Section, ...] = ()
    flowing: bool = False  # walking the body's flow (not a header, footer or text box)
    page: int = 1
    fresh: bool = True  # nothing printed since the page began
    section: int = 0
    numbers: Counter[int] = field(default_factory=Counter)
    starts: list[int] = field(default_factory=lambda: [1])  # each section's first page
    ends: list[int] = field(default_factory=list)  # and last page

    def begin(self, body: etree._Element) -> None:
        self.sections, self.flowing = body_sections(body), True

    def finish(self) -> None:
        self.ends.append(self.page)
        self.flowing = False

    def printed(self) -> None:
        if self.flowing:
            self.fresh = False

    def rendered_break(self) -> None:
        """Word's last layout began a new page here."""
        if not self.flowing or self.fresh:
            return
        if self.section < len(self.sections) and self.sections[self.section].columns > 1:
            return  # may be the end of a column
        self._next()

    def page_break(self) -> None:
        """`w:br w:type="page"`: always a new page, even a blank one after another break."""
        if self.flowing:
            self._next()

    def page_break_before(self) -> None:
        """A paragraph that starts a page: a new page unless it is already at the top of one."""
        if self.flowing and not self.fresh:
            self._next()

    def end_section(self) -> None:
        """After the paragraph that ends a section: the next one may start on a new page."""
        if not self.flowing:
            return
        self.ends.append(self.page)
        self.section += 1
        start = self.sections[self.section].start if self.section < len(self.sections) else ""
        if start in _NEW_PAGE_STARTS:  # not continuous, nextColumn
            self.page_break_before()
            parity = _NEW_PAGE_STARTS[start]
            if parity is not None and self.page % 2 != parity:
                self.page += 1  # Word leaves a blank page to start on an odd (even) one
        self.starts.append(self.page)

    def _next(self) -> None:
        self.page += 1
        self.fresh = True

    def number(self, page: int) -> int:
        """The next line number on `page`: numbers start from 1 on every page, as in a PDF."""
        self.numbers[page] += 1
        return self.numbers[page]


def first_pages(pager: Pager, even_and_odd: bool) -> dict[tuple[str, str], int]:
    """The first page each header and footer, by (header | footer, relationship id), prints on.

    A section without a header of some type (first, default, even) uses the one the
    section before it used. Headers that print nowhere (a "first" one without
    "different first page") are left out.
    """
    found: dict[tuple[str, str], int] = {}
    current: dict[tuple[str, str], str] = {}  # (header | footer, type) -> id
    for section, start, end in zip(pager.sections, pager.starts, pager.ends, strict=False):
        for part, kind, rel_id in section.references:
            current[(part, kind)] = rel_id
        for page in range(start, end + 1):
            if section.title_page and page == start:
                kind = "first"
            else:
                kind = "even" if even_and_odd and page % 2 == 0 else "default"
            for part in ("header", "footer"):
                rel_id = current.get((part, kind))
                if rel_id is not None:
                    found.setdefault((part, rel_id), page)
    return found
