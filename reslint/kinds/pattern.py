"""Kind `pattern`: a phrase or pattern that should not appear in some part of the resume."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from reslint.kinds.shared.base import SCOPES, Context, Hit, Option, scope_lines
from reslint.kinds.shared.phrases import compile_matcher, phrase_key, split_advice
from reslint.kinds.shared.visibility import unseen_ids
from reslint.lexicon.language import document_language
from reslint.lexicon.language_words import formula_pattern, language_pattern
from reslint.model import Document, Line

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
    "languages": Option(
        "strings",
        [],
        "The languages (codes of lexicon/data/languages.toml: en, it, ...) whose words the "
        "phrases and patterns are: a document written in another one is not searched "
        "(the English pronoun 'I' is the Italian article 'I'). Empty: every document; a "
        "document whose language is unclear is searched.",
    ),
    "language_words": Option(
        "str",
        "",
        "A table of lexicon/data (first_person) listing words per language: the words of "
        "the document's language are searched too, whatever `languages` says, lower case "
        "or capitalised, never in capitals (abbreviations), except on a line holding one of "
        "the language's formulas (a consent to data processing). A document whose language "
        "is unclear gets none.",
    ),
    "message": Option(
        "str", "'{match}'", "The message; {match} is the text found, {advice} its phrase's advice."
    ),
    "suggestion": Option(
        "str", "", "What to write instead, shown with the finding; may use {match} and {advice}."
    ),
    "at_start": Option("bool", False, "Match only at the start of a line."),
    "once": Option("bool", False, "Report only the first match in the document."),
    "across_lines": Option(
        "bool",
        False,
        "Also find a phrase or pattern that a line wrap cut in two ('proven track' / "
        "'record'), reported at its first line; the next line continues the first when it "
        "follows it on the page and starts no bullet or heading. Leave it off for patterns "
        "that must stay on one line (a phone number, a bracketed field).",
    ),
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


def _continues(line: Line, following: Line) -> bool:
    """Whether `following` is the wrapped rest of `line`'s sentence."""
    return (
        following.page == line.page
        and following.number == line.number + 1
        and not (following.bullet or following.heading or line.heading)
    )


def _across(matcher: re.Pattern[str], line: Line, following: Line) -> re.Match[str] | None:
    """A match that starts on `line` and ends on `following`, in the two joined."""
    cut = len(line.text.rstrip())
    joined = line.text.rstrip() + " " + following.text.lstrip()
    for match in matcher.finditer(joined):
        if match.start() < cut < match.end() - 1:
            return match
    return None


@dataclass(frozen=True, slots=True)
class _Search:
    """What a rule searches in one document, once its language is known."""

    phrases: tuple[str, ...]
    patterns: tuple[str, ...]
    exceptions: tuple[str, ...]


def _searched(doc: Document, options: Mapping[str, Any]) -> _Search:
    """The phrases, patterns and exceptions for `doc`, by the language it is written in."""
    found = _Search(
        tuple(options["phrases"]), tuple(options["patterns"]), tuple(options["except_patterns"])
    )
    wanted, table = options["languages"], options["language_words"]
    if not wanted and not table:
        return found
    language = document_language(line.text for line in doc.lines)
    if wanted and language is not None and language not in wanted:
        found = _Search((), (), found.exceptions)
    if not table or language is None:
        return found
    words, formula = language_pattern(table, language), formula_pattern(table, language)
    return _Search(
        found.phrases,
        found.patterns + ((words,) if words else ()),
        found.exceptions + ((formula,) if formula else ()),
    )


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    search = _searched(doc, options)
    patterns = search.patterns
    if not search.phrases and not patterns:
        return
    phrases, advice = split_advice(search.phrases)
    matcher = compile_matcher(phrases, patterns, options["at_start"])
    exceptions = [re.compile(pattern) for pattern in search.exceptions]
    # A rule opts in: its patterns are sentences a wrap may cut ("available upon" /
    # "request"), where another rule's are one line's text (a phone, a bracket).
    wrapped = compile_matcher(phrases, patterns, False) if options["across_lines"] else None
    # What the text says is judged where a reader sees it: not in invisible injected text.
    unseen = unseen_ids(doc)
    lines = [line for line in scope_lines(doc, options["scope"]) if id(line) not in unseen]
    for index, line in enumerate(lines):
        match = _first_match(matcher, exceptions, line.text)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            match is None
            and wrapped is not None
            and following
            and _continues(line, following)
            # The next line says it all on its own ("References" over "Available upon
            # request"): reported there, once.
            and _first_match(matcher, exceptions, following.text) is None
        ):
            match = _across(wrapped, line, following)
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
