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

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_DATE = (
    rf"(?:(?P<dmname>{_MONTH_ALT})\.?\s+(?P<mday>{_DAY}),?\s+(?P<dmyear>{_YEAR})"
    rf"|(?P<dday>{_DAY})\s+(?P<ddname>{_MONTH_ALT})\.?,?\s+(?P<ddyear>{_YEAR})"
    rf"|(?P<fmonth>0?[1-9]|1[0-2])/(?P<fday>{_DAY})/(?P<fyear>{_YEAR})"
    rf"|(?P<mname>{_MONTH_ALT})\.?,?\s*(?P<myear>{_YEAR}|'\d{{2}})"
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
    # Day-precision dates keep only their month: resumes compare months, not days.
    if match.group("dmname"):
        name = match.group("dmname").lower()
        return DateValue(int(match.group("dmyear")), MONTHS[name], raw=raw, style="Mon D, YYYY")
    if match.group("ddname"):
        name = match.group("ddname").lower()
        return DateValue(int(match.group("ddyear")), MONTHS[name], raw=raw, style="D Mon YYYY")
    if match.group("fmonth"):
        return DateValue(
            int(match.group("fyear")), int(match.group("fmonth")), raw=raw, style="MM/DD/YYYY"
        )
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


# Month names that are as short as their abbreviation, or that house styles (AP) spell out
# in full while abbreviating the others: "May 2020" sits well in a "Jan 2020" resume, and
# "June 2020" or "March 2020" in one that writes "Aug. 2018".
_ANY_NAME_STYLE = frozenset(
    {"may", "june", "july", "juni", "juli", "mai", "mayo", "junio", "julio"}
)
_FULL_OR_DOT = frozenset({"march", "april"})
_FULL_NAMES = frozenset(
    (
        "january february march april may june july august september october november december "
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
        "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre "
        "décembre decembre januar februar märz marz dezember oktober"
    ).split()
)


def compatible_styles(value: DateValue) -> frozenset[str] | None:
    """The month styles `value` is consistent with, or None when it spells no month.

    Year-only dates, seasons and `present` are neutral: many resumes give
    education as years and a summer internship as a season, and neither is
    an inconsistency. A numeric date has exactly its own style; a month name
    may fit several (see above).
    """
    if value.present or value.month is None or value.style in ("YYYY", "Season YYYY", ""):
        return None
    if value.style not in ("Month YYYY", "Mon YYYY", "Mon. YYYY"):
        return frozenset({value.style})
    name = re.match(r"[^\W\d_]+", value.raw)
    word = name.group(0).lower() if name else ""
    if word in _ANY_NAME_STYLE:
        return frozenset({"Month YYYY", "Mon YYYY", "Mon. YYYY"})
    if word in _FULL_OR_DOT:
        return frozenset({"Month YYYY", "Mon. YYYY"})
    if word in _FULL_NAMES:
        return frozenset({"Month YYYY"})
    return frozenset({value.style})


@dataclass(frozen=True, slots=True)
class UnreadableDate:
    """Text that is meant as a date but does not parse: `Jnuary 2020`, `13/2020`, `– Presnt`."""

    start: int
    end: int
    text: str
    reason: str


_FUZZY_TARGETS = tuple(
    name for name in (*MONTHS, *SEASONS, *PRESENT_WORDS) if len(name) >= 4 and "'" not in name
)
_WORD_BEFORE_YEAR_RE = re.compile(rf"(?<![\w])(?P<word>[^\W\d_]{{4,}})\.?,?\s*(?P<year>{_YEAR})\b")
_BAD_MONTH_RE = re.compile(
    rf"(?<![\w/.])(?:(?P<month>\d{{1,2}})\s*/\s*(?P<year>{_YEAR})|(?P<iyear>{_YEAR})-(?P<imonth>\d{{2}}))"
    r"(?![\w/])"
)
_AFTER_SEPARATOR_RE = re.compile(
    r"\s*(?:[-‐‑‒–—―~]+|\bto\b|\buntil\b)\s*(?P<token>[^\W_][\w'.]*(?:\s+[\w'.]+)?)",
    re.IGNORECASE,
)


def _close_to_date_word(word: str) -> str | None:
    """The month, season or `present` word that `word` looks like a misspelling of."""
    from rapidfuzz import fuzz, process

    lowered = word.lower()
    if lowered in MONTHS or lowered in SEASONS or lowered in PRESENT_WORDS:
        return None
    best = process.extractOne(lowered, _FUZZY_TARGETS, scorer=fuzz.ratio, score_cutoff=80)
    return best[0] if best else None


def unreadable_dates(text: str) -> list[UnreadableDate]:
    """Date-like text in `text` that the parser cannot read, with the reason.

    Conservative on purpose: a misspelled month or `present` must sit next to
    a year or a range separator, and a bad number must be shaped like a date.
    """
    found: list[UnreadableDate] = []
    for match in _WORD_BEFORE_YEAR_RE.finditer(text):
        target = _close_to_date_word(match.group("word"))
        if target:
            reason = f"'{match.group('word')}' is not a month name (did you mean '{target}'?)"
            found.append(UnreadableDate(match.start(), match.end(), match.group(0), reason))
    for match in _BAD_MONTH_RE.finditer(text):
        month = int(match.group("month") or match.group("imonth"))
        if not 1 <= month <= 12:
            reason = f"month {month} does not exist"
            found.append(UnreadableDate(match.start(), match.end(), match.group(0), reason))
    for date in find_dates(text):
        if date.range.end is not None:
            continue
        after = _AFTER_SEPARATOR_RE.match(text, date.end)
        if after is None:
            continue
        token = after.group("token")
        first = token.split()[0].rstrip(".")
        target = _close_to_date_word(first)
        # "Dec 20" or a mistyped year such as "20211"; not "5 years" or other short counts.
        looks_numeric = any(char.isdigit() for char in token) and (
            first.lower() in MONTHS or (first[:1].isdigit() and len(first) >= 3)
        )
        if (target or looks_numeric) and not find_dates(token):
            hint = f" (did you mean '{target}'?)" if target else ""
            reason = f"end date '{token}' cannot be read{hint}"
            found.append(UnreadableDate(after.start("token"), after.end(), token, reason))
    kept: list[UnreadableDate] = []
    for item in sorted(found, key=lambda item: item.start):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept
