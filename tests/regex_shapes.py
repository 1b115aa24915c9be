"""The shape of a regular expression that backtracks without end, found by reading the
pattern, not by timing it (tests/test_regex_worst_case.py).

An unbounded repeat whose body is made only of repeats and optional parts (`(a+)+`,
`(?:\\s*\\w+)*`, `(?:\\w+\\s?)+`) can split one run of text among its iterations in
exponentially many ways, and tries them all when what follows fails. A body that must
match something outside its repeats (`(?:[\\w-]+\\.)+`: the dot) splits the text one way
only. Possessive repeats and atomic groups (`++`, `(?>…)`) never backtrack into their
body and are not looked into.
"""

from __future__ import annotations

import re

try:  # Python 3.11 and later
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_LOOKS = {sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT}


def _unbounded(op: object, av: object) -> bool:
    return op in _REPEATS and av[1] == sre_constants.MAXREPEAT  # type: ignore[index]


def _children(op: object, av: object) -> list[list]:
    if op in _REPEATS:
        return [av[2]]  # type: ignore[index]
    if op is sre_constants.SUBPATTERN:
        return [av[-1]]  # type: ignore[index]
    if op is sre_constants.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]  # type: ignore[index]
    return []  # literals, classes; possessive repeats and atomic groups are not looked into


def _must_match_outside_repeats(items: list) -> bool:
    """Whether the sequence must consume something that no unbounded repeat of it does."""
    for op, av in items:
        if op in _REPEATS:
            if av[0] > 0 and not _unbounded(op, av) and _must_match_outside_repeats(av[2]):
                return True
        elif op is sre_constants.SUBPATTERN:
            if _must_match_outside_repeats(av[-1]):
                return True
        elif op is sre_constants.BRANCH:
            if all(_must_match_outside_repeats(branch) for branch in av[1]):
                return True
        elif op not in _LOOKS:
            return True
    return False


def _holds_unbounded(items: list) -> bool:
    return any(
        _unbounded(op, av) or any(_holds_unbounded(child) for child in _children(op, av))
        for op, av in items
    )


def _nested(items: list) -> list[str]:
    found: list[str] = []
    for op, av in items:
        body = av[2] if _unbounded(op, av) else None
        if body is not None and _holds_unbounded(body) and not _must_match_outside_repeats(body):
            found.append(str(op))
        for child in _children(op, av):
            found.extend(_nested(child))
    return found


def backtracks_without_end(pattern: str | re.Pattern[str]) -> bool:
    """Whether the pattern nests unbounded repeats that can split one text many ways."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    if isinstance(source, bytes):
        return False
    return bool(_nested(list(sre_parse.parse(source, flags))))
