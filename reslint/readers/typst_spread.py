"""The cells a Typst grid's arguments give, for `readers.typst.TypstReader`: each positional
argument a cell, and a spread of an array mapped by a closure (`..jobs.map(e => (e.date,
[#strong(e.name) \\ #e.title])).join()`, the way data-driven templates fill a grid) a cell
for each value the closure makes, each item bound to its variable while it prints.
`TypstSpread` is a part of the reader, whose `_eval`, `_value` and `_vars` it uses.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reslint.readers.source_lines import LineBuilder, SourceFile
from reslint.readers.typst_syntax import Arg, close_bracket, split_args

Cell = Callable[[LineBuilder], None]
_MAP_RE = re.compile(r"\.map\(\s*([A-Za-z_][\w-]*)\s*=>\s*")
_MAX_ITEMS = 200


class TypstSpread:
    __slots__ = ()

    def _cells(self, source: SourceFile, args: list[Arg], depth: int) -> list[Cell]:
        cells: list[Cell] = []
        for arg in args:
            if arg.name is not None:
                continue
            spread = self._spread(source, arg, depth)
            if spread is not None:
                cells.extend(spread)
            else:
                cells.append(lambda lines, arg=arg: self._value(source, arg, lines, depth + 1))
        return cells

    def _spread(self, source: SourceFile, arg: Arg, depth: int) -> list[Cell] | None:
        """The cells of `..items.map(item => body)`; None for any other argument (a spread
        of an array not known shows nothing, as before)."""
        text = source.text
        if not text.startswith("..", arg.start):
            return None
        mapped = _MAP_RE.search(text, arg.start, arg.end)
        if mapped is None:
            return None
        opening = mapped.start() + len(".map")
        close = close_bracket(text, opening)
        items = self._eval(source, arg.start + 2, mapped.start())
        if not isinstance(items, list):
            return None
        body_start, body_end = mapped.end(), close - 1
        while body_end > body_start and text[body_end - 1].isspace():
            body_end -= 1
        parts = [Arg(None, body_start, body_end)]
        if text.startswith("(", body_start) and close_bracket(text, body_start) == body_end:
            parts = split_args(text, body_start + 1, body_end - 1, None)  # a cell each
        variable = mapped.group(1)
        cells: list[Cell] = []
        for item in items[:_MAX_ITEMS]:
            for part in parts:
                cells.append(self._bound_cell(source, part, variable, item, depth))
        return cells

    def _bound_cell(self, source: SourceFile, part: Arg, variable: str, item, depth: int) -> Cell:
        def cell(lines: LineBuilder) -> None:
            saved = dict(self._vars)
            self._vars[variable] = item
            self._value(source, part, lines, depth + 1)
            self._vars = saved

        return cell
