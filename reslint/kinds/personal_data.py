"""Kind `personal-data`: national ID numbers, birth date, marital status on a resume.

National ID numbers are checked in code (a pattern plus the issuer's validity
rules, so that a part number or a phone is not taken for one); the softer
personal details come from the rule file: labels per language (`labels`), reported where
a field starts and is followed by its value, so that "date of birth" in a project
description is not taken for one, and patterns matched anywhere (`patterns`). The two groups carry
different severities: an ID number invites identity theft, a birth date
invites bias. A bullet describing work (a position's, or one in a projects section) is not
the personal block: "Date of birth: parsed from five formats" there is about a form, so
labels and patterns are not looked for in it (ID numbers still are).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from reslint.kinds.shared.base import SCOPES, Context, Hit, Option, scope_lines
from reslint.kinds.shared.phrases import compile_matcher
from reslint.lexicon.ages import stated_age
from reslint.lexicon.dates import find_dates
from reslint.model import Document, Severity

OPTIONS = {
    "labels": Option(
        "strings",
        [],
        "Labels of personal details ('Date of birth', 'Familienstand'), reported where a field "
        "starts and followed by a value, ignoring case.",
    ),
    "patterns": Option(
        "regexes", [], "Personal details that invite bias (birth date, marital status, …)."
    ),
    "scope": Option("choice", "all", "Which lines to search.", SCOPES),
    "description_sections": Option(
        "strings",
        ["experience", "projects", "volunteer", "leadership", "research", "publications"],
        "Kinds of section whose bullets describe work: labels and patterns are not looked "
        "for there (nor in any position's bullets).",
    ),
    "contact_birth_dates": Option(
        "bool",
        True,
        "A date with its day standing alone in the contact block, 15 to 75 years back, is "
        "a birth date even without a label.",
    ),
    "id_severity": Option(
        "choice",
        "error",
        "Severity of a national ID number (the rule's own severity applies to the rest).",
        ("error", "warning", "suggestion"),
    ),
}

_SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
_SSN_LABELLED_RE = re.compile(
    r"(?i)\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#]?\s*(\d{3})[-\s]?(\d{2})[-\s]?(\d{4})(?!\d)"
)
# UK National Insurance number: two prefix letters with exclusions, six digits, A-D.
_NINO_RE = re.compile(
    r"(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])"
)
_DIGIT_RE = re.compile(r"\d")
_PASSPORT_RE = re.compile(r"(?i)\bpassport\s*(?:no\.?|number|#)\s*[:#]?\s*([A-Z0-9]{6,9})\b")


def valid_ssn(area: str, group: str, serial: str) -> bool:
    """The Social Security Administration never issues these (area 000, 666, 9xx; 00; 0000)."""
    return (
        area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
        and f"{area}{group}{serial}" not in ("078051120", "219099999")  # published sample numbers
    )


def national_ids(text: str) -> Iterator[tuple[str, str]]:
    """(what, text found) for each national ID number on a line."""
    if not _DIGIT_RE.search(text):  # every kind of number below has digits; most lines none
        return
    for pattern in (_SSN_LABELLED_RE, _SSN_RE):
        for match in pattern.finditer(text):
            if valid_ssn(*match.groups()):
                yield "a US Social Security number", match.group(0)
                return
    for match in _NINO_RE.finditer(text):
        yield "a UK National Insurance number", match.group(0)
    for match in _PASSPORT_RE.finditer(text):
        if any(ch.isdigit() for ch in match.group(1)):
            yield "a passport number", match.group(0)


@lru_cache(maxsize=8)
def label_pattern(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    """A label where a field starts (line start, or after |, ·, •, ; or a tab), followed by
    a colon, a dash, a tab, a wide gap, a digit or the end of the line."""
    if not labels:
        return None
    alternatives = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[|·•;\t])[\s*•·-]*(?P<label>{alternatives})"
        r"(?:\s*[:：\-–—]|\t|\s{2,}|\s*(?=\d)|\s*$)",
        re.IGNORECASE,
    )


def _descriptions(doc: Document, kinds: tuple[str, ...]) -> set[int]:
    """The lines (by id) that describe work rather than the person."""
    described = {
        id(bullet.line)
        for position in doc.positions
        for bullet in position.bullets
        if bullet.line is not None
    }
    described.update(
        id(line)
        for section in doc.sections
        if section.kind in kinds
        for line in section.lines
        if line.bullet
    )
    return described


# A birth date puts the person this many years back, where a date in a contact block
# that says when the resume was updated or the person is available does not.
_BIRTH_AGES = range(15, 76)
_ISO_DAY_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def birth_date(text: str, year: int) -> str | None:
    """A date written to the day (`12.03.1990`, `3 de marzo de 1991`), on its own rather
    than in a range, that many years before `year`: in a contact block, a birth date."""
    for found in find_dates(text):
        start = found.range.start
        if found.range.end is not None or start is None or start.year is None:
            continue
        to_the_day = "D" in start.style or _ISO_DAY_RE.fullmatch(start.raw)
        if to_the_day and year - start.year in _BIRTH_AGES:
            return start.raw
    return None


def _contact_lines(doc: Document) -> set[int]:
    """The contact block's lines (by id): the top block, and a section of contact details
    (a sidebar's `Contact`, `KONTAK`) where a birth date stands among them."""
    lines = {id(line) for line in doc.structure.top_block}
    lines.update(id(line) for line in scope_lines(doc, "contact"))
    return lines


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    contact_block = _contact_lines(doc) if options["contact_birth_dates"] else set()
    described = _descriptions(doc, tuple(options["description_sections"]))
    matcher = compile_matcher((), tuple(options["patterns"]), False)
    labels = label_pattern(tuple(options["labels"]))
    id_severity = Severity(options["id_severity"])
    skill_lines = {id(line) for line in scope_lines(doc, "skills")}
    for line in scope_lines(doc, options["scope"]):
        ids = list(national_ids(line.text))
        for what, found in ids:
            yield Hit(
                f"{what} on the resume",
                line,
                found,
                "Remove it: no employer needs it before an offer, and it invites identity theft.",
                severity=id_severity,
            )
        if ids or id(line) in described:
            continue
        labelled = labels.search(line.text) if labels else None
        match = matcher.search(line.text)
        # In a skills section, `Java | 20 años` is how long a skill has been used.
        age = stated_age(line.text) if id(line) not in skill_lines else None
        if not (labelled or match or age) and id(line) in contact_block:
            age = birth_date(line.text, ctx.today.year)
        if labelled or match or age:
            shown = match.group(0) if match else age or ""
            found = labelled.group("label") if labelled else shown
            found = found.strip(" \t-–—•*:.,|·;")
            yield Hit(
                f"personal detail '{found}' on the resume",
                line,
                found,
                "Remove it: it tells an employer nothing about the job and invites bias.",
            )
