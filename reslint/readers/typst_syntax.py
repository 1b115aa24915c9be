"""Typst source as text: where a bracket, string or comment closes, escapes, and the sink
that collects an argument's plain text. What the markup means is `readers.typst`'s."""

from __future__ import annotations

import re
from dataclasses import dataclass


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
