"""Phone numbers as text layers and editors print them, before they are judged
(structure/phones.py): labels compared folded, a label glued onto its number, dashes and
dots other than `-` and `.` between the digits, two numbers a slash joins, an extension
after a number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from reslint.lexicon.contact import PHONE_CANDIDATE_RE
from reslint.lexicon.data_files import load_words

_CJK_GAP_RE = re.compile(r"(?<=[\u3040-\u9fff\uac00-\ud7af])\s+(?=[\u3040-\u9fff\uac00-\ud7af])")
_MAX_DIGITS = 15


def fold_label(text: str) -> str:
    """Lower case without accents, and no spaces between CJK characters (`手 机`)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _CJK_GAP_RE.sub("", bare).casefold()


def alternatives(key: str) -> str:
    words = {
        fold_label(word)
        for table in load_words("phone_words").values()
        for word in table.get(key, ())
    }
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _extension_pattern() -> re.Pattern[str]:
    """An extension right after a number (`ext. 45`, `x204`, `доб. 12`), in folded text."""
    return re.compile(
        rf"^\s*[,;]?\s*[(\[]?(?:{alternatives('extension')})\.?\s*[:.]?\s*\d{{1,6}}[)\]]?(?!\w)"
    )


def without_extension(after: str) -> str:
    """What follows a number, less the extension that opens it: the number is the phone."""
    match = _extension_pattern().match(fold_label(after))
    # Folding keeps the length of Latin and Cyrillic text, where the words are.
    return after[match.end() :] if match and len(fold_label(after)) == len(after) else after


# Dashes and dots a number is written with besides `-` and `.`, between its digits:
# `617–555–0123` (an editor's en dash), `+1‑617‑…` (a non-breaking hyphen), `617·555·0123`.
# Between digits, or after an area code's bracket: `(617)–555–0123`.
_DASH_IN_NUMBER_RE = re.compile(r"(?<=[\d)])[\u2010-\u2015\u2212](?=\d)")
_DOT_IN_NUMBER_RE = re.compile(r"(?<=\d)[•·](?=\d)")
# A number printed in groups a spaced dot sets apart (`0171 · 234 · 5678`): three groups
# or more, so a field separator between two items (`SW1 · 07700 900461`) stays one.
_SPACED_DOTS_RE = re.compile(r"(?<![\w.])\d{2,5}(?: [•·] \d{2,5}){2,}(?![\w.])")
# A country code written with its plus after it (`(66+) 81 234 5678`), rewritten to the
# same length so what is found maps back onto the printed text.
_PLUS_AFTER_RE = re.compile(r"\((\d{1,3})\+\)")
_DASHES = "-\u2010-\u2015\u2212"


@cache
def _glued_label_re() -> re.Pattern[str]:
    """A phone label of three letters or more that the text layer glued onto its number
    (`Phone617-555-0123`, `Mobile+44 …`), as printed (not folded)."""
    words = {
        word
        for table in load_words("phone_words").values()
        for word in table["labels"]
        if len(word) >= 3
    }
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])((?:{alternatives})\.?)(?=[+(]?\d)", re.IGNORECASE)


def in_number(text: str) -> str:
    """The text with the dashes and dots between digits written `-` and `.`, and a label
    glued onto its number set apart from it (what is found maps back onto the printed
    text by `as_printed`)."""
    text = _DOT_IN_NUMBER_RE.sub(".", _DASH_IN_NUMBER_RE.sub("-", text))
    text = _SPACED_DOTS_RE.sub(lambda match: re.sub("[•·]", ".", match.group(0)), text)
    text = _PLUS_AFTER_RE.sub(r" +\1 ", text)
    return _glued_label_re().sub(r"\1 ", text) if any(c.isalpha() for c in text) else text


def as_printed(raw: str, printed: str) -> str:
    """`raw` as the line prints it, with its own dashes and dots."""
    if raw in printed:
        return raw
    pattern = re.escape(raw).replace("\\-", f"[{_DASHES}]").replace("\\.", "[.•·]")
    # `(44+)` was read as ` +44 `: its space is the one after the code.
    pattern = re.sub(r"^\\\+(\d{1,3})\\ ", r"(?:\\+\1\\ |\\(\1\\+\\))", pattern)
    match = re.search(pattern, printed)
    return match.group(0) if match else raw


def number_spans(segment: str) -> Iterator[tuple[int, int]]:
    """Where the candidate numbers of a segment are; two numbers a slash joins (`+1 617 555
    0123 / +1 617 555 0188`), too long for one, are two."""
    for match in PHONE_CANDIDATE_RE.finditer(segment):
        start, end = match.span()
        if sum(map(str.isdecimal, match.group(0))) <= _MAX_DIGITS or "/" not in match.group(0):
            yield start, end
            continue
        for part in re.finditer(r"[^/]+", match.group(0)):
            inner = re.search(r"\(?\d[\d\s().\-]*\d|\d", part.group(0))
            if inner:
                yield start + part.start() + inner.start(), start + part.start() + inner.end()
