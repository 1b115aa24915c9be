"""Kind `profile-titles`: a position's title differs between the resume and LinkedIn."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.profile.lines import related, value_line, where
from reslint.kinds.shared.profile.pairing import (
    MATCH_OPTIONS,
    Side,
    pair_positions,
    parse_abbreviations,
    title_key,
)
from reslint.kinds.shared.profile.text import similar
from reslint.model import Document, Field, Line

OPTIONS = {
    **MATCH_OPTIONS,
    "title_threshold": Option(
        "int", 90, "Fuzzy score (0–100) below which two titles name different roles."
    ),
}


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    matching = pair_positions(doc, options, ctx)
    abbreviations = parse_abbreviations(options["abbreviations"])
    threshold = options["title_threshold"]

    def alike(a: Field, b: Field) -> bool:
        return similar(title_key(a.value, abbreviations), title_key(b.value, abbreviations)) >= (
            threshold
        )

    for resume, profile in matching.pairs:
        if resume.title is None or profile.title is None or alike(resume.title, profile.title):
            continue
        yield _title_hit(resume, resume.title, profile.title, profile.line)
    for group in matching.groups:
        if not group.resume or not group.profile or len(group.resume) == len(group.profile):
            continue
        # Promotions listed differently: only a resume title like none on LinkedIn is a mismatch.
        mine = [(s, s.title) for s in group.resume if s.title is not None]
        theirs = [(s, s.title) for s in group.profile if s.title is not None]
        if mine and theirs and not any(alike(a, b) for _, a in mine for _, b in theirs):
            yield _title_hit(mine[0][0], mine[0][1], theirs[0][1], theirs[0][0].line)


def _title_hit(resume: Side, mine: Field, theirs: Field, line: Line | None) -> Hit:
    return Hit(
        f"title '{mine.value}' at {resume.company.value} differs from LinkedIn's "
        f"'{theirs.value}' ({where(line)})",
        value_line(mine, resume.line),
        text=mine.text,
        suggestion="Use the same job title on the resume and on LinkedIn.",
        related=related(line),
    )
