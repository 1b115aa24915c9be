"""The level of a degree (doctorate, master, bachelor, associate, diploma) from its name.

The words of each level, per language, are data in data/degree_levels.toml, read once at
import. Texts are compared folded (`fold` below: lower case, no accents, a dot inside a word
dropped), the same on both sides, so the data is written the way a folded degree reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from reslint.lexicon.data_files import load_words

LEVELS = ("doctorate", "master", "bachelor", "associate", "diploma")

# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, spaces collapsed: `B.Sc.` is `bsc`."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().translate(_LETTERS)
    text = re.sub(r"(?<=\w)[.'’](?=\w)", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _load() -> tuple[dict[str, str], list[tuple[str, str]], frozenset[str]]:
    spaced: dict[str, str] = {}
    unspaced: dict[str, str] = {}
    lettered: set[str] = set()
    for table in load_words("degree_levels").values():
        target = spaced if table.get("spaced", True) else unspaced
        for level in LEVELS:
            for word in table.get(level, []):
                target.setdefault(fold(word), level)
        lettered.update(fold(word) for word in table.get("lettered", []))
    # Longest first, so "전문학사" (associate) is found before the "학사" (bachelor) in it.
    anywhere = sorted(unspaced.items(), key=lambda item: len(item[0]), reverse=True)
    return spaced, anywhere, frozenset(lettered)


_SPACED, _ANYWHERE, LETTERED = _load()
_MAX_WORDS = 3


def _runs(words: list[str]) -> Callable[[int], list[str]]:
    def of_size(size: int) -> list[str]:
        return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]

    return of_size


def degree_level(text: str) -> str | None:
    """The level `text` names, from its longest run of words that names one; None when no
    word of any language's table is in it."""
    folded = fold(text)
    words = folded.split()
    runs = _runs(words)
    for size in range(_MAX_WORDS, 0, -1):
        for run in runs(size):
            level = _SPACED.get(run)
            if level is None and size > 1 and all(len(word) <= 2 for word in run.split()):
                level = _SPACED.get(run.replace(" ", ""))  # "M. A." printed letter by letter
            if level is not None:
                return level
    compact = folded.replace(" ", "")
    for word, level in _ANYWHERE:
        if word in compact:
            return level
    return None
