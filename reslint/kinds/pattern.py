"""A phrase or pattern that should not appear in some part of the resume."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from reslint.kinds.base import SCOPES, Context, Hit, Option, scope_lines
from reslint.model import Document

OPTIONS = {
    "phrases": Option("strings", [], "Phrases matched as whole words, ignoring case."),
    "patterns": Option(
        "regexes", [], "Regular expressions (Python syntax); use (?i) to ignore case."
    ),
    "scope": Option("choice", "all", "Which lines to search.", SCOPES),
    "message": Option("str", "'{match}'", "The message; {match} is the text found."),
    "suggestion": Option("str", "", "What to write instead, shown with the finding."),
    "at_start": Option("bool", False, "Match only at the start of a line."),
    "once": Option("bool", False, "Report only the first match in the document."),
}


@lru_cache(maxsize=256)
def compile_matcher(
    phrases: tuple[str, ...], patterns: tuple[str, ...], at_start: bool
) -> re.Pattern[str]:
    """One compiled alternation for all of a rule's phrases and patterns, built once."""
    parts = [r"(?i:" + r"\s+".join(map(re.escape, p.split())) + r")" for p in phrases if p.strip()]
    parts.extend(f"(?:{p})" for p in patterns)
    if not parts:
        return re.compile(r"(?!)")
    body = "|".join(parts)
    prefix = r"^\W*" if at_start else r"(?<![\w])"
    return re.compile(rf"{prefix}(?:{body})(?![\w])")


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    matcher = compile_matcher(
        tuple(options["phrases"]), tuple(options["patterns"]), options["at_start"]
    )
    for line in scope_lines(doc, options["scope"]):
        match = matcher.search(line.text)
        if match:
            found = match.group(0).strip(" \t-–—•*:.,")
            yield Hit(
                options["message"].format(match=found),
                line,
                found,
                options["suggestion"] or None,
            )
            if options["once"]:
                return
