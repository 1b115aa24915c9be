"""The words around dates, per language, as date_words.toml lists them: month names and
their numbers, `present`, `until` and `since` words, durations; and `alternatives`, the
regex that matches any of a list of words, built as a trie (dates.py's patterns use it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from reslint.lexicon.data_files import load_words


def _load_words() -> dict[str, Any]:
    return load_words("date_words")


WORDS = _load_words()
DASHES: str = WORDS["dashes"]
APOSTROPHES: str = WORDS["apostrophes"]


def _spellings(word: str) -> tuple[str, ...]:
    """A word as typed: `aujourd'hui` also with each other apostrophe."""
    if "'" not in word:
        return (word,)
    return tuple(word.replace("'", apostrophe) for apostrophe in APOSTROPHES)


def month_key(name: str) -> str:
    """A month name as MONTHS holds it: lower case, the Turkish dotted and dotless i as i."""
    return name.lower().replace("\u0307", "").replace("ı", "i")


LANGUAGES = [table for table in WORDS.values() if isinstance(table, dict)]
MONTHS: dict[str, int] = {}
FULL_MONTH_NAMES: set[str] = set()
UNABBREVIATED: set[str] = set()  # months a language never shortens (French `mars`, `juin`)
SHORT_NAMES: set[str] = set()
MONTH_SPELLINGS: set[str] = set()  # as written, for the regex: `aralık` as well as `aralik`
for _language in LANGUAGES:
    for _number, (_full, _short) in enumerate(
        zip(_language["months"], _language["short"], strict=True), start=1
    ):
        MONTH_SPELLINGS.update(_full.split(), _short.split())
        for _name in map(month_key, _full.split()):
            MONTHS[_name] = _number
            FULL_MONTH_NAMES.add(_name)
        for _name in map(month_key, _short.split()):
            MONTHS[_name] = _number
            SHORT_NAMES.add(_name)
        if not _short:
            UNABBREVIATED.update(map(month_key, _full.split()))
# Abbreviations that are everyday words; see date_words.toml.
WORD_LIKE_MONTHS = frozenset(WORDS["word_like"])

# Each language's season names (`Été 2019`): a date of that year, naming no month.
SEASONS: frozenset[str] = frozenset(
    name
    for language in LANGUAGES
    for names in language.get("seasons", ())
    for name in names.split()
)
ENGLISH_SEASONS = tuple(name for names in WORDS["en"]["seasons"] for name in names.split())
PRESENT_WORDS = tuple(
    dict.fromkeys(
        spelling
        for words in (*(language["present"] for language in LANGUAGES), WORDS["present_signs"])
        for word in words
        for spelling in _spellings(word)
    )
)
UNTIL_WORDS = tuple(dict.fromkeys(word for language in LANGUAGES for word in language["until"]))


def listed(key: str) -> tuple[str, ...]:
    """The words every language lists under `key`, once each."""
    return tuple(dict.fromkeys(word for language in LANGUAGES for word in language.get(key, ())))


# The month names of the languages that print them after the year (`2019. szeptember`),
# whole and shortened (`2019. szept.`).
def _year_first(key: str) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            name
            for language in LANGUAGES
            if language.get("year_first")
            for names in language[key]
            for name in names.split()
        )
    )


YEAR_FIRST_MONTHS = _year_first("months")
YEAR_FIRST_SHORT = _year_first("short")
# Japanese era names and the Gregorian year of each era's first year (`令和3年` is 2021).
ERAS: dict[str, int] = {
    name: first for language in LANGUAGES for name, first in language.get("eras", {}).items()
}
SINCE_WORDS = listed("since")
DURATION_WORDS = listed("durations")
TOTAL_WORDS = listed("totals")
EXPECTED_WORDS = listed("expected")
FROM_WORDS = listed("from")
LIST_JOINS = listed("list_joins")


def alternatives(words: Iterable[str]) -> str:
    """A regex that matches any of `words`, the longest it can, with any run of spaces inside
    a phrase.

    Written as a trie (`ma(?:r(?:zo|s|ch)?|y)`): the month names of sixteen languages as a
    flat alternation are tried one by one at every position of every line.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return group
    # A word ends here: the longer words first, then this one.
    return (group if len(branches) > 1 or len(group) == 1 else f"(?:{group})") + "?"
