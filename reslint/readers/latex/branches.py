"""Macros that print one of their branches: babel's `\\IfLanguageName{french}{a}{b}` (the
branch for the document's language, the first when it is not known), ifthen's
`\\ifthenelse{test}{then}{else}` (a test `\\equal{a}{b}` or `\\isempty{x}` decided on the
texts as printed; any other test, `\\boolean` or `\\isundefined`, cannot be, and the first
branch, the one the author writes for the document as it is, prints) and etoolbox's
(`\\ifstrempty`, `\\ifstrequal` decided on the texts, `\\iftoggle`, `\\ifbool` not)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pylatexenc import latexwalker

Node = latexwalker.LatexNode


def _blank(node: Node | None) -> bool:
    return isinstance(node, latexwalker.LatexCharsNode) and not node.chars.strip()


def language_branch(
    args: Sequence[Node | None], text_of: Callable[[Node | None], str], known: str | None
) -> Node | None:
    if len(args) < 3:
        return None
    language = text_of(args[0]).strip()
    return args[2] if known is not None and language != known else args[1]


def _decided(test: Node | None, text_of: Callable[[Node | None], str]) -> bool | None:
    """An ifthen test's truth where the texts decide it: `\\equal{a}{b}`, `\\isempty{x}`,
    either after `\\not`; None for any other test."""
    nodes = test.nodelist if isinstance(test, latexwalker.LatexGroupNode) else [test]
    tests = [item for item in nodes if not _blank(item)]
    negated = bool(tests) and isinstance(tests[0], latexwalker.LatexMacroNode)
    negated = negated and tests[0].macroname == "not"  # type: ignore[union-attr]
    if negated:
        tests = tests[1:]
    if len(tests) != 1 or not isinstance(tests[0], latexwalker.LatexMacroNode):
        return None
    macro = tests[0]
    if macro.nodeargd is None:
        return None
    sides = [text_of(side).strip() for side in macro.nodeargd.argnlist]
    if macro.macroname == "equal" and len(sides) == 2:
        truth = sides[0] == sides[1]
    elif macro.macroname == "isempty" and len(sides) == 1:
        truth = not sides[0]
    else:
        return None
    return truth != negated


def chosen_branch(
    name: str, args: Sequence[Node | None], text_of: Callable[[Node | None], str]
) -> Node | None:
    """The branch a conditional macro prints: the one its test picks where the texts decide
    it, else the first."""
    if name == "ifstrequal":
        if len(args) < 4:
            return None
        same = text_of(args[0]).strip() == text_of(args[1]).strip()
        return args[2] if same else args[3]
    if len(args) < 3:
        return None
    if name == "ifthenelse":
        truth = _decided(args[0], text_of)
    elif name in ("ifstrempty", "ifblank", "ifdefempty", "ifcsempty"):
        truth = not text_of(args[0]).strip()
    else:
        truth = None
    return args[2] if truth is False else args[1]
