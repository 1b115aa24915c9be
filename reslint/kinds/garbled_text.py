"""Kind `garbled-text`: text that lost letters or meaning on its way out of the file.

What an applicant tracking system stores is the extracted text. What matters is whether a
word in it is still the word on the page:

- a glyph with no character (`(cid:NN)`, a private-use code point, `�`) *inside* a word,
  or a word made of nothing else: letters are gone (`e(cid:3)cient`, `((cid:36)150,000)`);
- a ligature with no Unicode, dropped or turned into a space (`Scienti c`, `dierent`),
  found through a word list of words that have fi, fl, ff, ffi or ffl;
- accents left as separate marks after a space (`fu ̈r`), from fonts that draw them apart,
  or as spacing marks inside a word (`J¨org`, `Jos´e`);
- letters spaced out (`S U M M A R Y`) or drawn twice (`DDaattaa`, a title twice over);
- mis-decoded characters (`Ã©`, `â€™`) and lines mostly of control characters.

A lone icon glyph between spaces (Font Awesome's phone, mail and pin before the contact
details, a trophy before an award), or one glued to the front of the link or name it
decorates, is decoration: no letter is lost, so it is not reported.
Each cause is reported once per document, with a count, at its first line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.visibility import unseen_ids
from reslint.model import Document, Line

OPTIONS = {
    "min_symbol_share": Option(
        "float",
        0.3,
        "A line of 12+ characters with at least this share of control or unassigned "
        "characters is garbled.",
    ),
    "ligature_words": Option(
        "strings",
        [],
        "Words with fi, fl, ff, ffi or ffl; the same word with the ligature dropped or "
        "turned into a space is garbled.",
    ),
    "min_spaced_letters": Option(
        "int", 5, "This many single letters in a row, each followed by a space, are spaced out."
    ),
}

# A glyph with no character as extraction shows it: pdfminer's and our PDF reader's
# `(cid:NN)`, private-use code points (icon fonts, unmapped symbol fonts), U+FFFD.
_PRIVATE_USE = r"[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
_NO_CHAR = rf"(?:\(cid:\d+\)|{_PRIVATE_USE}|\ufffd)"
_NO_CHAR_RE = re.compile(_NO_CHAR)
# ... glued to a letter or digit on either side, or a word of unmapped codes (a row of
# private-use icons with nothing between them is still decoration).
_CID = r"\(cid:\d+\)"
_IN_WORD_RE = re.compile(rf"[^\W_]{_NO_CHAR}|{_NO_CHAR}[^\W_]|{_CID}{_CID}")
# An icon font's glyph glued to the front of what it decorates (a link icon before
# `GitHub`, `linkedin.com/in/…`, `+44 …`): a private-use code point, after no letter,
# before a capital, a figure, `+` or a link. A letter lost at a word's start (an unmapped
# `fi` in `nance`) is followed by the rest of the word in lower case.
_ICON_PREFIX_RE = re.compile(
    rf"(?<![^\W_]){_PRIVATE_USE}+(?=[A-Z0-9+]|\S*[@/.]\S)"
    # ... or, at the start of a line (where icons and bullets stand), up to three glyphs
    # with no character at all before a capital, a figure or a link: an icon drawn in
    # glyphs of an unmapped font (a link icon before `Github|…`, a chart before a
    # project's name). A lost word there would go on in lower case.
    rf"|^\s*{_NO_CHAR}{{1,3}}(?=\s?(?:[A-Z0-9+]|\S*[@/.]\S))"
    # ... or anywhere, such glyphs after no letter before a word in title case
    # (`(cid:4)LinkedIn`, `(cid:5)Portfolio`): a lost first letter would leave the rest
    # in lower case (`(cid:28)nance`), and one lost from a word in capitals the rest in
    # capitals (`(cid:3)NGINEER`).
    rf"|(?<![^\W_]){_NO_CHAR}{{1,3}}(?=[A-Z][a-z])"
)
# A combining accent at the start of a word: the font drew it apart from its letter.
_LOOSE_ACCENT_RE = re.compile(r"(?:^|\s)[\u0300-\u036f]")
# A spacing accent left beside its letter inside a word (`J¨org`, `Jos´e`, `Garc´ıa`): TeX's
# OT1 fonts draw accented letters as a letter and a mark, and some extractions keep the
# mark as the spacing character. Marks nobody types for an apostrophe count between any
# two letters; the acute, which people do type for one (`Master´s`, `l´école`,
# `dell´anno`), only before the dotless i TeX accents, or before a plain vowel that ends
# the word or follows four letters not ending an elision (`ll`, `qu`).
_NOT_APOSTROPHE_MARKS = "\u00a8\u02c6\u02dc\u00b8\u02c7\u02d8\u02da\u02dd\u02db\u02d9"
_SPACING_ACCENT_RE = re.compile(
    rf"(?<=[^\W\d_])[{_NOT_APOSTROPHE_MARKS}](?=[^\W\d_])"
    r"|(?<=[^\W\d_])[\u00b4`]\u0131"
    r"|(?<=[^\W\d_])[\u00b4`][aeiouyAEIOUY](?![^\W\d_])"
    r"|(?<![^\W\d_])[^\W\d_]*(?<!ll)(?<!qu)(?<=[^\W\d_]{4})[\u00b4`][aeiouyAEIOUY]"
)
_MOJIBAKE_RE = re.compile(r"Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u009d˜”“¦]")
# Letters of the alphabets that separate words with spaces (not CJK, where one is a word).
_LETTER = r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]"
# Every letter of a word drawn twice: fake bold printed two times slightly apart.
_DOUBLED_RE = re.compile(r"\b(?:([A-Za-z\u00c0-\u024f])\1){4,}\b")
_LIGATURES = ("ffi", "ffl", "ff", "fi", "fl")

_CAUSES: Mapping[str, str] = {
    "in-word": "glyphs with no character inside words ('(cid:NN)' or private-use codes), "
    "so letters are lost",
    "ligature": "letters lost where a ligature (fi, fl, ff) has no character",
    "accent": "accents extracted apart from their letters",
    "spaced": "words spelt out letter by letter, which searches cannot find",
    "doubled": "text drawn twice, which extracts doubled",
    "mojibake": "mis-decoded characters such as 'Ã©' or 'â€™' (UTF-8 read as Windows-1252)",
    "symbols": "mostly control or unassigned characters",
}


def _symbol_share(text: str) -> float:
    if text.isprintable():  # no control, unassigned, surrogate or private-use character
        return 0.0
    junk = sum(
        1
        for ch in text
        if unicodedata.category(ch) in ("Cc", "Cn", "Cs", "Co") and ch not in "\t\n"
    )
    return junk / max(len(text), 1)


@cache
def _broken_ligatures(words: tuple[str, ...]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """A pattern for the words with a ligature turned into a space (`scienti c`), and the
    set of the words with it dropped (`dierent`), leaving out forms that are words."""
    known = {word.lower() for word in words}
    spaced: set[str] = set()
    dropped: set[str] = set()
    for word in known:
        for ligature in _LIGATURES:
            start = word.find(ligature)
            if start < 0:
                continue
            head, tail = word[:start], word[start + len(ligature) :]
            # Short pieces would be ordinary words ("per l'" in Italian is not "perfil").
            if (len(head) >= 3 and len(tail) >= 2) or len(head) >= 5 or len(tail) >= 4:
                spaced.add(f"{head} {tail}")
            joined = head + tail
            if len(joined) >= 6 and joined not in known:
                dropped.add(joined)
            break  # the first ligature: a word with two loses both, rarely just one
    pattern = None
    if spaced:
        alternatives = "|".join(sorted(map(re.escape, spaced), key=len, reverse=True))
        pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_'’])", re.IGNORECASE)
    return pattern, frozenset(dropped)


def _spaced_re(count: int) -> re.Pattern[str]:
    return re.compile(rf"(?<!\S)(?:{_LETTER} ){{{count - 1},}}{_LETTER}(?!\S)")


def _printed_twice(text: str) -> bool:
    """A line that is one phrase of two or more words written twice over."""
    words = text.split()
    half = len(words) // 2
    letters = sum(map(str.isalpha, text))
    return len(words) >= 4 and len(words) % 2 == 0 and letters >= 8 and words[:half] == words[half:]


@dataclass(frozen=True, slots=True)
class _Patterns:
    """What a rule's options compile to, made once per document rather than per line."""

    spaced_ligature: re.Pattern[str] | None
    dropped: frozenset[str]
    spaced: re.Pattern[str]
    min_symbol_share: float


def _causes(line: Line, patterns: _Patterns) -> Iterator[tuple[str, str | None]]:
    """Each cause of garbling on the line, with the text that shows it."""
    text = line.text
    match = _IN_WORD_RE.search(_ICON_PREFIX_RE.sub(" ", text))
    if match:
        yield "in-word", _word_at(text, match.start())
    spaced_ligature, dropped = patterns.spaced_ligature, patterns.dropped
    match = spaced_ligature.search(text) if spaced_ligature else None
    if match:
        yield "ligature", match.group(0)
    elif dropped:
        word = next((w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in dropped), None)
        if word:
            yield "ligature", word
    match = _SPACING_ACCENT_RE.search(text)
    if _LOOSE_ACCENT_RE.search(text) or match:
        yield "accent", _word_at(text, match.start()) if match else None
    match = patterns.spaced.search(text)
    if match:
        yield "spaced", match.group(0)
    match = _DOUBLED_RE.search(text)
    if match or _printed_twice(text):
        yield "doubled", match.group(0) if match else None
    match = _MOJIBAKE_RE.search(text)
    if match:
        yield "mojibake", match.group(0)
    stripped = text.strip()
    if (
        len(stripped) >= 12
        and _symbol_share(stripped) >= patterns.min_symbol_share
        and not _NO_CHAR_RE.search(stripped)  # icons alone are decoration
    ):
        yield "symbols", None


def _word_at(text: str, index: int) -> str:
    start = text.rfind(" ", 0, index) + 1
    end = text.find(" ", index)
    return text[start : end if end >= 0 else len(text)][:40]


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    found: dict[str, list[tuple[Line, str | None]]] = {}
    patterns = _Patterns(
        *_broken_ligatures(tuple(options["ligature_words"])),
        _spaced_re(options["min_spaced_letters"]),
        options["min_symbol_share"],
    )
    # Text no reader sees loses no letter a reader reads (hidden-text reports it).
    unseen = unseen_ids(doc)
    for line in doc.lines:
        if id(line) in unseen:
            continue
        for cause, shown in _causes(line, patterns):
            found.setdefault(cause, []).append((line, shown))
    for cause, description in _CAUSES.items():
        hits = found.get(cause)
        if hits:
            where = "1 line has" if len(hits) == 1 else f"{len(hits)} lines have"
            line, shown = hits[0]
            yield Hit(f"{where} {description}", line, shown)
