"""What the Typst reader knows of code without running it: the names a file binds and
the values they hold, loops over them, and the functions a local file that is imported
defines. `TypstCode` is a part of `readers.typst.TypstReader`, which prints what these
evaluate to.

`#let data = toml("cv.toml")` (or `json`, `yaml`: readers.typst_data) binds the data
with each string where the data file has it; `#let`s of strings, numbers, arrays and
dictionaries bind those. `for item in data.jobs [ … ]` prints its body once per item; a
function the file defines is run with its positional parameters bound to what it is
called with; `include` takes a path joined with `+`. Anything else is not known
(`_MISSING`) and prints nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reslint.readers.base import ReadError, read_bytes
from reslint.readers.source_lines import SourceFile
from reslint.readers.text import decode
from reslint.readers.typst_data import LOADERS, Located, load
from reslint.readers.typst_methods import MISSING_VALUE, apply_method
from reslint.readers.typst_syntax import (
    Arg,
    body_start,
    close_bracket,
    positional_params,
    split_args,
    string_end,
    unescape,
)

MAX_FILES = 64
MAX_DEPTH = 40
NAME_RE = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*")
MISSING = object()
_FOR_RE = re.compile(
    r"\s+(?:(?P<one>[A-Za-z_][\w-]*)|\(\s*(?P<key>[A-Za-z_][\w-]*)\s*,\s*(?P<value>[A-Za-z_][\w-]*)\s*\))"
    r"\s+in\s+"
)
# A binding a file makes (`#let name = …`), not a function (`#let job(…) = …`), whose body
# an imported file's caller does not run: a template's own code would print twice.
_BINDING_RE = re.compile(r"(?m)^[ \t]*#?let(?=\s+[A-Za-z_][\w-]*\s*=)")
_COLOUR_RE = re.compile(r"#[0-9a-fA-F]{3,8}")
_MAX_ITEMS = 1000  # the items of one printed array
_LITERALS = {"true": True, "false": False, "none": None}
# A method call at the end of an expression: `name.split(", ")`, `….at(0)`.
_METHOD_RE = re.compile(r"\.([a-z][\w-]*)\($")


@dataclass(frozen=True, slots=True)
class Content:
    """Content bound to a name (`#let header = [ … ]`, `#let summary = text(size: 10pt)[…]`,
    `#let first = job(…)`): shown where the name is used (`#header`, `grid(header, body)`),
    as Typst shows it there, and once at a time (a name used inside its own content)."""

    name: str
    source: SourceFile
    start: int
    end: int


def content_of(name: str, source: SourceFile, start: int, stop: int) -> Content | None:
    """The content a `#let name = …` binds: a content block, or a call (`text(…)[…]`,
    `box[…]`, a function's call); None for anything else."""
    text = source.text
    while start < stop and text[start].isspace():
        start += 1
    call = NAME_RE.match(text, start, stop)
    if text.startswith("[", start) or (call and text.startswith(("(", "["), call.end())):
        return Content(name, source, start, stop)
    return None


class TypstCode:
    """Bindings, loops, calls of the file's own functions and imports, for TypstReader
    (whose fields `_vars`, `_running`, `_showing`, `_shown`, `_templates`, `_params` and
    `_imported` they use)."""

    __slots__ = ()

    def _import(self, source: SourceFile, index: int, end: int) -> None:
        """The parameters of the functions a local file that is imported defines, and the
        values it binds (`#let name = [Jane Doe]`, `#let email = "…"`, shown where the
        importing file uses them); its content is not printed: an import brings names."""
        string = re.match(r'\s*"((?:[^"\\]|\\.)*)"', source.text[index:end])
        if string is None or string.group(1).startswith("@"):
            return
        root = self.main.path.parent
        resolved = (source.path.parent / unescape(string.group(1))).resolve()
        if resolved in self._imported or len(self._imported) >= MAX_FILES:
            return
        if not resolved.is_relative_to(root) or resolved.suffix != ".typ":
            return
        self._imported.add(resolved)
        if not resolved.is_file():
            return
        try:
            text = decode(read_bytes(resolved, self.options), resolved)
        except ReadError:
            return
        imported = SourceFile.of(
            resolved, text, str(self.given.parent / resolved.relative_to(root))
        )
        for match in re.finditer(r"(?m)^\s*#?let\s+([A-Za-z_][\w-]*)\s*\(", imported.text):
            self._params.setdefault(
                match.group(1), positional_params(imported.text, match.end() - 1)
            )
        for match in re.finditer(r'(?m)^\s*#?import\s+"', imported.text):
            self._import(imported, match.end() - 1, len(imported.text))
        for match in _BINDING_RE.finditer(imported.text):
            self._statement(imported, "let", match.end(), len(imported.text), 1)

    # -- values: data files, loops, the functions the file defines ------------------

    def _run(self, source: SourceFile, name: str, args: list[Arg], sink, depth: int) -> set[int]:
        """The content of a function the file defines, its positional parameters bound to
        the values its call passes (`#sections(("education", "work"))`) or the content
        (`#job([Acme], [2020])`, shown where the body shows the parameter, in the body's
        layout and type); returns where the arguments it showed start (content the body
        does not show, the call shows after it)."""
        bound: set[int] = set()
        if name in self._running or depth > MAX_DEPTH:
            return bound
        template, start, stop = self._templates[name]
        saved = dict(self._vars)
        positional = [arg for arg in args if arg.name is None]
        contents: dict[int, Content] = {}
        for param, arg in zip(self._params.get(name, ()), positional, strict=False):
            value = self._eval(source, arg.start, arg.end)
            if value is MISSING and (content := content_of(param, source, arg.start, arg.end)):
                value = contents[arg.start] = content
            if value is not MISSING:
                self._vars[param] = value
                bound.add(arg.start)
        self._bind_named(template, start, source, args)
        self._running.add(name)
        self._code_content(template, body_start(template.text, start), stop, sink, depth + 1)
        self._running.discard(name)
        self._vars = saved
        return bound - {at for at, content in contents.items() if content not in self._shown}

    def _bind_named(
        self, template: SourceFile, start: int, source: SourceFile, args: list[Arg]
    ) -> None:
        """A function's named parameters (`lang: data.language`): the value the call
        passes, else the definition's default, so a body that joins a path from them
        (`include "modules_" + lang + ".typ"`) knows it."""
        passed = {arg.name: arg for arg in args if arg.name is not None}
        text = template.text
        if start < 1 or text[start - 1] != "(":
            return
        for param in split_args(text, start, close_bracket(text, start - 1) - 1):
            if param.name is None:
                continue
            given = passed.get(param.name)
            place = (
                (source, given.start, given.end) if given else (template, param.start, param.end)
            )
            value = self._eval(*place)
            if value is MISSING:  # content (`translate(en: [Skills])`) shows where used
                value = content_of(param.name, *place) or MISSING
            if value is not MISSING:
                self._vars[param.name] = value

    def _call_in(self, source: SourceFile, arg: Arg, depth: int) -> None:
        """A call of a function the file defines passed as an argument: its content."""
        text = source.text
        call = NAME_RE.match(text, arg.start)
        if call is None or call.group(0) not in self._templates:
            return
        if not text.startswith("(", call.end()):
            return
        close = close_bracket(text, call.end())
        args = self._args(text, call.end() + 1, close - 1)
        self._run(source, call.group(0), args, self.builder, depth)

    def _for(
        self, source: SourceFile, index: int, end: int, sink, depth: int, *, markup: bool
    ) -> int:
        """`for item in data.jobs [ … ]` (or `{ … }`): the body once per item, the loop's
        variable bound to it; returns where the loop ends."""
        text = source.text
        head = _FOR_RE.match(text, index, end)
        if head is None:
            return index
        cursor = head.end()
        while cursor < end and text[cursor] not in "[{\n":
            cursor = close_bracket(text, cursor) if text[cursor] == "(" else cursor + 1
        if cursor >= end or text[cursor] == "\n":
            return cursor
        close = close_bracket(text, cursor)
        values = self._eval(source, head.end(), cursor)
        if isinstance(values, dict):
            items = list(values.items()) if head.group("key") else list(values)
        elif isinstance(values, list):
            items = values
        else:
            return close
        saved = dict(self._vars)
        for item in items:
            if depth > MAX_DEPTH:
                break
            if head.group("key") and isinstance(item, tuple):
                self._vars[head.group("key")], self._vars[head.group("value")] = item
            elif head.group("one"):
                self._vars[head.group("one")] = item
            if text[cursor] == "[":
                self.markup(source, cursor + 1, close - 1, sink, depth + 1)
                sink.end()
            else:
                self._code_content(source, cursor + 1, close - 1, sink, depth + 1)
        self._vars = saved
        return close

    def _code_include(self, source: SourceFile, index: int, end: int, depth: int) -> int:
        """`include "part.typ"` or `include { "parts/" + name + ".typ" }` in code."""
        text = source.text
        start = index
        while start < end and text[start] in " \t":
            start += 1
        if start < end and text[start] == "{":
            stop = close_bracket(text, start)
            value = self._eval(source, start + 1, stop - 1)
        else:
            stop = text.find("\n", start, end)
            stop = end if stop < 0 else stop
            value = self._eval(source, start, stop)
        if isinstance(value, str):
            self._include(value, source, depth)
        return max(stop, index)

    def _lookup(self, name: str) -> Any:
        """The value a dotted name (`item.company`) has, or MISSING."""
        first, *path = name.split(".")
        if first not in self._vars:
            return MISSING
        value = self._vars[first]
        for part in path:
            if not isinstance(value, dict) or part not in value:
                return MISSING
            value = value[part]
        return value

    def _eval(self, source: SourceFile, start: int, stop: int) -> Any:
        """The value of a Typst expression the reader can know without running code: a
        string, a number, an array or dictionary of them, a bound name, a data file
        loaded with `toml`, `json` or `yaml`, strings joined with `+`; else MISSING."""
        text = source.text
        stop = min(stop, len(text))  # a bracket left open runs to the end of the file
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start >= stop:
            return MISSING
        pieces = self._plus(text, start, stop)
        if len(pieces) > 1:
            values = [self._eval(source, a, b) for a, b in pieces]
            if all(isinstance(value, str) for value in values):
                return "".join(values)
            return MISSING
        expression = text[start:stop]
        if expression[0] == '"' and string_end(text, start) == stop:
            return Located(unescape(text[start + 1 : stop - 1]), source, start + 1)
        if expression[0] in "({" and close_bracket(text, start) == stop:
            if expression[0] == "{":
                return self._eval(source, start + 1, stop - 1)
            items = self._args(text, start + 1, stop - 1)
            values = [(arg.name, self._item(source, arg)) for arg in items]
            if items and all(name is not None for name, _ in values):
                return {name: value for name, value in values if value is not MISSING}
            return [value for _, value in values if value is not MISSING]
        if expression in _LITERALS:
            return _LITERALS[expression]
        if expression.startswith("if ") and (chosen := self._chosen(source, start + 3, stop)):
            opening, close = chosen
            if text[opening] == "[":
                return Content(f"if@{opening}", source, opening, close)
            return self._eval(source, opening + 1, close - 1)
        method = self._method(source, start, stop)
        if method is not None:
            return method
        if re.fullmatch(r"-?\d+(?:\.\d+)?", expression):
            return float(expression) if "." in expression else int(expression)
        loader = re.fullmatch(r"(toml|json|yaml)\(\s*\"((?:[^\"\\]|\\.)*)\"\s*\)", expression)
        if loader and loader.group(1) in LOADERS:
            return self._load(loader.group(1), unescape(loader.group(2)), source)
        if NAME_RE.fullmatch(expression):
            return self._lookup(expression)
        return MISSING

    def _item(self, source: SourceFile, arg: Arg) -> Any:
        """An array's or dictionary's item: its value, or the content block it is
        (`(date: [2021 -- 2023], name: "Acme")`), shown where it is used."""
        value = self._eval(source, arg.start, arg.end)
        if value is MISSING and source.text.startswith("[", arg.start):
            return Content(f"item@{arg.start}", source, arg.start, arg.end)
        return value

    def _method(self, source: SourceFile, start: int, stop: int) -> Any:
        """The value of a method called on a value the reader knows (`title.slice(0, 3)`,
        `names.join(", ")`, `text.split(" ").at(0)`), or None when the expression is no
        such call; MISSING when the method or its receiver is not known."""
        text = source.text
        if not text.endswith(")", start, stop):
            return None
        opening = _opening(text, start, stop)
        if opening is None:
            return None
        called = _METHOD_RE.search(text, start, opening + 1)
        if called is None or called.end() != opening + 1:
            return None
        receiver = self._eval(source, start, called.start())
        args = [
            self._eval(source, arg.start, arg.end)
            for arg in self._args(text, opening + 1, stop - 1)
        ]
        if receiver is MISSING or MISSING in args:
            return MISSING
        value = apply_method(receiver, called.group(1), args)
        return MISSING if value is MISSING_VALUE else value

    def _plus(self, text: str, start: int, stop: int) -> list[tuple[int, int]]:
        """The spans of an expression's top-level `+` operands."""
        pieces: list[tuple[int, int]] = []
        begin = index = start
        while index < stop:
            char = text[index]
            if char == '"':
                index = string_end(text, index)
            elif char in "([{":
                index = close_bracket(text, index)
            elif char == "+":
                pieces.append((begin, index))
                begin = index = index + 1
            else:
                index += 1
        pieces.append((begin, stop))
        return pieces

    def _load(self, kind: str, name: str, within: SourceFile) -> Any:
        root = self.main.path.parent
        path = (within.path.parent / name).resolve()
        if not path.is_relative_to(root):
            return MISSING
        shown = str(self.given.parent / path.relative_to(root))
        loaded = load(kind, path, root, shown, self.options)
        return MISSING if loaded is None else loaded

    def _print_value(self, value: Any, source: SourceFile, offset: int, sink) -> None:
        """A bound value as Typst shows it: a string where the data file has it, a number
        as written, an array's items one after another."""
        if isinstance(value, str) and _COLOUR_RE.fullmatch(value):
            return  # a colour code (`accent = "#1f6feb"`) is passed to `rgb`, not shown
        if isinstance(value, Located):
            sink.text(str(value), value.source, value.offset)
        elif isinstance(value, str):
            sink.text(value, source, offset)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            sink.text(str(value), source, offset)
        elif isinstance(value, Content) and value.name not in self._showing:
            self._showing.add(value.name)
            self._shown.add(value)
            self._value(value.source, Arg(None, value.start, value.end), sink, 1)
            self._showing.discard(value.name)
        elif isinstance(value, list):
            for index, item in enumerate(value[:_MAX_ITEMS]):
                if index:
                    sink.text(", ", source, offset)
                self._print_value(item, source, offset, sink)


def _opening(text: str, start: int, stop: int) -> int | None:
    """Where the parenthesis closing at `stop` opens, scanning from `start`."""
    index = start
    while index < stop:
        char = text[index]
        if char == '"':
            index = string_end(text, index)
        elif char in "([{":
            close = close_bracket(text, index)
            if close == stop and char == "(":
                return index
            index = close
        else:
            index += 1
    return None
