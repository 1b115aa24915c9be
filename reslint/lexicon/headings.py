"""Section headings in their many spellings, mapped to what the section holds."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

from reslint.model import Line

_SPACED_LETTERS_RE = re.compile(r"^(?:\w\s)+\w$")
_TITLE_PUNCTUATION_RE = re.compile(r"[:|•·_*#=\-–—]+")
# Symbols and icon glyphs printed before or after a title ("+ CONTACT", "■ Skills ■").
_DECORATION_RE = re.compile(r"^[^\w(]+|[^\w)]+$")


def _fold(text: str) -> str:
    """`text` in compatibility form without accents: "Expérience" and "Experience" alike.

    Most lines are plain ASCII and need none of it; heading_kind runs on every line.
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Recompose what is not an accent (Hangul syllables decompose into their letters).
    return unicodedata.normalize("NFC", bare)


def normalise(text: str) -> str:
    """Lower-case, accent-folded-for-lookup, punctuation-free title text."""
    text = _DECORATION_RE.sub("", _fold(text).strip())
    if _SPACED_LETTERS_RE.match(text):
        text = text.replace(" ", "")
    text = _TITLE_PUNCTUATION_RE.sub(" ", text)
    text = text.replace("&", " and ")
    return " ".join(text.lower().split())


def display_title(text: str) -> str:
    """A heading's title as printed, without its decoration and trailing colon."""
    return _DECORATION_RE.sub("", text.strip()).strip(" :") or text.strip(" :")


def _load_titles() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Titles per kind, and the (normalised) titles that may end a heading; see the file."""
    with (Path(__file__).parent / "data" / "section_titles.toml").open("rb") as file:
        data = tomllib.load(file)
    ending_languages = frozenset(data.pop("ending_languages"))
    kinds = {
        kind: tuple(title for titles in by_language.values() for title in titles)
        for kind, by_language in data.items()
    }
    endings = frozenset(
        normalise(title)
        for by_language in data.values()
        for language, titles in by_language.items()
        if language in ending_languages
        for title in titles
    )
    return kinds, endings


SECTION_KINDS, _ENDINGS = _load_titles()
# Titles are looked up as normalise() writes them ("honors-awards" as "honors awards").
_LOOKUP = {normalise(title): kind for kind, titles in SECTION_KINDS.items() for title in titles}


def known_title(text: str) -> str | None:
    """The section kind of a title written exactly as one of the known spellings."""
    return _LOOKUP.get(normalise(text))


def heading_kind(line: Line, body_font_size: float | None = None) -> str | None:
    """The section kind if `line` is a heading, else None.

    A line is a heading when its whole text is a known title, or when it is
    styled as one (Markdown `#`, a larger, bold or all-capitals short line) and
    starts with a known title, or ends with one where the language allows it.
    """
    if line.bullet:
        return None
    text = normalise(line.text)
    if not text or len(text) > 60:
        return None
    if text in _LOOKUP:
        return _LOOKUP[text]
    words = text.split()
    short = len(words) <= 4
    styled = (
        line.heading
        or (
            body_font_size is not None
            and line.font_size is not None
            and line.font_size >= body_font_size + 1.0
        )
        or (line.bold and short)
        or (short and line.text.isupper() and text.replace(" ", "").isalpha())
    )
    if not styled:
        return None
    return _titled_kind(words) or ("other" if line.heading else None)


def _titled_kind(words: list[str]) -> str | None:
    """The kind of the longest title the words start with, or end with where allowed."""
    for size in range(len(words) - 1, 0, -1):
        kind = _LOOKUP.get(" ".join(words[:size]))
        if kind is not None:
            return kind
        ending = " ".join(words[-size:])
        if ending in _ENDINGS:
            return _LOOKUP[ending]
    return None
