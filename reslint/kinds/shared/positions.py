"""How kinds name a position in messages and tell which section it was printed in."""

from __future__ import annotations

from reslint.lexicon.headings import heading_kind
from reslint.model import Line, Position


def section_kind(position: Position) -> str:
    """The kind of section a position was printed in; untitled ones count as experience."""
    if not position.section.strip():
        return "experience"
    return heading_kind(Line(position.section)) or "other"


def describe(position: Position) -> str:
    """A short name for a position in messages: 'Title at Company', or whichever is known."""
    title = position.title.value if position.title else ""
    company = position.company.value if position.company else ""
    if title and company:
        return f"{title} at {company}"
    return title or company or "position"
