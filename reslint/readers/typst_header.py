"""The header a Typst template is given: as the named arguments of its `#show:` rule
(`resume.with(author: …, email: …)`), or as data (`#let meta = toml("meta.toml")` passed
as `cv.with(meta)`): its parts found by their keys in the data's groups, each printed on
its own line at its place in the data file. `TypstHeader` is a part of
`readers.typst.TypstReader` (whose `builder` it prints to); `table` is the reader's
typst_functions.toml.
"""

from __future__ import annotations

from reslint.model import Line
from reslint.readers.source_lines import SourceFile
from reslint.readers.typst_code import MAX_DEPTH, NAME_RE
from reslint.readers.typst_data import Located
from reslint.readers.typst_syntax import Arg, close_bracket

# The groups of a template's header: a dictionary under one of these names holds parts.
HEADER_GROUPS = ("author", "personal", "info", "contact", "contacts", "basics")
LINK_KEYS = {"link", "url", "label", "text"}  # a part written as a link, in a dictionary


class TypstHeader:
    __slots__ = ()

    def _header(self, source: SourceFile, args: list[Arg], table: dict) -> None:
        """The name and contact details passed to a template, each on its own line: as
        named arguments, a dictionary written in place, or a name bound to one (a
        `#let meta = toml("metadata.toml")` passed as `cv.with(meta)`)."""
        roles = table["header-arguments"]
        text = source.text
        name_line = None
        for arg in args:
            value = text[arg.start : arg.end].strip()
            if arg.name in (None, "author", "personal", "info") and value.startswith("("):
                inner = self._args(text, arg.start + 1, close_bracket(text, arg.start) - 1)
                self._header(source, inner, table)
                continue
            if arg.name in (None, *HEADER_GROUPS) and NAME_RE.fullmatch(value):
                bound = self._eval(source, arg.start, arg.end)
                if isinstance(bound, dict):
                    self._header_data(bound, source, arg.start, table)
                    continue
            role = roles.get(arg.name or "")
            if role is None:
                continue
            collected = self._text(source, arg, 0, joiner=" ")
            shown = collected.value()
            if not shown or collected.first is None:
                continue
            name_line = self._header_line(role, shown, collected.first, None, name_line, table)

    def _header_data(
        self, data: dict, source: SourceFile, offset: int, table: dict, depth: int = 0
    ) -> None:
        """The header parts of a data dictionary, by their keys (`first_name`, `email`), in
        its groups (`personal`, `info`); a part written as a link (`email = {link = …,
        label = …}`) shows its label and links to its target."""
        roles = table["header-arguments"]
        name_line = None
        for key, item in data.items():
            role = roles.get(str(key).replace("_", "-"))
            target = None
            if isinstance(item, dict):
                if not LINK_KEYS & set(item):
                    if key in HEADER_GROUPS and depth < MAX_DEPTH:
                        self._header_data(item, source, offset, table, depth + 1)
                    continue
                target = item.get("link") or item.get("url")
                item = item.get("label") or item.get("text") or target
            if role is None or not isinstance(item, str) or not item.strip():
                continue
            place = (item.source, item.offset) if isinstance(item, Located) else (source, offset)
            shown = " ".join(item.split())
            link = str(target) if isinstance(target, str) else None
            name_line = self._header_line(role, shown, place, link, name_line, table)

    def _header_line(
        self,
        role: str,
        shown: str,
        place: tuple[SourceFile, int],
        target: str | None,
        name_line: Line | None,
        table: dict,
    ) -> Line | None:
        """One header part on its own line (the parts of a name on one); returns the name
        line while a name's parts may follow."""
        prefix = table["prefixes"].get(role, "")
        if target is None and prefix and "/" not in shown:
            target = f"https://{prefix}{shown}"
        if role == "name" and name_line is not None and self.builder.lines[-1:] == [name_line]:
            return self.builder.extend_last(shown)
        self.builder.start()
        self.builder.text(shown, *place)
        if target:
            self.builder.link(target)
        line = self.builder.end()
        return line if role == "name" else None
