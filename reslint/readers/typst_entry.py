"""An entry call of a Typst resume (`#cventry(title: …, company: …, date: …)`, or a
function of the file's own whose parameters name an entry's parts), printed as the
header lines its page shows and handed over as a KnownEntry. `TypstEntry` is a part of
`readers.typst.TypstReader`, whose values it prints.
"""

from __future__ import annotations

from types import MappingProxyType

from reslint.model import Field, KnownEntry
from reslint.readers.source_lines import LineBuilder, SourceFile, TextSink
from reslint.readers.typst_syntax import Arg


def role_key(name: str | None) -> str | None:
    """An argument's name as the entry table knows it: `yearRange`, `year_range` and
    `year-range` are one name."""
    return name.replace("-", "").replace("_", "").casefold() if name else None


# The header lines of an entry, the parts on each.
_ENTRY_HEADER = (("title", "dates"), ("organization", "location"))


class TypstEntry:
    __slots__ = ()

    def _entry(
        self,
        source: SourceFile,
        named: dict[str | None, Arg],
        depth: int,
        function: str,
        builder: LineBuilder,
        roles: dict[str, str],
    ) -> None:
        """An entry's header lines and description, printed into `builder` (the page's,
        or a grid cell's, whose lines the page then shows)."""
        by_role: dict[str, list[Arg]] = {}
        for arg_name, arg in named.items():
            by_role.setdefault(roles[arg_name], []).append(arg)
        builder.end()
        first = len(builder.lines)
        parts: dict[str, Field] = {}
        empty: set[str] = set()
        for row in _ENTRY_HEADER:
            texts = []
            for role in row:
                collected = TextSink()
                for index, arg in enumerate(by_role.get(role, [])):
                    if index:
                        collected.text(" – ", source, arg.start)
                    self._value(source, arg, collected, depth, joiner=" – ")
                if collected.value() and collected.first is not None:
                    texts.append((role, collected))
                elif by_role.get(role):
                    empty.add(role)  # given blank (`company: ""`): "as above"
            if not texts:
                continue
            builder.start()
            for index, (_, collected) in enumerate(texts):
                if index:
                    builder.gap()
                builder.text(collected.value(), *collected.first)  # type: ignore[misc]
            line = builder.end()
            if line is not None:
                for role, collected in texts:
                    parts[role] = Field(collected.value(), line, collected.value())
        for arg in by_role.get("description", []):
            builder.start()
            self._value(source, arg, builder, depth)
            builder.end()
        if parts:
            lines = tuple(builder.lines[first:])
            self.entries.append(
                KnownEntry(MappingProxyType(parts), lines, function, frozenset(empty))
            )
