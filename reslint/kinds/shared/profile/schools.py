"""Pairing a resume's schools with a profile's, and reading a degree's level and subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reslint.kinds.shared.profile.text import fold, similar
from reslint.model import Education

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
