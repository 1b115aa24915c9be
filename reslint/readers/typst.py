"""Typst sources (`.typ`), read, never compiled: no packages are fetched, no code is run.

The reader scans Typst markup and prints what it would show: headings (`= Title`), list
items, text with its markup marks removed, links (`#link("…")[…]`), and the content and
string arguments of function calls. Code it cannot run without evaluating (`#let`,
`#set`, `#show` rules, loops over data files) prints nothing. Two kinds of call are known
by their named arguments (readers/data/typst_functions.toml), whatever the template names
them: an entry (`#resume-entry(title: …, company: …, date: …)`), printed as its header
lines and handed over as a KnownEntry, and the header of a `#show: resume.with(author: …,
email: …)` rule, printed as the name-and-contact block. `#include "file.typ"` is read in
place (never outside the main file's folder). A function the file defines, or a local
file it imports defines (`#let job(role, company, period) = …`), names its positional
arguments by its parameters, so `#job("Engineer", "Acme", "2019")` is an entry too; an
import brings names, never text. The code of a function's body shows what its
statements show (readers.typst_statements). `// reslint: ignore RULE` suppresses.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from reslint.model import FileFacts, KnownEntry, ReaderOutput, Suppression
from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.readers.built_pdf import built_pdf_text
from reslint.readers.source_lines import (
    LineBuilder,
    SourceFile,
    TextSink,
    kept_face,
    suppression,
)
from reslint.readers.text import decode
from reslint.readers.typst_code import (
    MAX_DEPTH,
    MAX_FILES,
    MISSING,
    NAME_RE,
    TypstCode,
    content_of,
)
from reslint.readers.typst_entry import TypstEntry, role_key
from reslint.readers.typst_faces import heading_face, marked
from reslint.readers.typst_grid import print_grid
from reslint.readers.typst_header import TypstHeader
from reslint.readers.typst_layout import TypstLayout, heading_call
from reslint.readers.typst_levels import sub_headings
from reslint.readers.typst_spread import TypstSpread
from reslint.readers.typst_statements import TypstStatements
from reslint.readers.typst_syntax import (
    Arg,
    body_start,
    close_bracket,
    positional_params,
    split_args,
    string_end,
    unescape,
)

DATA = Path(__file__).resolve().parent / "data" / "typst_functions.toml"
_STATEMENTS = ("let", "set", "show", "import", "if", "for", "while", "return", "context")
_UNICODE_ESCAPE_RE = re.compile(r"\\u\{([0-9a-fA-F]{1,6})\}")
_SYMBOLS = {"~": " ", "---": "—", "--": "–", "...": "…"}


@cache
def _data() -> dict[str, Any]:
    with DATA.open("rb") as handle:
        data = tomllib.load(handle)
    data["entry-roles"] = {role_key(name): role for name, role in data["entry-arguments"].items()}
    return data


@dataclass(slots=True)
class TypstReader(TypstHeader, TypstCode, TypstStatements, TypstEntry, TypstLayout, TypstSpread):
    main: SourceFile
    given: Path
    options: ReadOptions
    builder: LineBuilder = field(default_factory=LineBuilder)
    entries: list[KnownEntry] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    _files: dict[Path, SourceFile] = field(default_factory=dict)
    # Functions the file defines (`#let cv(body) = {…}`): where their body is.
    _templates: dict[str, tuple[SourceFile, int, int]] = field(default_factory=dict)
    # The positional parameters of the functions the file (or a local file it imports)
    # defines (`#let job(role, company, period) = …`): a call's positional arguments are
    # named by them, so `#job("Engineer", "Acme", "2019")` is an entry like a call with
    # `role:`, `company:` and `period:`.
    _params: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _imported: set[Path] = field(default_factory=set)
    _open: list[Path] = field(default_factory=list)
    # Each heading line's level (`==` is 2), by its id: for typst_levels.sub_headings.
    levels: dict[int, int] = field(default_factory=dict)
    # What `#let name = toml("cv.toml")` (or a string, an array, a loop's variable) binds:
    # values a `#for` loop walks and `#item.title` prints, at their place in the data file.
    _vars: dict[str, Any] = field(default_factory=dict)
    _running: set[str] = field(default_factory=set)  # functions being called: no recursion
    _showing: set[str] = field(default_factory=set)  # bound content being shown: the same
    _shown: set[Any] = field(default_factory=set)  # bound content shown (typst_code.Content)

    # -- files ------------------------------------------------------------------------

    def read_file(self, source: SourceFile, depth: int = 0) -> None:
        if source.path in self._open or depth > MAX_DEPTH:
            return
        self._open.append(source.path)
        self.markup(source, 0, len(source.text), self.builder, depth)
        self.builder.end()
        self._open.pop()

    def _include(self, name: str, within: SourceFile, depth: int) -> None:
        root = self.main.path.parent
        resolved = (within.path.parent / name).resolve()
        if not resolved.is_relative_to(root) or resolved.suffix != ".typ":
            return
        if resolved not in self._files:
            if len(self._files) >= MAX_FILES or not resolved.is_file():
                return
            try:
                text = decode(read_bytes(resolved, self.options), resolved)
            except ReadError:
                return
            shown = str(self.given.parent / resolved.relative_to(root))
            self._files[resolved] = SourceFile.of(resolved, text, shown)
        self.builder.end()
        self.read_file(self._files[resolved], depth + 1)

    # -- markup -----------------------------------------------------------------------

    def markup(self, source: SourceFile, start: int, end: int, sink, depth: int) -> None:
        with kept_face(self.builder):  # a mark left open ends with its content block
            self._markup(source, start, end, sink, depth)

    def _markup(self, source: SourceFile, start: int, end: int, sink, depth: int) -> None:
        text = source.text
        index = start
        outer = self.builder.face
        line_start = True
        heading = False
        level = 0
        while index < end:
            char = text[index]
            if line_start:
                stripped = index
                while stripped < end and text[stripped] in " \t":
                    stripped += 1
                block = re.match(r"(=+|[-+]|/)\s", text[stripped:end])
                if block and not (
                    block.group(1) == "/" and ":" not in text[stripped:end].split("\n")[0]
                ):
                    heading = block.group(1).startswith("=")
                    level = len(block.group(1)) if heading else 0
                    sink.start(heading=heading, bullet=block.group(1) in "-+")
                    outer = self.builder.face
                    self.builder.face = heading_face(level) if heading else outer
                    index = stripped + block.end()
                    line_start = False
                    continue
                line_start = False
            if char == "\n":
                blank = re.match(r"\n[ \t]*\n", text[index:end])
                if heading or blank:
                    line = sink.end()
                    if heading and line is not None and isinstance(sink, LineBuilder):
                        self.levels[id(line)] = level
                    self.builder.face = outer if heading else self.builder.face
                    heading = False
                else:
                    sink.text(" ", source, index)
                index += 1
                line_start = True
            elif (text.startswith("//", index) and text[index - 1 : index] != ":") or (
                text.startswith("/*", index)
            ):  # `https://` in markup is a link, not a comment
                index = self._comment(source, index)
            elif char == "\\":
                following = text[index + 1 : index + 2]
                if code := _UNICODE_ESCAPE_RE.match(text, index, end):  # `\u{eb1a}`
                    value = int(code.group(1), 16)
                    sink.text(chr(value) if value <= 0x10FFFF else "\ufffd", source, index)
                    index = code.end()
                elif following in ("", " ", "\n", "\t"):
                    sink.end()
                    index += 1
                else:
                    sink.text(following, source, index + 1)
                    index += 2
            elif char in "*_":
                self.builder.face = marked(self.builder.face, char)
                index += 1
            elif char == "`":
                ticks = re.match(r"`+", text[index:end]).group(0)  # type: ignore[union-attr]
                close = text.find(ticks, index + len(ticks))
                close = end if close < 0 or close > end else close
                body = text[index + len(ticks) : close]
                if len(ticks) >= 3:
                    body = body.split("\n", 1)[-1] if "\n" in body else body
                sink.text(body, source, index + len(ticks))
                index = close + len(ticks)
            elif char == "$":
                close = text.find("$", index + 1)
                close = end if close < 0 or close > end else close
                sink.text(f" {text[index + 1 : close].strip()} ", source, index + 1)
                index = close + 1
            elif char == "<" and (label := re.match(r"<[\w:.-]+>", text[index:end])):
                index += label.end()
            elif char == "#":
                index = self._code(source, index + 1, end, sink, depth)
            else:
                symbol = next((s for s in _SYMBOLS if text.startswith(s, index)), None)
                if symbol:
                    sink.text(_SYMBOLS[symbol], source, index)
                    index += len(symbol)
                else:
                    run = re.match(r"[^\n\\*_`$<#/~\-.]+|.", text[index:end], re.S)
                    piece = run.group(0)  # type: ignore[union-attr]
                    sink.text(piece, source, index)
                    index += len(piece)

    def _comment(self, source: SourceFile, index: int) -> int:
        text = source.text
        if text.startswith("//", index):
            close = text.find("\n", index)
            close = len(text) if close < 0 else close
            body = text[index + 2 : close]
        else:
            close = text.find("*/", index + 2)
            close = len(text) if close < 0 else close + 2
            body = text[index + 2 : close - 2]
        found = suppression(body, source, index)
        if found is not None:
            self.suppressions.append(found)
        return close

    # -- code -------------------------------------------------------------------------

    def _code(self, source: SourceFile, index: int, end: int, sink, depth: int) -> int:
        """A `#` expression in markup; returns where the markup goes on."""
        text = source.text
        name_match = NAME_RE.match(text, index)
        if text.startswith(("(", "{", "["), index):
            return close_bracket(text, index)
        if name_match is None:
            sink.text("#", source, index - 1)
            return index
        name = name_match.group(0)
        index = name_match.end()
        if name == "include":
            string = re.match(r'\s*"((?:[^"\\]|\\.)*)"', text[index:end])
            if string:
                self._include(unescape(string.group(1)), source, depth)
                return index + string.end()
            return index
        if name == "for":
            return self._for(source, index, end, sink, depth, markup=True)
        if name in _STATEMENTS:
            return self._statement(source, name, index, end, depth)
        bound = self._lookup(name)
        if bound is not MISSING and not text.startswith(("(", "["), index):
            self._print_value(bound, source, index - len(name), sink)
            return index
        args: list[Arg] = []
        while index < end and text[index] in "([":
            close = close_bracket(text, index)
            if text[index] == "(":
                args.extend(self._args(text, index + 1, close - 1, source))
            else:
                args.append(Arg(None, index, close))
            index = close
        self._call(source, name, args, sink, depth)
        return index

    def _statement(self, source: SourceFile, name: str, index: int, end: int, depth: int) -> int:
        """`#let`, `#set`, `#show` and control flow print nothing, with two exceptions: the
        header a `#show: template.with(author: …)` rule passes to its template, and the
        content of a function the file defines itself (`#let cv(body) = {…}`), which
        prints where a `#show: cv` rule or a `#cv[…]` call uses it."""
        text = source.text
        cursor = index
        let = re.match(r"\s+([A-Za-z_][\w-]*)\s*\(", text[index:end]) if name == "let" else None
        shown = re.match(r"\s*:\s*([A-Za-z_][\w-]*)", text[index:end]) if name == "show" else None
        while cursor < end and text[cursor] != "\n":
            if text[cursor] in "([{":
                opening = cursor
                cursor = close_bracket(text, cursor)
                if name == "show" and text[opening] == "(":
                    show_args = self._args(text, opening + 1, cursor - 1, source)
                    self._header(source, show_args, _data())
                    for arg in show_args:  # `left: sections(parts)`, a function of its own
                        self._call_in(source, arg, depth)
                continue
            if text.startswith("//", cursor):
                break
            cursor += 1
        binding = (
            re.match(r"\s+([A-Za-z_][\w-]*)\s*=\s*", text[index:end]) if name == "let" else None
        )
        if binding is not None:
            value = self._eval(source, index + binding.end(), cursor)
            if value is MISSING:
                value = content_of(binding.group(1), source, index + binding.end(), cursor)
            if value is not None and value is not MISSING:
                self._vars[binding.group(1)] = value
        if let is not None:
            self._templates[let.group(1)] = (source, index + let.end(), cursor)
            self._params[let.group(1)] = positional_params(source.text, index + let.end() - 1)
        if name == "import":
            self._import(source, index, end)
        if shown is not None and shown.group(1) in self._templates:
            template, start, stop = self._templates.pop(shown.group(1))  # once: no recursion
            self._code_content(
                template, body_start(template.text, start), stop, self.builder, depth + 1
            )
        return cursor

    def _args(self, text: str, start: int, end: int, source: SourceFile | None = None) -> list[Arg]:
        """The arguments between `start` and `end` (inside a call's parentheses); comments
        between them are skipped (and their suppressions kept, when `source` is given)."""
        keep = None if source is None else (lambda index: self._comment(source, index))
        return split_args(text, start, end, keep)

    def _value(self, source: SourceFile, arg: Arg, sink, depth: int, joiner: str = " ") -> None:
        """Print an argument's value: a string, content, or the strings of a call in it."""
        text = source.text
        value = text[arg.start : arg.end].rstrip()
        if len(self._plus(text, arg.start, arg.end)) > 1 or self._method_of_bound(
            value.split("(")[0]
        ):  # `"mailto:" + email`, `name.split(" ").first()`: the value they make, when known
            joined = self._eval(source, arg.start, arg.end)
            if joined is not MISSING:
                self._print_value(joined, source, arg.start, sink)
                return
            if not value.startswith(('"', "[")):
                return  # a method of a value not known: nothing it shows is
        if value.startswith("{"):
            self._code_content(
                source, arg.start + 1, close_bracket(text, arg.start) - 1, sink, depth + 1
            )
            return
        if value.startswith('"'):
            close = string_end(text, arg.start)
            sink.text(unescape(text[arg.start + 1 : close - 1]), source, arg.start + 1)
        elif value.startswith("["):
            self.markup(source, arg.start + 1, close_bracket(text, arg.start) - 1, sink, depth + 1)
        elif value.startswith("("):
            inner = self._args(text, arg.start + 1, close_bracket(text, arg.start) - 1)
            for index, item in enumerate(inner):
                if index:
                    sink.gap()
                self._value(source, item, sink, depth + 1)
        elif re.match(r"if\s", value):  # `if x != none [#x]`: the branch it picks
            self._if(source, arg.start + 2, arg.end, sink, depth + 1)
        elif NAME_RE.fullmatch(value) and (bound := self._lookup(value)) is not MISSING:
            self._print_value(bound, source, arg.start, sink)
        elif call := NAME_RE.match(value):
            if call.group(0) in _data()["calls"]["hidden"]:
                return
            rest = arg.start + call.end()
            if isinstance(sink, LineBuilder):  # printed as the call in markup: grids, links
                self._code(source, arg.start, arg.end, sink, depth + 1)
                return
            inner = [
                item
                for opening in [rest]
                if text.startswith("(", opening)
                for item in self._args(text, opening + 1, close_bracket(text, opening) - 1)
            ]
            for index, item in enumerate(inner):
                if index:
                    sink.text(joiner, source, item.start)
                self._value(source, item, sink, depth + 1)
            # Its trailing content blocks (`align(left)[…]`, `text(weight: "bold")[…]`)
            # are arguments too, and what it shows.
            cursor = close_bracket(text, rest) if text.startswith("(", rest) else rest
            while cursor < arg.end and text.startswith("[", cursor):
                close = close_bracket(text, cursor)
                if inner or cursor > rest:
                    sink.text(joiner, source, cursor)
                self.markup(source, cursor + 1, close - 1, sink, depth + 1)
                cursor = close

    def _text(self, source: SourceFile, arg: Arg | None, depth: int, joiner: str = " ") -> TextSink:
        collector = TextSink()
        if arg is not None:
            self._value(source, arg, collector, depth, joiner)
        return collector

    def _call(
        self,
        source: SourceFile,
        name: str,
        args: list[Arg],
        sink,
        depth: int,
        *,
        heading: bool = True,
    ) -> None:
        """A call's text; `heading`: whether a section function's call starts a heading
        line (not when it is that line's own text)."""
        calls = _data()["calls"]
        base = name.split(".")[0]
        if depth > MAX_DEPTH or base in calls["hidden"]:
            return
        if base == "link":
            self._link(source, args, sink, depth)
            return
        if self._layout(source, base, args, sink, depth, calls):
            return
        own = base in self._templates or base in self._params
        if heading and not own and heading_call(base, calls) and isinstance(sink, LineBuilder):
            # A package's section function (`#cv-section("Experience")`, brilliant-cv's),
            # whose body is not here to read: what it prints is the section's heading.
            # One the file or a local file defines prints what its body prints.
            sink.start(heading=True)
            with kept_face(self.builder):
                self.builder.face = heading_face(1)
                self._call(source, name, args, sink, depth, heading=False)
                sink.end()
            return
        grid = base in calls["grids"] and isinstance(sink, LineBuilder)
        if grid and print_grid(source.text, args, self._cells(source, args, depth), sink):
            return
        roles = _data()["entry-roles"]
        positional = [arg for arg in args if arg.name is None]
        by_param = [
            Arg(param, arg.start, arg.end)
            for param, arg in zip(self._params.get(base, ()), positional, strict=False)
        ]
        named = {role_key(arg.name): arg for arg in args + by_param if role_key(arg.name) in roles}
        parts = {roles[arg_name] for arg_name in named}
        header = parts & {"title", "organization", "dates", "location"}  # ≥ 2, one says what
        if (
            len(header) >= 2
            and header & {"title", "organization"}
            and isinstance(sink, LineBuilder)
        ):
            self._entry(source, named, depth, base, sink, roles)
            return
        bound: set[int] = set()
        if base in self._templates and isinstance(sink, LineBuilder):
            bound = self._run(source, base, args, sink, depth)
        shown = [arg for arg in args if arg.name is None and arg.start not in bound]
        for index, arg in enumerate(shown):  # a value the function's content shows is shown there
            if index:
                sink.text(" ", source, arg.start)
            self._value(source, arg, sink, depth)

    def _link(self, source: SourceFile, args: list[Arg], sink, depth: int) -> None:
        positional = [arg for arg in args if arg.name is None]
        if not positional:
            return
        target = self._text(source, positional[0], depth).value()
        if len(positional) > 1:
            for arg in positional[1:]:
                self._value(source, arg, sink, depth)
        else:
            shown = target.removeprefix("mailto:").removeprefix("tel:")
            sink.text(shown, source, positional[0].start + 1)
        sink.link(target)


def read_typst(path: Path, options: ReadOptions) -> ReaderOutput:
    main = SourceFile.of(path.resolve(), decode(read_bytes(path, options), path), None)
    reader = TypstReader(main, path, options)
    reader.builder.typography = True
    reader.read_file(main)
    built = built_pdf_text(path, options)
    facts = FileFacts(
        format="typst",
        built_pdf=str(built[0]) if built else None,
        built_text=built[1] if built else (),
    )
    return ReaderOutput(
        lines=sub_headings(tuple(reader.builder.lines), reader.levels),
        facts=facts,
        suppressions=tuple(reader.suppressions),
        entries=tuple(reader.entries),
    )
