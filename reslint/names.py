"""'Did you mean …?' for a mistyped name: a rule, a family, an option, a config key.

Every place that rejects an unknown name asks this one helper, so the hint reads the same
for a rule on the command line, a key in `.reslint.toml` and an option in a rule file.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """` (did you mean 'x'?)` when one known name is close to `name`, else ''."""
    close = get_close_matches(name, sorted(set(known)), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
