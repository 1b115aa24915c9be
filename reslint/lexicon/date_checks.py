"""Dates that a reader would stumble on: the month styles a date is consistent with (for
`date-format-inconsistent`) and date-like words that are misspelt or out of range (for
`date-invalid`). The dates themselves are read by `lexicon.dates`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslint.lexicon.date_vocabulary import ENGLISH_SEASONS, UNABBREVIATED
from reslint.lexicon.dates import (
    DASH_PATTERN,
    DATE_WORDS,
    FULL_MONTH_NAMES,
    MONTHS,
    PRESENT_WORDS,
    SEASONS,
    YEAR_PATTERN,
    find_dates,
    month_key,
)
from reslint.model import DateValue

_DIGIT_RE = re.compile(r"\d")

# Month names that are as short as their abbreviation, or that no abbreviation exists for,
# or that house styles spell out in full while abbreviating the others: "May 2020" sits
# well in a "Jan 2020" resume, "juin 2020" in one that writes "janv. 2020", "März 2019" in
# one that writes "Jan. 2015" (German), and "June 2020", "March 2020" or "April 2020" (AP
# style, with or without its dots) in one that writes "Aug. 2018" or "Nov 2018".
_ANY_NAME_STYLE = frozenset(
    {
        "june", "july", "juni", "juli", "mayo", "junio", "julio", "märz", "marz",
        "march", "april", *UNABBREVIATED,
    }
)  # fmt: skip
_FULL_NAMES = frozenset(FULL_MONTH_NAMES)


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
    word = month_key(name.group(0)) if name else ""
    if word in _ANY_NAME_STYLE:
        return frozenset({"Month YYYY", "Mon YYYY", "Mon. YYYY"})
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


# Misspellings are judged against English words only: other languages' month names sit
# too close to names and English words ("Mario" and maio, "Maggie" and maggio).
_FUZZY_TARGETS = tuple(
    name
    for name in (
        *" ".join((*DATE_WORDS["en"]["months"], *DATE_WORDS["en"]["short"])).split(),
        *ENGLISH_SEASONS,
        *DATE_WORDS["en"]["present"],
    )
    if len(name) >= 4
)
_YEAR = YEAR_PATTERN
_WORD_BEFORE_YEAR_RE = re.compile(rf"(?<![\w])(?P<word>[^\W\d_]{{4,}})\.?,?\s*(?P<year>{_YEAR})\b")
_BAD_MONTH_RE = re.compile(
    rf"(?<![\w/.])(?:(?P<month>\d{{1,2}})\s*/\s*(?P<year>{_YEAR})|(?P<iyear>{_YEAR})-(?P<imonth>\d{{2}}))"
    r"(?![\w/])"
)
_AFTER_SEPARATOR_RE = re.compile(
    rf"\s*(?:{DASH_PATTERN}|\bto\b|\buntil\b)\s*(?P<token>[^\W_][\w'.]*(?:\s+[\w'.]+)?)",
    re.IGNORECASE,
)


def _close_to_date_word(word: str) -> str | None:
    """The month, season or `present` word that `word` looks like a misspelling of.

    A typo keeps the word's first letter and its length within one: "Jnuary", "Febuary",
    "Presnt"; "Intern" is not "winter" nor "President" "present", however close the
    letters.
    """
    from rapidfuzz import fuzz, process

    lowered = word.lower()
    if month_key(word) in MONTHS or lowered in SEASONS or lowered in PRESENT_WORDS:
        return None
    targets = [
        target
        for target in _FUZZY_TARGETS
        if target[0] == lowered[:1] and abs(len(target) - len(lowered)) <= 1
    ]
    best = process.extractOne(lowered, targets, scorer=fuzz.ratio, score_cutoff=80)
    return best[0] if best else None


def _years_apart(year: int, short: int) -> bool:
    """`2019/20`, `2024-25`, `2018-22`: a start year and the end year's last two digits."""
    return 1 <= (short - year % 100) % 100 <= 9


# A readable date with a word glued to it by extraction (`06.2018COMPANY`).
_GLUED_RE = re.compile(r"^(?P<date>[\d./-]*\d)(?=[^\W\d_])")


def unreadable_dates(text: str) -> list[UnreadableDate]:
    """Date-like text in `text` that the parser cannot read, with the reason.

    Conservative on purpose: a misspelled month or `present` must sit next to
    a year or a range separator, and a bad number must be shaped like a date.
    """
    found: list[UnreadableDate] = []
    if not _DIGIT_RE.search(text):
        return found  # all three checks below look at numbers
    for match in _WORD_BEFORE_YEAR_RE.finditer(text):
        target = _close_to_date_word(match.group("word"))
        if target:
            reason = f"'{match.group('word')}' is not a month name (did you mean '{target}'?)"
            found.append(UnreadableDate(match.start(), match.end(), match.group(0), reason))
    for match in _BAD_MONTH_RE.finditer(text):
        month = int(match.group("month") or match.group("imonth"))
        if match.group("iyear") and _years_apart(int(match.group("iyear")), month):
            continue  # an academic or financial year, not a month
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
        glued = _GLUED_RE.match(token)
        if glued and find_dates(glued.group("date")):
            continue  # a good date with the next word run into it by the layout
        first = token.split()[0].rstrip(".")
        target = _close_to_date_word(first)
        # "Dec 20" or a mistyped year such as "20211"; not "5 years" or other short counts.
        looks_numeric = any(char.isdigit() for char in token) and (
            month_key(first) in MONTHS or (first[:1].isdigit() and len(first) >= 3)
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
