"""The header a Typst template is given as data (`#let meta = toml("meta.toml")` passed
as `cv.with(meta)`): its parts found by their keys in the data's groups, each printed on
its own line at its place in the data file. `TypstHeader` is a part of
`readers.typst.TypstReader` (whose `builder` it prints to); `table` is the reader's
typst_functions.toml.
"""

from __future__ import annotations

from reslint.model import Line
from reslint.readers.source_lines import SourceFile
from reslint.readers.typst_code import MAX_DEPTH
from reslint.readers.typst_data import Located

# The groups of a template's header: a dictionary under one of these names holds parts.
HEADER_GROUPS = ("author", "personal", "info", "contact", "contacts", "basics")
LINK_KEYS = {"link", "url", "label", "text"}  # a part written as a link, in a dictionary


class TypstHeader:
    __slots__ = ()

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
