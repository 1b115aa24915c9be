"""Typst source as text: where a bracket, string or comment closes, escapes, a call's
arguments and a `#let` function's parameters. What the markup means is `readers.typst`'s."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_NAMED_RE = re.compile(r"\s*([A-Za-z_][\w-]*)\s*:(?!:)")


@dataclass(frozen=True, slots=True)
class Arg:
    """One argument of a call: its name (None if positional) and the span of its value."""

    name: str | None
    start: int
    end: int


def close_bracket(text: str, index: int) -> int:
    """The index just after the bracket, parenthesis or brace that opens at `index`, or the
    end of the text if it never closes; strings, raw text and comments are skipped."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack: list[str] = []
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == '"' and (not stack or stack[-1] != "]"):
            index = string_end(text, index)
            continue
        if text.startswith("//", index) and (not stack or stack[-1] != "]"):
            newline = text.find("\n", index)
            index = len(text) if newline < 0 else newline
            continue
        in_content = bool(stack) and stack[-1] == "]"
        if char in pairs and (not in_content or char == "["):
            stack.append(pairs[char])  # in content, parentheses and braces are text: `:)`
        elif stack and char == stack[-1]:
            stack.pop()
            if not stack:
                return index + 1
        index += 1
    return index


def string_end(text: str, index: int) -> int:
    index += 1
    while index < len(text) and text[index] != '"':
        index += 2 if text[index] == "\\" else 1
    return index + 1


def close_comment(text: str, index: int) -> int:
    if text.startswith("//", index):
        close = text.find("\n", index)
        return len(text) if close < 0 else close
    close = text.find("*/", index + 2)
    return len(text) if close < 0 else close + 2


def unescape(raw: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), raw)


def split_args(
    text: str, start: int, end: int, comment: Callable[[int], int] | None = None
) -> list[Arg]:
    """The arguments between `start` and `end` (inside a call's parentheses). Comments
    between them are skipped by `comment` (which returns where a comment ends) when
    given, so a caller can keep their suppressions."""
    skip = comment or (lambda index: close_comment(text, index))
    args: list[Arg] = []
    index = start
    while index < end:
        while index < end and (text[index].isspace() or text.startswith(("//", "/*"), index)):
            index = index + 1 if text[index].isspace() else skip(index)
        piece_start = index
        while index < end and text[index] != ",":
            if text.startswith(("//", "/*"), index):
                index = close_comment(text, index)
            elif text[index] in "([{":
                index = close_bracket(text, index)
            elif text[index] == '"':
                index = string_end(text, index)
            else:
                index += 1
        index = min(index, end)
        named = _NAMED_RE.match(text, piece_start, index)
        value_start = named.end() if named else piece_start
        while value_start < index and text[value_start].isspace():
            value_start += 1
        if value_start < index:
            args.append(Arg(named.group(1) if named else None, value_start, index))
        index += 1
    return args


def positional_params(text: str, opening: int) -> tuple[str, ...]:
    """The names of a `#let f(a, b, c: 1)` definition's positional parameters (`a`, `b`),
    from the parenthesis at `opening`; an argument sink (`..rest`) ends them."""
    names: list[str] = []
    for param in split_args(text, opening + 1, close_bracket(text, opening) - 1):
        if param.name is not None:
            continue
        written = text[param.start : param.end].strip()
        if not re.fullmatch(r"[A-Za-z_][\w-]*", written):
            break
        names.append(written)
    return tuple(names)


def body_start(text: str, params: int) -> int:
    """Where the body of a `#let f(a, b) = …` definition starts, from just inside its
    parameters' parenthesis: its parameters are no part of what it shows."""
    if params < 1 or text[params - 1] != "(":
        return params
    index = close_bracket(text, params - 1)
    equals = re.match(r"\s*=", text[index:])
    return index + equals.end() if equals else index
