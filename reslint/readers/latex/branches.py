"""Macros that print one of their branches: babel's `\\IfLanguageName{french}{a}{b}` (the
branch for the document's language, the first when it is not known) and ifthen's
`\\ifthenelse{test}{then}{else}` (a test `\\equal{a}{b}` decided on the two texts as
printed; any other test, `\\boolean` or `\\isundefined`, cannot be, and the first branch,
the one the author writes for the document as it is, prints)."""

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


def chosen_branch(
    args: Sequence[Node | None], text_of: Callable[[Node | None], str]
) -> Node | None:
    if len(args) < 3:
        return None
    test = args[0]
    nodes = test.nodelist if isinstance(test, latexwalker.LatexGroupNode) else [test]
    tests = [item for item in nodes if not _blank(item)]
    if (
        len(tests) == 1
        and isinstance(tests[0], latexwalker.LatexMacroNode)
        and tests[0].macroname == "equal"
        and tests[0].nodeargd is not None
    ):
        sides = [text_of(side).strip() for side in tests[0].nodeargd.argnlist]
        if len(sides) == 2 and sides[0] != sides[1]:
            return args[2]
    return args[1]
