"""Pairing a resume's positions and schools with a LinkedIn profile's.

Company names are compared after normalising what people write differently
for the same employer (legal suffixes, `&`/`and`, case, punctuation), with
rapidfuzz. Positions at the same employer form a group on each side; a
group's positions are paired one to one when both sides list as many roles,
else the group is compared as a whole (LinkedIn often splits one resume entry
into its promotions, or the other way round).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from reslint.model import DateRange, DateValue, Education, Field, Line, Position

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
_CSV_LINE_RE = re.compile(r"^([^:\n]{1,60}\.csv): ")
_TITLE_AT_RE = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>.+)$")


# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, `&` spelled out, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().translate(_LETTERS)
    text = text.replace("&", " and ").replace("+", " and ")
    text = re.sub(r"(?<=\w)[.'’](?=\w)", "", text)  # a.b.c -> abc, o'neil -> oneil
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def company_key(text: str, suffixes: Iterable[str]) -> str:
    words = fold(text).split()
    drop = {fold(s) for s in suffixes}
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in drop:
        words.pop()
    return " ".join(w for w in words if w != "and")


def similar(a: str, b: str) -> float:
    """0–100; a name that is the other plus words ("Amazon", "Amazon Web Services") scores 100."""
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    if min(len(a), len(b)) < 3:
        return 0.0
    from rapidfuzz import fuzz  # only runs with a profile to compare

    return float(fuzz.token_set_ratio(a, b))


# Words that name a kind of organisation, not one: "Acme Consulting" and "Bluebird
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


def acronym(text: str) -> str:
    return "".join(w[0] for w in text.split() if w not in ("of", "and", "the", "at", "for"))


def where(line: Line | None) -> str:
    """How a person finds a profile line: `Positions.csv, line 3` or `page 1, line 12`."""
    if line is None:
        return "profile"
    match = _CSV_LINE_RE.match(line.text)
    if match:
        return f"{match.group(1)}, line {line.number}"
    return f"page {line.page}, line {line.number}"


def value_line(field: Field | None, fallback: Line | None) -> Line | None:
    return field.line if field is not None and field.line is not None else fallback


# --- dates ----------------------------------------------------------------------------------


def month_gap(a: DateValue | None, b: DateValue | None, today_index: int) -> int | None:
    """Months between two dates, None if either is unknown.

    A year-only date stands for any month of its year, so `Mar 2019` and
    `2019` are 0 apart; two year-only dates are whole years apart.
    """
    if a is None or b is None:
        return None
    if (a.year is None and not a.present) or (b.year is None and not b.present):
        return None
    if a.present and b.present:
        return 0
    if not a.present and not b.present and a.month is None and b.month is None:
        return abs((a.year or 0) - (b.year or 0)) * 12
    return max(
        0,
        a.earliest(today_index) - b.latest(today_index),
        b.earliest(today_index) - a.latest(today_index),
    )


def span(dates: DateRange | None, today_index: int) -> tuple[int, int] | None:
    """The months a date range may cover, widest reading; None without a start."""
    if dates is None or dates.start is None or dates.start.year is None:
        return None
    end = dates.end or dates.start
    return dates.start.earliest(today_index), end.latest(today_index)


def show(value: DateValue | None) -> str:
    if value is None:
        return "no date"
    if value.present:
        return "present"
    return value.raw.strip() or value.iso()


# --- titles ---------------------------------------------------------------------------------

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


# --- pairing positions ----------------------------------------------------------------------


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
    at = _TITLE_AT_RE.match(whole.value) if whole is not None else None
    if whole is not None and at:  # `Title at Company` the parser could not split
        title = Field(at.group("title"), whole.line, at.group("title"))
        candidates.insert(0, (Field(at.group("company"), whole.line, at.group("company")), title))
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


# --- schools and degrees --------------------------------------------------------------------

DEGREE_LEVELS = (
    ("doctorate", r"ph ?d|d ?phil|doctor(?:ate)?|ed ?d|dr"),
    (
        "master",
        r"masters?|m ?sc?|m ?a|mba|m ?eng|m ?tech|mfa|mph|mpa|llm|m ?ed|m ?res|m ?phil|mcs",
    ),
    ("bachelor", r"bachelors?|b ?sc?|b ?a|a ?b|s ?b|b ?eng|b ?tech|bfa|bba|llb|b ?ed|b ?com"),
    ("associate", r"associates?|a ?a|a ?s|a ?a ?s"),
    ("diploma", r"diploma|certificate|high school|ged"),
)
_LEVEL_RES = [(level, re.compile(rf"^(?:{pattern})$")) for level, pattern in DEGREE_LEVELS]
_DEGREE_NAME_RE = re.compile(
    r"\b(?:bachelor|master|doctor|associate)s?(?: of(?: [a-z]+){1,3}?)?(?= in |$)"
)
# Words that do not tell one field of study from another: "Civil Engineering" and
# "Mechanical Engineering" differ, "Computer Science" and "Computer Science and Engineering" not.
GENERIC_SUBJECT_WORDS = frozenset(
    """in of the and with engineering science sciences studies applied general technology arts
    art honours honors hons degree major minor high school graduated graduate expected
    cum laude magna summa gpa""".split()
)


def degree_level(text: str) -> str | None:
    """bachelor, master, doctorate, associate or diploma, from the first word that says so."""
    words = fold(text).split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            chunk = " ".join(words[start : start + size])
            for level, pattern in _LEVEL_RES:
                if pattern.match(chunk):
                    return level
    return None


def degree_subject(text: str) -> frozenset[str]:
    """The words naming what was studied: `Bachelor of Science - BS, Computer Science` and
    `B.S. in Computer Science` both give {computer}."""
    words: set[str] = set()
    for part in text.split(","):  # LinkedIn puts the field after the comma, resumes anywhere
        folded = _DEGREE_NAME_RE.sub(" ", fold(part))
        words.update(
            word
            for word in folded.split()
            if word not in GENERIC_SUBJECT_WORDS
            and not word.isdigit()
            and not any(p.match(word) for _, p in _LEVEL_RES)
        )
    return frozenset(words)


def different_subjects(a: frozenset[str], b: frozenset[str], threshold: int) -> bool:
    """Both name a field and no word of one is (fuzzily) a word of the other."""
    if not a or not b:
        return False
    from rapidfuzz import fuzz

    return not any(fuzz.ratio(x, y) >= threshold for x in a for y in b)


def school_key(text: str) -> str:
    words = fold(text).replace("univ ", "university ").split()
    return " ".join(w for w in words if w not in ("the", "and"))


def same_school(a: str, b: str, threshold: int) -> bool:
    ka, kb = school_key(a), school_key(b)
    if similar(ka, kb) >= threshold:
        return True
    # "MIT" and "Massachusetts Institute of Technology"
    for short, long in ((ka, kb), (kb, ka)):
        if " " not in short and len(short) >= 2 and short == acronym(long):
            return True
    return False


def match_schools(
    resume: Sequence[Education], profile: Sequence[Education], threshold: int
) -> list[tuple[Education, Education | None]]:
    """Each resume school with the profile's entry for it, if any (one profile entry each)."""
    used: set[int] = set()
    matched: list[tuple[Education, Education | None]] = []
    for entry in resume:
        found: Education | None = None
        if entry.school is not None:
            for index, other in enumerate(profile):
                if index in used or other.school is None:
                    continue
                if same_school(entry.school.value, other.school.value, threshold):
                    used.add(index)
                    found = other
                    break
        matched.append((entry, found))
    return matched


# --- people's names -------------------------------------------------------------------------

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
