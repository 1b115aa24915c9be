"""The printing of the macros whose arguments have roles: an entry macro
(`\\cventry{dates}{title}{employer}{place}{note}{text}`), its header parts in a fixed layout
of lines, its description as the body, and the KnownEntry that says which part is which
(structure.source_entries reads it); a header macro (`\\name`, `\\email`), each part on
a line of its own; a link macro (`\\href{target}{text}`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from pylatexenc import latexwalker

from reslint.model import Field, KnownEntry, Line
from reslint.readers.latex.frames import Frame
from reslint.readers.latex.internals import macro_name
from reslint.readers.latex.table import Roles
from reslint.readers.source_faces import PLAIN
from reslint.readers.source_lines import LineBuilder, SourceFile, TextSink, kept_face

# The header's lines: the title and the dates on the first, the organization and the
# place on the second, a note under them.
_ENTRY_HEADER = (("title", "dates"), ("organization", "location"), ("note",))

Node = latexwalker.LatexNode


def entry_of(
    node: latexwalker.LatexMacroNode,
    roles: Roles,
    frame: Frame,
    builder: LineBuilder,
    args: Sequence[Node | None],
    text_of: Callable[..., TextSink],
    print_node: Callable[[Node, Frame, LineBuilder], None],
) -> KnownEntry | None:
    """The entry's lines printed into `builder`, and the entry (None when no part of its
    header printed)."""
    builder.end()
    first = len(builder.lines)
    by_role = dict(zip(roles.roles, args, strict=False))
    parts: dict[str, Field] = {}
    empty: set[str] = set()
    for row in _ENTRY_HEADER:
        texts = [(role, _text(role, by_role, frame, text_of)) for role in row]
        # A part given blank (`{}`) is the author's "as above", not a part left out.
        empty.update(
            role for role, text in texts if by_role.get(role) is not None and not text.value()
        )
        texts = [(role, text) for role, text in texts if text.value() and text.first]
        if not texts:
            continue
        builder.start()
        for index, (_, text) in enumerate(texts):
            if index:
                builder.gap()
            shown, place = text.rows()[0]
            builder.text(shown, *place)
        line = builder.end()
        # A part the author broke over lines (`{Department \\ University}`) prints its
        # other lines under its first, as the page shows them.
        for _, text in texts:
            for shown, place in text.rows()[1:]:
                builder.start()
                builder.text(shown, *place)
                builder.end()
        if line is not None:
            for role, text in texts:
                parts[role] = Field(text.value(), line, text.value())
    description = by_role.get("description")
    if description is not None:
        print_node(description, frame, builder)
        builder.end()
    if not parts:
        return None
    return KnownEntry(
        MappingProxyType(parts),
        tuple(builder.lines[first:]),
        macro_name(node.macroname),
        frozenset(empty),
    )


class PartText(TextSink):
    """A part's text with the lines it breaks into (`\\\\` in the argument) and where each
    starts."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[list[str], tuple[SourceFile, int] | None]] = [([], None)]

    def text(self, text: str, source: SourceFile, offset: int) -> None:
        super().text(text, source, offset)
        pieces, place = self._rows[-1]
        if place is None and text.strip():
            place = (source, offset + len(text) - len(text.lstrip()))
        pieces.append(text)
        self._rows[-1] = (pieces, place)

    def end(self) -> None:
        super().end()
        if self._rows[-1][0]:
            self._rows.append(([], None))

    def rows(self) -> list[tuple[str, tuple[SourceFile, int]]]:
        """Each line's text and where it starts; the whole text on one when it has none."""
        rows = [
            (" ".join("".join(pieces).split()), place)
            for pieces, place in self._rows
            if place is not None and "".join(pieces).strip()
        ]
        if rows or self.first is None:
            return rows
        return [(self.value(), self.first)]


def _text(
    role: str,
    by_role: dict[str, Node | None],
    frame: Frame,
    text_of: Callable[..., TextSink],
) -> TextSink:
    """A part's text; the dates of a macro that takes its start and end apart (yaac's
    `\\experience{end}{…}{start}`, printed end over start) read `start – end`."""
    if role != "dates" or "dates" in by_role or not {"start", "end"} & by_role.keys():
        return text_of(by_role.get(role), frame, PartText())
    start, end = text_of(by_role.get("start"), frame), text_of(by_role.get("end"), frame)
    joined = PartText()
    joined.parts = [start.value(), " – " if start.value() and end.value() else "", end.value()]
    joined.first = start.first or end.first
    return joined


@dataclass(frozen=True, slots=True)
class HeaderUse:
    """A use of a header macro: the node, its roles, where it is, its arguments."""

    node: latexwalker.LatexMacroNode
    roles: Roles
    frame: Frame
    args: Sequence[Node | None]


def print_header(
    use: HeaderUse,
    sink: LineBuilder | TextSink,
    builder: LineBuilder,
    text_of: Callable[..., TextSink],
    prefixes: Mapping[str, str],
    name_line: Line | None,
    faces: Mapping[str, str] = MappingProxyType({}),
) -> Line | None:
    """A part of the name-and-contact block, each on its own line; the parts of a name
    (`\\name{Jane}{Doe}`, `\\firstname` and `\\familyname`) make one line. Returns the
    name's line while a name's parts follow (`name_line`: the one before). A part prints
    in the face `faces` gives its role (the name large and bold, as the classes set it)."""
    parts = dict(zip(use.roles.roles, use.args, strict=False))
    for role, arg in zip(use.roles.roles, use.args, strict=False):
        if not role or role == "network" or arg is None:
            continue
        if role == "social":
            network = text_of(parts.get("network"), use.frame).value().lower()
            role = network if network in prefixes else "text"
        value = text_of(arg, use.frame, PartText())
        shown = value.value()
        if not shown or value.first is None:
            continue
        rows = value.rows()
        if sink is builder and role != "name" and len(rows) > 1:
            # A part broken over lines (`\\tagline{Ph.D. \\\\ Engineer}`): a line each.
            for row, place in rows:
                builder.start()
                builder.text(row, *place)
                builder.end()
            name_line = None
            continue
        # An id (`\linkedin{janedoe}`) prints as typed, beside an icon, and links to
        # the profile.
        prefix = prefixes.get(role, "")
        target = f"https://{prefix}{shown}" if prefix and "/" not in shown else None
        if sink is not builder:
            sink.text(f" {shown} ", *value.first)
        elif role == "name" and name_line is not None and builder.lines[-1:] == [name_line]:
            name_line = builder.extend_last(shown)
        else:
            builder.start()
            with kept_face(builder):
                builder.face = PLAIN.with_words(faces.get(role, ""))
                builder.text(shown, *value.first)
            if target:
                builder.link(target)
            line = builder.end()
            name_line = line if role == "name" else None
    return name_line


def print_link(
    args: Sequence[Node | None],
    roles: Roles,
    frame: Frame,
    sink: LineBuilder | TextSink,
    text_of: Callable[..., TextSink],
    print_node: Callable[[Node, Frame, LineBuilder | TextSink], None],
) -> None:
    """A link's text printed (its target when it has none), its target kept."""
    parts = dict(zip(roles.roles, args, strict=False))
    target = text_of(parts.get("target"), frame).value()
    text = parts.get("text") or parts.get("target")
    if text is not None:
        print_node(text, frame, sink)
    sink.link(target.replace(" ", ""))
