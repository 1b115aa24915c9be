"""Addresses a line wrap split at a hyphen: `alexan-` ending one line of a narrow contact
column, `der.doe@example.org` starting the line under it.

The second half is an address on its own, the wrong one. Joined, the hyphen is either a
break the typesetter put in (TeX hyphenates words, addresses included) or the address's
own, which a browser or Word breaks after: the person's name decides, when joining the
halves without it spells a word of the name that neither half holds (`alexan` + `der`).

A wrap can also cut the domain: `jane@example.o` ending a line, `rg` starting the one
under it. No top-level domain is one letter long, so such an ending is a cut, and the
letters opening the next line of the column are the rest of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reslint.model import Field, Line
from reslint.structure.column_lines import next_in_column
from reslint.structure.name_text import fold

_FRAGMENT_RE = re.compile(r"(?:^|\s)([\w.+]+(?:-[\w.+]+)*)-$")
# The rest of a cut domain: letters alone at the start of the next line (`RG`, `rg Paris`).
_DOMAIN_REST_RE = re.compile(r"^([a-z]{1,5})(?=\s|$)", re.IGNORECASE)
_MIN_WORD = 3


def _spells_a_name_word(head: str, tail: str, name: str | None) -> bool:
    joined = head + tail
    words = (word for word in fold(name or "").split() if len(word) >= _MIN_WORD)
    return any(word in joined and word not in head and word not in tail for word in words)


def joined_emails(lines: Sequence[Line], found: Sequence[Field], name: str | None) -> list[Field]:
    """`found` with each address whose start the line above cut off put back together."""
    out = _joined_domains(lines, found)
    for line in lines:
        fragment = _FRAGMENT_RE.search(line.text.rstrip())
        if fragment is None or "@" in line.text:
            continue
        following = next_in_column(lines, line)
        if following is None:
            continue
        start = following.text.lstrip()
        for position, field in enumerate(out):
            if field.line is not following or not start.startswith(field.text):
                continue
            head, (local, _, domain) = fragment.group(1).lower(), field.value.partition("@")
            hyphen = "" if _spells_a_name_word(head, local, name) else "-"
            out[position] = replace(field, value=f"{head}{hyphen}{local}@{domain}")
    return out


def _joined_domains(lines: Sequence[Line], found: Sequence[Field]) -> list[Field]:
    """`found` with each address whose one-letter top-level domain ends its line completed
    by the letters opening the line under it."""
    out = list(found)
    for position, field in enumerate(out):
        line = field.line
        if line is None or len(field.value.rsplit(".", 1)[-1]) != 1:
            continue
        if not line.text.rstrip().lower().endswith(field.text.lower()):
            continue
        following = next_in_column(lines, line)
        rest = _DOMAIN_REST_RE.match(following.text.lstrip()) if following else None
        if rest is not None:
            out[position] = replace(
                field, value=field.value + rest.group(1).lower(), raw=field.text + rest.group(1)
            )
    return out
