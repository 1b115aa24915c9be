"""Dates as resumes print them: `Jan 2020`, `01/2020`, `Summer 2021`, `2019 to Present`.

`find_dates` scans a line for date ranges and single dates and returns them
with their character spans, so callers can cut them out of a header line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reslint.lexicon.date_lists import joined_year_lists
from reslint.lexicon.date_pattern import DASH as _DASH
from reslint.lexicon.date_pattern import DATE_RE as _DATE_RE
from reslint.lexicon.date_pattern import DAY as _DAY
from reslint.lexicon.date_pattern import HIJRI_DATE_RE as _HIJRI_DATE_RE
from reslint.lexicon.date_pattern import MONTH_ALT as _MONTH_ALT
from reslint.lexicon.date_pattern import PRESENT_ALT as _PRESENT_ALT
from reslint.lexicon.date_pattern import YEAR as _YEAR
from reslint.lexicon.date_vocabulary import (
    APOSTROPHES,
    DASHES,
    ERAS,
    EXPECTED_WORDS,
    FULL_MONTH_NAMES,
    MONTHS,
    PRESENT_WORDS,
    SEASONS,
    SINCE_WORDS,
    WORD_LIKE_MONTHS,
    month_key,
)
from reslint.lexicon.date_vocabulary import SHORT_NAMES as _SHORT_NAMES
from reslint.lexicon.date_vocabulary import UNTIL_WORDS as _UNTIL_WORDS
from reslint.lexicon.date_vocabulary import WORDS as _WORDS
from reslint.lexicon.date_vocabulary import alternatives as _alternatives
from reslint.model import DateRange, DateValue, Line

_ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Arabic-Indic, Persian (`۱۳۹۵`), Devanagari and full-width digits (`２０１９年４月`, typed
# so in Japanese and Chinese Word files, which no reader normalises) read as ASCII ones,
# with the full-width point and slash between them, one character for one so that the
# spans found stay those of the printed text.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९０１２３４５６７８９．／",
    "0123456789012345678901234567890123456789./",
)
# `2016–17`, `2019-21`: a year range with the second year cut to two digits, unspaced.
_SHORT_END_RE = re.compile(rf"{_DASH}(?P<end>\d{{2}})(?![\w%/]|[.,]\d)")
_DIGIT_RE = re.compile(r"\d")
_UNTIL_ALT = _alternatives(word for word in _UNTIL_WORDS if word[0] < "\u3000")
_CJK_UNTIL_ALT = _alternatives(word for word in _UNTIL_WORDS if word[0] >= "\u3000")
# A dash, a word (`bis`, `hasta`) or both (`– até o momento`, `- à ce jour`).
# Whole words (`s.d.` too); CJK words (`至`) touch the dates around them.
_UNTIL = rf"(?:(?<!\w)(?:{_UNTIL_ALT})(?!\w)|{_CJK_UNTIL_ALT})"
# A range's end still to come may say so: `Aug 2021 – Expected May 2025`, `2021 – vsl. 2025`.
_EXPECTED = rf"(?:(?<!\w)(?:{_alternatives(EXPECTED_WORDS)})(?!\w)\.?\s*:?\s*)?"
_SEPARATOR_RE = re.compile(rf"\s*(?:{_DASH}(?:\s*{_UNTIL})?|{_UNTIL})\s*{_EXPECTED}", re.IGNORECASE)
# Persian glues `تا` (until) to the word after it (`تاکنون`, until now), like the CJK words.
_GLUED_UNTIL_ALT = _alternatives(
    word for word in _UNTIL_WORDS if _ARABIC_SCRIPT_RE.match(word) and " " not in word
)
_OPENS_WITH_UNTIL_RE = re.compile(rf"{_UNTIL}|{_GLUED_UNTIL_ALT}", re.IGNORECASE)
# `seit 2019`, `depuis mars 2020 :`: the word right before a date that goes on.
_SINCE_RE = re.compile(rf"(?<!\w)(?:{_alternatives(SINCE_WORDS)})\s*:?\s*$", re.IGNORECASE)
# The `since` word stands just before its date: only this far back is searched, so a line
# of thousands of dates costs linear time (a search from the line's start was quadratic).
_SINCE_LOOK_BACK = max(map(len, SINCE_WORDS), default=0) + 8


def _since_before(text: str, start: int) -> re.Match[str] | None:
    return _SINCE_RE.search(text, max(0, start - _SINCE_LOOK_BACK), start)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date range (or single date) found in a line, with its character span."""

    start: int
    end: int
    range: DateRange


def _name_style(name: str, raw: str) -> str:
    """`Month YYYY`, `Mon YYYY` or `Mon. YYYY` for a month name as `raw` writes it."""
    if "." in raw:
        return "Mon. YYYY"
    if name in FULL_MONTH_NAMES and name not in _SHORT_NAMES:
        return "Month YYYY"  # `June`, `мая`, `Ekim`: short, but the month's whole name
    return "Month YYYY" if len(name) > 4 and name not in ("sept",) else "Mon YYYY"


def _year(text: str) -> int:
    """`2019`, or `'19` and `19` as 2019: a shortened year up to 50 is this century's, a later
    one (`'98`) the last."""
    if len(text) == 4:
        return int(text)
    short = int(text.lstrip("".join(APOSTROPHES)))
    return (2000 if short <= 50 else 1900) + short


def _value(match: re.Match[str], day_first: bool = False) -> DateValue:
    raw = match.group(0)
    # Day-precision dates keep only their month: resumes compare months, not days.
    if match.group("fmonth"):
        month, day = int(match.group("fmonth")), int(match.group("fday").rstrip("stndrh"))
        if day_first and day <= 12:
            return DateValue(int(match.group("fyear")), day, raw=raw, style="DD/MM/YYYY")
        return DateValue(int(match.group("fyear")), month, raw=raw, style="MM/DD/YYYY")
    if match.group("eday"):
        sep = match.group("esep")
        return DateValue(
            int(match.group("eyear")),
            int(match.group("emonth")),
            raw=raw,
            style=f"DD{sep}MM{sep}YYYY",
        )
    if match.group("mname"):
        name = month_key(match.group("mname"))
        year_text = match.group("myear")
        year = _year(year_text)
        if match.group("mday"):
            return DateValue(year, MONTHS[name], raw=raw, style="Mon D, YYYY")
        written = raw[: match.start("myear") - match.start()]  # the name and its mark
        style = _name_style(name, written)
        if "/" in written:
            style = "Mon/YYYY"
        elif "-" in written:
            style = "Mon-YYYY"
        if not year_text[0].isdigit():
            style = "Mon 'YY"
        return DateValue(year, MONTHS[name], raw=raw, style=style)
    if match.group("vmonth"):
        return DateValue(
            int(match.group("vyear")), int(match.group("vmonth")), raw=raw, style="tháng MM YYYY"
        )
    if match.group("season"):
        # A season names no month: `Summer 2019` is a date of that year, printed so.
        return DateValue(int(match.group("syear")), raw=raw, style="Season YYYY")
    if match.group("hmonth"):
        return DateValue(
            int(match.group("hyear")), int(match.group("hmonth")), raw=raw, style="MM-YYYY"
        )
    if match.group("ymonth"):
        return DateValue(
            _year(match.group("yyear")), int(match.group("ymonth")), raw=raw, style="MM/YY"
        )
    if match.group("qyear"):
        return DateValue(_year(match.group("qyear")), raw=raw, style="'YY")
    if match.group("wname"):
        month = MONTHS[month_key(match.group("wname"))]
        return DateValue(int(match.group("wyear")), month, raw=raw, style="YYYY, Mon-Mon")
    if match.group("zname"):
        month = MONTHS[month_key(match.group("zname"))]
        return DateValue(_year(match.group("zyear")), month, raw=raw, style="Mon YY")
    if match.group("nmonth"):
        sep = "/" if "/" in raw else "."
        year_text = match.group("nyear")
        year_style = "YYYY" if year_text[0].isdigit() else "'YY"
        return DateValue(
            _year(year_text), int(match.group("nmonth")), raw=raw, style=f"MM{sep}{year_style}"
        )
    if match.group("iyear"):
        month = next(
            match.group(name)
            for name in ("imonth", "imonth1", "kmonth", "kmonth2")
            if match.group(name)
        )
        return DateValue(int(match.group("iyear")), int(month), raw=raw, style="YYYY-MM")
    if match.group("cyear"):
        numbers = iter(("YYYY", "MM", "DD"))
        style = re.sub(r"\s+", " ", re.sub(r"\d+", lambda _: next(numbers), raw))
        return DateValue(
            int(match.group("cyear")), int(match.group("cmonth")), raw=raw, style=style
        )
    if match.group("era"):
        number = match.group("erayear")
        year = ERAS[match.group("era")] + (0 if number == "元" else int(number) - 1)
        month = match.group("eramonth")
        style = "era YY年MM月" if month else "era YY年"
        return DateValue(year, int(month) if month else None, raw=raw, style=style)
    if match.group("ryear"):
        name = month_key(match.group("rname") or match.group("rfull"))
        return DateValue(int(match.group("ryear")), MONTHS[name], raw=raw, style="YYYY. Month")
    if match.group("year"):
        return DateValue(int(match.group("year")), raw=raw, style="YYYY")
    return DateValue(None, present=True, raw=raw, style="present")


def parse_date(text: str) -> DateValue | None:
    """Parse one date written on its own, or return None."""
    text = text.strip().strip("()[],")
    hijri = bool(_ARABIC_SCRIPT_RE.search(text))  # Persian digits count as the script
    text = text.translate(_DIGITS)
    tokens = _tokens(text, hijri)
    if len(tokens) == 1 and tokens[0].start == 0 and tokens[0].end == len(text):
        return tokens[0].value
    return None


_DAY_FIRST_RE = re.compile(rf"(?<!\d)(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/{_YEAR}")
_MONTH_FIRST_RE = re.compile(rf"(?<!\d)(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/{_YEAR}")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Words around dates that English does not use ("andauernd", "actualidad", "heden").
_FOREIGN_DATE_WORDS = frozenset(
    word.lower()
    for language, table in _WORDS.items()
    if isinstance(table, dict) and language != "en"
    for key in ("present", "until")
    for phrase in table[key]
    for word in phrase.split()
    if len(word) >= 3
) - frozenset(
    word.lower()
    for key in ("present", "until")
    for phrase in _WORDS["en"][key]
    for word in phrase.split()
)


def _day_first(text: str) -> bool:
    """Whether `01/10/2018` in this line is the first of October.

    The line decides: a slashed date with a day over 12 in either place, or else a word
    around the dates in another language than English (`01/10/2018 – andauernd`), where
    the day comes first.
    """
    if "/" not in text:
        return False
    if _MONTH_FIRST_RE.search(text):
        return False
    if _DAY_FIRST_RE.search(text):
        return True
    return any(word.lower() in _FOREIGN_DATE_WORDS for word in _WORD_RE.findall(text))


def _word_like(match: re.Match[str]) -> bool:
    """A month abbreviation that is also an English word, with nothing marking it as a month."""
    name = match.group("mname")
    return bool(name) and name.lower() in WORD_LIKE_MONTHS and not match.group("mmark")


@dataclass(frozen=True, slots=True)
class _Token:
    """A date the pattern found, with the day or first month written before it."""

    start: int
    match: re.Match[str]
    value: DateValue
    span_end: DateValue | None = None  # the second month of `Jul–Okt 2019`

    @property
    def end(self) -> int:
        return self.match.end()


# Before a month name: its day (`15 March 2019`, `1. März`, `1 de marzo de`) or the first
# month of a span (`Jul.–Okt. 2019`). Looked for in the few characters before the name.
_DAY_BEFORE_RE = re.compile(rf"(?<![\w/.])(?P<day>{_DAY})\.?\s+(?:de\s+)?$", re.IGNORECASE)
_MONTH_BEFORE_RE = re.compile(rf"(?<!\w)(?P<first>[^\W\d_]+)(?P<dot>\.)?\s*{_DASH}\s*$")
_LOOK_BACK = 32


def _extended(text: str, match: re.Match[str], value: DateValue, floor: int) -> _Token:
    """`match` with the day or first month that `text` writes before it, not before `floor`."""
    if not match.group("mname") or match.group("mday") or _word_like(match):
        return _Token(match.start(), match, value)
    window = max(floor, match.start() - _LOOK_BACK)
    before = text[window : match.start()]
    first = _MONTH_BEFORE_RE.search(before)
    if first is not None:
        name = month_key(first.group("first"))
        if name in MONTHS and (name not in WORD_LIKE_MONTHS or first.group("dot")):
            start = window + first.start()
            raw = text[start : match.end()]
            style = _name_style(name, first.group("first") + (first.group("dot") or ""))
            opening = DateValue(value.year, MONTHS[name], raw=raw, style=style)
            closing = DateValue(value.year, value.month, raw=raw, style=style)
            return _Token(start, match, opening, closing)
    day = _DAY_BEFORE_RE.search(before)
    if day is not None:
        start = window + day.start()
        raw = text[start : match.end()]
        return _Token(start, match, DateValue(value.year, value.month, raw=raw, style="D Mon YYYY"))
    return _Token(match.start(), match, value)


def _numeric_span(token: _Token) -> DateValue | None:
    """The end of a range the token is all of: the second month of `3 - 4/2014`, the second
    date of `01/19 – 03/21` and `'19 – '21`."""
    match = token.match
    if match.group("nsecond"):
        return DateValue(
            _year(match.group("nyear")), int(match.group("nsecond")), raw=match.group(0)
        )
    if match.group("ymonth2"):
        year = _year(match.group("yyear2"))
        return DateValue(year, int(match.group("ymonth2")), raw=match.group(0), style="MM/YY")
    if match.group("qyear2"):
        return DateValue(_year(match.group("qyear2")), raw=match.group(0), style="'YY")
    if match.group("wname2"):
        month = MONTHS[month_key(match.group("wname2"))]
        return DateValue(
            int(match.group("wyear")), month, raw=match.group(0), style="YYYY, Mon-Mon"
        )
    if match.group("zname2"):
        month = MONTHS[month_key(match.group("zname2"))]
        return DateValue(_year(match.group("zyear2")), month, raw=match.group(0), style="Mon YY")
    return None


def _backwards(token: _Token, end: DateValue) -> bool:
    """A range of two-digit years that runs back in time (`9/10 – 7/10`) is a score or a
    fraction, not dates."""
    if not (
        token.match.group("ymonth") or token.match.group("qyear") or token.match.group("zname")
    ):
        return False
    start = token.value
    return (start.year or 0, start.month or 0) > (end.year or 0, end.month or 0)


def _joined(text: str, first: _Token, second: _Token) -> bool:
    """Whether two dates found in `text` are the two ends of one range."""
    if second.span_end is not None or _numeric_span(second) is not None:
        return False  # a span of two months is a range of its own
    between = text[first.end : second.start]
    if _SEPARATOR_RE.fullmatch(between):
        return True
    # `2019 по настоящее время`: the `present` phrase brings its own `until`.
    return (
        not between.strip()
        and bool(second.match.group("present"))
        and bool(_OPENS_WITH_UNTIL_RE.match(second.match.group(0)))
    )


def _single(text: str, token: _Token, line: Line | None) -> DateMatch:
    """A date on its own; `seit 2019` is a range that goes on, from the word `seit`."""
    value, start, end = token.value, token.start, token.end
    since = _since_before(text, start)
    if since is None:
        return DateMatch(start, end, DateRange(value, None, text[start:end], line))
    word = since.group(0).strip(" :")
    now = DateValue(None, present=True, raw=word, style="present")
    return DateMatch(since.start(), end, DateRange(value, now, text[since.start() : end], line))


def _span(token: _Token, end: DateValue, line: Line | None) -> DateMatch:
    """`Jul–Okt 2019` or `3 - 4/2014`: a range of two months; from December, the year before."""
    start = token.value
    if start.month and end.month and start.month > end.month and start.year == end.year:
        start = DateValue((start.year or 0) - 1, start.month, raw=start.raw, style=start.style)
    raw = token.match.string[token.start : token.end]
    return DateMatch(token.start, token.end, DateRange(start, end, raw, line))


def _short_end(text: str, match: re.Match[str], line: Line | None) -> DateMatch | None:
    """`2016–17` as 2016 – 2017, when the two digits are a later year."""
    if not match.group("year"):
        return None
    after = _SHORT_END_RE.match(text, match.end())
    start_year = int(match.group("year"))
    if after is None or int(after.group("end")) <= start_year % 100:
        return None
    start = DateValue(start_year, raw=match.group(0), style="YYYY")
    end_year = start_year - start_year % 100 + int(after.group("end"))
    end = DateValue(end_year, raw=after.group("end"), style="YY")
    raw = text[match.start() : after.end()]
    return DateMatch(match.start(), after.end(), DateRange(start, end, raw, line))


def _year_only(match: re.Match[str], line: Line | None, group: str = "myear") -> DateMatch:
    """`out 2019` outside a range: the year is a date, the word (`sold out`) is not a month."""
    start, end = match.span(group)
    value = DateValue(int(match.group(group)), raw=match.group(group), style="YYYY")
    return DateMatch(start, end, DateRange(value, None, value.raw, line))


# `2017 - Agosto`, `2018 – Junio`: a year, a dash and a month name with no year of its own
# is one date, that month of that year (Spanish resumes in a date column write them so).
_MONTH_AFTER_RE = re.compile(
    rf"\s*{_DASH}\s*(?P<name>{_MONTH_ALT})(?!\w)\.?(?!\s*[\d{re.escape(APOSTROPHES)}])",
    re.IGNORECASE,
)


def _month_after(text: str, match: re.Match[str], line: Line | None) -> DateMatch | None:
    """The date `2017 - Agosto` writes, read from its year `match`, or None."""
    if not match.group("year"):
        return None
    after = _MONTH_AFTER_RE.match(text, match.end())
    if after is None:
        return None
    name = month_key(after.group("name"))
    if name in WORD_LIKE_MONTHS or name not in MONTHS:
        return None
    raw = text[match.start() : after.end()]
    value = DateValue(int(match.group("year")), MONTHS[name], raw=raw, style="YYYY - Month")
    return DateMatch(match.start(), after.end(), DateRange(value, None, raw, line))


def _version_like(match: re.Match[str]) -> bool:
    """`2019.3` on its own is as likely a version (`IntelliJ 2019.3`) as March 2019."""
    month = match.group("imonth1")
    return bool(month) and len(month) == 1


def _tokens(text: str, hijri: bool = False) -> list[_Token]:
    day_first = _day_first(text)
    tokens: list[_Token] = []
    pattern = _HIJRI_DATE_RE if hijri else _DATE_RE
    for match in pattern.finditer(text):
        floor = tokens[-1].end if tokens else 0
        tokens.append(_extended(text, match, _value(match, day_first), floor))
    return tokens


def find_dates(text: str, line: Line | None = None) -> list[DateMatch]:
    """Find date ranges and single dates in `text`, left to right."""
    if not _DIGIT_RE.search(text):
        return []  # every date has digits; a lone `present` word is no date
    ascii_digits = text.translate(_DIGITS)
    # Persian digits count as the script.
    found = _found(ascii_digits, line, hijri=bool(_ARABIC_SCRIPT_RE.search(text)))
    found = joined_year_lists(ascii_digits, found)
    if ascii_digits == text:
        return found
    return [_printed(match, text[match.start : match.end]) for match in found]


def _printed(match: DateMatch, raw: str) -> DateMatch:
    """`match` with its raw text as printed (`۱۳۹۵`), not as read (`1395`): the two have the
    same length, so each value's text is at the same place in both."""
    read = match.range.raw

    def value(date: DateValue | None) -> DateValue | None:
        if date is None or not date.raw or (at := read.find(date.raw)) < 0:
            return date
        return replace(date, raw=raw[at : at + len(date.raw)])

    dates = replace(match.range, start=value(match.range.start), end=value(match.range.end))
    return replace(match, range=replace(dates, raw=raw))


def _found(text: str, line: Line | None, hijri: bool) -> list[DateMatch]:
    found: list[DateMatch] = []
    tokens = _tokens(text, hijri)
    index = 0
    while index < len(tokens):
        first = tokens[index]
        span_end = first.span_end or _numeric_span(first)
        if span_end is not None:
            if not _backwards(first, span_end):
                found.append(_span(first, span_end, line))
            index += 1
            continue
        if index + 1 < len(tokens):
            second = tokens[index + 1]
            if not first.value.present and _joined(text, first, second):
                since = _since_before(text, first.start)  # `desde 2019 hasta 2021`
                start = since.start() if since else first.start
                raw = text[start : second.end]
                found.append(
                    DateMatch(start, second.end, DateRange(first.value, second.value, raw, line))
                )
                index += 2
                continue
        match = first.match
        short = _short_end(text, match, line)
        if short is not None:
            found.append(short)
        elif _word_like(match):
            if match.group("myear")[0].isdigit():
                found.append(_year_only(match, line))
        elif _version_like(match):
            found.append(_year_only(match, line, "iyear"))
        elif (month_after := _month_after(text, match, line)) is not None:
            found.append(month_after)
        elif not first.value.present:
            found.append(_single(text, first, line))
        index += 1
    return found


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


# For lexicon.date_checks and lexicon.pieces, which read the same words and forms.
__all__ = ["DASHES", "FULL_MONTH_NAMES", "MONTHS", "PRESENT_WORDS", "SEASONS", "SINCE_WORDS"]
__all__ += ["month_key"]
__all__ += ["DASH_PATTERN", "DATE_WORDS", "PRESENT_PATTERN", "UNTIL_PATTERN", "YEAR_PATTERN"]
__all__ += ["DateMatch", "find_dates", "month_index", "parse_date"]
PRESENT_PATTERN = _PRESENT_ALT  # a regex for any `present` word, longest first
DATE_WORDS = _WORDS
YEAR_PATTERN = _YEAR
DASH_PATTERN = _DASH
UNTIL_PATTERN = _UNTIL  # any `until` word of any language, as a whole word
