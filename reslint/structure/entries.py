"""A section's lines split into entries: header blocks and the body under each.

It owns the reading of entry layout that positions (structure.positions) and education
(structure.education) share. A section's lines are first classified: bullets (with the
wrapped lines that continue them), prose (descriptions written as sentences), link lines,
and short header lines. Consecutive header lines form an entry's header block; the bullets
and prose after it are its body. A header block with several date ranges holds several
entries (roles without bullets, one-line education entries). Dates come from the header, or
from a date printed at the right of the first bullets (themes that put a date column beside
the body). `header_pieces` cuts a header block into the pieces that name company, title,
school or degree. What a line item is and how one line runs on into the next (wraps, broken
ranges, date columns) is structure.entry_lines'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from reslint.lexicon.dates import find_dates
from reslint.lexicon.entry_words import (
    company_score,
    is_detail_label,
    is_page_number,
    updated_prefix,
)
from reslint.lexicon.pieces import (
    ICON_GLYPH,
    WORD_LABEL_RE,
    Dated,
    comma_pieces,
    cut_dates,
    is_duration,
    is_location,
    is_status,
    is_url,
    sentence_pieces,
    strong_pieces,
    two_parts,
)
from reslint.model import Line, Region
from reslint.structure.broken_ranges import join_dangling_ranges
from reslint.structure.entry_counters import uncounted
from reslint.structure.entry_lines import (
    BULLET,
    HEADER,
    LINK,
    OPEN_END,
    PROSE,
    PROSE_END,
    Entry,
    Item,
    at_body_edge,
    continues_header,
    date_column_edges,
    dated_first,
    dated_in_text_column,
    detach_side_date,
    hangs_as_title,
    in_text_column,
    indented_body_edge,
    is_continuation,
    join_header,
    role_sized,
    wraps_at_edge,
)
from reslint.structure.header_blocks import split_block
from reslint.structure.prose_lines import (
    is_prose,
    lower_start,
    opens_wrapped_sentence,
    wrapped_sentence,
)

__all__ = ["BULLET", "HEADER", "LINK", "PROSE", "Entry", "Item", "classify", "split_entries"]

_ICON_BULLET_RE = re.compile(rf"^(?:{ICON_GLYPH})\s")
_ICON_RE = re.compile(ICON_GLYPH)


def _has_anchor(dated: Dated, text: str) -> bool:
    """A date makes a header line unless it sits inside a sentence."""
    if dated.dates is None:
        return False
    return (
        dated.placeholder
        or dated.dates.end is not None
        or dated.at_edge
        or len(dated.rest.split()) <= 8
        or len(text.split()) <= 10
    )


def _icon_header(line: Line) -> Item | None:
    """A line led by an icon that holds a date range or a place is an entry's metadata
    (AltaCV's calendar and pin glyphs), not a bullet: `(cid:17) July 2013 – Ongoing
    (cid:189) Oxford, UK`."""
    if line.bullet or not _ICON_BULLET_RE.match(line.text):
        return None
    bare = _ICON_RE.sub("   ", line.text).strip()
    dated = cut_dates(replace(line, text=bare))
    starts_with_date = dated.dates is not None and bare.startswith(dated.dates.raw)
    if starts_with_date or is_location(bare):
        rest = dated.rest if dated.dates is not None else bare
        return Item(line, HEADER, dates=dated.dates, rest=rest)
    return None


_MAX_RUNNING_WORDS = 8


def _running(line: Line) -> bool:
    """A running header or footer the reader left in the text flow (`Jane Doe – Page 2 of
    3`, `Last updated: March 2026`): it names no entry and its date is none's."""
    text = line.text.strip()
    if sum(any(ch.isalnum() for ch in word) for word in text.split()) > _MAX_RUNNING_WORDS:
        return False
    if any(is_page_number(piece) for piece in strong_pieces(text)):
        return True
    prefix = updated_prefix(text)
    if not prefix:
        return False
    rest = text[prefix:].strip()
    dates = find_dates(rest)
    return bool(dates) and dates[0].start == 0 and not rest[dates[0].end :].strip(" .")


def classify(lines: tuple[Line, ...]) -> list[Item]:
    items: list[Item] = []
    body = uncounted(tuple(line for line in lines if line.region in (Region.BODY, Region.SIDEBAR)))
    body_edge = indented_body_edge(body)
    column_edges = date_column_edges(body)
    for line in join_dangling_ranges(body):
        previous = items[-1] if items else None
        if _running(line) or not any(ch.isalnum() for ch in _ICON_RE.sub("", line.text)):
            continue  # an icon or a rule on a line of its own names nothing
        icon_header = _icon_header(line)
        if icon_header is not None:
            items.append(icon_header)
            continue
        if line.bullet or _ICON_BULLET_RE.match(line.text):
            item = Item(line, BULLET)
            detach_side_date(item)
            items.append(item)
            continue
        if is_continuation(line, previous):
            assert previous is not None
            part = Item(line, BULLET)
            detach_side_date(part)
            if previous.side_dates is None:
                previous.side_dates = part.side_dates
            previous.parts = (previous.parts or [previous.line]) + [part.line]
            continue
        if at_body_edge(line, body_edge):
            _add_unmarked_bullet(items, line, previous)
            continue
        text = line.text.strip()
        if is_url(text) or is_url(text.split(maxsplit=1)[-1]):
            items.append(Item(line, LINK))
            continue
        if previous is not None and (
            continues_header(line, previous) or wraps_at_edge(previous, line, body)
        ):
            join_header(previous, line)
            if previous.dates is None and wrapped_sentence(previous):
                previous.kind = PROSE  # a description's first sentence, wrapped
            continue
        dated = cut_dates(line)
        if is_detail_label(text):
            # `Address: …`, `Final grade 8.1` under a Europass entry's header: its details.
            items.append(Item(line, PROSE))
            continue
        if dated_in_text_column(line, dated, column_edges) or (
            # The lines under such a project go on with it, up to the next dated line.
            in_text_column(line, column_edges)
            and dated.dates is None
            and previous is not None
            and previous.kind in (PROSE, BULLET)
        ):
            items.append(Item(line, PROSE))
            continue
        if _has_anchor(dated, text):
            items.append(Item(line, HEADER, dates=dated.dates, rest=dated.rest))
            continue
        if is_prose(line, previous) and not hangs_as_title(line, previous):
            if (
                previous is not None
                and lower_start(text)
                and opens_wrapped_sentence(previous, line, body)
            ):
                previous.kind = PROSE
            item = Item(line, PROSE)
            detach_side_date(item)
            items.append(item)
            continue
        # A header line: a date it holds is the entry's, even amid other parts.
        items.append(
            Item(line, HEADER, dates=dated.dates, rest=dated.rest if dated.dates else text)
        )
    return items


def _add_unmarked_bullet(items: list[Item], line: Line, previous: Item | None) -> None:
    """A line at the body's indent in a section whose bullets carry no glyph: a bullet, or
    the wrap of the one above when it goes on with it (a lower-case start, an open end)."""
    if previous is not None and previous.kind == BULLET:
        last = (previous.parts or [previous.line])[-1].text.rstrip()
        if lower_start(line.text.strip()) or last.endswith(OPEN_END):
            previous.parts = (previous.parts or [previous.line]) + [line]
            return
    item = Item(line, BULLET)
    detach_side_date(item)
    items.append(item)


def split_entries(
    lines: tuple[Line, ...],
    heads: Callable[[str, str | None], bool] | None = None,
    studies: bool = False,
) -> list[Entry]:
    """The section's entries. `heads` names the bullets that belong to an entry's header
    (education's degree written as a bullet beside the school line, above or under it): it
    is given the bullet's text and the next line's when that line is a header line; a bullet
    it names heads an entry when no body has begun under the one it is in, or when a header
    line follows it. When the section opens with such a bullet, each one starts an entry:
    the layout prints the degree above its school. With `studies` (an education section's
    lines), header lines set in one style but for an honour or a date go on with each other
    (`_after_other_lines`)."""
    entries: list[Entry] = []
    current: Entry | None = None
    items = classify(lines)
    heads_first = False
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        after = following.rest if following is not None and following.kind == HEADER else None
        promoted = (
            item.kind == BULLET
            and heads is not None
            and (not (current and current.body) or after is not None)
            and heads(item.text, after)
        )
        heads_first = heads_first or (promoted and current is None)
        if item.kind == BULLET and (promoted or _opens_entry(item, current)):
            dated = cut_dates(_unmarked(item.line))
            item.kind, item.dates, item.rest = HEADER, dated.dates, dated.rest
        if item.kind == HEADER:
            if current is None or current.body or (promoted and heads_first):
                current = Entry([item])
                entries.append(current)
            else:
                current.header.append(item)
        elif item.kind == LINK:
            if current is not None and not current.body:
                current.header.append(item)
        elif current is not None:
            current.body.append(item)
    return [_demote_body(part) for entry in entries for part in split_block(entry, studies)]


def _bulleted(line: Line) -> bool:
    """A bullet the reader marked, or one drawn in an icon font (`(cid:136) Engineer – Acme`)."""
    return line.bullet or bool(_ICON_BULLET_RE.match(line.text))


def _unmarked(line: Line) -> Line:
    """`line` without the icon glyph that is its bullet."""
    if line.bullet or not _ICON_BULLET_RE.match(line.text):
        return line
    return replace(line, text=_ICON_BULLET_RE.sub("", line.text, count=1))


def _opens_entry(item: Item, current: Entry | None) -> bool:
    """A section written as bullets that start with dates (`• 2017 – 2019: Teacher at
    Acme`): each such bullet heads an entry, unless a header line opened the one it is in."""
    if current is not None and not all(_bulleted(h.line) for h in current.header):
        return False
    line = _unmarked(item.line)
    dated = cut_dates(line)
    text = line.text.strip(" •·-–*\t")
    if dated.dates is None:
        return False
    # Once a bullet has opened an entry so, the section prints its entries so: a longer
    # one (a title, an employer, its unit and place) opens one too.
    limit = _MAX_DATED_BULLET_WORDS * (1 if current is None else 2)
    return text.startswith(dated.dates.raw) or _ends_with_range(text, dated, limit)


# At most this many words before a bullet's closing range: a company and a title, not a
# sentence about work done then.
_MAX_DATED_BULLET_WORDS = 9


def _ends_with_range(text: str, dated: Dated, limit: int = _MAX_DATED_BULLET_WORDS) -> bool:
    """`• Acme Games - Game Programmer (March 2022 - June 2024).`: a bullet that names two
    things and closes on a full range heads an entry, as a bullet led by its dates does."""
    dates = dated.dates
    if dates is None or dates.start is None or dates.end is None or not dates.raw:
        return False
    head, _, tail = text.rpartition(dates.raw)
    if tail.strip(" ().;,") or not head.strip():
        return False
    head = head.strip(" (,;")
    words = head.split()
    if len(words) > limit or head.endswith(PROSE_END):
        return False
    # Two parts (company and title): a sentence with a date in brackets has one.
    return two_parts(head)


def _beside_date_column(first: Item, line: Item) -> bool:
    """`12/2014 – 3/2015 Acme GmbH` over an indented `Programmer`: in a date column the
    lines of an entry start right of the dates, so one short line is its title, not its
    body."""
    text = line.rest.strip()
    return dated_first(first) and role_sized(text)


def _demote_body(entry: Entry) -> Entry:
    """Bullets drawn as shapes carry no glyph: short lines at the end of a header, indented
    and in a font no header line above them uses, are the body. In a date column a line
    under the dated one that names a company (`Nordwind Systeme GmbH` under `03/2021 –
    heute   Cloud Engineer`) starts the text column, not the body, however many lines
    follow it; the body under it starts at a labelled line (`Tätigkeiten: …`)."""
    first = entry.header[0].line
    if first.box is None:
        return entry
    named = False
    for index in range(1, len(entry.header)):
        tail = entry.header[index:]
        labelled = named and bool(WORD_LABEL_RE.match(tail[0].rest.strip()))
        if (
            not labelled
            and len(tail) <= 2
            and all(_beside_date_column(entry.header[0], item) for item in tail)
        ):
            continue
        if index == 1 and _beside_date_column(entry.header[0], tail[0]):
            named = company_score(tail[0].rest) > 0
            if named:
                continue
        above = {item.line.font_name for item in entry.header[:index]}
        if labelled or all(
            item.kind == LINK
            or (
                item.dates is None
                and not item.line.bold
                and item.line.box is not None
                and item.line.box.x0 > first.box.x0 + 4
                and item.line.font_name not in above
            )
            for item in tail
        ):
            for item in tail:
                item.kind = BULLET if item.kind == HEADER else item.kind
            entry.body = tail + entry.body
            entry.header = entry.header[:index]
            break
    return entry


# -- header pieces -----------------------------------------------------------------


def header_pieces(entry: Entry, split_commas: bool) -> list[tuple[str, Line]]:
    pieces: list[tuple[str, Line]] = []
    for item in entry.header:
        if item.kind == LINK:
            continue
        for strong in (p for piece in strong_pieces(item.rest) for p in sentence_pieces(piece)):
            if is_location(strong) or is_url(strong) or is_duration(strong) or is_status(strong):
                continue
            parts = comma_pieces(strong) if split_commas else [strong]
            parts = [_drop_bracketed_place(part) for part in parts]
            pieces.extend((part, item.line) for part in parts if part and not is_location(part))
    return pieces


def _drop_bracketed_place(text: str) -> str:
    """`Initrode (Remote)`: a place in brackets is not part of the name."""
    match = re.search(r"\s*\(([^)]*)\)?\s*$", text)
    if match and is_location(match.group(1)):
        return text[: match.start()].strip()
    return text
