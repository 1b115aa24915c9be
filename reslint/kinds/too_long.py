"""Kind `too-long`: a line longer than a reader takes in at a glance."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import SCOPES, Context, Hit, Option, scope_lines
from reslint.kinds.shared.visibility import unseen_ids
from reslint.model import Document

OPTIONS = {
    "scope": Option("choice", "bullets", "Which lines to measure.", SCOPES),
    "max_words": Option("int", 30, "The most words a line may have."),
    "message": Option(
        "str",
        "{words} words (limit {max_words})",
        "The message; {words} is the line's word count, {max_words} the limit.",
    ),
}


def word_count(text: str) -> int:
    """Words as a reader counts them: "e-commerce" and "3.5x" once, a lone dash or bullet not."""
    return sum(1 for token in text.split() if any(char.isalnum() for char in token))


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    limit = options["max_words"]
    unseen = unseen_ids(doc)  # a reader is not slowed by lines no reader sees
    for line in scope_lines(doc, options["scope"]):
        if id(line) in unseen:
            continue
        words = word_count(line.text)
        if words > limit:
            yield Hit(options["message"].format(words=words, max_words=limit), line)
