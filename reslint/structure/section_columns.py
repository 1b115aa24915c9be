"""Sections on pages of two columns: the lines that open a page, or that close a section
begun in the other column of that page, go on with the section running in their own
column."""

from __future__ import annotations

from dataclasses import replace

from reslint.model import Line, Section

# The share of a line run's width inside a column that puts it in that column.
_IN_COLUMN = 0.8
_SIDE_BY_SIDE = 2.0  # points two columns may touch by


def _extent(lines: list[Line]) -> tuple[float, float] | None:
    boxes = [line.box for line in lines if line.box is not None]
    if not boxes:
        return None
    return min(box.x0 for box in boxes), max(box.x1 for box in boxes)


def _share(run: tuple[float, float], column: tuple[float, float]) -> float:
    """How much of `run`'s width lies inside `column`."""
    width = run[1] - run[0]
    inside = min(run[1], column[1]) - max(run[0], column[0])
    return max(inside, 0.0) / width if width > 0 else 0.0


def _apart(run: tuple[float, float], column: tuple[float, float]) -> bool:
    """Whether two extents stand side by side, neither reaching into the other."""
    return run[0] >= column[1] - _SIDE_BY_SIDE or run[1] <= column[0] + _SIDE_BY_SIDE


def _page_lines(section: Section, page: int) -> list[Line]:
    lines = [line for line in section.lines if line.page == page]
    if section.heading is not None and section.heading.page == page:
        lines.append(section.heading)
    return lines


def carry_columns(sections: list[Section]) -> list[Section]:
    """A page of two columns is read a column at a time, so the lines that open the next page
    (before its first heading) land in the section that ended the right column. When they
    stand in the other column, they go on with the section that was running at the foot of
    that column: Experience continued on page 2 under a sidebar's Publications."""
    for index, section in enumerate(sections):
        pages = sorted({line.page for line in section.lines})
        if len(pages) < 2:
            continue
        first_page = pages[0]
        carried = [line for line in section.lines if line.page != first_page]
        if section.heading is None or section.heading.page != first_page:
            continue
        carry = _extent(carried)
        own = _extent(_page_lines(section, first_page))
        if carry is None or own is None or not _apart(carry, own):
            continue
        for earlier in range(index - 1, -1, -1):
            extent = _extent(_page_lines(sections[earlier], first_page))
            if extent is not None and _share(carry, extent) >= _IN_COLUMN:
                target = sections[earlier]
                sections[earlier] = replace(target, lines=target.lines + tuple(carried))
                kept = tuple(line for line in section.lines if line.page == first_page)
                sections[index] = replace(section, lines=kept)
                break
    return _carry_tails(sections)


def _carry_tails(sections: list[Section]) -> list[Section]:
    """A sidebar read first on page 2 (`Languages`, `Hobbies`) and the main column after
    it: the main column's lines, which go on with Experience from page 1, land at the end of
    the sidebar's last section. A run of lines closing a section's page, in another column
    than its heading and its first line, goes on with the section that was running in that
    column on the page before."""
    for index, section in enumerate(sections):
        heading = section.heading
        if heading is None or heading.page < 2:
            continue
        page = [line for line in section.lines if line.page == heading.page]
        own = _extent([heading, *page[:1]])
        if own is None or len(page) < 2:
            continue
        start = len(page)
        while start > 1 and (run := _extent(page[start - 1 : start])) and _apart(run, own):
            start -= 1
        tail = page[start:]
        carry = _extent(tail)
        if not tail or carry is None:
            continue
        for earlier in range(index - 1, -1, -1):
            extent = _extent(_page_lines(sections[earlier], heading.page - 1))
            if extent is None:
                continue
            if _share(carry, extent) >= _IN_COLUMN and _apart(extent, own):
                target = sections[earlier]
                sections[earlier] = replace(target, lines=target.lines + tuple(tail))
                moved = {id(line) for line in tail}
                kept = tuple(line for line in section.lines if id(line) not in moved)
                sections[index] = replace(section, lines=kept)
                break
    return sections
