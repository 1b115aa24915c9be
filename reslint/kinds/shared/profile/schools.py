"""Pairing a resume's schools with a profile's, and reading a degree's level and subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reslint.kinds.shared.profile.text import fold, similar
from reslint.lexicon.degree_levels import LETTERED, degree_level
from reslint.model import Education

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


# "Bachelor of Science", "Master's of Business Administration": the words after "of" name
# the kind of degree, up to the field ("in Physics"), a comma, a dash or a bracket.
_LONG_KIND_RE = re.compile(
    r"\b(?:bachelor|master|doctor|associate)s?(?: degree)? of ([a-z]+(?: [a-z]+){0,2}?)"
    r"(?= in\b| and\b|$)"
)


def _long_kinds(text: str) -> set[tuple[str, ...]]:
    kinds: set[tuple[str, ...]] = set()
    for part in re.split(r"[,()\-–—/]", text):
        for match in _LONG_KIND_RE.finditer(fold(part)):
            kinds.add(tuple(w for w in match.group(1).split() if w not in ("the", "and")))
    return kinds


def _short_kind(token: str) -> str | None:
    """The letters of an abbreviation that name the kind: BS -> s, BBA -> ba, A.B. -> a,
    PhD -> ph, LLB -> l, M.Eng -> eng. None for a token that is no degree."""
    if token not in LETTERED:
        return None
    if token[0] in "bm":  # BS, BBA, MBA, MSc, BEng
        kind = token[1:]
    elif token[-1] in "bmd":  # A.B., S.B., S.M., PhD, JD, LLB
        kind = token[:-1]
    elif token[0] in "ad":  # AA, AAS, DPhil
        kind = token[1:]
    else:
        return None
    return "l" if kind == "ll" else kind


def degree_kinds(text: str) -> tuple[set[str], set[tuple[str, ...]]]:
    """What kind of degree `text` names, as abbreviation letters ({"s"} for B.S.) and as
    the words of its long form ({("science",)} for Bachelor of Science); LinkedIn's
    `Bachelor of Science - BS` gives both."""
    shorts: set[str] = set()
    for token in fold(text).split():
        kind = _short_kind(token)
        if kind:
            shorts.add(kind)
    return shorts, _long_kinds(text)


def _spells(letters: str, words: tuple[str, ...]) -> bool:
    """Whether the letters are prefixes of the words in turn: ba / business administration."""
    if not words:
        return not letters
    return any(
        words[0].startswith(letters[:cut]) and _spells(letters[cut:], words[1:])
        for cut in range(1, len(letters) + 1)
    )


def _same_kind(a: str | tuple[str, ...], b: str | tuple[str, ...]) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        a, b = a.replace("sc", "s"), b.replace("sc", "s")  # BSc and BS, MSc and MS
        return a.startswith(b) or b.startswith(a)  # BE and BEng
    if isinstance(a, tuple) and isinstance(b, tuple):
        return set(a) == set(b)
    letters, words = (a, b) if isinstance(a, str) else (b, a)
    assert isinstance(letters, str) and isinstance(words, tuple)
    return _spells(letters, words) or _spells(letters.replace("sc", "s"), words)


def different_kinds(a: str, b: str) -> bool:
    """Both degrees say what kind they are, at the same level, and no reading agrees:
    BA and BS, BS and BBA differ; `Bachelor of Science - BS` and `B.Sc.` do not."""
    shorts_a, longs_a = degree_kinds(a)
    shorts_b, longs_b = degree_kinds(b)
    kinds_a = [*shorts_a, *longs_a]
    kinds_b = [*shorts_b, *longs_b]
    if not kinds_a or not kinds_b:
        return False
    return not any(_same_kind(x, y) for x in kinds_a for y in kinds_b)


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
            and degree_level(word) is None
        )
    return frozenset(words)


def different_subjects(a: frozenset[str], b: frozenset[str], threshold: int) -> bool:
    """Both name a field and no word of one is (fuzzily) a word of the other."""
    if not a or not b:
        return False
    from rapidfuzz import fuzz

    return not any(fuzz.ratio(x, y) >= threshold for x in a for y in b)


def acronym(text: str) -> str:
    return "".join(w[0] for w in text.split() if w not in ("of", "and", "the", "at", "for"))


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
