"""What a LaTeX document prints, line by line, from pylatexenc's nodes.

The renderer walks the nodes of the main file and hands the printed text to a LineBuilder
with each piece's file and offset. It owns how LaTeX lays text out as far as reslint needs:
a blank line, `\\\\` and `\\par` end a line, `\\item` starts a bullet, `&` and `\\hfill`
put a column gap, sectioning macros print headings; the document's own macros are expanded
with their arguments (the text of an argument keeps its own position, the body's own text
takes the position of the macro's use); `\\input` files are printed in their place; the
macros of the table (`latex.table`) print entries, header lines, links or nothing.
Text prints in the face its macros and declarations set (latex.faces). Everything else is
left to pylatexenc's own latex2text table (accents, `\\&`, `--`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pylatexenc import latex2text, latexwalker, macrospec

from reslint.model import KnownEntry, Line
from reslint.readers.latex.choices import Choices
from reslint.readers.latex.entry_macros import HeaderUse, entry_of, print_header, print_link
from reslint.readers.latex.faces import argument_face, declares, heading_face
from reslint.readers.latex.frames import Frame
from reslint.readers.latex.internals import at_letters, macro_name, without_assignments
from reslint.readers.latex.loops import Loop, loop_at, loop_items, pair_parts
from reslint.readers.latex.nested import Nested, command_of, def_at, stores
from reslint.readers.latex.parsing import (
    context_for,
    find_document,
    latex2text_of,
    left_open,
    opens,
    prepared,
)
from reslint.readers.latex.sources import Definition, Sources
from reslint.readers.latex.table import MacroTable, Roles, braced
from reslint.readers.latex.tex_ifs import chosen, if_at
from reslint.readers.source_faces import Face
from reslint.readers.source_lines import LineBuilder, SourceFile, TextSink, kept_face

# pylatexenc logs every tolerated syntax error; a resume's are not reslint's to report.
logging.getLogger("pylatexenc").setLevel(logging.ERROR)

MAX_DEPTH = 40  # nested macro expansions and \input files
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")
_PARAMETER_RE = re.compile(r"#+(\d)")  # `##1`: a parameter of a macro defined inside another
_SPECIALS = {"~": " ", "--": "–", "---": "—", "``": "“", "''": "”", "!`": "¡", "?`": "¿"}


@dataclass(slots=True)
class Renderer(Choices):
    sources: Sources
    table: MacroTable
    context: macrospec.LatexContextDb
    builder: LineBuilder = field(default_factory=LineBuilder)
    entries: list[KnownEntry] = field(default_factory=list)
    _to_text: latex2text.LatexNodes2Text = field(
        default_factory=lambda: latex2text.LatexNodes2Text(math_mode="text")
    )
    _bodies: dict[tuple[object, int], list[latexwalker.LatexNode]] = field(default_factory=dict)
    _columns: int = 0
    _open_files: list[SourceFile] = field(default_factory=list)
    _name_line: Line | None = None  # the last name line, while a name's parts follow
    _lists: list[str] = field(default_factory=list)  # the list environments now open
    # The item each running `\foreach` loop's macro stands for, and where it is written.
    _loop_items: dict[str, tuple[list[latexwalker.LatexNode], Frame]] = field(default_factory=dict)
    # What a definition met inside a body (latex.nested) made a macro stand for.
    _bound: dict[str, tuple[Sequence[latexwalker.LatexNode], Frame]] = field(default_factory=dict)
    _known: frozenset[str] | None = None  # see _named
    _title: bool = False  # printing a section's title
    _cell_faces: list[Face] = field(default_factory=list)  # each open environment's first face

    # -- parsing ----------------------------------------------------------------------

    def parse(self, text: str) -> list[latexwalker.LatexNode]:
        text = prepared(text)
        walker = latexwalker.LatexWalker(text, latex_context=self.context, tolerant_parsing=True)
        nodes, _, _ = walker.get_latex_nodes()
        return nodes

    def _body(self, definition: Definition) -> list[latexwalker.LatexNode]:
        key = (definition.source.path, definition.offset)
        if key not in self._bodies:
            body = definition.body
            if definition.package:
                body = without_assignments(body)
            if definition.package or "@" in definition.name:
                body = at_letters(body)  # class code, or the document's between \makeatletter
            self._bodies[key] = self.parse(body)
        return self._bodies[key]

    # -- whole files ------------------------------------------------------------------

    def render_file(self, source: SourceFile, depth: int = 0) -> None:
        if source in self._open_files or depth > MAX_DEPTH:
            return
        self._open_files.append(source)
        nodes = self.parse(self.sources.parsed_text[source.path])
        frame = Frame(source, depth=depth)
        document = find_document(nodes)
        if document is None:
            self.render(nodes, frame)
        else:
            self._preamble(nodes, frame, document)
            self.render(document.nodelist, frame)
        self.builder.end()
        self._open_files.pop()

    def _preamble(
        self,
        nodes: Sequence[latexwalker.LatexNode],
        frame: Frame,
        document: latexwalker.LatexEnvironmentNode,
    ) -> bool:
        """Before `\\begin{document}` only the header macros print (moderncv's `\\name`);
        True once the document is reached."""
        for node in nodes:
            if node is document:
                return True
            if isinstance(node, latexwalker.LatexGroupNode):
                if self._preamble(node.nodelist, frame, document):
                    return True
            elif isinstance(node, latexwalker.LatexMacroNode):
                name = node.macroname
                definition = self.sources.definitions.get(name)
                if name in self.table.header:
                    self._header(node, self.table.header[name], frame, self.builder)
                elif name in self.table.includes:
                    self._include(node, frame)
                elif definition and stores(definition, self.sources.definitions, self._body):
                    # A setter (`\cvname{…}`) keeps its value for a profile macro printed
                    # later: a class's prints here (latex.frames), the document's binds.
                    self._expand(node, definition, frame, self.builder)
                    self.builder.end()
        return False

    # -- node lists -------------------------------------------------------------------

    def render(self, nodes: Sequence[latexwalker.LatexNode], frame: Frame, sink=None) -> None:
        sink = sink or self.builder
        index = 0
        while index < len(nodes):
            nested = None if frame.package else def_at(nodes, index)
            if nested is not None:
                self._define(nested, frame)
                index = nested.end
                continue
            tex_if = if_at(nodes, index, self._named())
            if tex_if is not None:  # TeX's `\if… \else … \fi`: one branch (latex.tex_ifs)
                self.render(chosen(tex_if, lambda part: self._texts(part, frame)), frame, sink)
                index = tex_if.end
                continue
            loop = loop_at(nodes, index)
            if loop is None:
                self._node(nodes[index], frame, sink)
                index += 1
                continue
            self._loop(loop, frame, sink)
            index = loop.end

    def _define(self, nested: Nested, frame: Frame) -> None:
        """A definition met while printing: it prints nothing, and a macro without
        parameters stands for its body read where it was written (one with parameters
        is the one latex.sources read from the text)."""
        if nested.body is not None:
            self._bound[nested.name] = (nested.body, frame)

    def _loop(self, loop: Loop, frame: Frame, sink) -> None:
        """A `\\foreach` loop: its body once per item, its macro standing for the item."""
        outer = dict(self._loop_items)  # a loop inside another ends before it
        for item, item_frame in loop_items(loop, frame):
            for variable, part in zip(loop.variables, pair_parts(item, loop), strict=True):
                self._loop_items[variable] = (part, item_frame)
            self.render(loop.body.nodelist, frame, sink)
        self._loop_items = outer

    def _place(self, frame: Frame, pos: int) -> tuple[SourceFile, int]:
        return frame.anchor or (frame.source, frame.offset + pos)

    def _node(self, node: latexwalker.LatexNode, frame: Frame, sink) -> None:
        if isinstance(node, latexwalker.LatexCharsNode):
            self._chars(node, frame, sink)
        elif isinstance(node, latexwalker.LatexGroupNode):
            with kept_face(self.builder):  # a declaration inside a group ends with it
                self.render(node.nodelist, frame, sink)
        elif isinstance(node, latexwalker.LatexMacroNode):
            self._macro(node, frame, sink)
        elif isinstance(node, latexwalker.LatexEnvironmentNode):
            self._environment(node, frame, sink)
        elif isinstance(node, latexwalker.LatexSpecialsNode):
            chars = node.specials_chars
            if chars == "&" and self._columns:
                sink.gap()
                self.builder.face = self._cell_faces[-1]
            else:
                sink.text(_SPECIALS.get(chars, chars), *self._place(frame, node.pos))
        elif isinstance(node, latexwalker.LatexMathNode):
            text = self._to_text.nodelist_to_text([node]).strip()
            sink.text(f" {text} " if text else " ", *self._place(frame, node.pos))

    def _chars(self, node: latexwalker.LatexCharsNode, frame: Frame, sink) -> None:
        """Text; a blank line in it ends a paragraph, and so the line."""
        text = node.chars
        last = 0
        for match in _PARAGRAPH_RE.finditer(text):
            self._chars_with_parameters(text[last : match.start()], node.pos + last, frame, sink)
            sink.end()
            last = match.end()
        self._chars_with_parameters(text[last:], node.pos + last, frame, sink)

    def _chars_with_parameters(self, text: str, pos: int, frame: Frame, sink) -> None:
        last = 0
        # In a macro's body a parameter it is not given (an outer macro's `#1` in a macro
        # defined inside it) prints nothing; in the document `#` is text.
        in_body = frame.body or bool(frame.args) or frame.anchor is not None
        for match in _PARAMETER_RE.finditer(text) if in_body else ():
            sink.text(text[last : match.start()], *self._place(frame, pos + last))
            index = int(match.group(1)) - 1
            if 0 <= index < len(frame.args) and frame.args[index] is not None:
                nodes, arg_frame = frame.args[index]  # type: ignore[misc]
                with kept_face(self.builder):  # the author's braces around an argument
                    self.render(nodes, arg_frame, sink)
            last = match.end()
        sink.text(text[last:], *self._place(frame, pos + last))

    def _environment(self, node: latexwalker.LatexEnvironmentNode, frame: Frame, sink) -> None:
        name = node.environmentname
        if name in self.table.hidden_environments:
            return
        sink.end()  # an environment starts a line; one right after `\item` is no bullet
        # A declaration inside ends with the environment, in a table with its cell (`\it{…}`).
        self._cell_faces.append(self.builder.face)
        columns = name in self.table.columns
        self._columns += columns
        self._lists.append(name)
        defined = self.sources.environments.get(name)
        if defined is not None and defined[0].package and name in self.table.environments:
            defined = None  # a class's copy of an environment the table knows
        if defined is not None and left_open(defined[0].body) & self.table.hidden_environments:
            # Its text is drawn (inside a tikzpicture its begin code leaves open): print it
            # as is. A drawing the begin code closes itself (a header's background) is
            # skipped where it stands, and the rest of the code prints.
            defined = None
        if defined is not None and frame.depth < MAX_DEPTH:
            # The document's own environment: its begin code with the environment's
            # arguments, the text inside, then its end code.
            begin, end = defined
            # A table its begin code opens lays the text inside out in columns.
            inner_columns = bool(opens(begin.body) & self.table.columns) and not columns
            self._columns += inner_columns
            args = self._bound_args(node, begin, frame)
            anchor = self._place(frame, node.pos)
            for part in (begin, end):
                body_frame = Frame(
                    part.source, part.offset, args, anchor, frame.depth + 1, package=part.package
                )
                self.render(self._body(part), body_frame, sink)
                if part is begin:
                    self.render(node.nodelist, frame, sink)
                    self._columns -= inner_columns
        else:
            self.render(node.nodelist, frame, sink)
        self._columns -= columns
        self._lists.pop()
        sink.end()
        self.builder.face = self._cell_faces.pop()

    # -- macros -----------------------------------------------------------------------

    def _macro(self, node: latexwalker.LatexMacroNode, frame: Frame, sink) -> None:
        name = macro_name(node.macroname)
        if name in self._loop_items:
            nodes, item_frame = self._loop_items[name]
            self.render(nodes, item_frame, sink)
            return
        if not frame.package and (nested := command_of(node)) is not None:
            self._define(nested, frame)
            return
        if name in self._bound:
            if frame.depth < MAX_DEPTH:
                nodes, bound_frame = self._bound[name]
                self.render(nodes, replace(bound_frame, depth=frame.depth + 1), sink)
            return
        table = self.table
        definition = self.sources.definitions.get(name)
        mandatory = braced(definition.spec) if definition else 0
        if definition and definition.package and table.yields_to_table(name, mandatory):
            definition = None  # what the table knows of a class's macro is what it prints
        known_entry = table.document_entries.get(name)
        if known_entry is not None and (
            (definition is not None and definition.arity != len(known_entry.roles))
            or (definition is None and name in table.entries)
        ):
            # The document's own macro of that name is another one, or the document does
            # not define it and its class's (AltaCV's \cvevent) is the one it uses.
            known_entry = None
        if name in table.includes:
            self._include(node, frame)
        elif name in table.language_tests:
            self._branch(node, frame, sink, language=True)
        elif name in table.conditionals:
            self._branch(node, frame, sink, language=False)
        elif known_entry is not None and sink is self.builder:
            self._entry(node, known_entry, frame)
        elif definition is not None:
            self._expand(node, definition, frame, sink)
        elif name in table.entries and sink is self.builder:
            self._entry(node, table.entries[name], frame)
        elif name in table.headings:
            sink.start(heading=True)
            with heading_face(self.builder, table, name):
                # A title broken over two lines (`\section{Refereed \\ Publications}`) is one.
                self._title = True
                self._print_args(node, frame, sink, last_only=True)
                self._title = False
                sink.end()
        elif name in table.lines or name in table.entries:
            sink.start()
            with heading_face(self.builder, table, name):
                self._print_args(node, frame, sink, gaps=True)
                sink.end()
        elif name in table.bullets:
            sink.start(bullet=True)
            self._print_args(node, frame, sink)
        elif name in table.header:
            self._header(node, table.header[name], frame, sink)
        elif name in table.links:
            print_link(self._args(node), table.links[name], frame, sink, self._text_of, self._node)
        elif name in table.spaces:
            self._space(node, frame, sink)
        elif name in table.hidden:
            return
        elif name in table.faces:
            if not declares(node, table.faces[name], self.builder):
                with argument_face(self.builder, table.faces[name]):
                    self._print_args(node, frame, sink, last_only=True)
        elif name in table.styles:
            self._print_args(node, frame, sink, last_only=True)
        elif name in table.breaks and self._title:
            sink.text(" ", *self._place(frame, node.pos))
        elif name in table.breaks:
            sink.end()
            self.builder.face = self._cell_faces[-1] if self._columns else self.builder.face
        elif name in table.gaps:
            sink.gap()
        elif name in table.symbols:
            sink.text(table.symbols[name], *self._place(frame, node.pos))
        elif name == "item":
            self._item(node, frame, sink)
        elif "@" in name:
            return  # a class's internal macro it does not define here: state, not text
        else:
            self._other(node, frame, sink)

    def _args(self, node: latexwalker.LatexMacroNode) -> list[latexwalker.LatexNode | None]:
        return list(node.nodeargd.argnlist) if node.nodeargd else []

    def _print_args(
        self,
        node: latexwalker.LatexMacroNode,
        frame: Frame,
        sink,
        *,
        last_only: bool = False,
        gaps: bool = False,
    ) -> None:
        spec = node.nodeargd.argspec if node.nodeargd else ""
        mandatory = [
            arg for arg, kind in zip(self._args(node), spec, strict=False) if kind == "{" and arg
        ]
        if last_only:
            mandatory = mandatory[-1:]
        for index, arg in enumerate(mandatory):
            if gaps and index:
                sink.gap()
            self._node(arg, frame, sink)

    def _text_of(
        self, arg: latexwalker.LatexNode | None, frame: Frame, into: TextSink | None = None
    ) -> TextSink:
        collector = TextSink() if into is None else into
        if arg is not None:
            self._node(arg, frame, collector)
        return collector

    def _expand(
        self, node: latexwalker.LatexMacroNode, definition: Definition, frame: Frame, sink
    ) -> None:
        if frame.depth >= MAX_DEPTH:
            return
        args = self._bound_args(node, definition, frame)
        # A macro with arguments lays them out: its own words print at its use. One
        # without is a name for its text (`\def\email{…}`): the text is where it is
        # written, and a finding about it points there.
        anchor = self._place(frame, node.pos) if definition.arity else None
        depth = frame.depth + 1
        body_frame = Frame(
            definition.source,
            definition.offset,
            tuple(args),
            anchor,
            depth,
            True,
            definition.package,
        )
        self.render(self._body(definition), body_frame, sink)

    def _bound_args(
        self,
        node: latexwalker.LatexMacroNode | latexwalker.LatexEnvironmentNode,
        definition: Definition,
        frame: Frame,
    ) -> tuple[tuple[Sequence[latexwalker.LatexNode], Frame] | None, ...]:
        """The arguments a use of `definition` gives its body's `#1`, `#2`…, an optional
        one not given taking its default; a star prints nothing."""
        args: list[tuple[Sequence[latexwalker.LatexNode], Frame] | None] = []
        spec = definition.spec
        for index, arg in enumerate(self._args(node)[: definition.arity]):  # type: ignore[arg-type]
            if arg is None or spec[index : index + 1] == "*":
                default = definition.default_of(index)
                if arg is None and default is not None:
                    anchor = self._place(frame, node.pos)
                    default_frame = Frame(frame.source, depth=frame.depth + 1, anchor=anchor)
                    args.append((self.parse(default), default_frame))
                else:
                    args.append(None)
            elif isinstance(arg, latexwalker.LatexGroupNode):
                args.append((arg.nodelist, frame))
            else:
                args.append(([arg], frame))
        return tuple(args)

    def _include(self, node: latexwalker.LatexMacroNode, frame: Frame) -> None:
        args = [arg for arg in self._args(node) if arg is not None]
        if not args:
            return
        name = self._text_of(args[-1], frame).value()
        resolved = self.sources.resolve(name, frame.source)
        if resolved is not None:
            self.builder.end()
            self.render_file(self.sources.files[resolved], frame.depth + 1)

    def _item(self, node: latexwalker.LatexMacroNode, frame: Frame, sink) -> None:
        args = self._args(node)
        label = args[0] if args else None
        if label is None:
            sink.start(bullet=True)
            return
        sink.start()
        text = self._text_of(label, frame)
        if text.value():
            self._node(label, frame, sink)
            # A description list runs its text on after the label (`Languages: English`);
            # another list hangs the label in the margin, apart from the text.
            if self._lists[-1:] == ["description"]:
                sink.text(" ", *self._place(frame, node.pos))
            else:
                sink.gap()

    def _header(self, node: latexwalker.LatexMacroNode, roles: Roles, frame: Frame, sink) -> None:
        self._name_line = print_header(
            HeaderUse(node, roles, frame, self._args(node)),
            sink,
            self.builder,
            self._text_of,
            self.table.prefixes,
            self._name_line,
            self.table.header_faces,
        )

    def _entry(self, node: latexwalker.LatexMacroNode, roles: Roles, frame: Frame) -> None:
        entry = entry_of(
            node, roles, frame, self.builder, self._args(node), self._text_of, self._node
        )
        if entry is not None:
            self.entries.append(entry)

    def _other(self, node: latexwalker.LatexMacroNode, frame: Frame, sink) -> None:
        """A macro the table does not name: pylatexenc's latex2text table decides."""
        text = latex2text_of(self._to_text, node)
        if text is None:
            self._print_args(node, frame, sink)
        elif text.strip() or not text:
            sink.text(text, *self._place(frame, node.pos))
        else:
            sink.text(" ", *self._place(frame, node.pos))


def render_document(sources: Sources, table: MacroTable) -> Renderer:
    context = context_for(table, sources.definitions, sources.environments)
    renderer = Renderer(sources, table, context)
    renderer.builder.typography = True
    renderer.render_file(sources.main)
    return renderer
