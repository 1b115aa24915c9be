"""A school's name as printed in an education entry's header: its acronym (`FIAP`,
`XYZ Pilani`), the name without the place printed after it (`Acme University (Springfield,
IL)`, `ACME PARIS`) but with its own abbreviation (`(UMA)`), and what is printed between
two parts of a line. structure.education_roles gives the parts their roles.
"""

from __future__ import annotations

import re
import unicodedata

from reslint.lexicon.addresses import without_address
from reslint.lexicon.country import is_city
from reslint.lexicon.entry_words import LINE_JOINS, is_school, school_starts, without_article

__all__ = ["acronym", "acronym_named", "printed_between", "printed_run", "school_name"]


def acronym(text: str) -> bool:
    """`FIAP`, `AB-CD`: a word of three capitals or more, the short name of an institution
    (a part of its own in a line not all in capitals)."""
    letters = re.sub(r"[^\w]", "", text)
    return " " not in text.strip() and len(letters) >= 3 and letters.isupper()


def acronym_named(text: str) -> bool:
    """`XYZ Pilani`, `IIT Example`, `AB-CDE Townsville`: an institution's name led by its
    acronym (three capitals or more, no digits: `DSH-2 Sprachkurs` names a course), in a
    text not all in capitals."""
    words = text.split()
    letters = re.sub(r"[\W_]", "", words[0]) if words else ""
    return len(letters) >= 3 and letters.isalpha() and letters.isupper() and not text.isupper()


def school_name(text: str) -> str:
    """`Acme University (Springfield, IL)` and `Istituto Rossi (CT)` without the place, and
    without a postal address (`Istituto Rossi via Roma 60 21047 Saronno`); `(UMA)`, an
    abbreviation of the name, stays."""
    text = without_address(without_article(text))
    match = re.search(r"\s*\(([^)]*)\)?\s*$", text)
    if match is None:
        return _without_city(text)
    inside = match.group(1).strip()
    # `(UMA)`, `(СПбПУ)`: capitals, a small letter among them or not.
    capitals = sum(ch.isupper() for ch in inside) >= 2 and inside[:1].isupper()
    short = capitals and len(inside) <= 8 and " " not in inside
    if short and _abbreviates(inside, text[: match.start()]):
        return text
    return text[: match.start()].strip() or text


_MAX_CITY_WORDS = 3


def _without_city(text: str) -> str:
    """`ACME PARIS`, `AB-CD Lagos`, `Sint-Maartenscollege Gent`: a school's name without the
    big city printed after it, where it is not the name's own last word. A city right after
    a school word, its abbreviation or a link names the school (`Universiteit Gent`,
    `Technische Universität München`, `Imperial College London`, `TU Berlin`)."""
    words = text.split()
    for count in range(min(_MAX_CITY_WORDS, len(words) - 1), 0, -1):
        if not is_city(" ".join(words[-count:])):
            continue
        rest = words[:-count]
        last = rest[-1].strip(".,")
        if 0 in school_starts(last) or last.lower() in LINE_JOINS:
            return text
        name = " ".join(rest).rstrip(" ,–—-")
        if is_school(name) or acronym(name) or acronym_named(name):
            return name
        return text
    return text


def _letters(text: str) -> list[str]:
    """The letters of a text, folded and without accents (`á` is `a`)."""
    return [ch for ch in unicodedata.normalize("NFKD", text.casefold()) if ch.isalpha()]


def _abbreviates(short: str, name: str) -> bool:
    """`UMA` of `Universidad de Málaga`, `SU` of `Syracuse University`: the letters of an
    abbreviation in the name's letters, in order, the first one first (`CT`, the province
    printed after `Istituto Rossi`, is none)."""
    letters, wanted = _letters(name), _letters(short)
    if not wanted or not letters or letters[0] != wanted[0]:
        return False
    position = 0
    for ch in wanted:
        try:
            position = letters.index(ch, position) + 1
        except ValueError:
            return False
    return True


def printed_between(printed: str, first: str, second: str) -> str:
    begin = printed.find(first)
    end = printed.find(second, begin + len(first)) if begin >= 0 else -1
    return printed[begin + len(first) : end] if begin >= 0 and end >= 0 else ""


def printed_run(printed: str, first: str, second: str) -> str:
    """`first` and `second` with what is printed between them, when that is a separator."""
    begin = printed.find(first)
    end = printed.find(second, begin + len(first)) if begin >= 0 else -1
    between = printed[begin + len(first) : end] if end >= 0 else ""
    if begin < 0 or end < 0 or any(ch.isalnum() for ch in between):
        return f"{first} {second}"
    return printed[begin : end + len(second)]
