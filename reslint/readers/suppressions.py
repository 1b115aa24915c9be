"""Inline suppression comments: `reslint: ignore RULE[, RULE]` in a text source's comments.

Each reader finds the comments of its own format (`<!-- … -->` in Markdown, `# …` in YAML
and plain text, `% …` in LaTeX, `// …` in Typst) and hands their bodies here; this module
says whether a body is a directive and which rules it names, and which source line each
directive silences. The engine applies them (`engine.suppress`), the same for every format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reslint.model import Suppression

_DIRECTIVE_RE = re.compile(r"\s*reslint\s*:\s*ignore\b(?P<names>.*)", re.DOTALL)
_NAME_SPLIT_RE = re.compile(r"[\s,]+")


def rule_names(comment: str) -> tuple[str, ...] | None:
    """The rule names of a directive comment's body (`reslint: ignore a, b`), `()` for a
    directive that names none, None for a comment that is no directive."""
    match = _DIRECTIVE_RE.match(comment)
    if match is None:
        return None
    return tuple(name for name in _NAME_SPLIT_RE.split(match.group("names")) if name)


@dataclass(frozen=True, slots=True)
class Directive:
    """A directive where a reader found it: `trailing` when text precedes it on its line."""

    rules: tuple[str, ...]
    line: int
    column: int
    trailing: bool


def resolve(directives: Iterable[Directive], text_lines: Iterable[int]) -> tuple[Suppression, ...]:
    """Suppressions for `directives`: one that ends a line of text silences that line, one
    on a line of its own the next line with text (`text_lines`: the source lines that hold
    some), so several directives stacked above one line all apply to it."""
    with_text = sorted(set(text_lines))
    out = []
    for directive in directives:
        if directive.trailing:
            target = directive.line
        else:
            target = next((n for n in with_text if n > directive.line), directive.line + 1)
        out.append(Suppression(directive.rules, directive.line, target, directive.column))
    return tuple(out)


_HASH_COMMENT_RE = re.compile(r"(?:^|(?<=\s))#(?P<body>\s*reslint\s*:\s*ignore\b.*)$")


def hash_directives(
    source_lines: Iterable[str], hash_comments: bool
) -> tuple[list[Directive], set[int]]:
    """`# reslint: ignore …` directives in YAML or plain text, and the lines that hold text
    other than a directive (and, with `hash_comments` as in YAML, other than a comment).
    A `#` starts a directive at a line's start or after a space."""
    directives: list[Directive] = []
    text_lines: set[int] = set()
    for number, raw in enumerate(source_lines, start=1):
        match = _HASH_COMMENT_RE.search(raw)
        names = rule_names(match.group("body")) if match else None
        if match is None or names is None:
            if raw.strip() and not (hash_comments and raw.lstrip().startswith("#")):
                text_lines.add(number)
            continue
        before = raw[: match.start()]
        trailing = bool(before.strip())
        if trailing:
            text_lines.add(number)
        directives.append(Directive(names, number, match.start() + 1, trailing))
    return directives, text_lines


def strip_hash_directive(raw: str) -> str:
    """`raw` without a trailing `# reslint: ignore …` (plain text shows the rest)."""
    match = _HASH_COMMENT_RE.search(raw)
    if match is None or rule_names(match.group("body")) is None:
        return raw
    return raw[: match.start()].rstrip()
