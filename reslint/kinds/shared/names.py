"""Comparing people's and companies' names the forgiving way: case, accents, legal suffixes."""

from __future__ import annotations

import functools
import re
import unicodedata

LEGAL_SUFFIX_RE = re.compile(
    r"[\s,]+(?:inc|llc|l\.l\.c|ltd|limited|gmbh|corp|corporation|co|plc|ag|sa|s\.a|bv|b\.v|"
    r"pty|pvt|srl|s\.r\.l|oy|ab|as|nv|kg)\.?$",
    re.IGNORECASE,
)


def normalise_company(name: str) -> str:
    """Lower-case words of an employer name without its legal suffixes or punctuation."""
    name = name.strip(" .,;:")
    while True:
        shorter = LEGAL_SUFFIX_RE.sub("", name)
        if shorter == name:
            break
        name = shorter
    name = name.lower().replace("&", " and ")
    return " ".join(re.findall(r"[\w'’.+-]+", name)).replace("’", "'").strip(". ")


# Words that say nothing about which company it is, once the legal form is gone.
_FILLER = frozenset({"the", "of", "group", "holding", "holdings"})


def fold(text: str) -> str:
    """Lower case without accents: `Zoë Ångström` -> `zoe angstrom`."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text).replace("&", " and "))


def company_words(company: str) -> list[str]:
    """The words that name a company: `The Acme Widgets Group, Inc.` -> [`acme`, `widgets`]."""
    named = words(normalise_company(company))
    kept = [word for word in named if word not in _FILLER]
    return kept or named


def name_words(name: str) -> list[str]:
    """A person's name as comparable words, initials dropped: `Ada M. Lovelace` -> ada, lovelace."""
    return [word for word in words(name) if len(word) > 1 and not word.isdigit()]


def looks_like_person(name: str) -> bool:
    """Two to five capitalised words: a name we trust enough to compare addresses with."""
    parts = name.split()
    return 2 <= len(parts) <= 5 and all(part[:1].isupper() for part in parts)


def built_from_name(letters: str, parts: list[str]) -> bool:
    """Whether `letters` is the starts of name words, in the name's order, one after
    another: `dasubipar` from David Subires Parra, `spi` from three initials, `dd` from
    two names starting with d (a university NetID without its digits)."""
    if not letters or not parts:
        return False

    @functools.cache
    def fits(at: int, part: int) -> bool:
        if at == len(letters):
            return True
        for index in range(part, len(parts)):
            word = parts[index]
            size = 1
            while size <= len(word) and at + size <= len(letters):
                if letters[at + size - 1] != word[size - 1]:
                    break
                if fits(at + size, index + 1):
                    return True
                size += 1
        return False

    return fits(0, 0)


# Initials run to this many letters: first, middle and last names (`jrrt`).
_MAX_INITIALS = 5


def _initials_around(letters: str, initials: str) -> bool:
    """Initials with middle ones the resume does not print: `ajl` for Ada Lovelace, whose
    middle name the page leaves out, starts with her first initial and ends with her last."""
    return (
        len(initials) >= 2
        and 3 <= len(letters) <= _MAX_INITIALS
        and letters[0] == initials[0]
        and letters[-1] == initials[-1]
    )


def resembles_name(text: str, name: str, threshold: float = 80.0) -> bool:
    """Whether `text` (an email local part, a PDF Author) is plausibly built from `name`.

    Accepts a whole name word of three or more letters inside the text
    (`jdoe`, `ada.l`, `lovelace42`), the text as the start of a name word
    (`ada` for `Adaline`), initials plus a name word (`alovelace`), or a close
    fuzzy match for spelling variants.
    """
    from rapidfuzz import fuzz

    letters = "".join(words(text))
    parts = name_words(name)
    if not letters or not parts:
        return True
    for part in parts:
        if len(part) >= 3 and part in letters:
            return True
        if len(letters) >= 3 and part.startswith(letters):
            return True
    initials = "".join(part[0] for part in parts)
    if len(letters) <= 4 and letters in (initials, initials[0] + initials[-1]):
        return True
    if _initials_around(re.sub(r"\d", "", letters), initials):
        return True
    if built_from_name(re.sub(r"\d", "", letters), parts):
        return True
    # One piece of a local part set apart by dots, dashes or digits may be the name-built
    # one beside a word of its own (`asdl.work` for Ana Sofia Duarte Lima, `jrrt-music`).
    pieces = re.findall(r"[a-z]+", " ".join(words(text)))
    if len(pieces) > 1 and any(
        piece == initials or (len(piece) >= 3 and built_from_name(piece, parts))
        for piece in pieces
        if len(piece) >= 2
    ):
        return True
    return any(fuzz.partial_ratio(part, letters) >= threshold for part in parts if len(part) >= 4)
