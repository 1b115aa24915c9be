"""A summary without a heading: the paragraph about the person between the name and the
first section, where the headline search stops."""

from __future__ import annotations

from collections.abc import Sequence

from reslint.model import Field, Line, Section
from reslint.structure.headline import has_contact, is_prose


def opening_summary(
    top: Sequence[Line], name: Field | None, sections: Sequence[Section] = ()
) -> tuple[Field, ...]:
    """A paragraph about the person between the name and the first section: a summary
    without a heading of its own (the headline search stops at it).

    When a sidebar is read before the main column, the name and its contact block come
    after the sidebar's sections: the paragraph is then looked for after the name, up to
    the next heading, as it would be at the top of the page.
    """
    start = next((i + 1 for i, line in enumerate(top) if name and line is name.line), 0)
    rest = list(top[start:])
    if name is not None and name.line is not None and not start:
        below = next((s.lines for s in sections if any(ln is name.line for ln in s.lines)), ())
        after = next((i + 1 for i, line in enumerate(below) if line is name.line), None)
        if after is not None:
            rest = list(below[after:])
    for index, line in enumerate(rest):
        following = rest[index + 1] if index + 1 < len(rest) else None
        text = " ".join(line.text.split())
        if text and not has_contact(text) and is_prose(text, following, line):
            paragraph: list[Field] = []
            for part in rest[index:]:
                if not part.text.strip() or has_contact(part.text):
                    break
                paragraph.append(Field(part.text.strip(), part))
            return tuple(paragraph)
    return ()
