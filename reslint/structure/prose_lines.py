"""Whether a line of an entry is running prose (a description written as sentences) rather
than a header line naming a company, title, school or degree. entries.py classifies a
section's lines with it; the signs are the line's length, how it starts and ends (in
scripts that count no spaces too), its type against the line above, and whether its parts
name anything an entry header names.
"""

from __future__ import annotations

import re

from reslint.lexicon.entry_words import DEGREE_RE, company_score, is_school, title_score
from reslint.lexicon.pieces import comma_pieces, is_location, sentence_pieces, strong_pieces
from reslint.model import Line
from reslint.structure.entry_lines import (
    HEADER,
    MAX_ROLE_LINE_WORDS,
    PROSE,
    PROSE_END,
    Item,
    same_font,
)

__all__ = ["DOMAIN_RE", "is_prose", "lower_start", "opens_wrapped_sentence", "wrapped_sentence"]

_CAMEL_RE = re.compile(r"^[a-z]+[A-Z]")
# The full stops of Chinese and Japanese text, which has no spaces to count words by.
_CJK_SENTENCE_END = ("。", "！", "？")
# A full stop inside the line (`…作成しました。10画面程`), or as many Han and kana as a
# sentence holds: such text counts no spaces, and no name or title is this long.
_CJK_SENTENCE_INSIDE_RE = re.compile(r"[。！？]\s*\S")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_CJK_SENTENCE_CHARS = 22


# A web address standing alone for a name (`upwork.com`, `acme-tools.de`): no sentence.
DOMAIN_RE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}/?$")


def lower_start(text: str) -> bool:
    """A line that starts in lower case goes on with a sentence, unless its first word is a
    name written in camel case (`eBay`, `iRobot`) or it is a web address alone
    (`upwork.com` under `Freelancer`): a brand starting or naming an entry's header."""
    return text[:1].islower() and not _CAMEL_RE.match(text) and not DOMAIN_RE.match(text)


def is_prose(line: Line, previous: Item | None) -> bool:
    text = line.text.strip()
    words = text.split()
    if text.endswith((":", "：")):
        return True
    if lower_start(text):
        return not _name_in_lower_case(line, previous)
    if text.endswith(_CJK_SENTENCE_END):
        return True  # `…を担当しました。`: Chinese and Japanese end a sentence so, never a name
    long_line = (
        len(words) >= 11
        or (len(words) >= 6 and text.endswith(PROSE_END))
        or _CJK_SENTENCE_INSIDE_RE.search(text) is not None
        or len(_CJK_RE.findall(text)) >= _CJK_SENTENCE_CHARS
        or _wraps_next_sentence(text)
    )
    if long_line and not line.bold and not _names_parts(text):
        return True
    return (
        previous is not None
        and previous.kind == PROSE
        and not previous.text.rstrip().endswith(PROSE_END)
        and not _bold_after_plain(line, previous)
    )


_MIN_WRAPPING_WORDS = 8
_MAX_LOWER_NAME_WORDS = 4


def _name_in_lower_case(line: Line, previous: Item | None) -> bool:
    """`Gender Representative` over `northwind youth network`: a short line in lower case
    right under a header line, printed as that line is (its font and size), names the
    entry's employer as the header's next line would; a description starts so in the
    body's own type, or runs longer."""
    text = line.text.strip()
    if previous is None or previous.kind != HEADER or previous.parts:
        return False
    if len(text.split()) > _MAX_LOWER_NAME_WORDS or text.endswith(PROSE_END):
        return False
    return same_font(line, previous.line)


def _wraps_next_sentence(text: str) -> bool:
    """`Summer internship with the Data Department. Primarily developed web-based`: a line
    that ends one sentence and wraps the next, which runs on in lower case past the line's
    end with no title or company word: a description, however short."""
    if len(text.split()) < _MIN_WRAPPING_WORDS or text.endswith(PROSE_END):
        return False
    sentences = sentence_pieces(text)
    last = sentences[-1] if len(sentences) >= 2 else ""
    return _runs_on(last) and not title_score(last) and not company_score(last)


def wrapped_sentence(item: Item) -> bool:
    """A header line that a wrap joined to the next and that now reads as a sentence
    (`Completed the first year and then enrolled at` over `Acme University.`): long, ending
    with a full stop, in the regular weight, its words not a name's, naming no parts."""
    text = item.rest.strip()
    words = text.split()
    if item.line.bold or not item.parts or len(words) < 6 or not text.endswith(PROSE_END):
        return False
    return not _names_only(text) and not _names_parts(text)


# A line this close to its column's right edge was wrapped there, as a title never is.
_WRAP_EDGE_SHARE = 0.08
_MIN_WRAPPED_START_WORDS = 6


def opens_wrapped_sentence(previous: Item, line: Line, lines: tuple[Line, ...]) -> bool:
    """`Obsługa sprzętu i urządzeń znajdujących się na terenie parku` over `linowego.
    Instruktaż klientów.`: a header line that reaches its column's right edge, its words
    running on in lower case, in the type of the lower-case line under it, is that
    description's first line, wrapped, not a title."""
    first = previous.line
    text = first.text.strip()
    if previous.kind != HEADER or previous.dates is not None or previous.parts or first.bold:
        return False
    if first.box is None or line.box is None or not same_font(first, line):
        return False
    if len(text.split()) < _MIN_WRAPPED_START_WORDS or not _runs_on(text):
        return False
    column = [
        other.box
        for other in lines
        if other.box is not None and abs(other.box.x0 - first.box.x0) < 2
    ]
    right = max(box.x1 for box in column)
    return right - first.box.x1 <= _WRAP_EDGE_SHARE * (right - first.box.x0)


def _bold_after_plain(line: Line, previous: Item) -> bool:
    """A short bold line under a plain sentence left without its full stop starts the next
    entry's header (`Systems Analyst` under `… using Zabbix and Grafana`): a sentence
    wraps onto a line in its own type."""
    last = (previous.parts or [previous.line])[-1]
    short = len(line.text.split()) <= MAX_ROLE_LINE_WORDS
    return short and line.bold and not last.bold


def _names_parts(text: str) -> bool:
    """Several parts, one of them a school, degree, place, company or job title: an entry
    header (`Acme Metals, Springfield, IL — Production Planner`, `Acme University.
    Expected graduation 05/2024. Computer Science Major.`, `School of Law, Acme
    University, Springfield`); a line whose last sentence runs on past its end is a
    description (`Summer internship with the Data Department. Primarily developed`)."""
    pieces = strong_pieces(text)
    sentences = [p for piece in pieces for p in sentence_pieces(piece)]
    short = len(sentences) > len(pieces) and max(len(p.split()) for p in sentences) <= 8
    if short and (text.endswith(PROSE_END) or not _runs_on(sentences[-1])):
        pieces = sentences  # short parts ending with periods, not sentences
    if len(pieces) < 2:
        pieces = comma_pieces(text) if _names_only(text) else pieces
    return len(pieces) >= 2 and any(
        is_school(p)
        or DEGREE_RE.search(p)
        or is_location(p)
        or any(is_location(part) for part in comma_pieces(p))
        or company_score(p)
        or title_score(p) >= 3
        for p in pieces
    )


_SMALL_WORDS_RE = re.compile(r"^(?:&|[a-z]{1,3}|and|for|the|with)$")
_RUNNING_LOWER_WORDS = 2


def _runs_on(part: str) -> bool:
    """`Primarily developed web-based` ending a line: the start of a sentence that the line
    wraps (words in lower case after the first), not a short part such as `Expected
    graduation 05/2024`."""
    words = part.split()[1:]
    lower = [w for w in words if w[:1].islower() and not _SMALL_WORDS_RE.match(w)]
    return len(lower) >= _RUNNING_LOWER_WORDS


def _names_only(text: str) -> bool:
    """A line of names, not a sentence: its words capitalised but for small ones."""
    words = [w for w in re.findall(r"[^\s,]+", text) if not _SMALL_WORDS_RE.match(w)]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
