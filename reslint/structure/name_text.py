"""A printed name as a name: the words around names, and the text repairs a name needs.

Accents a PDF printed apart, honorifics before a name, pronouns, credentials and emoji
after it, letters spaced out or glued (`J O H N`, `JaneDoe`), and a name whose spaces
the text layer lost, split again by the person's handles (`JANEMARIEDOE`).
structure/name.py finds the name; this module only cleans text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from reslint.lexicon.data_files import load_words
from reslint.lexicon.degrees import DEGREE_RE
from reslint.lexicon.language import languages

_SPACED_LETTERS_RE = re.compile(r"(?:\w\s)+\w")
_CAMEL_RE = re.compile(r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Þ][a-zà-ÿ]{2})")
_MARKS_RE = re.compile(r"(\S?)\s([\u0300-\u036f]+)(\S?)")
_CJK_GAP_RE = re.compile(r"(?<=[\u3040-\u9fff\uac00-\ud7af])\s+(?=[\u3040-\u9fff\uac00-\ud7af])")
_SYMBOL = r"[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d\s]"
# Emoji and pictographs printed before or after a name (`Jane Doe 🚀`).
_SYMBOLS_RE = re.compile(rf"^{_SYMBOL}+|{_SYMBOL}+$")


def fold(text: str) -> str:
    """Lower case without accents, one space between words and none between CJK characters
    (`岗 位` is `岗位` spaced out)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _CJK_GAP_RE.sub("", " ".join(bare.casefold().split()))


@dataclass(frozen=True, slots=True)
class NameWords:
    name: frozenset[str]
    given: frozenset[str]
    family: frozenset[str]
    titles: frozenset[str]
    fields: frozenset[str]
    dated: frozenset[str]
    particles: frozenset[str]
    honorifics: frozenset[str]
    credentials: frozenset[str]
    pronouns: frozenset[str]
    surname_like: frozenset[str]
    first_person: frozenset[str]
    role: frozenset[str]
    alt_text: frozenset[str]
    statuses: frozenset[str]
    genders: frozenset[str]
    function_words: frozenset[str]  # of every language, but the name particles


@cache
def name_words() -> NameWords:
    data = load_words("name_words")

    def gather(key: str, optional: bool = False) -> frozenset[str]:
        return frozenset(
            fold(word)
            for table in data.values()
            if isinstance(table, dict)
            for word in (table.get(key, ()) if optional else table[key])
        )

    particles = frozenset(fold(word) for word in data["particles"])
    function_words = (
        frozenset(word for language in languages().values() for word in language.words) - particles
    )
    return NameWords(
        name=gather("name"),
        given=gather("given"),
        family=gather("family"),
        titles=gather("titles"),
        fields=gather("fields"),
        dated=gather("dated"),
        particles=particles,
        honorifics=frozenset(fold(word).rstrip(".") for word in data["honorifics"]),
        credentials=frozenset(fold(word) for word in data["credentials"]),
        pronouns=frozenset(fold(word) for word in data["pronouns"]),
        surname_like=frozenset(fold(word) for word in data["surname_like"]),
        first_person=frozenset(fold(word) for word in data["first_person"]),
        role=gather("role"),
        alt_text=frozenset(fold(word) for word in data["alt_text"]),
        statuses=gather("statuses", optional=True),
        genders=gather("genders", optional=True),
        function_words=function_words,
    )


def repair_marks(text: str) -> str:
    """Put accents a PDF's text layer printed apart back on their letters: `Bjo ̈rn` → `Björn`.

    The mark joins the letter before it where the two compose, else the letter after it.
    """
    while match := _MARKS_RE.search(text):
        before, marks, after = match.groups()
        composed = unicodedata.normalize("NFC", before + marks)
        if before and len(composed) == 1:
            text = text[: match.start()] + composed + after + text[match.end() :]
            continue
        composed = unicodedata.normalize("NFC", after + marks)
        if after and len(composed) == 1:
            text = text[: match.start()] + before + composed + text[match.end() :]
            continue
        text = text[: match.start()] + before + after + text[match.end() :]
    return text


def _without_honorifics(text: str) -> str:
    words = name_words()
    parts = text.split()
    while len(parts) > 1 and all(
        piece.strip(".") and fold(piece.strip(".")) in words.honorifics
        for piece in re.split(r"(?<=\.)", parts[0])
        if piece
    ):
        parts = parts[1:]
    return " ".join(parts)


def _without_pronouns(text: str) -> str:
    compact = re.sub(r"\s*/\s*", "/", text)
    words = name_words()
    for pronoun in sorted(words.pronouns, key=len, reverse=True):
        if fold(compact).endswith(" " + pronoun):
            return compact[: len(compact) - len(pronoun)].rstrip(" (")
        if fold(compact).endswith("(" + pronoun + ")"):
            return compact[: len(compact) - len(pronoun) - 2].rstrip(" (")
    return text


def _is_credential(text: str) -> bool:
    folded = fold(text).strip(" .")
    return folded in name_words().credentials or bool(
        (match := DEGREE_RE.fullmatch(text.strip(" ."))) and match.group(0)
    )


def _without_credentials(text: str) -> str:
    """`Jane Doe, PhD, PMP` → `Jane Doe`: degrees and certifications after the name; a
    name of one word before the comma is the surname first (`Ma, Ed`), left whole."""
    parts = text.split(",")
    while len(parts) > 1 and len(parts[0].split()) > 1 and _is_credential(parts[-1]):
        parts = parts[:-1]
    words = ",".join(parts).split(" ")
    # Without a comma (`Jane Doe B.Sc.`, `Jane Doe MBA`): a credential written as one,
    # with a full stop or two capitals, which no given name or surname is.
    while len(words) > 2 and _written_as_credential(words[-1]):
        words = words[:-1]
    return " ".join(words)


def _written_as_credential(word: str) -> bool:
    capitals = sum(char.isupper() for char in word)
    return _is_credential(word) and ("." in word or capitals >= 2)


def clean(text: str) -> str:
    """A printed name as a name: marks repaired, titles and pronouns dropped, spaced and
    glued letters (`J O H N`, `JaneDoe`) put right."""
    # Letters spaced out with a wider gap between the words: `J A N E   D O E`.
    chunks = re.split(r"\s{2,}", text.strip())
    if len(chunks) > 1 and all(_SPACED_LETTERS_RE.fullmatch(chunk) for chunk in chunks):
        text = " ".join(chunk.replace(" ", "") for chunk in chunks)
    text = " ".join(repair_marks(text).split()).strip(" .,;:")
    # An emoji or a symbol printed beside the name (`Jane Doe 🚀`) is no part of it.
    text = _SYMBOLS_RE.sub("", text).strip(" .,;:")
    if _SPACED_LETTERS_RE.fullmatch(text):
        return text.replace(" ", "")
    text = _without_credentials(_without_pronouns(_without_honorifics(text)))
    if " " not in text:
        text = _CAMEL_RE.sub(" ", text)
    return text.strip(" .,;:")


def typed_name(text: str) -> str:
    """A name its owner typed into a field (a profile, JSON Resume): as typed, but for the
    pronouns, credentials and emoji profiles put beside it; a title before it (`Dr.`) is
    kept, since the field holds what its owner chose to be called."""
    text = _SYMBOLS_RE.sub("", " ".join(text.split())).strip(" ,;:")
    return _without_credentials(_without_pronouns(text)).strip(" ,;:")


# The longest glued name looked at: the split tries every cut, and a name is short.
_GLUED_MAX = 40
_HANDLE_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def handle_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of the person's handles (an email's local part, a LinkedIn profile line),
    which spell the name with separators where a PDF may have lost its spaces."""
    return frozenset(
        fold(word) for text in texts for word in _HANDLE_WORD_RE.findall(text.split("@")[0])
    )


def unglued(text: str, words: frozenset[str]) -> str:
    """`JANEMARIEDOE` as `JANE MARIE DOE` when the person's handles spell it with
    separators (`linkedin.com/in/jane-marie-doe`); else the text as it is.

    A letter-spaced name loses its spaces in some PDFs' text layer; only a split into two or
    more of the handle's words, covering the whole text, is taken.
    """
    if " " in text or not 6 <= len(text) <= _GLUED_MAX or not (text.isupper() or text.islower()):
        return text
    folded = fold(text)
    if len(folded) != len(text) or not text.isalpha():
        return text
    words = words - {folded}  # the handle that is the glued name itself splits nothing
    # best[i]: the fewest words that spell folded[:i], as the cut points.
    best: list[list[int] | None] = [[]] + [None] * len(folded)
    for end in range(1, len(folded) + 1):
        for start in range(end):
            cuts, known = best[start], best[end]
            fewer = known is None or (cuts is not None and len(cuts) + 1 < len(known))
            if cuts is not None and folded[start:end] in words and fewer:
                best[end] = [*cuts, end]
    cuts = best[-1]
    if cuts is None or len(cuts) < 2:
        return text
    return " ".join(text[a:b] for a, b in zip([0, *cuts[:-1]], cuts, strict=True))
