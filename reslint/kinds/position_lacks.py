"""Kind `position-lacks`: a position none of whose statements shows what every one should."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.phrases import compile_matcher
from reslint.kinds.shared.positions import describe, section_kind
from reslint.kinds.shared.visibility import unseen_ids
from reslint.model import Document, Position

OPTIONS = {
    "phrases": Option("strings", [], "Phrases that count as present, matched as whole words."),
    "patterns": Option("regexes", [], "Regular expressions that count as present."),
    "min_bullets": Option(
        "int",
        2,
        "Judge only positions with at least this many bullets; fewer is a different problem.",
    ),
    "sections": Option(
        "strings",
        ["experience"],
        "Section kinds whose positions are checked (experience, research, volunteer, leadership).",
    ),
    "not_jobs": Option(
        "strings",
        [],
        "Phrases (whole words) that, in a position's title, employer, header line or "
        "statements, make it time away from work listed to explain a gap (a career break, "
        "parental leave): not judged.",
    ),
    "message": Option(
        "str",
        "'{position}' lacks it",
        "The message; {position} names the position (title and company).",
    ),
}


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    matcher = compile_matcher(tuple(options["phrases"]), tuple(options["patterns"]), False)
    sections = set(options["sections"])
    away = compile_matcher(tuple(options["not_jobs"]), (), False)
    # Bullets no reader sees (injected invisible text) are no statements of the position.
    unseen = unseen_ids(doc)
    for position in doc.positions:
        bullets = [item for item in position.bullets if id(item.line) not in unseen]
        if len(bullets) < options["min_bullets"]:
            continue
        if section_kind(position) not in sections:
            continue
        statements = (*bullets, *(item for item in position.context if id(item.line) not in unseen))
        if any(matcher.search(item.value) for item in statements):
            continue
        if _time_away(position, away):
            continue
        where = position.line or (position.dates.line if position.dates else None)
        yield Hit(options["message"].format(position=describe(position)), where)


def _time_away(position: Position, away: re.Pattern[str]) -> bool:
    """Whether the position is a career break: its header, description or first bullet says
    so (its title may be no title at all, a date range read as one). Later bullets are not
    asked: a care home's manager may mention caregivers in a real job's fifth bullet."""
    fields = (position.title, position.company, *position.context, *position.bullets[:1])
    texts = [field.value for field in fields if field is not None]
    if position.line is not None:
        texts.append(position.line.text)
    return any(away.search(text) for text in texts)
