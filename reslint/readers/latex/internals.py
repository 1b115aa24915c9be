"""The code of class and package files (`.cls`, `.sty`) as LaTeX reads it there.

In a class or package `@` is a letter (its `\\makeatletter` is implied), so
`\\@ifundefined` and `\\print@name` are one macro each; pylatexenc reads `@` as a
non-letter and would print `ifundefined` as text. `at_letters` writes the `@` of every
control word as a letter pylatexenc accepts (`AT_LETTER`, one character, so offsets stay
true); `macro_name` turns a parsed name back. TeX's own assignments in such code
(`\\parindent=0pt`, `\\let\\par=\\@@par`, `\\hsize=\\textwidth`) set lengths and
meanings and print nothing; `without_assignments` blanks them.
"""

from __future__ import annotations

import re

AT_LETTER = "\ua66e"  # a letter to Python's isalpha, which no resume writes
_CONTROL_WORD_RE = re.compile(r"\\[A-Za-z@]*@[A-Za-z@]*")
_WORD = r"\\[A-Za-z@]+"
_ASSIGNMENT_RE = re.compile(
    rf"(?:\\(?:global\s*\\)?let\s*{_WORD}\s*=?\s*{_WORD})"
    rf"|(?:{_WORD}\s*=\s*(?:{_WORD}|[-+]?(?:\d+\.?\d*|\.\d+)\s*(?:fil+|[a-z]{{2}}\b)?))"
)


def at_letters(code: str) -> str:
    """`code` with the `@` inside control words written as AT_LETTER."""
    return _CONTROL_WORD_RE.sub(lambda match: match.group(0).replace("@", AT_LETTER), code)


def macro_name(parsed: str) -> str:
    """A macro's name as the class wrote it, from the name pylatexenc parsed."""
    return parsed.replace(AT_LETTER, "@")


def parser_name(name: str) -> str:
    """The name pylatexenc sees for a macro written `name` in class code."""
    return name.replace("@", AT_LETTER)


def without_assignments(code: str) -> str:
    """`code` with TeX's assignments blanked (spaces, newlines kept)."""
    return _ASSIGNMENT_RE.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), code)
