"""Definitions met while a macro's body prints: AltaCV's `\\photo{2.5cm}{me}` is
`\\def\\@photo{#2}\\def\\@photodiameter{#1}`, a setter that stores its arguments for the
header to print later. The document's own top-level definitions are cut out before parsing
(latex.sources); one inside a body is parsed with it, as separate nodes (`\\def`, the
name, the parameters, the body) or as a `\\newcommand` node with its arguments.

In the document's own macros a definition prints nothing where it stands. One without
parameters stands for its body, read where it was written (the outer macro's `#2` is that
macro's argument), wherever the document uses it afterwards; one with parameters of its
own (`##1`) is the one latex.sources read from the raw text. (A class's setters are left
to print where they are used: the header macro that prints what they store is one the
macro table hides.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pylatexenc import latexwalker

from reslint.readers.latex.internals import macro_name
from reslint.readers.latex.sources import Definition

Node = latexwalker.LatexNode

DEFS = frozenset({"def", "gdef", "edef", "xdef"})
COMMANDS = frozenset({"newcommand", "renewcommand", "providecommand"})
# etoolbox's and LaTeX's appends to a macro (a list of contacts a class prints later).
APPENDS = frozenset({"apptocmd", "appto", "gappto", "g@addto@macro", "@addto@macro"})
_PARAMETERS_RE = re.compile(r"\s*(?:#+\d\s*)*")


@dataclass(frozen=True, slots=True)
class Nested:
    name: str  # the macro defined, without its backslash
    body: Sequence[Node] | None  # None: it takes parameters, and is not followed
    end: int  # the index of the first node after the definition


def _blank(node: Node) -> bool:
    return isinstance(node, latexwalker.LatexCharsNode) and not node.chars.strip()


def def_at(nodes: Sequence[Node], index: int) -> Nested | None:
    """The `\\def\\name#1{body}` that starts at `nodes[index]`, if it is one."""
    node = nodes[index]
    if not (isinstance(node, latexwalker.LatexMacroNode) and node.macroname in DEFS):
        return None
    at = index + 1
    while at < len(nodes) and _blank(nodes[at]):
        at += 1
    if at >= len(nodes) or not isinstance(nodes[at], latexwalker.LatexMacroNode):
        return None
    name = macro_name(nodes[at].macroname)  # type: ignore[union-attr]
    at += 1
    parameters = False
    if at < len(nodes) and isinstance(nodes[at], latexwalker.LatexCharsNode):
        chars = nodes[at].chars  # type: ignore[union-attr]
        if not _PARAMETERS_RE.fullmatch(chars):
            return None
        parameters = "#" in chars
        at += 1
    if at >= len(nodes) or not isinstance(nodes[at], latexwalker.LatexGroupNode):
        return None
    body = None if parameters else nodes[at].nodelist  # type: ignore[union-attr]
    return Nested(name, body, at + 1)


def command_of(node: latexwalker.LatexMacroNode) -> Nested | None:
    """A `\\newcommand{\\name}[n]{body}` node read with its arguments, if it is one."""
    if node.macroname not in COMMANDS or node.nodeargd is None:
        return None
    args = list(node.nodeargd.argnlist)
    if len(args) < 5 or args[1] is None or args[4] is None:
        return None
    target = args[1]
    if isinstance(target, latexwalker.LatexGroupNode):
        inner = [item for item in target.nodelist if not _blank(item)]
        target = inner[0] if len(inner) == 1 else None
    if not isinstance(target, latexwalker.LatexMacroNode):
        return None
    body = args[4]
    nodes = body.nodelist if isinstance(body, latexwalker.LatexGroupNode) else [body]
    takes = args[2] is not None  # `[1]`: it has parameters
    return Nested(macro_name(target.macroname), None if takes else nodes, 0)


def stores(
    definition: Definition,
    definitions: Mapping[str, Definition],
    body: Callable[[Definition], Sequence[Node]],
    depth: int = 0,
) -> bool:
    """Whether a macro's body starts by defining a macro: a setter, not a layout. A
    class's `\\def\\@scholar{#1}` stores what only the class's own header prints (the
    table knows the ones that print), so of a class only the setters that redefine
    themselves count, and those that append to a list the class prints later
    (`\\cvmail{…}` calling `\\cvcustomdata`, which appends to `\\personaldata`)."""
    if not definition.arity or depth > 3:
        return False
    nodes = [
        node
        for node in body(definition)
        if not (isinstance(node, latexwalker.LatexCharsNode) and not node.chars.strip())
        and not isinstance(node, latexwalker.LatexCommentNode)
    ]
    if not nodes or not isinstance(nodes[0], latexwalker.LatexMacroNode):
        return False
    first = nodes[0].macroname
    if first in APPENDS:
        return True
    inner = definitions.get(first)
    if definition.package and inner is not None and inner.package:
        return stores(inner, definitions, body, depth + 1)
    if definition.package and not definition.setter:
        return False
    return def_at(nodes, 0) is not None or command_of(nodes[0]) is not None
