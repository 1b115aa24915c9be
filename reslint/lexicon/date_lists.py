"""A list of years read as one range: `Somrarna 2016, 2017, 2020 och 2021` (the summers of
those years) is work from 2016 to 2021, as `2016 – 2021` would be. The word before the last
year is each language's `list_joins` in date_words.toml."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from reslint.lexicon.date_vocabulary import LIST_JOINS, alternatives
from reslint.model import DateRange

_COMMA_RE = re.compile(r"\s*,\s*")
_LAST_RE = re.compile(rf"\s*,?\s+(?:{alternatives(LIST_JOINS)})\s+", re.IGNORECASE)


class _Found(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def range(self) -> DateRange: ...


Found = TypeVar("Found", bound=_Found)


def _bare_year(match: _Found) -> bool:
    """A year alone, or a season's (`Sommaren 2022, 2023 och 2024`: the summers)."""
    value = match.range.start
    return (
        match.range.end is None
        and value is not None
        and value.year is not None
        and (not value.month or value.style.startswith("Season"))
        and not value.present
    )


def joined_year_lists(text: str, found: list[Found]) -> list[Found]:
    """`found` with each list of bare years, in order and closed by a joining word, read as
    the range from its first year to its last."""
    joined: list[Found] = []
    index = 0
    while index < len(found):
        last = index
        while (
            last + 1 < len(found)
            and _bare_year(found[last])
            and _bare_year(found[last + 1])
            and _COMMA_RE.fullmatch(text[found[last].end : found[last + 1].start])
        ):
            last += 1
        closing = last + 1 < len(found) and _bare_year(found[last]) and _bare_year(found[last + 1])
        if closing and _LAST_RE.fullmatch(text[found[last].end : found[last + 1].start]):
            last += 1
        else:
            last = index  # a list ends with its joining word, or it is no list
        years = [found[i].range.start.year or 0 for i in range(index, last + 1)]
        if last > index and years == sorted(years):
            first, final = found[index], found[last]
            dates = DateRange(
                first.range.start,
                final.range.start,
                text[first.start : final.end],
                first.range.line,
            )
            joined.append(replace(first, end=final.end, range=dates))  # type: ignore[type-var]
        else:
            joined.extend(found[index : last + 1])
        index = last + 1
    return joined
