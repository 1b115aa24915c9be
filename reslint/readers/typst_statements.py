"""Typst code (a function's body, `{…}`, or an expression after `=`) read for what it
shows. `TypstStatements` is a part of `readers.typst.TypstReader`, whose markup, calls and
values it prints through.

In Typst a code block shows the values of its expression statements, joined: a body
`{ text(weight: "bold", title) }` shows the title, `align(center, table(…))` the table's
cells, a bound name written alone its value. So each statement is read as the markup's
`#` expression would be: a call (the file's own functions run with their arguments, a
method call on a bound value evaluated, `title.slice(0, 3)`), a name bound to a value.
`let` binds, `set` and `show` style; an assignment (`n = n + 1`) shows nothing.

`if` shows one branch: the one its condition picks where the reader knows the values it
compares (a parameter's default, a loop's key: `if k == "email"`), else the first, the one
a template writes for the value it is usually given; `else` branches of a known condition
are skipped, so an `if highlighted {…} else {…}` does not print its text twice. A content
block (`[…]`) in code is markup and ends its line.
"""

from __future__ import annotations

import re
from typing import Any

from reslint.readers.source_lines import SourceFile
from reslint.readers.typst_code import MAX_DEPTH, MISSING, NAME_RE
from reslint.readers.typst_syntax import close_bracket, close_comment, string_end

_DECLARATIONS = ("let", "set", "show", "import")
# Words that open no expression of their own: what follows them is read on.
_NOTHING = frozenset({"return", "context", "none", "auto", "true", "false", "not", "and", "or"})
_ASSIGNMENT_RE = re.compile(r"\s*(?:[-+*/]?=)(?!=)")
_KEY_RE = re.compile(r"\s*:(?!:)")
_ELSE_RE = re.compile(r"\s*else(?![\w-])")
_COMPARISON_RE = re.compile(r"==|!=")


class TypstStatements:
    __slots__ = ()

    def _code_content(self, source: SourceFile, start: int, end: int, sink, depth: int) -> None:
        """The statements of code between `start` and `end`, each printed as what it shows."""
        text = source.text
        index = start
        while index < end and depth <= MAX_DEPTH:
            char = text[index]
            if char == '"':
                index = string_end(text, index)
            elif text.startswith(("//", "/*"), index):
                index = close_comment(text, index)
            elif char == "[":
                close = close_bracket(text, index)
                self.markup(source, index + 1, close - 1, sink, depth + 1)
                sink.end()
                index = close
            elif (word := NAME_RE.match(text, index)) and not _inside_word(text, index):
                index = max(self._code_statement(source, word, end, sink, depth), index + 1)
            else:
                index += 1

    def _code_statement(self, source: SourceFile, word: re.Match, end: int, sink, depth: int):
        """One statement starting with a name; returns where the code goes on."""
        text = source.text
        name, after = word.group(0), word.end()
        if name == "for":
            return self._for(source, after, end, sink, depth, markup=False)
        if name == "include":
            return self._code_include(source, after, end, depth)
        if name in _DECLARATIONS:
            return self._statement(source, name, after, end, depth)
        if name in ("if", "while"):
            return self._if(source, after, end, sink, depth)
        if name in _NOTHING or _KEY_RE.match(text, after):
            return after  # a dictionary's key (`email: …`) names, it shows nothing
        if _ASSIGNMENT_RE.match(text, after):
            return _statement_end(text, after, end)
        if text.startswith("(", after) and self._method_of_bound(name):
            close = close_bracket(text, after)
            value = self._eval(source, word.start(), close)
            if value is not MISSING:
                self._print_value(value, source, word.start(), sink)
            return close
        return self._code(source, word.start(), end, sink, depth)

    def _method_of_bound(self, name: str) -> bool:
        """Whether a dotted call is a method of a bound value (`title.slice`), not a
        module's function (`cv.entry`)."""
        head, _, _ = name.rpartition(".")
        return bool(head) and self._lookup(head) is not MISSING

    # -- if / else ------------------------------------------------------------------

    def _if(self, source: SourceFile, index: int, end: int, sink, depth: int) -> int:
        """`if condition {…} else if … else {…}`: the branch the condition picks printed
        (the first when it is not known); returns where the chain ends."""
        text = source.text
        cursor, printed = index, False
        while cursor < end:
            opening = _block_start(text, cursor, end)
            if opening is None:
                return end
            decided = None if printed else self._condition(source, cursor, opening)
            close = close_bracket(text, opening)
            if not printed and decided is not False:
                self._branch(source, opening, close, sink, depth)
                printed = True
            otherwise = _ELSE_RE.match(text, close, end)
            if otherwise is None:
                return close
            cursor = otherwise.end()
            chained = re.match(r"\s*if(?![\w-])", text[cursor:end])
            if chained:
                cursor += chained.end()
                continue
            opening = _block_start(text, cursor, end)
            if opening is None:
                return end
            close = close_bracket(text, opening)
            if not printed:
                self._branch(source, opening, close, sink, depth)
            return close
        return cursor

    def _chosen(self, source: SourceFile, index: int, end: int) -> tuple[int, int] | None:
        """The block an `if` expression's value is (`if lang == "en" [Skills] else
        [Fähigkeiten]`, `index` after the `if`): the first whose condition holds, the
        `else` block when none does; None when a condition is not known."""
        text = source.text
        cursor = index
        while cursor < end:
            opening = _block_start(text, cursor, end)
            if opening is None:
                return None
            close = close_bracket(text, opening)
            decided = self._condition(source, cursor, opening)
            if decided is None:
                return None
            if decided:
                return opening, close
            otherwise = _ELSE_RE.match(text, close, end)
            if otherwise is None:
                return None
            cursor = otherwise.end()
            chained = re.match(r"\s*if(?![\w-])", text[cursor:end])
            if chained is None:
                opening = _block_start(text, cursor, end)
                return None if opening is None else (opening, close_bracket(text, opening))
            cursor += chained.end()
        return None

    def _branch(self, source: SourceFile, opening: int, close: int, sink, depth: int) -> None:
        if source.text[opening] == "[":
            self.markup(source, opening + 1, close - 1, sink, depth + 1)
            sink.end()
        else:
            self._code_content(source, opening + 1, close - 1, sink, depth + 1)

    def _condition(self, source: SourceFile, start: int, stop: int) -> bool | None:
        """A condition's truth where the reader knows its values: a bound boolean,
        `not` one, a value compared with `==` or `!=`; None when it is not known."""
        text = source.text[start:stop].strip()
        while text.startswith("(") and close_bracket(text, 0) == len(text):
            text = text[1:-1].strip()
        base = source.text.find(text, start)
        if text.startswith("not "):
            inner = self._condition(source, base + 4, base + len(text))
            return None if inner is None else not inner
        compared = _COMPARISON_RE.search(text)
        if compared is not None:
            left = self._eval(source, base, base + compared.start())
            right = self._eval(source, base + compared.end(), base + len(text))
            if left is MISSING or right is MISSING:
                return None
            equal = _plain(left) == _plain(right)
            return equal if compared.group(0) == "==" else not equal
        value = self._eval(source, base, base + len(text))
        return value if isinstance(value, bool) else None


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, str) else value


def _inside_word(text: str, index: int) -> bool:
    """Whether `index` is inside a name, a field access or a length (`1.5pt`)."""
    return index > 0 and (text[index - 1].isalnum() or text[index - 1] in "_.-@$#")


def _block_start(text: str, index: int, end: int) -> int | None:
    """Where the block (`{` or `[`) after a condition opens; parentheses and strings in
    the condition are skipped."""
    while index < end:
        char = text[index]
        if char in "{[":
            return index
        if char == "(":
            index = close_bracket(text, index)
        elif char == '"':
            index = string_end(text, index)
        else:
            index += 1
    return None


def _statement_end(text: str, index: int, end: int) -> int:
    """The end of the line a statement is on, brackets on it followed to their close."""
    while index < end and text[index] not in "\n;":
        index = close_bracket(text, index) if text[index] in "([{" else index + 1
    return index
