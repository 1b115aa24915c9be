"""Pairing a resume's positions with a LinkedIn profile's, employer by employer.

Company names are compared after normalising what people write differently
for the same employer (legal suffixes, `&`/`and`, case, punctuation), with
rapidfuzz. Positions at the same employer form a group on each side; a
group's positions are paired one to one when both sides list as many roles,
else the group is compared as a whole (LinkedIn often splits one resume entry
into its promotions, or the other way round). Titles are compared after
spelling out abbreviations and dropping levels (`Sr. Engineer II`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reslint.kinds.shared.base import Context, Option
from reslint.kinds.shared.profile.dates import month_gap
from reslint.kinds.shared.profile.lines import profile_of
from reslint.kinds.shared.profile.text import fold, similar
from reslint.lexicon.joiners import first_joined
from reslint.model import Document, Field, Line, Position

LEGAL_SUFFIXES = (
    "inc",
    "incorporated",
    "llc",
    "llp",
    "lp",
    "ltd",
    "limited",
    "gmbh",
    "ag",
    "corp",
    "corporation",
    "co",
    "company",
    "plc",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "pty",
    "pvt",
    "oy",
    "ab",
    "as",
    "kg",
    "se",
)


def company_key(text: str, suffixes: Iterable[str]) -> str:
    words = fold(text).split()
    drop = {fold(s) for s in suffixes}
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in drop:
        words.pop()
    return " ".join(w for w in words if w != "and")


# Consulting" share "consulting", and a bare "Consulting" (a parse slip) is nobody's name.
GENERIC_COMPANY_WORDS = frozenset(
    """group consulting consultants solutions systems technologies technology tech services
    bank university college school hospital agency studio studios labs partners holdings
    international global company corporation industries enterprises ventures capital
    foundation association institute""".split()
)


def same_employer_score(a: str, b: str) -> float:
    """`similar` for company keys, except that sharing only generic words is no match."""
    words_a, words_b = set(a.split()), set(b.split())
    if a != b and (words_a <= GENERIC_COMPANY_WORDS or words_b <= GENERIC_COMPANY_WORDS):
        return 0.0
    return similar(a, b)


_LEVEL_RE = re.compile(r"\b(?:i{1,3}|iv|v|[1-5]|level \d|l\d)\b")


def parse_abbreviations(entries: Iterable[str]) -> dict[str, str]:
    """`sr = senior` entries as a mapping from the short word to its long form."""
    table: dict[str, str] = {}
    for entry in entries:
        short, sep, long = entry.partition("=")
        if sep and short.strip() and long.strip():
            table[fold(short)] = fold(long)
    return table


def title_key(text: str, abbreviations: dict[str, str]) -> str:
    """A title with abbreviations spelled out, parentheses, levels (II, 3) and `and` dropped."""
    text = re.sub(r"\([^)]*\)", " ", text)
    words = [abbreviations.get(word, word) for word in fold(text).split()]
    folded = " ".join(word for word in words if word != "and")
    return " ".join(_LEVEL_RE.sub(" ", folded).split()) or folded


@dataclass(frozen=True, slots=True)
class Side:
    """A position as compared: which of its fields holds the company and which the title."""

    position: Position
    company: Field
    title: Field | None

    @property
    def line(self) -> Line | None:
        return self.position.line


@dataclass(frozen=True, slots=True)
class Group:
    """Positions at one employer on the resume and on the profile."""

    resume: tuple[Side, ...]
    profile: tuple[Side, ...]


@dataclass(frozen=True, slots=True)
class Matching:
    groups: tuple[Group, ...]
    pairs: tuple[tuple[Side, Side], ...]  # one-to-one pairs inside groups of equal size


def _resume_side(
    position: Position, profile_keys: Sequence[str], suffixes: Sequence[str], threshold: int
) -> tuple[Side | None, str]:
    """The resume position's company, or its title when the resume layout swapped the two."""
    candidates = [(position.company, position.title), (position.title, position.company)]
    whole = position.company if position.title is None else None
    at = first_joined(whole.value) if whole is not None else None
    if whole is not None and at:  # `Title at Company` the parser could not split
        title = Field(at.title, whole.line, at.title)
        candidates.insert(0, (Field(at.company, whole.line, at.company), title))
    best: tuple[float, Side, str] | None = None
    for company, title in candidates:
        if company is None:
            continue
        key = company_key(company.value, suffixes)
        score = max((same_employer_score(key, other) for other in profile_keys), default=0.0)
        if best is None or score > best[0]:
            best = (score, Side(position, company, title), key)
    if best is None:
        return None, ""
    score, side, key = best
    if score < threshold and position.company is not None:
        # No match either way: keep the parser's reading for the report.
        side = Side(position, position.company, position.title)
        key = company_key(position.company.value, suffixes)
    return side, key


def _pair_score(resume: Side, profile: Side, today_index: int, abbreviations: dict) -> float:
    title = 0.0
    if resume.title is not None and profile.title is not None:
        title = similar(
            title_key(resume.title.value, abbreviations),
            title_key(profile.title.value, abbreviations),
        )
    a = resume.position.dates
    b = profile.position.dates
    start = month_gap(a.start if a else None, b.start if b else None, today_index)
    end = month_gap(a.end if a else None, b.end if b else None, today_index)
    return (
        title - 2.0 * (start if start is not None else 12) - 2.0 * (end if end is not None else 12)
    )


def match_positions(
    resume: Sequence[Position],
    profile: Sequence[Position],
    *,
    suffixes: Sequence[str],
    threshold: int,
    today_index: int,
    abbreviations: dict[str, str] | None = None,
) -> Matching:
    abbreviations = abbreviations or {}
    profile_sides = [
        (Side(p, p.company, p.title), company_key(p.company.value, suffixes))
        for p in profile
        if p.company is not None
    ]
    profile_keys = [key for _, key in profile_sides]
    resume_sides = []
    for position in resume:
        side, key = _resume_side(position, profile_keys, suffixes, threshold)
        if side is not None:
            resume_sides.append((side, key))
    nodes = resume_sides + profile_sides
    parent = list(range(len(nodes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            if same_employer_score(nodes[i][1], nodes[j][1]) >= threshold:
                parent[root(i)] = root(j)
    clusters: dict[int, list[int]] = {}
    for i in range(len(nodes)):
        clusters.setdefault(root(i), []).append(i)
    groups: list[Group] = []
    pairs: list[tuple[Side, Side]] = []
    split = len(resume_sides)
    for members in sorted(clusters.values()):
        left = tuple(nodes[i][0] for i in members if i < split)
        right = tuple(nodes[i][0] for i in members if i >= split)
        groups.append(Group(left, right))
        if left and len(left) == len(right):
            pairs.extend(_assign(left, right, today_index, abbreviations))
    return Matching(tuple(groups), tuple(pairs))


def _assign(
    left: Sequence[Side], right: Sequence[Side], today_index: int, abbreviations: dict
) -> list[tuple[Side, Side]]:
    """Greedy one-to-one pairing by title likeness and date closeness."""
    scored = sorted(
        (
            (-_pair_score(a, b, today_index, abbreviations), i, j)
            for i, a in enumerate(left)
            for j, b in enumerate(right)
        ),
    )
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs: list[tuple[Side, Side]] = []
    for _, i, j in scored:
        if i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        pairs.append((left[i], right[j]))
    return sorted(pairs, key=lambda pair: left.index(pair[0]))


# The options of the kinds that pair positions: profile-positions, -dates and -titles.
MATCH_OPTIONS = {
    "company_threshold": Option(
        "int", 85, "Fuzzy score (0–100) above which two company names are the same employer."
    ),
    "legal_suffixes": Option(
        "strings", list(LEGAL_SUFFIXES), "Words dropped from the end of company names."
    ),
    "abbreviations": Option(
        "strings", [], "`short = long` words spelled out in titles before comparing them."
    ),
}


def pair_positions(doc: Document, options: Mapping[str, Any], ctx: Context) -> Matching:
    """The resume's positions paired with the profile's, as a rule's options say."""
    return match_positions(
        doc.positions,
        profile_of(ctx).positions,
        suffixes=options["legal_suffixes"],
        threshold=options["company_threshold"],
        today_index=ctx.today_index,
        abbreviations=parse_abbreviations(options["abbreviations"]),
    )
