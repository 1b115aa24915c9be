"""Kind `date-invalid`: dates that are unreadable, end before they start, or lie in the future."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.timeline import Span, education_spans, position_spans
from reslint.lexicon.date_checks import unreadable_dates
from reslint.model import Document

OPTIONS = {
    "sections": Option(
        "strings",
        ["experience", "education", "research", "leadership", "volunteer"],
        "Section kinds whose non-bullet lines are searched for dates that cannot be read.",
    ),
    "allow_expected_graduation": Option(
        "bool",
        True,
        "Accept future dates on an education entry (a place accepted, an expected graduation).",
    ),
    "expected_words": Option(
        "strings",
        [],
        "Words that mark a date on its line as planned (`Spring 2027 (expected)`): such a "
        "future date is not reported.",
    ),
}


def _marked_expected(span: Span, words: list[str]) -> bool:
    if span.line is None or not words:
        return False
    text = span.line.text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", text) for word in words)


def _unreadable(doc: Document, sections: set[str]) -> Iterator[Hit]:
    for section in doc.sections:
        if section.kind not in sections:
            continue
        for line in section.lines:
            if line.bullet:
                continue
            for item in unreadable_dates(line.text):
                yield Hit(f"date cannot be read: {item.reason}", line, item.text)


def _impossible(span: Span, today: int, future_ok: bool) -> Iterator[str]:
    finished = span.end is not span.start and not span.current
    if span.backwards(today):
        yield f"'{span.label}' ends ({span.end.raw}) before it starts ({span.start.raw})"
    if future_ok:
        return  # a school place already accepted, a graduation still to come, a planned date
    if span.start.earliest(today) > today:
        yield f"'{span.label}' starts in the future ({span.start.raw})"
    elif finished and span.end.earliest(today) > today:
        yield f"'{span.label}' ends in the future ({span.end.raw}); write 'Present' if ongoing"


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    seen: set[tuple[int, str]] = set()
    hits = [*_unreadable(doc, set(options["sections"]))]
    for span in (*position_spans(doc), *education_spans(doc)):
        future_ok = (
            not span.is_position and options["allow_expected_graduation"]
        ) or _marked_expected(span, options["expected_words"])
        for message in _impossible(span, ctx.today_index, future_ok):
            hits.append(Hit(message, span.line, span.text()))
    for hit in hits:
        key = (id(hit.line), hit.message)
        if key not in seen:
            seen.add(key)
            yield hit
