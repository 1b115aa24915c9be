""" "Did you mean …?": the known names closest to a mistyped one (a rule, an option, a
config key, a flag), for the one-line errors that name it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# difflib's default (0.6) offers `--config` for `--fix`; a typo of a real name scores higher.
CUTOFF = 0.7


def close_matches(word: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """The names in `choices` that `word` most likely meant: those it begins (`--stat` for
    `--statistics`), then the most similar."""
    names = sorted(set(choices))
    starts = [name for name in names if word and name.startswith(word) and name != word]
    similar = difflib.get_close_matches(word, names, n=limit, cutoff=CUTOFF)
    return list(dict.fromkeys([*starts, *similar]))[:limit]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` (or `'x' or 'y'`) to end an error message, or ''."""
    matches = close_matches(word, choices)
    if not matches:
        return ""
    return "; did you mean " + " or ".join(f"'{name}'" for name in matches) + "?"
