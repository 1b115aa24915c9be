"""The macros the LaTeX reader knows without a definition in the document, per class.

They are data (`readers/data/latex_macros.toml`): each class's entry macros with the role of
each argument, its headings, header (name and contact) macros, and the macros whose
arguments print or never print. `table_for` merges [common] with a class's own table.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "latex_macros.toml"


@dataclass(frozen=True, slots=True)
class Roles:
    """A macro's argument spec (pylatexenc's) and the role of each of its arguments."""

    args: str
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MacroTable:
    """Everything the reader knows about macros for one document class."""

    headings: Mapping[str, str]
    lines: Mapping[str, str]
    bullets: Mapping[str, str]
    hidden: Mapping[str, str]
    styles: Mapping[str, str]
    links: Mapping[str, Roles]
    header: Mapping[str, Roles]
    entries: Mapping[str, Roles]
    document_entries: Mapping[str, Roles]
    includes: frozenset[str]
    breaks: frozenset[str]
    gaps: frozenset[str]
    symbols: Mapping[str, str]
    environments: Mapping[str, str]
    hidden_environments: frozenset[str]
    columns: frozenset[str]
    prefixes: Mapping[str, str]
    # `\IfLanguageName{french}{Formation}{Education}`: the branch for the document's language.
    language_tests: frozenset[str] = frozenset()
    # `\ifthenelse{\equal{a}{b}}{then}{else}`, `\ifstrempty{x}{…}{…}`: one branch prints
    # (latex.branches); with their argument specs.
    conditionals: Mapping[str, str] = field(default_factory=dict)
    # `\hspace{2cm}`: a space of the length given, a column gap when wide (latex.spaces).
    spaces: Mapping[str, str] = field(default_factory=dict)
    # The face a macro prints in, or sets (readers.source_faces's words); a heading's face.
    faces: Mapping[str, str] = field(default_factory=dict)
    heading_faces: Mapping[str, str] = field(default_factory=dict)
    header_faces: Mapping[str, str] = field(default_factory=dict)  # by role: `name`

    def arg_specs(self) -> dict[str, str]:
        """The argument spec of every macro in the table, for the parser."""
        specs: dict[str, str] = {}
        groups = (self.headings, self.lines, self.bullets, self.hidden, self.styles, self.spaces)
        for group in groups:
            specs.update(group)
        for roles in (self.links, self.header, self.entries, self.document_entries):
            specs.update({name: value.args for name, value in roles.items()})
        specs.update({name: "{" for name in self.includes})
        specs.update({name: "{{{" for name in self.language_tests})
        specs.update(self.conditionals)
        if self.conditionals:
            specs.update({"equal": "{{", "isempty": "{"})
        return specs

    def yields_to_table(self, name: str, mandatory: int) -> bool:
        """Whether a class's own definition of `name` (with `mandatory` mandatory
        arguments) is the macro the table knows: the table knows the name, and for a macro
        it gives arguments, as many mandatory ones. A class that defines `\\cvhonor` with
        three where the table's has four defines another macro, which prints as it says."""
        if name not in self.known_names():
            return False
        spec = self.arg_specs().get(name)
        return spec is None or braced(spec) == mandatory

    def known_names(self) -> frozenset[str]:
        """Every macro the table says something about."""
        return frozenset(self.arg_specs()) | self.breaks | self.gaps | frozenset(self.symbols)


def braced(spec: str) -> int:
    """The braced arguments of a spec: mandatory ones and xparse's optional `G` ones."""
    return spec.count("{") + spec.count("G")


@cache
def _data() -> dict[str, Any]:
    with DATA.open("rb") as handle:
        return tomllib.load(handle)


def _roles(table: Mapping[str, Any]) -> dict[str, Roles]:
    return {name: Roles(value["args"], tuple(value["roles"])) for name, value in table.items()}


def class_names() -> dict[str, str]:
    """Every class name the table knows (its own and its `also` names) to its table's name."""
    names: dict[str, str] = {}
    for name, table in _data()["class"].items():
        names[name] = name
        names.update({alias: name for alias in table.get("also", ())})
    return names


def class_macros(name: str) -> frozenset[str]:
    """The macros a class's table adds: to guess the class a document's macros come from."""
    table = _data()["class"][name]
    groups = ("entries", "headings", "lines", "bullets", "header", "styles")
    return frozenset(macro for group in groups for macro in table.get(group, {}))


@cache
def table_for(document_class: str | None) -> MacroTable:
    data = _data()
    common: dict[str, Any] = data["common"]
    own: dict[str, Any] = data["class"].get(class_names().get(document_class or "", ""), {})

    def merged(key: str) -> dict[str, Any]:
        return {**common.get(key, {}), **own.get(key, {})}

    return MacroTable(
        headings=merged("headings"),
        lines=merged("lines"),
        bullets=merged("bullets"),
        hidden=merged("hidden"),
        styles=merged("styles"),
        links=_roles(merged("links")),
        header=_roles(merged("header")),
        entries=_roles(merged("entries")),
        document_entries=_roles(data["document"]["entries"]),
        includes=frozenset(common["includes"]),
        breaks=frozenset(common["breaks"]),
        gaps=frozenset(common["gaps"]),
        symbols=merged("symbols"),
        environments=merged("environments"),
        hidden_environments=frozenset(common["hidden_environments"]),
        columns=frozenset(common["columns"]),
        prefixes=merged("prefixes"),
        language_tests=frozenset(common.get("language_tests", ())),
        conditionals=dict(common.get("conditionals", {})),
        spaces=merged("spaces"),
        faces=merged("faces"),
        heading_faces=merged("heading_faces"),
        header_faces=merged("header_faces"),
    )
