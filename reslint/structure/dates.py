"""Dates as resumes print them: `Jan 2020`, `01/2020`, `Summer 2021`, `2019 to Present`.

`find_dates` scans a line for date ranges and single dates and returns them
with their character spans, so callers can cut them out of a header line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslint.model import DateRange, DateValue, Line

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("january", "jan", "enero", "ene", "janvier", "janv", "januar", "jän"),
        ("february", "feb", "febrero", "février", "fevrier", "févr", "fevr", "februar"),
        ("march", "mar", "marzo", "mars", "märz", "marz", "mär"),
        ("april", "apr", "abril", "abr", "avril", "avr"),
        ("may", "mayo", "mai"),
        ("june", "jun", "junio", "juin", "juni"),
        ("july", "jul", "julio", "juillet", "juil", "juli"),
        ("august", "aug", "agosto", "ago", "août", "aout"),
        ("september", "sep", "sept", "septiembre", "septembre", "set"),
        ("october", "oct", "octubre", "octobre", "oktober", "okt"),
        ("november", "nov", "noviembre", "novembre"),
        ("december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dezember", "dez"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

SEASONS = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}
PRESENT_WORDS = ("present", "current", "now", "today", "ongoing", "actual", "aujourd'hui", "heute")

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_SEASON_ALT = "|".join(SEASONS)
_PRESENT_ALT = "|".join(re.escape(w) for w in PRESENT_WORDS)
_YEAR = r"(?:19|20)\d{2}"

_DATE = (
    rf"(?:(?P<mname>{_MONTH_ALT})\.?,?\s*(?P<myear>{_YEAR}|'\d{{2}})"
    rf"|(?P<season>{_SEASON_ALT}),?\s+(?P<syear>{_YEAR})"
    rf"|(?P<nmonth>0?[1-9]|1[0-2])\s*[/.]\s*(?P<nyear>{_YEAR})"
    rf"|(?P<iyear>{_YEAR})[-/.](?P<imonth>0[1-9]|1[0-2])(?![\d])"
    rf"|(?P<year>{_YEAR})"
    rf"|(?P<present>{_PRESENT_ALT}))"
)
_DATE_RE = re.compile(rf"(?<![\w/.]){_DATE}(?![\w/])", re.IGNORECASE)
_SEPARATOR_RE = re.compile(
    r"\s*(?:[-‐‑‒–—―~→]+|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\ba\b|\bbis\b|\bau\b)\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date range (or single date) found in a line, with its character span."""

    start: int
    end: int
    range: DateRange


def _value(match: re.Match[str]) -> DateValue:
    raw = match.group(0)
    if match.group("mname"):
        name = match.group("mname").lower()
        year_text = match.group("myear")
        year = int(year_text) if not year_text.startswith("'") else 2000 + int(year_text[1:])
        style = "Month YYYY" if len(name) > 4 and name not in ("sept",) else "Mon YYYY"
        if "." in raw:
            style = "Mon. YYYY"
        if year_text.startswith("'"):
            style = "Mon 'YY"
        return DateValue(year, MONTHS[name], raw=raw, style=style)
    if match.group("season"):
        season = match.group("season").lower()
        return DateValue(int(match.group("syear")), SEASONS[season], raw=raw, style="Season YYYY")
    if match.group("nmonth"):
        sep = "/" if "/" in raw else "."
        return DateValue(
            int(match.group("nyear")), int(match.group("nmonth")), raw=raw, style=f"MM{sep}YYYY"
        )
    if match.group("iyear"):
        return DateValue(
            int(match.group("iyear")), int(match.group("imonth")), raw=raw, style="YYYY-MM"
        )
    if match.group("year"):
        return DateValue(int(match.group("year")), raw=raw, style="YYYY")
    return DateValue(None, present=True, raw=raw, style="present")


def parse_date(text: str) -> DateValue | None:
    """Parse one date written on its own, or return None."""
    text = text.strip().strip("()[],")
    match = _DATE_RE.fullmatch(text)
    return _value(match) if match else None


def find_dates(text: str, line: Line | None = None) -> list[DateMatch]:
    """Find date ranges and single dates in `text`, left to right."""
    found: list[DateMatch] = []
    matches = list(_DATE_RE.finditer(text))
    index = 0
    while index < len(matches):
        first = matches[index]
        start_value = _value(first)
        if index + 1 < len(matches):
            second = matches[index + 1]
            between = text[first.end() : second.start()]
            if _SEPARATOR_RE.fullmatch(between) and not start_value.present:
                end_value = _value(second)
                raw = text[first.start() : second.end()]
                found.append(
                    DateMatch(
                        first.start(), second.end(), DateRange(start_value, end_value, raw, line)
                    )
                )
                index += 2
                continue
        if not start_value.present:
            found.append(
                DateMatch(
                    first.start(), first.end(), DateRange(start_value, None, first.group(0), line)
                )
            )
        index += 1
    return found


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1
