"""Kind `date-format`: dates written one way here and another there (`Jan 2020`, `01/2020`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.timeline import education_spans, position_spans
from reslint.lexicon.date_checks import compatible_styles
from reslint.lexicon.dates import find_dates
from reslint.model import DateValue, Document, Line

OPTIONS = {
    "message": Option(
        "str",
        "'{date}' is written {style}; the other dates are {usual} (e.g. '{example}')",
        "The message; {date}, {style}, {usual} and {example} describe the odd one out.",
    ),
    "sections": Option(
        "strings",
        ["experience", "education", "research", "leadership", "volunteer"],
        "Section kinds whose non-bullet date lines vote for the resume's usual style too, "
        "beside the parsed entries: an entry the structure missed still writes its dates "
        "the resume's way.",
    ),
}

# A number a column gap away from a month name is the end of the text before it ("Grade 2
# | July 2018"), not the day of the month.
_SPACED_DAY_RE = re.compile(r"^\d{1,2}\s{2,}")


def _styles(value: DateValue) -> frozenset[str] | None:
    if _SPACED_DAY_RE.match(value.raw):
        return None
    return compatible_styles(value)


def _values(start: DateValue | None, end: DateValue | None) -> tuple[DateValue, ...]:
    if start is None:
        return (end,) if end is not None else ()
    return (start,) if end is None or end is start else (start, end)


def _dates(
    doc: Document, sections: set[str]
) -> tuple[list[tuple[DateValue, Line | None, frozenset[str]]], list[tuple[str, frozenset[str]]]]:
    """The entries' dates, which may be reported, and the styles of every date line of the
    dated sections, which only vote."""
    found = []
    seen: set[int] = set()
    for span in (*position_spans(doc), *education_spans(doc)):
        seen.add(id(span.line))
        for value in _values(span.start, span.end):
            styles = _styles(value)
            if styles:
                found.append((value, span.line, styles))
    voters = [(value.raw, styles) for value, _, styles in found]
    for section in doc.sections:
        if section.kind not in sections:
            continue
        for line in section.lines:
            if line.bullet or id(line) in seen:
                continue
            for match in find_dates(line.text):
                for value in _values(match.range.start, match.range.end):
                    if (styles := _styles(value)) is not None:
                        voters.append((value.raw, styles))
    return found, voters


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    dates, voters = _dates(doc, set(options["sections"]))
    votes: Counter[str] = Counter()
    order: dict[str, int] = {}
    for index, (_, styles) in enumerate(voters):
        for style in styles:
            votes[style] += 1
            order.setdefault(style, index)
    if not votes:
        return
    # The style most dates fit; on a tie, the one the resume used first.
    usual = max(votes, key=lambda style: (votes[style], -order[style]))
    example = next(raw for raw, styles in voters if usual in styles)
    reported: set[int] = set()
    for value, line, styles in dates:
        if usual in styles or id(line) in reported:
            continue
        reported.add(id(line))
        message = options["message"].format(
            date=value.raw, style=value.style, usual=usual, example=example
        )
        yield Hit(message, line, value.raw)
