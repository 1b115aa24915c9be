"""pgffor's `\\foreach \\item in {a, b, c}{body}`: the body printed once per item, with the
loop's macro standing for the item (latexcv's `\\cvevent` prints each of its duties so,
one line each). pylatexenc reads the loop as separate nodes, the macro, `in`, the list and
the body; `loop_at` finds them, `items` splits the list at its top-level commas."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pylatexenc import latexwalker

from reslint.readers.latex.frames import Frame

Node = latexwalker.LatexNode


@dataclass(frozen=True, slots=True)
class Loop:
    variable: str  # the loop's macro, without its backslash
    items: latexwalker.LatexGroupNode
    body: latexwalker.LatexGroupNode
    end: int  # the index of the first node after the loop


def loop_at(nodes: Sequence[Node], index: int) -> Loop | None:
    """The `\\foreach` loop that starts at `nodes[index]`, if it is one written that way
    (`\\foreach \\x in {list}{body}`; other forms print as before)."""
    node = nodes[index]
    if not (isinstance(node, latexwalker.LatexMacroNode) and node.macroname == "foreach"):
        return None
    rest = [
        (position, item)
        for position, item in enumerate(nodes[index + 1 : index + 6], index + 1)
        if not (isinstance(item, latexwalker.LatexCharsNode) and not item.chars.strip())
    ]
    if len(rest) < 4:
        return None
    (_, variable), (_, word), (_, listed), (last, body) = rest[:4]
    if (
        isinstance(variable, latexwalker.LatexMacroNode)
        and isinstance(word, latexwalker.LatexCharsNode)
        and word.chars.strip() == "in"
        and isinstance(listed, latexwalker.LatexGroupNode)
        and isinstance(body, latexwalker.LatexGroupNode)
    ):
        return Loop(variable.macroname, listed, body, last + 1)
    return None


def loop_items(loop: Loop, frame: Frame) -> list[tuple[list[Node], Frame]]:
    """The items of a loop and the frame each is written in: a list that is a parameter
    of the macro being expanded (`{#4}`) is the argument given for it."""
    listed = list(loop.items.nodelist)
    written = "".join(getattr(node, "chars", "?") for node in listed).strip()
    if (match := re.fullmatch(r"#(\d)", written)) and frame.args:
        index = int(match.group(1)) - 1
        bound = frame.args[index] if index < len(frame.args) else None
        if bound is None:
            return []
        return [(item, bound[1]) for item in items(bound[0])]
    return [(item, frame) for item in items(listed)]


def items(nodes: Sequence[Node]) -> list[list[Node]]:
    """The items of a loop's list: its nodes split at the commas outside groups, an item
    that is a group alone unwrapped (`{Led a team}, {Cut costs}`)."""
    found: list[list[Node]] = [[]]
    for node in nodes:
        if isinstance(node, latexwalker.LatexCharsNode) and "," in node.chars:
            offset = 0
            for number, piece in enumerate(node.chars.split(",")):
                if number:
                    found.append([])
                if piece.strip():
                    found[-1].append(_chars(node, piece, offset))
                offset += len(piece) + 1
            continue
        found[-1].append(node)
    out = []
    for item in found:
        kept = [node for node in item if not _blank(node)]
        if len(kept) == 1 and isinstance(kept[0], latexwalker.LatexGroupNode):
            kept = list(kept[0].nodelist)
        if kept:
            out.append(kept)
    return out


def _blank(node: Node) -> bool:
    return isinstance(node, latexwalker.LatexCharsNode) and not node.chars.strip()


def _chars(node: latexwalker.LatexCharsNode, piece: str, offset: int) -> Node:
    return latexwalker.LatexCharsNode(
        parsing_state=node.parsing_state, chars=piece, pos=node.pos + offset, len=len(piece)
    )
