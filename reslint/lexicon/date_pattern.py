"""The regular expression of one date as resumes print it (lexicon.dates reads its groups).

Each form is one alternative with named groups: a numeric date with a day (`fmonth`, `eday`),
a CJK one (`cyear`), a month name and year (`mname`), a season (`season`), two-digit years
in a range (`ymonth`, `qyear`), a month and year in figures (`nmonth`, `hmonth`, `iyear`), a
year, a `present` word. The words come from date_words.toml through date_vocabulary.
"""

from __future__ import annotations

import re

from reslint.lexicon.date_vocabulary import (
    APOSTROPHES,
    DASHES,
    ERAS,
    PRESENT_WORDS,
    SEASONS,
    YEAR_FIRST_MONTHS,
    YEAR_FIRST_SHORT,
)
from reslint.lexicon.date_vocabulary import MONTH_SPELLINGS as _MONTH_SPELLINGS
from reslint.lexicon.date_vocabulary import alternatives as _alternatives
from reslint.lexicon.date_vocabulary import listed as _listed

MONTH_ALT = _alternatives(_MONTH_SPELLINGS)  # IGNORECASE matches the dotless i to i
_SEASON_ALT = _alternatives(SEASONS)
PRESENT_ALT = _alternatives(PRESENT_WORDS)  # any `present` word, longest first
YEAR = r"(?:19|20)\d{2}"
# Persian resumes count years by the Solar Hijri calendar (1398 is 2019), Arabic ones
# sometimes by the Hijri (1440): on a line in Arabic script, 13xx and 14xx are years too.
# Elsewhere they are counts ("1400 users").
HIJRI_YEAR = r"(?:19|20|1[34])\d{2}"
DASH = f"[{re.escape(DASHES)}]+"
# `'24`, the year shortened as `Jan ‘24` or `07/’22`.
SHORT_YEAR = f"[{re.escape(APOSTROPHES)}]\\d{{2}}"

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# What a range's start with a two-digit year looks ahead to: a dash and a `present` word.
_ONGOING = rf"\s*{DASH}\s*(?:{PRESENT_ALT})(?!\w)"
# Han, kana and Hangul (from U+3000 on) are written without spaces, so a date may touch
# them (`期间2019年`); a letter or digit of the scripts below may not. Written as a
# lookahead and one range, which compile fast, where a class of the CJK blocks does not.
_WORD_CHAR = r"(?-i:(?=[\x00-\u2fff])\w)"
# What follows a year and belongs to it (`2011 г.`, `2019 r.`); the date's end is checked
# after it, so `2019 город` keeps only the year.
_YEAR_MARKS = _alternatives(_listed("year_marks"))
_YEAR_MARK = rf"(?:\s?(?:{_YEAR_MARKS}))?"
_MONTH_MARKS = _alternatives(_listed("month_marks"))
_DAY_MARKS = _alternatives(_listed("day_marks"))
_MONTH_WORD = _alternatives(_listed("month_words"))
_YEAR_WORD = _alternatives(_listed("year_words"))
_YEAR_FIRST_ALT = _alternatives(YEAR_FIRST_MONTHS + YEAR_FIRST_SHORT) or "(?!)"
_YEAR_FIRST_FULL_ALT = _alternatives(YEAR_FIRST_MONTHS) or "(?!)"
_ERA_ALT = _alternatives(ERAS) or "(?!)"


# Numeric dates with a day: `01/15/2020` reads month first, as in the US, unless the line
# shows it is written day first (see _day_first); `31/08/2017` and dotted `12.03.2012` read
# day first.
# `de` joins month and year in Spanish and Portuguese (`septiembre de 2017`, `1 de marzo de
# 2019`); Brazilian resumes write `jan/2019`.
def _date_pattern(year: str) -> str:
    """The date forms below, with `year` as the pattern of a year."""
    return (
        rf"(?:(?P<fmonth>0?[1-9]|1[0-2])/(?P<fday>{DAY})/(?P<fyear>{year})"
        rf"|(?P<eday>[12]\d|3[01]|0?[1-9])(?P<esep>[/.])(?P<emonth>0?[1-9]|1[0-2])(?P=esep)(?P<eyear>{year}){_YEAR_MARK}"
        rf"|(?P<cyear>{year})\s*(?:{_YEAR_MARKS})\s*(?P<cmonth>0?[1-9]|1[0-2])\s*(?:{_MONTH_MARKS})"
        rf"(?:\s*(?:[12]\d|3[01]|0?[1-9])\s*(?:{_DAY_MARKS}))?"
        # A Japanese era year (`令和3年4月`, `平成元年`, its first year), the month optional.
        rf"|(?P<era>{_ERA_ALT})\s*(?P<erayear>元|[1-6]?\d)\s*(?:{_YEAR_MARKS})"
        rf"(?:\s*(?P<eramonth>0?[1-9]|1[0-2])\s*(?:{_MONTH_MARKS}))?"
        rf"|(?:{_MONTH_WORD})\s*(?P<vmonth>0?[1-9]|1[0-2])(?:\s*[/.,-]\s*|\s+(?:{_YEAR_WORD})\s+|\s+)(?P<vyear>{year})"
        # A month name, then a day (`Jan 15, 2020`) or a mark; a day or a first month before it
        # (`15 March 2019`, `Jul.–Okt. 2019`) is found by _extended, which keeps this pattern to
        # one list of month names.
        rf"|(?P<mname>{MONTH_ALT})(?:\.?\s+(?P<mday>{DAY}),?\s+"
        rf"|(?P<mmark>\.?/|\.?,?\s+de\s*|\.|-)?,?\s*)(?P<myear>{year}|{SHORT_YEAR}){_YEAR_MARK}"
        rf"|(?P<season>{_SEASON_ALT}),?\s+(?P<syear>{year})"
        # `01-2019`; not the end of a number hyphens group (`555-01-2019`).
        rf"|(?<!\d-)(?P<hmonth>0[1-9]|1[0-2])-(?P<hyear>{year})(?![-\d])"
        # Two-digit years, only in a range (`01/19 – 03/21`, `'19 – '21`, `01/19 – Present`):
        # alone, `1/19` is a fraction and `'19` a quotation.
        rf"|(?P<ymonth>0?[1-9]|1[0-2])/(?P<yyear>\d{{2}})(?:\s*{DASH}\s*"
        rf"(?P<ymonth2>0?[1-9]|1[0-2])/(?P<yyear2>\d{{2}})(?!\d)|(?={_ONGOING}))"
        rf"|(?P<qyear>{SHORT_YEAR})(?:\s*{DASH}\s*(?P<qyear2>{SHORT_YEAR})(?!\d)|(?={_ONGOING}))"
        # `Sept 17 – present`, `Jan 16 – Jul 17`: a month's name and two digits, only in a
        # range (the apostrophe lost or set apart; alone, `Sept 17` is a day).
        rf"|(?P<zname>{MONTH_ALT})\.?\s+(?P<zyear>\d{{2}})(?:\s*{DASH}\s*(?P<zname2>{MONTH_ALT})"
        rf"\.?\s+(?P<zyear2>\d{{2}})(?![\d,])|(?={_ONGOING}))"
        rf"|(?P<nmonth>0?[1-9]|1[0-2])(?:\s*{DASH}\s*(?P<nsecond>0?[1-9]|1[0-2])(?=\s*/))?"
        rf"\s*[/.]\s*(?P<nyear>{year}|{SHORT_YEAR}){_YEAR_MARK}"
        # `2019.03`, `2019-03` (`2020-6` too), and the Korean `2019. 3.` and `2019. 03` (a
        # month after a spaced dot needs two digits or its own dot: `in 2019. 3 teams` is no
        # date).
        rf"|(?P<iyear>{year})(?:\.\s?(?P<kmonth>0?[1-9]|1[0-2])\.(?!\d)|\.\s(?P<kmonth2>0[1-9]|1[0-2])"
        rf"|-(?P<imonth>0?[1-9]|1[0-2])|[/.](?P<imonth1>0?[1-9]|1[0-2]))"
        # and its day, which resumes compare no further: `2019.03.15`, `2019-03-15`, `2019. 3. 15.`
        rf"(?:(?:(?<=\.)\s?|[./-]\s?)(?:3[01]|[12]\d|0?[1-9])(?!\d)\.?)?(?![\d])"
        # The year, then a month's name where a language writes them so: `2019. szeptember`,
        # `2019. szept.`; without the year's dot only a whole name (`2019 szeptember`, where
        # `2019 Nov` may be the end of one range and the start of another).
        # `2020, Jul-Okt.`: the year, then the months of that year the range runs over.
        rf"|(?P<wyear>{year}),?\s+(?P<wname>{MONTH_ALT})\.?\s*{DASH}\s*(?P<wname2>{MONTH_ALT})\.?(?!\w)"
        rf"|(?P<ryear>{year})(?:\.\s*(?P<rname>{_YEAR_FIRST_ALT})\.?|\s+(?P<rfull>{_YEAR_FIRST_FULL_ALT}))"
        rf"|(?P<year>{year}){_YEAR_MARK}"
        rf"|(?P<present>{PRESENT_ALT}))"
    )


# A date is not part of a word or of a longer number or path; it may touch CJK text.
_BEFORE = rf"(?<![/.]|{_WORD_CHAR})"
_AFTER = rf"(?![/]|{_WORD_CHAR})"
# "Rio de Janeiro 2016" is a place and a year, not January.
DATE_RE = re.compile(rf"{_BEFORE}(?<!rio de ){_date_pattern(YEAR)}{_AFTER}", re.IGNORECASE)
HIJRI_DATE_RE = re.compile(
    rf"{_BEFORE}(?<!rio de ){_date_pattern(HIJRI_YEAR)}{_AFTER}", re.IGNORECASE
)
