"""Kind `pattern`: a phrase or pattern that should not appear in some part of the resume."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import SCOPES, Context, Hit, Option, scope_lines
from reslint.kinds.shared.phrases import compile_matcher, phrase_key, split_advice
from reslint.model import Document

OPTIONS = {
    "phrases": Option(
        "strings",
        [],
        "Phrases matched as whole words, ignoring case; 'phrase => advice' gives the phrase its "
        "own advice for {advice} in the message and suggestion.",
    ),
    "patterns": Option(
        "regexes", [], "Regular expressions (Python syntax); use (?i:...) to ignore case."
    ),
    "except_patterns": Option(
        "regexes",
        [],
        "A match that lies inside a match of one of these is not reported (the line is "
        "searched on): the pronoun I inside 'Phase I' or 'Engineer I' is a numeral.",
    ),
    "scope": Option("choice", "all", "Which lines to search.", SCOPES),
    "message": Option(
        "str", "'{match}'", "The message; {match} is the text found, {advice} its phrase's advice."
    ),
    "suggestion": Option(
        "str", "", "What to write instead, shown with the finding; may use {match} and {advice}."
    ),
    "at_start": Option("bool", False, "Match only at the start of a line."),
    "once": Option("bool", False, "Report only the first match in the document."),
}


def _first_match(
    matcher: re.Pattern[str], exceptions: list[re.Pattern[str]], text: str
) -> re.Match[str] | None:
    """The first match of `matcher` in `text` that no exception's match contains."""
    if not exceptions:
        return matcher.search(text)
    spans = [found.span() for pattern in exceptions for found in pattern.finditer(text)]
    for match in matcher.finditer(text):
        if not any(start <= match.start() and match.end() <= end for start, end in spans):
            return match
    return None


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    phrases, advice = split_advice(tuple(options["phrases"]))
    matcher = compile_matcher(phrases, tuple(options["patterns"]), options["at_start"])
    exceptions = [re.compile(pattern) for pattern in options["except_patterns"]]
    for line in scope_lines(doc, options["scope"]):
        match = _first_match(matcher, exceptions, line.text)
        if match:
            found = match.group(0).strip(" \t-–—•*:.,")
            values = {"match": found, "advice": advice.get(phrase_key(found), "")}
            yield Hit(
                options["message"].format(**values),
                line,
                found,
                options["suggestion"].format(**values) or None,
            )
            if options["once"]:
                return
