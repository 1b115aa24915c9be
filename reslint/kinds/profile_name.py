"""Kind `profile-name`: the name differs between the resume and LinkedIn."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.profile.lines import profile_of, related, where
from reslint.kinds.shared.profile.people import NAME_AFFIXES, parse_nicknames, same_person
from reslint.model import Document

OPTIONS = {
    "threshold": Option("int", 90, "Fuzzy score below which two names are different."),
    "nicknames": Option(
        "strings", [], "`name = nickname, nickname` lines: first names that stand for each other."
    ),
    "affixes": Option(
        "strings",
        sorted(NAME_AFFIXES),
        "Honorifics, generations and credentials around a name that are not part of it.",
    ),
}


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    mine, theirs = doc.contact.name, profile_of(ctx).contact.name
    if (
        mine is None
        or theirs is None
        or same_person(
            mine.value,
            theirs.value,
            options["threshold"],
            parse_nicknames(tuple(options["nicknames"])),
            options["affixes"],
        )
    ):
        return
    yield Hit(
        f"name '{mine.value}' differs from LinkedIn's '{theirs.value}' ({where(theirs.line)})",
        mine.line,
        text=mine.text,
        suggestion="Use the same name on both, or check the profile is yours.",
        related=related(theirs.line),
    )
