"""How far a title or an employer's name runs over the pieces of its line.

It owns cutting the printed text of a header into the title and the employer once their
pieces are known (structure.roles, structure.one_line_roles): a title runs on after a dash
into its specialty (`Ferialpraktikant - Softwareentwicklung`) but not into a department, a
place or an employer; an employer's name runs on into a sub-unit (`Acme GmbH - Engineering
Center Linz`) but not into a town, a descriptor in lower case or a title; what a bracket
after a title or a name adds (a team, a work mode, a place) is cut off.
"""

from __future__ import annotations

import re

from reslint.lexicon.entry_words import is_unit, title_score
from reslint.lexicon.pieces import (
    comma_pieces,
    is_duration,
    is_employment_type,
    is_location,
    is_url,
)
from reslint.structure.prose_lines import lower_start
from reslint.structure.role_words import (
    MIN_DUTY_WORDS,
    NAME_JOINERS,
    employer_score,
    is_town,
    reads_as_duty,
    short_name,
    title_evidence,
    without_city,
    without_town,
)

HEADER_LABEL_RE = re.compile(r"^[^\W\d_][\w .'’-]{0,30}:\s*\S")


def is_content(piece: str) -> bool:
    return not (
        is_location(piece) or is_url(piece) or is_duration(piece) or is_employment_type(piece)
    )


def _span(printed: str, texts: list[str]) -> str:
    """The printed text from the first to the last of `texts`, separators included."""
    if len(texts) == 1:
        return texts[0]
    begin = printed.find(texts[0])
    finish = printed.find(texts[-1], begin + len(texts[0])) if begin >= 0 else -1
    if begin < 0 or finish < 0:
        return " ".join(texts)
    return printed[begin : finish + len(texts[-1])]


def _between(printed: str, first: str, second: str) -> str | None:
    """What is printed between two pieces, None if they are not found in that order."""
    begin = printed.find(first)
    end = printed.find(second, begin + len(first)) if begin >= 0 else -1
    return printed[begin + len(first) : end] if begin >= 0 and end >= 0 else None


def title_text(pieces: list[str], printed: str, start: int = 0, stop: int | None = None) -> str:
    """A title and the pieces after it on its line that go on with it (`Ferialpraktikant -
    Softwareentwicklung`), up to a department, a label, an employer or a place
    (`Assistant Professor ‐ Department of Microbiology`), and before piece `stop`."""
    kept = [pieces[start]]
    for text in pieces[start + 1 : stop]:
        if _ends_title(text):
            break
        if not (_joined(printed, kept[-1], text) or _second_title(printed, kept[-1], text)):
            break
        kept.append(text)
    return _span(printed, kept)


def _second_title(printed: str, first: str, second: str) -> bool:
    """`Executive Engineer | Site Engineer`: two titles held at once, with a bar between."""
    between = _between(printed, first, second)
    return (
        between is not None
        and between.strip() == "|"
        and title_evidence(second) > 0
        and title_evidence(first) > 0
    )


def _ends_title(text: str) -> bool:
    """A piece a title does not run on into: a department, an advisor, an employer, a place."""
    labelled = bool(HEADER_LABEL_RE.match(text))
    return labelled or is_unit(text) or employer_score(text) > 0 or is_location(text)


def _joined(printed: str, first: str, second: str) -> bool:
    """`Director – IT Operations`, `IT Director, Associate`, `Técnico GIS · Desarrollo de
    Negocio`: two pieces printed with a dash, a middle dot or a comma between them, not a
    bar or a column gap."""
    between = _between(printed, first, second)
    return between is not None and bool(re.fullmatch(r"\s?[-–—‐‑−·]\s?|\s*[,;]\s?", between))


def company_text(pieces: list[str], printed: str, start: int = 0) -> str:
    """An employer's name from its pieces: on with a sub-unit after a dash (`Acme GmbH -
    Engineering Center Linz`), not with a town (`Paywise GmbH - Hagenberg`), a place or a
    title; within the first piece, without a trailing place or town."""
    while (
        start > 0
        and (employer_score(pieces[start - 1]) > 0 or short_name(pieces[start - 1]))
        and _joined(printed, pieces[start - 1], pieces[start])
    ):
        start -= 1  # `ABU Linz - Institute for Complex Systems`, `LaBRI - Laboratoire …`
    kept = [_without_descriptor(without_town(pieces[start]))]
    for text in pieces[start + 1 :]:
        if lower_start(text):
            break  # `Acme Labs – an early-stage fintech startup`: no name starts so
        if is_town(text) or not is_content(text) or title_score(text):
            break
        if HEADER_LABEL_RE.match(text):
            break
        if not _joined(printed, kept[-1], text):
            break
        kept.append(text)
    return without_city(kept[0]) if len(kept) == 1 else _span(printed, kept)


def _without_descriptor(text: str) -> str:
    """`Acme Labs, a fintech startup`: a name without what a comma adds after it in lower
    case (a name, bar a brand in camel case, starts in capitals)."""
    parts = comma_pieces(text)
    while len(parts) > 1 and lower_start(parts[-1]):
        parts.pop()
    joined = ", ".join(parts)
    return joined if len(parts) < len(comma_pieces(text)) and joined in text else text


def without_places(text: str) -> str:
    """`Montgomery, AL, Desktop Technician`: a piece without the places among its commas."""
    parts = comma_pieces(text)
    kept = [part for part in parts if not is_location(part)]
    if len(kept) == len(parts) or not kept:
        return name_without_place(text)
    return name_without_place(", ".join(kept))


_TRAILING_BRACKET_RE = re.compile(r"^(?P<head>.*\S)\s*\((?P<inside>[^()]+)\)$")


def bracket_apart(text: str) -> list[str]:
    """`Web Developer (Ensie)`, `Analyst (Acme Data Services)`: a line of one piece, a title
    and in brackets after it the team, client or employer it served, as two pieces. An
    abbreviation in brackets stays with the name it shortens (`Acme Bank (AB)`)."""
    match = _TRAILING_BRACKET_RE.match(text)
    if match is None:
        return [text]
    inside = match.group("inside").strip()
    if _abbreviation(inside) or is_location(inside) or title_evidence(match.group("head")) <= 0:
        return [text]
    if title_evidence(inside) > 0:
        return [text]  # `Software Engineer (Internship)`: the bracket says what kind of role
    return [match.group("head"), inside]


def _abbreviation(text: str) -> bool:
    return text.isupper() and " " not in text and len(text) <= 8


def _without_duty(text: str) -> str:
    """`Full-time co-op positions, Developed corporate software for Acme`: the title
    without the sentence after its comma that says what the work was."""
    parts = comma_pieces(text)
    for index, part in enumerate(parts[1:], start=1):
        if len(part.split()) >= MIN_DUTY_WORDS and reads_as_duty(part):
            start = text.find(part)
            return text[:start].rstrip(" ,;") if start > 0 else ", ".join(parts[:index])
    return text


def title_without_unit(text: str) -> str:
    """`Software Developer (Team Mobile)`, `Data Architect (Data Office)`: a title without
    the team or department named in brackets after it (two or more capitalised words that
    read as no title), or the place or work mode (`(Remote)`); `Virtual Intern
    (Apprenticeship)` keeps its bracket; nor the duty written as a sentence after a comma."""
    text = name_without_place(
        _without_duty(text)
    )  # `Analista (Remoto)`: how the work was done is no part of it
    match = _TRAILING_BRACKET_RE.match(text)
    if match is None:
        return text
    words = match.group("inside").split()
    named = len(words) >= 2 and all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in NAME_JOINERS for word in words
    )
    if (
        named
        and title_evidence(match.group("inside")) <= 0
        and title_evidence(match.group("head")) > 0
    ):
        return match.group("head")
    return text


def name_without_place(text: str) -> str:
    """`Initrode (Remote)`: a place in brackets is not part of a name."""
    match = re.search(r"\s*\(([^)]*)\)?\s*$", text)
    if match and is_location(match.group(1)):
        return text[: match.start()].strip() or text
    return text


def employer_run(parts: list[str], index: int, printed: str) -> str:
    """An employer and the employers printed beside it with a comma, as one name:
    `Laboratory of Soil Research, University of Example`."""
    while (
        index > 0
        and _employer_part(parts[index - 1])
        and _comma_between(printed, parts[index - 1], parts[index])
    ):
        index -= 1
    kept = [parts[index]]
    for text in parts[index + 1 :]:
        if (
            employer_score(text) <= 0
            or title_score(text)
            or not _comma_between(printed, kept[-1], text)
        ):
            break
        kept.append(text)
    if (
        index > 0
        and short_name(parts[index - 1])
        and _joined(printed, parts[index - 1], parts[index])
    ):
        # `CEREA - École des Ponts`: the lab's short name, then the school it is part of.
        kept[0] = _span(printed, [parts[index - 1], parts[index]])
    return ", ".join(kept)


def _employer_part(text: str) -> bool:
    return employer_score(text) > 0 and not title_score(text)


def _comma_between(printed: str, first: str, second: str) -> bool:
    between = _between(printed, first, second)
    return between is not None and between.strip() == ","
