"""Dates that cannot be right: unreadable, ending before they start, or in the future."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.base import Context, Hit, Option
from reslint.kinds.timeline import Span, education_spans, position_spans
from reslint.model import Document, Line
from reslint.structure.dates import unreadable_dates

OPTIONS = {
    "sections": Option(
        "strings",
        ["experience", "education", "research", "leadership", "volunteer"],
        "Section kinds whose non-bullet lines are searched for dates that cannot be read.",
    ),
    "allow_expected_graduation": Option(
        "bool", True, "Accept a future end date on an education entry (expected graduation)."
    ),
}


def _unreadable(doc: Document, sections: set[str]) -> Iterator[Hit]:
    for section in doc.sections:
        if section.kind not in sections:
            continue
        for line in section.lines:
            if line.bullet:
                continue
            for item in unreadable_dates(line.text):
                yield Hit(f"date cannot be read: {item.reason}", line, item.text)


def _impossible(span: Span, today: int, allow_expected: bool) -> Iterator[str]:
    finished = span.end is not span.start and not span.current
    if finished and span.end.latest(today) < span.start.earliest(today):
        yield f"'{span.label}' ends ({span.end.raw}) before it starts ({span.start.raw})"
    if span.start.earliest(today) > today:
        yield f"'{span.label}' starts in the future ({span.start.raw})"
    elif finished and span.end.earliest(today) > today and (span.is_position or not allow_expected):
        yield f"'{span.label}' ends in the future ({span.end.raw}); a current role ends 'Present'"


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    seen: set[tuple[int, str]] = set()

    def once(hit: Hit, line: Line | None) -> Iterator[Hit]:
        key = (id(line), hit.message)
        if key not in seen:
            seen.add(key)
            yield hit

    for hit in _unreadable(doc, set(options["sections"])):
        yield from once(hit, hit.line)
    for span in (*position_spans(doc), *education_spans(doc)):
        for message in _impossible(span, ctx.today_index, options["allow_expected_graduation"]):
            yield from once(Hit(message, span.line, span.text()), span.line)
