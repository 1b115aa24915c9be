"""A phrase or pattern that should not appear in some part of the resume."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from reslint.kinds.shared.base import SCOPES, Context, Hit, Option, scope_lines
from reslint.model import Document

ADVICE_SEPARATOR = "=>"

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


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def split_advice(entries: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """Phrases without their `=> advice` part, and the advice for each phrase that has one."""
    phrases: list[str] = []
    advice: dict[str, str] = {}
    for entry in entries:
        phrase, _, text = entry.partition(ADVICE_SEPARATOR)
        phrases.append(phrase.strip())
        if text.strip():
            advice[_key(phrase)] = text.strip()
    return tuple(phrases), advice


@lru_cache(maxsize=256)
def compile_matcher(
    phrases: tuple[str, ...], patterns: tuple[str, ...], at_start: bool
) -> re.Pattern[str]:
    """One compiled alternation for all of a rule's phrases and patterns, built once."""
    # Longest first, so "assisted with the" style overlaps report the fullest phrase.
    ordered = sorted((p for p in phrases if p.strip()), key=len, reverse=True)
    parts = [r"(?i:" + r"\s+".join(map(re.escape, p.split())) + r")" for p in ordered]
    parts.extend(f"(?:{p})" for p in patterns)
    if not parts:
        return re.compile(r"(?!)")
    body = "|".join(parts)
    prefix = r"^\W*" if at_start else r"(?<![\w])"
    return re.compile(rf"{prefix}(?:{body})(?![\w])")


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    phrases, advice = split_advice(tuple(options["phrases"]))
    matcher = compile_matcher(phrases, tuple(options["patterns"]), options["at_start"])
    for line in scope_lines(doc, options["scope"]):
        match = matcher.search(line.text)
        if match:
            found = match.group(0).strip(" \t-–—•*:.,")
            values = {"match": found, "advice": advice.get(_key(found), "")}
            yield Hit(
                options["message"].format(**values),
                line,
                found,
                options["suggestion"].format(**values) or None,
            )
            if options["once"]:
                return
