"""How pylatexenc is set to parse a document: the argument specs of every macro and
environment reslint knows (the table's, the document's own, a class's under its
`@`-spelling), text made parseable first (textpos's places), what code opens, and what
pylatexenc's own latex2text table prints of a macro reslint's table does not know."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pylatexenc import latex2text, latexwalker, macrospec

from reslint.readers.latex.internals import parser_name
from reslint.readers.latex.sources import Definition
from reslint.readers.latex.table import MacroTable, braced

_BEGIN_RE = re.compile(r"\\begin\s*\{([^}]+)\}")
_END_RE = re.compile(r"\\end\s*\{([^}]+)\}")
# textpos's `\begin{textblock}{8}(4, 0.5)`: the block's place, which pylatexenc cannot
# read as an argument, is blanked before parsing (the same length, so offsets stay).
_COORDINATES_RE = re.compile(
    r"(\\begin\s*\{textblock\*?\}\s*\{[^{}]*\}\s*(?:\[[^\]]*\]\s*)?)(\([^()\n]*\))"
)

# TeX's length assignments written without `=` (`\itemsep1pt`, `\parskip 0pt`, `\vskip
# -2pt plus 1pt`): the register or skip and its length print nothing, but pylatexenc
# reads the length as text. Blanked before parsing (offsets stay).
_DIMENSION = r"[-+]?\s*(?:\d+\.?\d*|\.\d+)\s*(?:pt|em|ex|cm|mm|in|bp|sp|pc|dd|cc|mu)\b"
_BARE_LENGTH_RE = re.compile(
    rf"\\[A-Za-z@]+\s*{_DIMENSION}(?:\s*plus\s*{_DIMENSION})?(?:\s*minus\s*{_DIMENSION})?"
)


# TeX's box registers (`\setbox0=\hbox{…}\parbox{\wd0}{\box0}`, a class's way to centre
# an icon): the register's number prints nothing, the box's content is printed where
# `\setbox` fills it, and `\box0` is that content again. Blanked before parsing.
_BOX_REGISTER_RE = re.compile(
    r"\\setbox\s*\d+\s*=?|\\(?:box|copy|unhbox|unvbox|unhcopy|unvcopy|wd|ht|dp)\s*\d+"
)


# Picture-mode coordinates (`\makebox(12,12){…}`) and a macro named by `\csname fa#1
# \endcsname` (an icon chosen by name) print nothing either.
_PICTURE_RE = re.compile(r"(?<=\\makebox)\s*\([^()\n]*\)|(?<=\\framebox)\s*\([^()\n]*\)")
_CSNAME_RE = re.compile(r"\\csname\b[^\n]*?\\endcsname")


def _blanked(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def prepared(text: str) -> str:
    """`text` as pylatexenc can parse it, offsets kept."""
    text = _COORDINATES_RE.sub(lambda match: match.group(1) + " " * len(match.group(2)), text)
    for pattern in (_BOX_REGISTER_RE, _PICTURE_RE, _CSNAME_RE):
        text = pattern.sub(_blanked, text)
    return _BARE_LENGTH_RE.sub(_blanked, text)


class _OptionalBraces(macrospec.MacroStandardArgsParser):
    """Arguments with xparse's `G`: a braced argument that may be left out (moderncv's
    `\\address{street}{city}{country}`, whose city and country are optional), which
    pylatexenc's specs cannot say: without it, `\\address{}{Oslo}` took the next macro
    (`\\mobile`) as its third argument. Parsed as `{` when given, None when not."""

    def __init__(self, argspec: str) -> None:
        super().__init__(argspec.replace("G", "{"))
        self.full = argspec

    def parse_args(self, w, pos, parsing_state=None):  # type: ignore[no-untyped-def]
        nodes: list = []
        end = pos
        for kind in self.full:
            if kind == "G":
                start = end
                while start < len(w.s) and w.s[start] in " \t\n":
                    start += 1
                if start < len(w.s) and w.s[start] == "{":
                    node, at, length = w.get_latex_expression(
                        start, strict_braces=False, parsing_state=parsing_state
                    )
                    nodes.append(node)
                    end = at + length
                else:
                    nodes.append(None)
                continue
            one = macrospec.MacroStandardArgsParser(kind)
            parsed, at, length = one.parse_args(w, end, parsing_state=parsing_state)
            nodes.extend(parsed.argnlist)
            end = at + length
        parsed = macrospec.ParsedMacroArgs(argspec=self.full.replace("G", "{"), argnlist=nodes)
        return parsed, pos, end - pos


def _macro(name: str, spec: str) -> macrospec.MacroSpec:
    if "G" in spec:
        return macrospec.MacroSpec(name, args_parser=_OptionalBraces(spec))
    return macrospec.MacroSpec(name, spec)


def context_for(
    table: MacroTable,
    definitions: dict[str, Definition],
    environments: dict[str, tuple[Definition, Definition]],
) -> macrospec.LatexContextDb:
    db = latexwalker.get_default_latex_context_db()
    specs = table.arg_specs()
    specs.update(
        {
            name: definition.spec
            for name, definition in definitions.items()
            if not (definition.package and table.yields_to_table(name, braced(definition.spec)))
        }
    )
    for name, entry in table.document_entries.items():
        definition = definitions.get(name)
        if definition is None or definition.arity == len(entry.roles):
            specs[name] = entry.args
    # Class code reads `@` as a letter: its macros are known by that spelling too.
    specs.update({parser_name(name): spec for name, spec in specs.items() if "@" in name})
    db.add_context_category(
        "reslint",
        macros=[_macro(name, spec) for name, spec in specs.items()],
        environments=[
            macrospec.EnvironmentSpec(name, spec) for name, spec in table.environments.items()
        ]
        + [
            macrospec.EnvironmentSpec(name, begin.spec)
            for name, (begin, _) in environments.items()
            if not (begin.package and name in table.environments)
        ],
        prepend=True,
    )
    return db


def opens(code: str) -> set[str]:
    """The environments a piece of code begins."""
    return set(_BEGIN_RE.findall(code))


def left_open(code: str) -> set[str]:
    """The environments a piece of code begins more often than it ends."""
    begun = Counter(name.strip() for name in _BEGIN_RE.findall(code))
    ended = Counter(name.strip() for name in _END_RE.findall(code))
    return set(begun - ended)


def find_document(
    nodes: Sequence[latexwalker.LatexNode],
) -> latexwalker.LatexEnvironmentNode | None:
    """The `document` environment, wherever a stray brace in the preamble put it."""
    for node in nodes:
        if isinstance(node, latexwalker.LatexEnvironmentNode):
            if node.environmentname == "document":
                return node
        elif isinstance(node, latexwalker.LatexGroupNode) and (
            found := find_document(node.nodelist)
        ):
            return found
    return None


def latex2text_of(
    to_text: latex2text.LatexNodes2Text, node: latexwalker.LatexMacroNode
) -> str | None:
    """What latex2text prints of `node`, or None when its table has no replacement for it
    (its arguments are then printed)."""
    spec = to_text.latex_context.get_macro_spec(node.macroname)
    if spec is None:
        return None
    if getattr(spec, "simplify_repl", None) is None and not getattr(spec, "discard", False):
        return None
    try:
        return to_text.nodelist_to_text([node])
    except Exception:  # latex2text's own replacement functions are not ours to trust
        return ""
