"""A LaTeX document's files and what is read from their raw text before parsing.

The main file and the files it reads in (`\\input`, `\\include`, `\\subfile`, found by the
raw text and read relative to the file that names them) are loaded within bounds: never
outside the folder tree of the main file, at most `MAX_FILES` files, each within the reader's
size limit. From their text, before pylatexenc parses it:

- comments are blanked (replaced by spaces, so offsets stay true), and the ones that hold
  `reslint: ignore RULE` kept as suppressions;
- the document's own macro definitions (`\\newcommand`, `\\renewcommand`,
  `\\providecommand`, `\\def`) are cut out and kept with where their body starts, because
  their bodies may open an environment that another macro closes (Jake's resume's
  `\\resumeItemListStart`), which a parser of the whole file would misread; so are
  xparse's `\\NewDocumentCommand` and `\\NewDocumentEnvironment` (and their Renew,
  Provide and Declare forms) and `\\newenvironment`;
- the class and package files beside the main file that it loads (`\\documentclass`,
  `\\usepackage`, `\\RequirePackage`, `\\LoadClass`) are read for their definitions
  too, before the document's own, which win; a class's definition of a macro the macro
  table knows yields to the table (renderer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from reslint.model import Suppression
from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.readers.source_lines import SourceFile, suppression
from reslint.readers.text import decode

MAX_FILES = 64
SUFFIXES = (".tex", ".xtx", ".ltx")

_COMMENT_RE = re.compile(r"(?<!\\)(?:\\\\)*%[^\n]*")
_NEWCOMMAND_RE = re.compile(
    r"\\(?:re|provide)?newcommand\*?\s*(?:\{\s*\\(?P<braced>[A-Za-z@]+)\s*\}|\\(?P<bare>[A-Za-z@]+))"
    r"\s*(?:\[\s*(?P<arity>\d)\s*\])?"
)
_NEWENVIRONMENT_RE = re.compile(
    r"\\(?:re)?newenvironment\*?\s*\{\s*(?P<name>[A-Za-z@*0-9]+)\s*\}\s*(?:\[\s*(?P<arity>\d)\s*\])?"
)
_DOCUMENT_COMMAND_RE = re.compile(
    r"\\(?:New|Renew|Provide|Declare)Document(?P<what>Command|Environment)\s*"
    r"(?:\{\s*\\?(?P<braced>[A-Za-z@*0-9]+)\s*\}|\\(?P<bare>[A-Za-z@]+))\s*(?=\{)"
)
# xparse's argument kinds as pylatexenc reads them: mandatory, optional, star, optional
# braced; a delimited or embellishment argument is read as a mandatory one, the nearest
# guess.
_XPARSE_SPECS = {
    **{"m": "{", "o": "[", "O": "[", "s": "*", "t": "*", "d": "[", "D": "[", "r": "{"},
    **{"g": "G", "G": "G"},  # a braced argument that may be left out (latex.parsing)
}
_DEF_RE = re.compile(r"\\[gex]?def\s*\\(?P<name>[A-Za-z@]+)\s*(?P<params>(?:#\d\s*)*)(?=\{)")
_INCLUDE_RE = re.compile(
    r"\\(?P<macro>input|include|subfile|subfileinclude)\s*(?:\{(?P<braced>[^{}]+)\}|(?P<bare>[\w./-]+))"
)
_PACKAGE_RE = re.compile(
    r"\\(?P<macro>documentclass|usepackage|RequirePackage|LoadClass)\s*(?:\[[^\]]*\])?"
    r"\s*\{(?P<names>[^{}]+)\}"
)
_CLASS_RE = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*([^}\s]+)\s*\}")
# The document's language: babel's last option (or `main=`), or what polyglossia or
# \selectlanguage sets, the last one written winning.
_LANGUAGE_RE = re.compile(
    r"\\usepackage\s*\[(?P<options>[^\]]*)\]\s*\{\s*babel\s*\}"
    r"|\\(?:selectlanguage|setmainlanguage|setdefaultlanguage)\s*(?:\[[^\]]*\])?\s*\{\s*(?P<name>\w+)\s*\}"
)


@dataclass(frozen=True, slots=True)
class Definition:
    """A macro the document defines: its arity, the default of an optional first argument,
    and its body with the offset where the body starts in `source`.

    A `\\NewDocumentCommand` names each argument's kind (`m o O{x} s`): `argspec` is then
    pylatexenc's spec of them all and `defaults` the default of each optional one.
    `package` marks a definition read from a local class or package file: it yields to
    what the macro table knows of that macro."""

    name: str
    arity: int
    default: str | None
    body: str
    source: SourceFile
    offset: int
    argspec: str | None = None
    defaults: tuple[str | None, ...] = ()
    package: bool = False
    # `\newcommand\cvname[1]{\renewcommand\cvname{#1}}`: once used, the macro is the
    # value it was given and takes no argument, so its arguments may be left out.
    setter: bool = False

    @property
    def end(self) -> int:
        """Where its body ends in `source`."""
        return self.offset + len(self.body)

    @property
    def spec(self) -> str:
        """pylatexenc's argument spec for it."""
        if self.argspec is not None:
            return self.argspec
        if self.setter:
            return "G" * self.arity
        if self.default is not None and self.arity:
            return "[" + "{" * (self.arity - 1)
        return "{" * self.arity

    def default_of(self, index: int) -> str | None:
        """The default of the argument at `index` when it is optional and not given."""
        if self.argspec is not None:
            return self.defaults[index] if index < len(self.defaults) else None
        return self.default if index == 0 else None


@dataclass(slots=True)
class Sources:
    """The files of one document, their definitions and suppression comments."""

    main: SourceFile
    given: Path  # the main file's path as the caller named it: other files are shown beside it
    parsed_text: dict[Path, str] = field(default_factory=dict)  # comments and definitions out
    files: dict[Path, SourceFile] = field(default_factory=dict)
    definitions: dict[str, Definition] = field(default_factory=dict)
    # Environments the document defines: the code run at \begin and the code run at \end.
    environments: dict[str, tuple[Definition, Definition]] = field(default_factory=dict)
    suppressions: list[Suppression] = field(default_factory=list)
    document_class: str | None = None
    language: str | None = None  # babel's or polyglossia's name: `french`, `ngerman`

    def resolve(self, name: str, within: SourceFile) -> Path | None:
        """The file an `\\input{name}` in `within` reads, if it was loaded."""
        for base in (within.path.parent, self.main.path.parent):
            for candidate in (base / name, base / f"{name}.tex"):
                resolved = candidate.resolve()
                if resolved in self.files:
                    return resolved
        return None


def _group_end(text: str, start: int, opening: str = "{", closing: str = "}") -> int:
    """The offset just after the group that opens at `start`, or -1 if it never closes."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return -1


def _blank(text: str, start: int, end: int) -> str:
    """`text` with [start, end) replaced by spaces, newlines kept, so offsets stay true."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _strip_comments(source: SourceFile, sink: list[Suppression]) -> str:
    text = source.text
    out: list[str] = []
    last = 0
    for match in _COMMENT_RE.finditer(text):
        percent = match.group(0).index("%") + match.start()
        found = suppression(text[percent + 1 : match.end()], source, percent)
        if found is not None:
            sink.append(found)
        out.append(text[last:percent])
        out.append(" " * (match.end() - percent))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _environments(
    text: str, source: SourceFile
) -> tuple[str, dict[str, tuple[Definition, Definition]]]:
    """The document's own environments (`\\newenvironment{name}[n]{begin}{end}`), and
    `text` with them blanked."""
    found: dict[str, tuple[Definition, Definition]] = {}
    spans: list[tuple[int, int]] = []
    for match in _NEWENVIRONMENT_RE.finditer(text):
        index = _skip_space(text, match.end())
        default = None
        if index < len(text) and text[index] == "[":
            close = _group_end(text, index, "[", "]")
            if close < 0:
                continue
            default = text[index + 1 : close - 1]
            index = _skip_space(text, close)
        parts: list[Definition] = []
        for _ in range(2):
            if index <= 0 or index >= len(text) or text[index] != "{":
                break
            end = _group_end(text, index)
            if end < 0:
                break
            name, arity = match.group("name"), int(match.group("arity") or 0)
            parts.append(
                Definition(name, arity, default, text[index + 1 : end - 1], source, index + 1)
            )
            index = _skip_space(text, end)
        if len(parts) == 2:
            found[match.group("name")] = (parts[0], parts[1])
            spans.append((match.start(), index))
    for start, end in sorted(spans, reverse=True):
        text = _blank(text, start, end)
    return text, found


def _definitions(text: str, source: SourceFile) -> tuple[str, list[Definition]]:
    """The document's own definitions, and `text` with them blanked."""
    found: list[Definition] = []
    spans: list[tuple[int, int]] = []
    for match in _NEWCOMMAND_RE.finditer(text):
        name = match.group("braced") or match.group("bare")
        index = _skip_space(text, match.end())
        default = None
        if index < len(text) and text[index] == "[":
            close = _group_end(text, index, "[", "]")
            if close < 0:
                continue
            default = text[index + 1 : close - 1]
            index = _skip_space(text, close)
        if index >= len(text) or text[index] != "{":
            continue
        end = _group_end(text, index)
        if end < 0:
            continue
        arity = int(match.group("arity") or 0)
        outer = next(
            (
                at
                for at, outer in enumerate(found)
                if outer.name == name and outer.offset <= match.start() < outer.end
            ),
            None,
        )
        if outer is not None:  # a setter's own redefinition: the setter is the definition
            found[outer] = replace(found[outer], setter=True)
            continue
        found.append(Definition(name, arity, default, text[index + 1 : end - 1], source, index + 1))
        spans.append((match.start(), end))
    for match in _DEF_RE.finditer(text):
        end = _group_end(text, match.end())
        if end < 0:
            continue
        arity = len(re.findall(r"#\d", match.group("params")))
        body = text[match.end() + 1 : end - 1]
        found.append(Definition(match.group("name"), arity, None, body, source, match.end() + 1))
        spans.append((match.start(), end))
    for start, end in sorted(spans, reverse=True):
        text = _blank(text, start, end)
    return text, found


def _xparse(spec: str) -> tuple[str, tuple[str | None, ...]]:
    """pylatexenc's spec of an xparse argument spec (`m O{1} s`) and each argument's default."""
    out: list[str] = []
    defaults: list[str | None] = []
    index = 0
    while index < len(spec):
        char = spec[index]
        index += 1
        if char.isspace() or char in "+!>":
            continue
        default = None
        if char in "DR":  # D<delimiters>{default}: two delimiter chars, then the default
            index += 2
        if char in "ODRG" and index < len(spec) and spec[index] == "{":
            end = _group_end(spec, index)
            if end < 0:
                break
            default, index = spec[index + 1 : end - 1], end
        elif char in "dr":
            index += 2
        elif char in "te":
            index += 1 if char == "t" else max(_group_end(spec, index), index + 1) - index
        out.append(_XPARSE_SPECS.get(char, "{"))
        defaults.append(default)
    return "".join(out), tuple(defaults)


def _document_commands(
    text: str, source: SourceFile, package: bool
) -> tuple[str, list[Definition], dict[str, tuple[Definition, Definition]]]:
    """The document's `\\NewDocumentCommand`s and `\\NewDocumentEnvironment`s (and their
    Renew, Provide and Declare forms), and `text` with them blanked."""
    commands: list[Definition] = []
    environments: dict[str, tuple[Definition, Definition]] = {}
    spans: list[tuple[int, int]] = []
    for match in _DOCUMENT_COMMAND_RE.finditer(text):
        name = match.group("braced") or match.group("bare")
        spec_end = _group_end(text, match.end())
        if spec_end < 0:
            continue
        argspec, defaults = _xparse(text[match.end() + 1 : spec_end - 1])
        arity = len(argspec)
        bodies: list[Definition] = []
        index = _skip_space(text, spec_end)
        for _ in range(2 if match.group("what") == "Environment" else 1):
            if index >= len(text) or text[index] != "{":
                break
            end = _group_end(text, index)
            if end < 0:
                break
            body = text[index + 1 : end - 1]
            bodies.append(
                Definition(name, arity, None, body, source, index + 1, argspec, defaults, package)
            )
            index = _skip_space(text, end)
        if match.group("what") == "Command" and len(bodies) == 1:
            commands.append(bodies[0])
        elif len(bodies) == 2:
            environments[name] = (bodies[0], bodies[1])
        else:
            continue
        spans.append((match.start(), index))
    for start, end in sorted(spans, reverse=True):
        text = _blank(text, start, end)
    return text, commands, environments


def _language(text: str) -> str | None:
    language = None
    for match in _LANGUAGE_RE.finditer(text):
        if match.group("name"):
            language = match.group("name")
            continue
        options = [option.strip() for option in match.group("options").split(",")]
        main = [option[5:].strip() for option in options if option.startswith("main=")]
        named = [option for option in options if option and "=" not in option]
        language = (main or named[-1:] or [language])[-1]
    return language


def _shown(path: Path, main: Path, main_shown: Path) -> str | None:
    if path == main:
        return None
    return str(main_shown.parent / path.relative_to(main.parent))


def _read_definitions(text: str, source: SourceFile, sources: Sources, package: bool) -> str:
    """Every definition in `text` put in `sources`, and `text` with them blanked."""
    text, commands, document_environments = _document_commands(text, source, package)
    # Commands first: a class defines some inside an environment's code (`\experience`
    # in its `body` environment), and they are known wherever the document uses them.
    text, definitions = _definitions(text, source)
    text, environments = _environments(text, source)
    if package:
        definitions = [replace(definition, package=True) for definition in definitions]
        environments = {
            name: (replace(begin, package=True), replace(end, package=True))
            for name, (begin, end) in environments.items()
        }
    sources.environments.update({**document_environments, **environments})
    for definition in commands + definitions:
        # \providecommand and a second definition: the first that LaTeX would keep
        # is the last \renewcommand, which in a resume is the one written last.
        sources.definitions[definition.name] = definition
    return text


def load_sources(path: Path, options: ReadOptions) -> Sources:
    """The main file and every file it reads in, within the bounds in the module docstring."""
    root = path.resolve().parent
    main = SourceFile.of(path.resolve(), decode(read_bytes(path, options), path), None)
    sources = Sources(main, path)
    # The local class and package files first: the document's own definitions come after
    # them, as LaTeX reads them, and win.
    for package in _local_packages(main, root, options):
        text = _strip_comments(package, [])
        _read_definitions(text, package, sources, package=True)
    queue = [main]
    while queue:
        source = queue.pop(0)
        sources.files[source.path] = source
        text = _strip_comments(source, sources.suppressions)
        if source is main and (match := _CLASS_RE.search(text)):
            sources.document_class = match.group(1)
        if source is main:
            sources.language = _language(text)
        for match in _INCLUDE_RE.finditer(text):
            name = (match.group("braced") or match.group("bare")).strip()
            included = _include(name, source, root, sources, options)
            if included is not None:
                queue.append(included)
        sources.parsed_text[source.path] = _read_definitions(text, source, sources, False)
    return sources


def _local_packages(main: SourceFile, root: Path, options: ReadOptions) -> list[SourceFile]:
    """The class and package files beside the main file that it (or they) load: a
    repository that keeps its own copy of a class (or its own class) defines its macros
    there. Bounded like the document's own files."""
    found: list[SourceFile] = []
    seen: set[Path] = set()
    queue = [main]
    while queue and len(found) < MAX_FILES:
        source = queue.pop(0)
        text = _strip_comments(source, [])
        for match in _PACKAGE_RE.finditer(text):
            suffix = ".cls" if match.group("macro") in ("documentclass", "LoadClass") else ".sty"
            for name in match.group("names").split(","):
                candidate = (root / f"{name.strip()}{suffix}").resolve()
                if candidate in seen or not candidate.is_file():
                    continue
                if not candidate.is_relative_to(root):
                    continue
                seen.add(candidate)
                try:
                    loaded = decode(read_bytes(candidate, options), candidate)
                except ReadError:
                    continue
                package = SourceFile.of(candidate, loaded, str(candidate.name))
                found.append(package)
                queue.append(package)
    return found


def _include(
    name: str, within: SourceFile, root: Path, sources: Sources, options: ReadOptions
) -> SourceFile | None:
    if len(sources.files) >= MAX_FILES:
        return None
    for base in (within.path.parent, root):
        for candidate in (base / name, base / f"{name}.tex"):
            resolved = candidate.resolve()
            if not resolved.is_relative_to(root) or resolved.suffix.lower() not in SUFFIXES:
                continue
            if resolved in sources.files or not resolved.is_file():
                continue
            try:
                text = decode(read_bytes(resolved, options), resolved)
            except ReadError:
                return None
            shown = _shown(resolved, sources.main.path, sources.given)
            sources.files[resolved] = SourceFile.of(resolved, text, shown)
            return sources.files[resolved]
    return None
