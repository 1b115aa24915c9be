"""TeX's own conditionals in a node list (`\\if…`, `\\else`, `\\fi`): only one branch prints.

Classes test an argument for emptiness this way (`\\if\\relax\\detokenize{#4}\\relax … \\else
… \\fi`, `\\ifx\\relax#1\\relax`, `\\ifx\\cvphone\\empty`) and print one layout or the other;
printing both puts an entry's text twice. A test on what the arguments print is decided
on the texts; `\\iftrue` and `\\iffalse` are decided. Any other test (`\\ifnum`, `\\ifdim`,
a `\\newif` flag) cannot be: both branches print, as the tokens of its test do (which
branch a document takes is not known, and neither's text is lost). A conditional whose
`\\fi` is not in the same node list (it spans braces) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pylatexenc import latexwalker

Node = latexwalker.LatexNode
_IF_RE = re.compile(r"if[A-Za-z@]*")
# Conditionals whose test the reader never reads (its tokens print as any text would).
_NOT_IFS = frozenset({"ifcase"})


@dataclass(frozen=True, slots=True)
class TexIf:
    """A conditional: its test's nodes, its branches, and the index after its `\\fi`."""

    name: str
    test: tuple[Node, ...]
    then: tuple[Node, ...]
    otherwise: tuple[Node, ...]
    end: int


def _macro(node: Node | None, *names: str) -> bool:
    return isinstance(node, latexwalker.LatexMacroNode) and (not names or node.macroname in names)


def _opens(node: Node, known: frozenset[str]) -> bool:
    """Whether a node opens a TeX conditional: `\\if…` with no arguments, not a macro the
    table or the document knows by that name (`\\ifthenelse`, `\\iftoggle`)."""
    if not isinstance(node, latexwalker.LatexMacroNode) or node.macroname in known:
        return False
    if node.macroname in _NOT_IFS or not _IF_RE.fullmatch(node.macroname):
        return False
    return node.nodeargd is None or not any(node.nodeargd.argnlist)


def if_at(nodes: Sequence[Node], index: int, known: frozenset[str]) -> TexIf | None:
    """The conditional that opens at `nodes[index]`, when its `\\fi` is in `nodes`."""
    node = nodes[index]
    if not _opens(node, known):
        return None
    previous = next((n for n in reversed(nodes[:index]) if not _blank(n)), None)
    if _macro(previous, "newif", "let", "def", "newcommand", "renewcommand", "expandafter"):
        return None  # `\newif\ifphoto` names a flag; it opens nothing
    depth, otherwise = 0, None
    for at in range(index + 1, len(nodes)):
        other = nodes[at]
        if _opens(other, known):
            depth += 1
        elif _macro(other, "fi"):
            if depth == 0:
                cut = otherwise if otherwise is not None else at
                test, then = _split_test(node.macroname, nodes[index + 1 : cut])
                rest = nodes[otherwise + 1 : at] if otherwise is not None else ()
                return TexIf(node.macroname, test, then, tuple(rest), at + 1)
            depth -= 1
        elif _macro(other, "else") and depth == 0 and otherwise is None:
            otherwise = at
    return None


def _blank(node: Node) -> bool:
    return isinstance(node, latexwalker.LatexCharsNode) and not node.chars.strip()


def _split_test(name: str, body: Sequence[Node]) -> tuple[tuple[Node, ...], tuple[Node, ...]]:
    """The test's nodes and the first branch's, for the tests the reader decides: `\\if` or
    `\\ifx` with `\\relax` on both sides of what is tested, `\\ifx` of two macros."""
    body = tuple(body)
    if name in ("if", "ifx") and body and _macro(body[0], "relax"):
        closing = next((i for i in range(1, len(body)) if _macro(body[i], "relax")), None)
        if closing is not None:
            return body[: closing + 1], body[closing + 1 :]
    if name == "ifx":
        tokens = [i for i, node in enumerate(body) if not _blank(node)][:2]
        if len(tokens) == 2 and all(_macro(body[i]) for i in tokens):
            return body[: tokens[1] + 1], body[tokens[1] + 1 :]
    return (), body


def chosen(tex_if: TexIf, text_of: Callable[[Sequence[Node]], str]) -> tuple[Node, ...]:
    """What prints: the branch the test picks where the texts decide it, else both."""
    truth: bool | None = None
    if tex_if.name == "iftrue":
        truth = True
    elif tex_if.name == "iffalse":
        truth = False
    elif tex_if.test and tex_if.name in ("if", "ifx") and _macro(tex_if.test[0], "relax"):
        truth = not text_of(tex_if.test[1:-1]).strip()  # `\relax<tested>\relax`: empty?
    elif tex_if.test and tex_if.name == "ifx":
        first, second = (node for node in tex_if.test if not _blank(node))
        truth = text_of([first]).strip() == text_of([second]).strip()
    if truth is None:
        return (*tex_if.then, *tex_if.otherwise)
    return tex_if.then if truth else tex_if.otherwise
