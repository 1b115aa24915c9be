"""Kind `date-format`: dates written one way here and another there (`Jan 2020`, `01/2020`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.timeline import education_spans, position_spans
from reslint.lexicon.date_checks import compatible_styles
from reslint.model import DateValue, Document, Line

OPTIONS = {
    "message": Option(
        "str",
        "'{date}' is written {style}; the other dates are {usual} (e.g. '{example}')",
        "The message; {date}, {style}, {usual} and {example} describe the odd one out.",
    ),
}


def _dates(doc: Document) -> list[tuple[DateValue, Line | None, frozenset[str]]]:
    found = []
    for span in (*position_spans(doc), *education_spans(doc)):
        values = (span.start,) if span.end is span.start else (span.start, span.end)
        for value in values:
            styles = compatible_styles(value)
            if styles:
                found.append((value, span.line, styles))
    return found


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    dates = _dates(doc)
    votes: Counter[str] = Counter()
    order: dict[str, int] = {}
    for index, (_, _, styles) in enumerate(dates):
        for style in styles:
            votes[style] += 1
            order.setdefault(style, index)
    if not votes:
        return
    # The style most dates fit; on a tie, the one the resume used first.
    usual = max(votes, key=lambda style: (votes[style], -order[style]))
    example = next(value.raw for value, _, styles in dates if usual in styles)
    reported: set[int] = set()
    for value, line, styles in dates:
        if usual in styles or id(line) in reported:
            continue
        reported.add(id(line))
        message = options["message"].format(
            date=value.raw, style=value.style, usual=usual, example=example
        )
        yield Hit(message, line, value.raw)
