"""The language a resume is written in, from its script or its commonest short words.

Only what other parts of the structure need: a phone number printed without its country
code is read in a country where the document's language is spoken. The words and scripts
are data (languages.toml).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from reslint.lexicon.data_files import load_words

_WORD_RE = re.compile(r"[^\W\d_]+")
# Addresses and links are not written in a language ("at", "de" and "in" are in many).
# An email, URL or domain is a word of its own between spaces: the words are taken one by
# one and asked (a pattern `\S*@\S*` would retry every start of a long run: quadratic).
_TOKEN_RE = re.compile(r"\S+")
_DOMAIN_RE = re.compile(r"(?<=\S)\.(?:com|org|net|io|de|fr)\b")


def _address_blanked(match: re.Match[str]) -> str:
    token = match.group()
    if "@" in token or "://" in token or "www." in token or _DOMAIN_RE.search(token):
        return " "
    return token


# A script must hold this share of a document's letters to decide its language: an English
# resume may print a name or a school in another script.
_SCRIPT_SHARE = 0.3
# Japanese mixes Han with kana; this much kana among them makes the Han letters Japanese.
_KANA_SHARE = 0.1
# Function words decide only with this many hits, and this far ahead of the runner-up.
_MIN_SCORE = 3.0
_LEAD = 1.3


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    words: frozenset[str]
    script: str | None
    marks: frozenset[str]
    countries: tuple[str, ...]


@cache
def languages() -> dict[str, Language]:
    data = load_words("languages")
    return {
        code: Language(
            code,
            frozenset(table.get("words", ())),
            table.get("script"),
            frozenset(table.get("marks", ())),
            tuple(table["countries"]),
        )
        for code, table in data.items()
    }


@cache
def _word_weights() -> dict[str, dict[str, float]]:
    """For each function word, how much it says for each language that uses it."""
    users: dict[str, list[str]] = {}
    for language in languages().values():
        for word in language.words:
            users.setdefault(word, []).append(language.code)
    return {word: {code: 1 / len(codes) for code in codes} for word, codes in users.items()}


def _script(char: str) -> str | None:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return None
    if name.startswith("CJK"):
        return "Han"
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "Hiragana"
    head = name.split(" ", 1)[0].capitalize()
    return head if head != "Latin" else None


def _by_script(text: str) -> str | None:
    letters = 0
    scripts: Counter[str] = Counter()
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        if not char.isascii() and (script := _script(char)) is not None:
            scripts[script] += 1
    if scripts["Hiragana"] and scripts["Hiragana"] >= _KANA_SHARE * scripts["Han"]:
        scripts["Hiragana"] += scripts.pop("Han", 0)
    if not scripts:
        return None
    script, count = scripts.most_common(1)[0]
    if count < _SCRIPT_SHARE * letters:
        return None
    speaking = [language for language in languages().values() if language.script == script]
    marked = [lang for lang in speaking if lang.marks and any(mark in text for mark in lang.marks)]
    plain = [lang for lang in speaking if not lang.marks]
    chosen = marked or plain or speaking
    return chosen[0].code if chosen else None


def _by_words(words: Iterable[str]) -> str | None:
    weights = _word_weights()
    scores: Counter[str] = Counter()
    for word in words:
        for code, weight in weights.get(word, {}).items():
            scores[code] += weight
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < _MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[0][1] < _LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def document_language(texts: Iterable[str]) -> str | None:
    """The language code (languages.toml) the texts are written in, or None if unclear."""
    text = "\n".join(texts)
    words = _WORD_RE.findall(_TOKEN_RE.sub(_address_blanked, text))
    return _by_script(text) or _by_words(word.lower() for word in words)


def language_countries(code: str | None) -> tuple[str, ...]:
    """The countries where a language is spoken, most resumes first."""
    language = languages().get(code or "")
    return language.countries if language is not None else ()
