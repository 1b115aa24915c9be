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


def _column_tail(section: Section) -> int | None:
    """Where the lines of a section that started on a later page leave its heading's column
    for the other one and stay there to its end (a sidebar's `HOBBIES` read before the main
    column's rest of the experience on page 2): the index of the first such line."""
    heading = section.heading
    if heading is None or heading.box is None:
        return None
    own = _extent([heading, *(line for line in section.lines[:1] if line.page == heading.page)])
    if own is None:
        return None
    for index, line in enumerate(section.lines):
        tail = section.lines[index:]
        if line.page != heading.page or line.box is None:
            continue
        if all(
            candidate.page == heading.page
            and candidate.box is not None
            and _apart((candidate.box.x0, candidate.box.x1), own)
            for candidate in tail
        ):
            return index if index else None
    return None


# A column's lines start at most this far right of its heading.
_UNDER_HEADING = 24.0


def _heading_above(earlier: list[Section], tail: list[Line], page: int) -> int | None:
    """The section whose heading stands over `tail` in its column on the same page, left
    with no lines of its own (`Experience` over the main column, read before a sidebar
    whose last section then took the main column's lines): the nearest such heading above
    the tail's first line."""
    first = tail[0].box
    carry = _extent(tail)
    if first is None or carry is None:
        return None
    found: int | None = None
    for index, section in enumerate(earlier):
        heading = section.heading
        if heading is None or heading.box is None or heading.page != page:
            continue
        if any(line.page == page for line in section.lines):
            continue
        box = heading.box
        over = box.x0 - _SIDE_BY_SIDE <= carry[0] <= box.x0 + _UNDER_HEADING
        if over and box.bottom <= first.top + _SIDE_BY_SIDE:
            found = index
    return found


def _carry_tails(sections: list[Section]) -> list[Section]:
    """A section in one column whose last lines stand in the other: those lines go on with
    the section whose heading stands over them on that page, left empty when the page was
    read a column at a time, or else the section that was running in that column on the
    page before."""
    for index, section in enumerate(sections):
        cut = _column_tail(section)
        if cut is None or section.heading is None:
            continue
        tail = list(section.lines[cut:])
        carry = _extent(tail)
        page = section.heading.page
        beside = _heading_above(sections[:index], tail, page)
        if beside is not None:
            target = sections[beside]
            sections[beside] = replace(target, lines=target.lines + tuple(tail))
            sections[index] = replace(section, lines=section.lines[:cut])
            continue
        for earlier in range(index - 1, -1, -1):
            extent = _extent([line for line in sections[earlier].lines if line.page == page - 1])
            if carry is not None and extent is not None and _share(carry, extent) >= _IN_COLUMN:
                target = sections[earlier]
                sections[earlier] = replace(target, lines=target.lines + tuple(tail))
                sections[index] = replace(section, lines=section.lines[:cut])
                break
    return sections


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
