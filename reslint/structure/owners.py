"""Whose contact details these are: a detail belongs to the person named over it.

A referee or a supervisor is printed as a name and then their details (`Tom Hale` /
`Manager, Acme` / `tom.hale@acme.example` / `(617) 555-0199`), or on one line (`Tom Hale —
Manager — tom.hale@acme.example`), wherever the resume puts them: under a References title
reslint knows, under one it does not, in a table cell beside the candidate's own details.
So an address whose nearest name above it (on its line, or a few lines up in its column)
is another person's, and which is built from that name and not from the candidate's, is
that person's; and so are the numbers printed with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reslint.model import Field, Line
from reslint.structure.name import looks_like_name
from reslint.structure.name_text import clean, fold

# How far above an address its owner's name may stand, and below it their other details.
_ABOVE, _BELOW = 3, 2
_LABEL_RE = re.compile(r"^[^\W\d_][^:：]{0,30}[:：]\s*")
_OPENING_RE = re.compile(r"\s*(?:[,|•·\t–—]|\s-\s|\s{3,})\s*")


def _person_on(line: Line) -> str | None:
    """The person's name a line opens with: `Tom Hale`, `Tom Hale, Manager, Acme`,
    `Reference: Tom Hale`."""
    text = _LABEL_RE.sub("", line.text.strip())
    text = clean(_OPENING_RE.split(text, maxsplit=1)[0])
    return text if looks_like_name(text) else None


def _letters(text: str) -> str:
    return re.sub(r"[^\w]|[\d_]", "", fold(text))


def built_from(local: str, name: str) -> bool:
    """Whether an address's local part is made of a name: one of its words of three
    letters or more (`tom.hale`, `hale42`), or an initial and a word (`thale`, `tomh`)."""
    letters = _letters(local)
    parts = [part for part in (_letters(word) for word in name.split()) if part]
    if not letters or not parts:
        return False
    if any(len(part) >= 3 and part in letters for part in parts):
        return True
    return letters in {parts[0][0] + parts[-1], parts[0] + parts[-1][0]}


def _owner(lines: Sequence[Line], index: int, name: Field) -> tuple[str, int] | None:
    """The nearest person named on or above `lines[index]`, and where, up to the
    candidate's own name or a heading."""
    line = lines[index]
    for above in range(index, max(-1, index - _ABOVE - 1), -1):
        other = lines[above]
        if other.page != line.page or other is name.line or (other.heading and above < index):
            return None
        person = _person_on(other)
        if person is not None:
            return person, above
    return None


def others_details(
    lines: Sequence[Line], emails: Sequence[Field], name: Field | None
) -> tuple[tuple[Field, ...], frozenset[int]]:
    """The emails left once those of the other people the resume names are taken out, and
    the lines (by `id`) of those people's blocks, whose numbers are theirs too."""
    if name is None:
        return tuple(emails), frozenset()
    index = {id(line): number for number, line in enumerate(lines)}
    own_words = set(fold(name.value).split())
    theirs: set[int] = set()
    kept: list[Field] = []
    for email in emails:
        at = index.get(id(email.line))
        owner = _owner(lines, at, name) if at is not None else None
        local = email.value.partition("@")[0]
        if (
            owner is not None
            and at is not None
            and not set(fold(owner[0]).split()) & own_words
            and built_from(local, owner[0])
            and not built_from(local, name.value)
        ):
            theirs.update(id(line) for line in lines[owner[1] : at + _BELOW + 1])
            continue
        kept.append(email)
    return tuple(kept), frozenset(theirs)
