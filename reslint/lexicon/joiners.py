"""The word between a title and its employer on one line: `Engineer at Contoso`, `Ingenieur
bei Contoso`, `Stagiaire chez Acme`, `Sviluppatore presso Acme`.

One list for every reader of it (the LinkedIn Profile.pdf reader, whose interface prints
`Title at Company` in its language; the header roles of structure; the line-role features;
profile pairing): `title_company_joiners` per language in data/entry_words.toml.

A `named` joiner (French `au`, `à la`, `pour le`) as often starts a phrase (`au sein de`,
`à la demande`): only a capitalised name after it makes it one, which its reader checks.

A joiner that some language also uses to link a title's head noun to its field (`en`:
`Ingeniero en Sistemas`, `Master en Data Science`; listed under `title_links` too) is
`loose`: what follows it is as often a field as an employer, so a reader of resumes wants
other evidence of an employer after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslint.lexicon.data_files import load_words


def _joiners() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    languages = load_words("entry_words")

    def every(key: str) -> set[str]:
        return {word.lower() for words in languages.values() for word in words.get(key, [])}

    joiners, links = every("title_company_joiners"), every("title_links")
    return frozenset(joiners), frozenset(joiners & links), frozenset(every("named_joiners"))


JOINERS, LOOSE_JOINERS, NAMED_JOINERS = _joiners()


def _pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    # A joiner stands between spaces: `@` glued to a name is an address or a handle.
    return re.compile(rf"(?<=\s)(?:{alternatives})(?=\s)", re.IGNORECASE)


_ANY_RE = _pattern(JOINERS)
_STRICT_RE = _pattern(JOINERS - LOOSE_JOINERS)
_NAMED_RE = _pattern(JOINERS | NAMED_JOINERS)


@dataclass(frozen=True, slots=True)
class Joined:
    """A line cut at a joiner: the title before it, the joiner as printed, the company after."""

    title: str
    joiner: str
    company: str

    @property
    def loose(self) -> bool:
        return self.joiner.lower() in LOOSE_JOINERS

    @property
    def named(self) -> bool:
        """Whether only a capitalised name after the joiner makes it one (`au Cabinet
        Durand`, not `au sein de`)."""
        return self.joiner.lower() in NAMED_JOINERS


def joined_cuts(text: str, loose: bool = True, named: bool = False) -> list[Joined]:
    """Every cut of `text` at a joiner with words either side, left to right; the loose
    joiners only when `loose`, the named ones (a caller checks a name follows) with `named`."""
    pattern = _NAMED_RE if named else _ANY_RE if loose else _STRICT_RE
    cuts: list[Joined] = []
    for match in pattern.finditer(text):
        title, company = text[: match.start()].strip(), text[match.end() :].strip()
        if title and company:
            cuts.append(Joined(title, match.group(0), company))
    return cuts


def first_joined(text: str, loose: bool = True) -> Joined | None:
    """`text` cut at its first joiner (`Engineer at Acme at Night` → `Engineer`, `Acme at
    Night`), None when it has none."""
    cuts = joined_cuts(text, loose)
    return cuts[0] if cuts else None


def has_joiner(text: str, loose: bool = False) -> bool:
    """Whether a joiner stands between two words of `text` (the strict ones unless `loose`)."""
    return bool((_ANY_RE if loose else _STRICT_RE).search(f" {text} "))


def opens_with_joiner(text: str) -> bool:
    """`à Mairie de Desvres`, `at Northwind Traders`, `bei Acme GmbH`: a line led by the
    word between a title and its employer, then a capitalised name: the employer of the
    title on the line above."""
    padded = f" {text.strip()}"
    match = _NAMED_RE.search(padded)
    if match is None or match.start() != 1:
        return False
    return padded[match.end() :].strip()[:1].isupper()
