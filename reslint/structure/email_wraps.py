"""Addresses a line wrap split at a hyphen: `alexan-` ending one line of a narrow contact
column, `der.doe@example.org` starting the line under it.

The second half is an address on its own, the wrong one. Joined, the hyphen is either a
break the typesetter put in (TeX hyphenates words, addresses included) or the address's
own, which a browser or Word breaks after: the person's name decides, when joining the
halves without it spells a word of the name that neither half holds (`alexan` + `der`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reslint.model import Field, Line
from reslint.structure.column_lines import just_below
from reslint.structure.name_text import fold

_FRAGMENT_RE = re.compile(r"(?:^|\s)([\w.+]+(?:-[\w.+]+)*)-$")
_LOOK_AHEAD = 3  # a sidebar's next line may come after body lines in reading order
_MIN_WORD = 3


def _spells_a_name_word(head: str, tail: str, name: str | None) -> bool:
    joined = head + tail
    words = (word for word in fold(name or "").split() if len(word) >= _MIN_WORD)
    return any(word in joined and word not in head and word not in tail for word in words)


def joined_emails(lines: Sequence[Line], found: Sequence[Field], name: str | None) -> list[Field]:
    """`found` with each address whose start the line above cut off put back together."""
    out = list(found)
    for index, line in enumerate(lines):
        fragment = _FRAGMENT_RE.search(line.text.rstrip())
        if fragment is None or "@" in line.text:
            continue
        for following in lines[index + 1 : index + 1 + _LOOK_AHEAD]:
            if not just_below(line, following):
                continue
            start = following.text.lstrip()
            for position, field in enumerate(out):
                if field.line is not following or not start.startswith(field.text):
                    continue
                head, (local, _, domain) = fragment.group(1).lower(), field.value.partition("@")
                hyphen = "" if _spells_a_name_word(head, local, name) else "-"
                out[position] = replace(field, value=f"{head}{hyphen}{local}@{domain}")
            break
    return out
