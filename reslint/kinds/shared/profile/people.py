"""Whether two printed names are one person's: initials, nicknames, accents and affixes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

from reslint.kinds.shared.profile.text import fold, similar

# Words around a name that are not part of it: honorifics, generations, credentials.
# Words around a name that are not part of it: honorifics, generations, credentials.
NAME_AFFIXES = frozenset(
    "mr mrs ms miss mx dr prof sir jr sr ii iii iv phd md mba cpa pmp esq".split()
)


@lru_cache(maxsize=8)
def parse_nicknames(entries: tuple[str, ...]) -> Mapping[str, frozenset[str]]:
    """`robert = bob, rob` lines as a mapping from each first name to the names it may stand
    for: a nickname maps to itself and every name it is short for, a name to itself.

    Cached: the list is the same for every file of a run (about 400 lines to fold)."""
    table: dict[str, set[str]] = {}
    for entry in entries:
        name, sep, nicknames = entry.partition("=")
        name = fold(name)
        if not sep or not name:
            continue
        table.setdefault(name, {name})
        for nickname in (fold(word) for word in nicknames.split(",")):
            if nickname:
                table.setdefault(nickname, {nickname}).add(name)
    return MappingProxyType({word: frozenset(names) for word, names in table.items()})


def name_words(text: str, affixes: Iterable[str] = NAME_AFFIXES) -> list[str]:
    """A person's name as folded words, without honorifics, generations and credentials.

    After a comma come credentials (`Jane Doe, MBA`), unless a lone surname stands before
    it (`Doe, Jane`), which is turned round.
    """
    head, comma, tail = text.partition(",")
    if comma and len(head.split()) == 1:
        text = f"{tail} {head}"
    elif comma:
        text = head
    drop = {fold(affix) for affix in affixes}
    return [word for word in fold(text).split() if word not in drop]


def _same_given_name(a: str, b: str, nicknames: Mapping[str, frozenset[str]]) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial stands for the names it starts
        return a[0] == b[0]
    return bool(nicknames.get(a, {a}) & nicknames.get(b, {b}))


def same_person(
    a: str,
    b: str,
    threshold: int,
    nicknames: Mapping[str, frozenset[str]],
    affixes: Iterable[str] = NAME_AFFIXES,
) -> bool:
    """Whether two names are one person's as a recruiter sees it.

    Alike as a whole (a typo, an extra middle name: rapidfuzz's token set score), or the
    same surname with each given name of the shorter name standing, in order, for one of
    the other's: itself, an initial (`J.` for `John`), a nickname (`Bob` for `Robert`).
    Accents and case never count (`José`, `JOSE`).
    """
    if similar(fold(a), fold(b)) >= threshold:
        return True
    words_a, words_b = name_words(a, affixes), name_words(b, affixes)
    if similar(" ".join(words_a), " ".join(words_b)) >= threshold:
        return True
    short, long = sorted((words_a, words_b), key=len)
    if len(short) < 2 or short[-1] != long[-1]:
        return False
    given = iter(long[:-1])  # shared, so each given name is matched after the one before
    return all(any(_same_given_name(x, y, nicknames) for y in given) for x in short[:-1])
