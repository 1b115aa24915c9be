"""An age stated as a field of its own ("29 años", "35 Jahre alt", "28岁"), from the words
of data/age_words.toml. Only where the age stands alone between field separators: "12
años de experiencia" goes on into a sentence about work, and is no age."""

from __future__ import annotations

import re

from reslint.lexicon.data_files import load_words

# An age a job seeker can have, 15 to 79: `12 años` beside a skill is years of use.
_AGE = r"(?:1[5-9]|[2-7]\d)"
# What may stand before and after a field: a line's edge, a separator; a comma only before
# it ("Lyon, 32 ans"): "15 años, liderando equipos" goes on about work.
_BEFORE = r"(?:^|[|·•;\t,/]|\s{3,})\s*"
_AFTER = r"\s*(?=$|[|·•;\t/.]|\s{3,})"


def _alternatives(words: set[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _pattern() -> re.Pattern[str]:
    spaced: list[str] = []
    unspaced: set[str] = set()
    for table in load_words("age_words").values():
        years, old = set(table.get("years", [])), set(table.get("old", []))
        unspaced.update(table.get("unspaced", []))
        if not years:
            continue
        tail = rf"(?:\s+(?:{_alternatives(old)})){'' if table.get('old_required') else '?'}"
        spaced.append(rf"\s*(?:{_alternatives(years)}){tail if old else ''}")
    forms = spaced
    if unspaced:
        forms.append(rf"\s*(?:{_alternatives(unspaced)})")
    return re.compile(
        rf"(?:{_BEFORE})(?P<age>{_AGE}(?:{'|'.join(forms)}))(?![^\W\d_]){_AFTER}",
        re.IGNORECASE,
    )


AGE_RE = _pattern()


def stated_age(text: str) -> str | None:
    """The age `text` states as a field ("29 años"), or None."""
    match = AGE_RE.search(text)
    return match.group("age") if match else None
