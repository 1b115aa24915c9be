"""Which part of an entry each argument of a source macro holds, read from the document.

A macro's roles say what its arguments are meant to hold (moderncv's
`\\cventry{dates}{title}{employer}{place}{note}{text}`), but authors fill them otherwise:
the employer in the title's place and the city in the employer's
(`\\cventry{2019}{Acme}{Paris}{}{}{Engineer}`), a department as the employer and the
school as the place, a copy of Jake's `\\resumeSubheading` with its arguments reordered.
The entry structure infers from the same lines reads the words (title, company and school
words, places, dates) and so sees where a part really is.

One entry's words can be unclear; the document is consistent: an author fills a macro the
same way each time in a kind of section. So the reading is per macro and kind of section
(jobs, degrees): where, across the entries one macro prints there, the inference reads a
part as another part more often than as itself, and at least twice, that part moves
there in every entry of that macro, the few whose words the inference misread included.
A part that is a date where the entry has no dates of its own is the entry's dates
(`dated`), whatever its neighbours hold; a part the inference of its own lines reads as a
part the macro does not have at all is that part (`settled`).

A degree entry that no vote moves (a lone one, the only entry of its macro in the
section) is read by its own words (`worded`): an argument that names a school is the
school, one that names a degree the degree, a place the place, where the macro's roles
put them elsewhere (`\\cventry{2011}{Acme University}{Springfield, IL}{}{}{…}`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from reslint.lexicon.dates import find_dates
from reslint.lexicon.degrees import names_degree
from reslint.lexicon.pieces import is_location
from reslint.model import Education, Field, KnownEntry, Position
from reslint.structure.education_roles import names_school
from reslint.structure.role_words import title_evidence

# The parts whose text the inference also reads, in the order a tie is settled.
_PARTS = ("organization", "title", "location")
_MIN_MOVES = 2
_MIN_MATCH = 3  # characters: a shorter inferred value tells nothing of where it came from


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _holds(known: str, inferred: str | None) -> bool:
    """Whether the inferred value is the known part's text or whole words of it (the
    inference trims a department or a place off a company)."""
    if not inferred:
        return False
    known, inferred = _words(known), _words(inferred)
    if len(inferred) < _MIN_MATCH:
        return known == inferred and bool(known)
    return f" {inferred} " in f" {known} "


def inferred_parts(item: Position | Education | None) -> dict[str, str]:
    """An inferred entry's parts under the names a KnownEntry gives them."""

    def value(found: Field | None) -> str:
        return found.value if found is not None else ""

    if isinstance(item, Position):
        return {
            "organization": value(item.company),
            "title": value(item.title),
            "location": value(item.location),
        }
    if isinstance(item, Education):
        return {"organization": value(item.school), "title": value(item.degree)}
    return {}


def before_place(text: str) -> str | None:
    """What a part writes before a place after it (`Clearsy, Aix-en-Provence, France`:
    `Clearsy`); None when it writes no place after a piece that is none."""
    pieces = text.split(", ")
    for cut in range(1, len(pieces)):
        if is_location(", ".join(pieces[cut:])):
            head = ", ".join(pieces[:cut])
            return None if is_location(head) else head
    return None


def _read_as(entry: KnownEntry, role: str, inferred: Mapping[str, str]) -> str | None:
    """The part the inference read a known part as: its own role, another one, "dates",
    or None when the inference did not read it at all."""
    text = entry.parts[role].value
    if _holds(text, inferred.get(role)):
        return role
    for other in _PARTS:
        if other != role and _holds(text, inferred.get(other)):
            # A place the inference cut off the part (`Clearsy, Aix-en-Provence, France`)
            # before the place says the part is no place: it holds an employer and its place.
            if other == "location" and before_place(text) is not None:
                continue
            return other
    return None


def _is_dates(text: str) -> bool:
    """Whether `text` is dates and little else (`2017–2018`, `Mars-Juillet 2014`)."""
    found = find_dates(text)
    covered = sum(match.end - match.start for match in found)
    return bool(found) and covered * 2 >= len(text.strip())


def dated(entry: KnownEntry) -> KnownEntry:
    """An entry with no dates of its own whose other part is its dates (a place argument
    that holds them): that part is its dates. A fact of the entry, not of the document."""
    if "dates" in entry.parts:
        return entry
    for role in (*_PARTS, "note"):
        found = entry.parts.get(role)
        if found is not None and _is_dates(found.value):
            parts = {other: part for other, part in entry.parts.items() if other != role}
            parts["dates"] = found
            return replace(entry, parts=MappingProxyType(parts))
    return entry


def _says(text: str, role: str, item: Position | Education) -> bool:
    """Whether the words of `text` name it `role` (a title's or a degree's words, an
    employer's or a school's)."""
    if isinstance(item, Position):
        evidence = title_evidence(text)
        return evidence > 0 if role == "title" else evidence < 0
    return names_degree(text) if role == "title" else names_school(text)


def _argued(entry: KnownEntry, role: str, reading: str, item: Position | Education) -> bool:
    """Whether words back the inference reading one of the title and organization parts as
    the other: the moved text's own words, or those of the part in its place. Without
    them the inference has only the order of the lines to go by, and the macro's roles,
    which the class documents, are the better word."""
    if {role, reading} != {"title", "organization"}:
        return True
    other = entry.parts.get(reading)
    return _says(entry.parts[role].value, reading, item) or (
        other is not None and _says(other.value, role, item)
    )


def role_moves(
    read: Iterable[tuple[str, KnownEntry, Position | Education | None]],
) -> dict[str, dict[str, str]]:
    """For each group of entries (a macro in a kind of section: Jake's `\\resumeSubheading`
    names the school first under Education and the job title first under Experience), the
    parts its arguments move to (`{"title": "organization"}`), from each known entry and
    the entry inferred from its lines."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for group, entry, item in read:
        if item is None:
            continue
        inferred = inferred_parts(item)
        for role in entry.parts:
            if role not in _PARTS:
                continue
            reading = _read_as(entry, role, inferred)
            if reading is not None and (reading == role or _argued(entry, role, reading, item)):
                votes[(group, role)][reading] += 1
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    own: Counter[tuple[str, str]] = Counter()
    strength: Counter[tuple[str, str]] = Counter()  # votes for the moves onto a part
    for (macro, role), counted in votes.items():
        own[(macro, role)] = counted.pop(role, 0)
        if not counted:
            continue
        target, count = max(counted.items(), key=lambda item: item[1])
        if count >= _MIN_MOVES and count > own[(macro, role)]:
            moves[macro][role] = target
            strength[(macro, target)] = max(strength[(macro, target)], count)
    for macro, moved in moves.items():
        # A part moved onto one the inference confirms less often where it is (a
        # department in the employer's argument, the school in the place's) takes its place.
        # The title and the employer trade places: the employer written in the title's
        # argument (latexcv's `\\cvevent{dates}{Acme, Paris}{Intern}`) moves to the
        # argument the title left.
        for target in set(moved.values()) - set(moved):
            if own[(macro, target)] < strength[(macro, target)]:
                source = next(role for role, to in moved.items() if to == target)
                traded = {source, target} == {"title", "organization"}
                moved[target] = source if traded else ""
    return dict(moves)


def remapped(entry: KnownEntry, moves: Mapping[str, str]) -> KnownEntry:
    """`entry` with its parts moved where the document fills its macro (a move to "" drops
    the part); a part moved onto one that stays is dropped (the argument holds something
    the entry has already)."""
    if not moves:
        return entry
    parts = {role: found for role, found in entry.parts.items() if role not in moves}
    empty = {role for role in entry.empty if role not in moves}
    for role, target in moves.items():
        if not target or target in parts:
            continue
        if role in entry.parts:
            parts[target] = entry.parts[role]
        elif role in entry.empty:
            empty.add(target)
    empty -= set(parts)
    return replace(entry, parts=MappingProxyType(parts), empty=frozenset(empty))


def settled(entry: KnownEntry, item: Position | Education | None) -> KnownEntry:
    """`entry` with a part moved to a part its macro does not have, where the inference of
    its own lines reads it as that part (a school in modern-cv's `title:` of a degree with
    no `institution:`): no other argument says otherwise."""
    inferred = inferred_parts(item)
    moves = {}
    for role in entry.parts:
        if role not in _PARTS:
            continue
        reading = _read_as(entry, role, inferred)
        taken = set(entry.parts) | entry.empty | set(moves.values())
        if reading and reading != role and reading not in taken:
            moves[role] = reading
    return remapped(entry, moves)


# The parts of a degree entry by what their words name, in the order a text is tried.
_WORD_ROLES = (("organization", names_school), ("title", names_degree), ("location", is_location))


def _named_role(text: str) -> str | None:
    return next((role for role, names in _WORD_ROLES if names(text)), None)


def worded(entry: KnownEntry) -> KnownEntry:
    """A degree entry with its parts where their words put them: the argument that names a
    school is the school, one naming a degree the degree, a place the place; an argument
    whose words name none of them takes the school's or degree's role left free. Only when
    an argument holds a school in another part's place, and the words give each part a
    role of its own; otherwise the entry is as its macro says."""
    present = {role: entry.parts[role] for role in _PARTS if role in entry.parts}
    named = {role: _named_role(found.value) for role, found in present.items()}
    if not any(role != "organization" and name == "organization" for role, name in named.items()):
        return entry
    targets = [name for name in named.values() if name is not None]
    if len(targets) != len(set(targets)):
        return entry  # two schools, two places: the words do not tell the parts apart
    free = [role for role in ("organization", "title") if role not in targets]
    parts = {role: found for role, found in entry.parts.items() if role not in present}
    for role, found in present.items():
        target = named[role] or (free.pop(0) if free else None)
        if target is not None:
            parts[target] = found
    empty = entry.empty - set(parts)
    return replace(entry, parts=MappingProxyType(parts), empty=frozenset(empty))
