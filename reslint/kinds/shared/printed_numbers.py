"""Numbers in the contact block that the phone finder could not take as phone numbers.

`45·356·2399` (grouped with middle dots), `(66+) 81 234 5678` (the country code written
after its digits), `+FI 45 356 2399` (written in letters), or a local number after an icon
the text layer lost, are numbers the candidate gave: a recruiter sees a phone there, so
`phone-missing` stays quiet. Only a number standing alone in its part of a line counts
(after nothing but icons and punctuation, or a phone label: `Phone: (66+) 81 234 5678`;
after a label that names a phone outright it counts anywhere, a sidebar or a footer too),
holding 8 to 15 digits and no date: one after another label may be an ID (`ORCID: 0000-…`,
`Scopus Author ID: …`), a number after words a postcode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from reslint.kinds.shared.contact_fields import in_top_block
from reslint.lexicon.dates import find_dates
from reslint.lexicon.pieces import ICON_GLYPH
from reslint.model import Document, Line
from reslint.structure.phone_text import alternatives, fold_label

# Where a contact line's parts are set apart: wide gaps, tabs, bars, spaced bullets.
_PARTS_RE = re.compile(r"\s{3,}|\t+|\s+[|•·]\s+")
_LEAD_RE = re.compile(rf"^(?:{ICON_GLYPH}|[^\w+(])*")
# Digits and the marks people group them with; a country code may come first in letters.
_NUMBER_RE = re.compile(r"^(?:\+[A-Z]{2}\s)?[+(]?\d[\d\s().\-/·•+]*\d\)?$")
_MIN_DIGITS, _MAX_DIGITS = 8, 15
_TOP_FRACTION = 0.5


@cache
def _phone_label_re() -> re.Pattern[str]:
    """A phone label of any language (phone_words.toml's `labels`) opening a part, with its
    colon or dot, in folded text."""
    return re.compile(rf"^(?:{alternatives('labels')})(?![^\W\d_])\s*[.:：/-]?\s*")


def _unlabelled(text: str) -> tuple[str, str]:
    """The part without the phone label that opens it, and that label (folding keeps the
    length of Latin and Cyrillic text, where the labels are; other text is left as it is)."""
    folded = fold_label(text)
    match = _phone_label_re().match(folded)
    if match is None or len(folded) != len(text):
        return text, ""
    return text[match.end() :], folded[: match.end()]


# Labels that name a phone outright, wherever the line is (`Phone:`, `Mobile`, `Handy`,
# `Téléphone`); short ones (`M:`, `T`) and words of other uses (`Home`, `Work`) do so only
# in the contact block.
_WEAK_LABELS = frozenset({"work", "home", "office", "contact", "call"})


def _number(part: str) -> tuple[bool, bool]:
    """Whether the part prints a phone-like number alone, and whether a phone label that
    names a phone outright stands before it."""
    text, label = _unlabelled(_LEAD_RE.sub("", part).strip())
    text = _LEAD_RE.sub("", text).strip()
    if not _NUMBER_RE.match(text):
        return False, False
    if not _MIN_DIGITS <= sum(char.isdigit() for char in text) <= _MAX_DIGITS:
        return False, False
    dated = sum(match.end - match.start for match in find_dates(text))
    if dated >= len(text) / 2:
        return False, False
    word = re.sub(r"[^\w]+", " ", label).strip()
    return True, len(word) >= 3 and word not in _WEAK_LABELS


def printed_numbers(doc: Document) -> Iterator[Line]:
    """The contact block's lines with a part that prints a phone-like number alone, and
    the lines where a phone label names one (a sidebar below the top block, a footer)."""
    for line in doc.lines:
        numbers = [_number(part) for part in _PARTS_RE.split(line.text)]
        if any(labelled for _, labelled in numbers) or (
            any(found for found, _ in numbers) and in_top_block(line, doc, _TOP_FRACTION)
        ):
            yield line
