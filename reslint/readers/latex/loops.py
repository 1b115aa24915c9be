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
    variables: tuple[str, ...]  # the loop's macros (two for pairs `\\x/\\y`), no backslash
    items: latexwalker.LatexGroupNode
    body: latexwalker.LatexGroupNode
    end: int  # the index of the first node after the loop


def loop_at(nodes: Sequence[Node], index: int) -> Loop | None:
    """The `\\foreach` loop that starts at `nodes[index]`, if it is one written that way
    (`\\foreach \\x in {list}{body}`, with options `[count=\\i]` before the variable and
    pgffor's pairs `\\x/\\y` too; other forms print as before)."""
    node = nodes[index]
    if not (isinstance(node, latexwalker.LatexMacroNode) and node.macroname == "foreach"):
        return None
    rest = [
        (position, item)
        for position, item in enumerate(nodes[index + 1 : index + 12], index + 1)
        if not (isinstance(item, latexwalker.LatexCharsNode) and not item.chars.strip())
    ]
    rest = _without_options(rest)
    variables: list[str] = []
    while rest and isinstance(rest[0][1], latexwalker.LatexMacroNode):
        variables.append(rest[0][1].macroname)  # type: ignore[union-attr]
        rest = rest[1:]
        if rest and isinstance(rest[0][1], latexwalker.LatexCharsNode):
            chars = rest[0][1].chars.strip()  # type: ignore[union-attr]
            if chars == "/":
                rest = rest[1:]
                continue
            if chars.startswith("/"):
                break  # `\\x/` then more text: not a pair
        break
    if not variables or len(rest) < 3:
        return None
    (_, word), (_, listed), (last, body) = rest[:3]
    if (
        isinstance(word, latexwalker.LatexCharsNode)
        and word.chars.strip() == "in"
        and isinstance(listed, latexwalker.LatexGroupNode)
        and isinstance(body, latexwalker.LatexGroupNode)
    ):
        return Loop(tuple(variables), listed, body, last + 1)
    return None


def _without_options(rest: list[tuple[int, Node]]) -> list[tuple[int, Node]]:
    """The loop's nodes after an option list `[count=\\i]`, which pylatexenc reads as text
    around the option's macros."""
    if not rest or not isinstance(rest[0][1], latexwalker.LatexCharsNode):
        return rest
    if not rest[0][1].chars.lstrip().startswith("["):  # type: ignore[union-attr]
        return rest
    for at, (_, item) in enumerate(rest):
        if isinstance(item, latexwalker.LatexCharsNode) and "]" in item.chars:
            if item.chars.rstrip().endswith("]"):
                return rest[at + 1 :]
            return rest  # text after the option list: not a loop written so
    return rest


def pair_parts(item: list[Node], loop: Loop) -> list[list[Node]]:
    """An item of a loop over pairs (`Dutch/Native`) split at its first slashes into
    one part for each of the loop's macros."""
    count = len(loop.variables)
    if count == 1:
        return [item]
    parts: list[list[Node]] = [[]]
    for node in item:
        chars = node.chars if isinstance(node, latexwalker.LatexCharsNode) else ""
        if "/" in chars and len(parts) < count:
            offset = 0
            pieces = chars.split("/", count - len(parts))
            for number, piece in enumerate(pieces):
                if number:
                    parts.append([])
                if piece:
                    parts[-1].append(_chars(node, piece, offset))  # type: ignore[arg-type]
                offset += len(piece) + 1
            continue
        parts[-1].append(node)
    return parts + [[] for _ in range(count - len(parts))]


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
