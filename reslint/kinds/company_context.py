"""Kind `company-context`: nothing in the entry says what a little-known employer does.

An employer needs no description when a recruiter knows it (a list of well-known
employers as data), when its name says what it is (a university, a ministry, "Acme
Software"), or when something anywhere in the entry does: a descriptor line under the
header, a phrase in the title line, the description or a bullet ("a 40-person fintech
startup", "the car rental booking app", "point of sale software"). What stands where an
employer would but names none (research, freelance work, a job title or a month the parse
put there) is not asked about.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.names import LEGAL_SUFFIX_RE, normalise_company
from reslint.kinds.shared.phrases import compile_matcher
from reslint.kinds.shared.positions import section_kind
from reslint.lexicon.dates import MONTHS
from reslint.lexicon.entry_words import COMPANY_WORDS, TITLE_WORDS, is_school
from reslint.model import Document, Line, Position

OPTIONS = {
    "known": Option(
        "strings", [], "Employers a recruiter knows; matched against the start of the name."
    ),
    "extra_known": Option(
        "strings", [], "More known employers, added to `known` (set this one in your config)."
    ),
    "self_describing": Option(
        "strings", [], "Words that say what an employer does when they are part of its name."
    ),
    "descriptors": Option(
        "regexes", [], "Patterns that describe an employer: 'a 40-person fintech startup'."
    ),
    "header_descriptors": Option(
        "regexes",
        [],
        "Patterns that describe an employer when found in the entry's title line or the "
        "description under it (not in bullets, where 'software' is what the person built).",
    ),
    "describing_verbs": Option(
        "strings",
        [],
        "Verbs that, after the employer's name or initials, start a description of it: "
        "'S&G makes mattresses'.",
    ),
    "not_employers": Option(
        "strings",
        [],
        "Phrases that, in the employer's place, name no company to explain: "
        "'Undergraduate Research', 'Freelance'. Matched as whole words, ignoring case.",
    ),
    "sections": Option("strings", ["experience"], "Section kinds whose positions are checked."),
    "message": Option(
        "str", "nothing says what {company} does", "The message; {company} is the employer."
    ),
}


def is_known(company: str, known: list[str]) -> bool:
    words = tuple(normalise_company(company).split())
    for entry_words in _normalised(tuple(known)):
        if entry_words and words[: len(entry_words)] == entry_words:
            return True
    return False


@lru_cache(maxsize=16)
def _normalised(entries: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The words of each known employer, worked out once per list rather than per position."""
    return tuple(tuple(normalise_company(entry).split()) for entry in entries)


def plausible_company(name: str) -> bool:
    """False for text that a garbled layout put where the employer should be: a sentence, a
    bullet, a figure. Better to say nothing than to ask what "by 60%" does."""
    words = name.split()
    without_suffix = LEGAL_SUFFIX_RE.sub("", name.strip())
    return (
        1 <= len(words) <= 6
        and name[:1].isupper()
        and not re.search(r"[%•◆▪●■►:]", name)
        and not without_suffix.endswith(".")
        and not _misplaced_piece(name)
    )


def _rejoin_accents(text: str) -> str:
    """`Universit ̈at` as `Universität`: accents some PDFs extract apart, before their letter."""
    return unicodedata.normalize("NFC", re.sub(r"\s*([\u0300-\u036f])(\w)", r"\2\1", text))


def _misplaced_piece(name: str) -> bool:
    """A job title or a date the parse put in the employer's place: 'Shipping Coordinator',
    'Agosto'."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    if not words:
        return True
    if words[0] in MONTHS:
        return True
    return words[-1] in TITLE_WORDS and not any(word in COMPANY_WORDS for word in words)


def _entry_lines(doc: Document, position: Position, index: Mapping[int, int]) -> list[Line]:
    """The lines of a position from its first header line to the line before its first bullet."""
    if position.line is None or id(position.line) not in index:
        return []
    start = index[id(position.line)]
    end = len(doc.lines)
    for bullet in position.bullets:
        if bullet.line is not None and id(bullet.line) in index:
            end = min(end, index[id(bullet.line)])
    lines: list[Line] = []
    for line in doc.lines[start:end]:
        if line.heading or (lines and line.bullet):
            break
        lines.append(line)
    return lines


def _header_lines(position: Position) -> list[Line]:
    fields = (position.company, position.title, position.location)
    lines = [field.line for field in fields if field is not None and field.line is not None]
    if position.dates is not None and position.dates.line is not None:
        lines.append(position.dates.line)
    return lines


@lru_cache(maxsize=8)
def _verb_after_name(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(map(re.escape, verbs))})\b", re.IGNORECASE)


def _self_reference(company: str, verbs: list[str]) -> Callable[[str], bool] | None:
    """'Sheets & Giggles makes…', 'S&G is…': a sentence about the employer by name.

    The verb list is compiled once; each employer adds only a pattern for its names.
    """
    if not verbs:
        return None
    name = LEGAL_SUFFIX_RE.sub("", company.strip())
    words = [word for word in re.findall(r"[\w&]+", name) if word]
    names = {name}
    if len(words) > 1:
        names.add("".join(word[0] for word in words))
    mentions = [re.compile(rf"(?<!\w){re.escape(each)}(?:'s)?\s+", re.IGNORECASE) for each in names]
    verb = _verb_after_name(tuple(verbs))

    def refers(text: str) -> bool:
        return any(
            verb.match(text, at.end()) for mention in mentions for at in mention.finditer(text)
        )

    return refers


def _described(
    position: Position,
    head: list[Line],
    descriptors: re.Pattern[str],
    header_descriptors: re.Pattern[str],
    self_reference: Callable[[str], bool] | None,
) -> bool:
    """A descriptor line between the header and the bullets, or a describing clause."""
    parsed = {id(line) for line in _header_lines(position)}
    for line in head:
        # A line that holds none of the parsed parts and reads like a phrase describes something.
        if id(line) not in parsed and len(line.text.split()) >= 3:
            return True
    header = [line.text for line in head]
    header.extend(item.value for item in position.context)
    texts = [*header, *(item.value for item in position.bullets)]
    # The title and the name say nothing of what the employer does ("Software Engineer").
    named = [f.value for f in (position.title, position.company) if f is not None and f.value]
    if named:
        pieces = re.compile("|".join(map(re.escape, named)), re.IGNORECASE)
        header = [pieces.sub(" ", text) for text in header]
        texts = [pieces.sub(" ", text) for text in texts]
    if any(header_descriptors.search(text) for text in header):
        return True
    return any(
        descriptors.search(text) or (self_reference is not None and self_reference(text))
        for text in texts
    )


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    known = [*options["known"], *options["extra_known"]]
    naming = compile_matcher(tuple(options["self_describing"]), (), False)
    not_employer = compile_matcher(tuple(options["not_employers"]), (), False)
    known_anywhere = compile_matcher(tuple(known), (), False)
    descriptors = compile_matcher((), tuple(options["descriptors"]), False)
    header_descriptors = compile_matcher((), tuple(options["header_descriptors"]), False)
    sections = set(options["sections"])
    index = {id(line): number for number, line in enumerate(doc.lines)}
    # Several roles at one employer are one question, asked at its first entry and answered
    # by a description in any of them.
    roles: dict[str, list[Position]] = {}
    for position in doc.positions:
        company = position.company
        if company is None or not plausible_company(company.value):
            continue
        if section_kind(position) not in sections:
            continue
        if is_known(company.value, known) or naming.search(company.value):
            continue
        if not_employer.search(company.value) or is_school(_rejoin_accents(company.value)):
            continue
        if any(known_anywhere.search(line.text) for line in _header_lines(position)):
            continue  # the header names a known employer the parse did not take as the company
        roles.setdefault(normalise_company(company.value), []).append(position)
    for positions in roles.values():
        company = positions[0].company
        assert company is not None
        self_reference = _self_reference(company.value, options["describing_verbs"])
        if any(
            _described(
                position,
                _entry_lines(doc, position, index),
                descriptors,
                header_descriptors,
                self_reference,
            )
            for position in positions
        ):
            continue
        yield Hit(options["message"].format(company=company.value), company.line, company.value)
